"use client";
import { useActionState } from "react";
import { FormHeader, SubmitButton, TextField } from "@/components/ui/form";
import { PASSWORD_HINT } from "@/lib/auth/password-hint";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const FIELD_ORDER = ["currentPassword", "newPassword", "confirmPassword"] as const;

/** The officer's own password change: a plain form post to a server action, so it works without JavaScript. */
export function ChangePasswordForm({ action, title }: { action: Action; title: string }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormHeader title={title} state={state} fieldOrder={FIELD_ORDER} />
      <TextField name="currentPassword" label="当前密码" type="password" error={e.currentPassword} autoComplete="current-password" />
      <TextField name="newPassword" label="新密码" hint={PASSWORD_HINT} type="password" error={e.newPassword} autoComplete="new-password" />
      <TextField name="confirmPassword" label="再次填写新密码" type="password" error={e.confirmPassword} autoComplete="new-password" />
      <SubmitButton>修改密码</SubmitButton>
    </form>
  );
}
