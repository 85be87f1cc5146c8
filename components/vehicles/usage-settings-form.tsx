"use client";
import { useActionState } from "react";
import { ErrorSummary, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function UsageSettingsForm({ action, metrics, pageCost }: { action: Action; metrics: { key: string; label: string; weight: number }[]; pageCost: string }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {state.message && !state.errors && <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">{state.message}</p>}
      {metrics.map((m) => (
        <TextField key={m.key} name={`w_${m.key}`} label={`${m.label}的权重`} hint="0至100的整数，0表示不计入排名" defaultValue={v[`w_${m.key}`] ?? String(m.weight)} error={e[`w_${m.key}`]} />
      ))}
      <TextField name="pageCost" label="每页纸张和打印成本（元）" hint="用于估算节约的纸张费用，例如 0.30" defaultValue={v.pageCost ?? pageCost} error={e.pageCost} />
      <SubmitButton>保存设置</SubmitButton>
    </form>
  );
}
