"use client";
import { useActionState } from "react";
import { ErrorSummary, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

export function IssueApiKeyForm({ action }: { action: (prev: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {state.message && !state.errors && (
        <p role="status" className={`mb-4 break-all rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
          {state.message}
        </p>
      )}
      <TextField name="name" label="使用方名称" hint="例如：12345热线平台" defaultValue={state.values?.name} error={state.errors?.name} />
      <SubmitButton>签发密钥</SubmitButton>
    </form>
  );
}
