"use client";
import { useActionState } from "react";
import { ErrorSummary, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="alert" className="mb-4 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
      {state.message}
    </p>
  );
}

export function CreateSealForm({ action, departmentId, suggestedName }: { action: Action; departmentId: string; suggestedName: string }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <TextField name="name" label="印章上的单位名称" hint="沿印章上弧排列的单位全称，例如 桐川县交通运输局" defaultValue={v.name ?? suggestedName} error={e.name} autoComplete="off" />
      <TextField name="bottomText" label="五角星下方文字" optional hint="例如 公文专用章；不填则不印" defaultValue={v.bottomText} error={e.bottomText} autoComplete="off" />
      <SubmitButton>制作印章（生成密钥和印模）</SubmitButton>
    </form>
  );
}

export function RevokeSealForm({ action, sealId }: { action: Action; sealId: string }) {
  const [state, formAction] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="sealId" value={sealId} />
      <TextField name="reason" label="停用理由" hint="例如：单位更名、印章管理员调整、密钥可能泄露" defaultValue={state.values?.reason} error={e.reason} autoComplete="off" />
      <SubmitButton tone="danger">停用印章</SubmitButton>
    </form>
  );
}
