"use client";
// The editors' synonym form: a group (each word finds the others) or a one-way expansion.
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function SynonymForm({ action, initial }: { action: Action; initial?: { id: string; kind: string; term: string | null; terms: string[] } }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? (initial ? { id: initial.id, kind: initial.kind, term: initial.term ?? "", terms: initial.terms.join(" ") } : { kind: "GROUP" });
  const e = state.errors ?? {};
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {state.message && !state.errors && (
        <p role="alert" className="mb-4 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
          {state.message}
        </p>
      )}
      {v.id && <input type="hidden" name="id" value={v.id} />}
      <SelectField
        name="kind"
        label="类型"
        defaultValue={v.kind}
        error={e.kind}
        options={[
          { value: "GROUP", label: "同义词组：组内每个词都能搜到其他词" },
          { value: "EXPANSION", label: "单向扩展：搜索词也能搜到扩展词，反过来不行" },
        ]}
      />
      <TextField name="term" label="搜索词" optional hint="只用于单向扩展，例如 社保" defaultValue={v.term} error={e.term} />
      <TextField name="terms" label="词语" hint="用空格或逗号分开。同义词组例如：包菜 甘蓝 卷心菜；单向扩展填扩展词，例如：社会保险 养老保险 医疗保险" defaultValue={v.terms} error={e.terms} />
      <SubmitButton>{v.id ? "保存修改" : "添加"}</SubmitButton>
    </form>
  );
}
