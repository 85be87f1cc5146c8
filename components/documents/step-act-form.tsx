"use client";
// The officer's act on a route step, made for a phone: standard phrases to tap, an opinion, the
// signature pad (签发), and 同意 / 退回拟稿人.
import { useActionState } from "react";
import { FormHeader } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";
import { SignaturePad } from "./signature-pad";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function StepActForm({ action, stepId, label, phrases, withSignature }: { action: Action; stepId: string; label: string; phrases: readonly string[]; withSignature: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormHeader title={`${label}意见`} state={state} fieldOrder={["phrase", "opinion", "signature"]} />
      <input type="hidden" name="stepId" value={stepId} />
      <fieldset className={`mb-4 ${e.phrase ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <legend className="font-semibold">常用语<span className="font-normal text-slate-600">（选填）</span></legend>
        {e.phrase && <p className="font-semibold text-accent-700">{e.phrase}</p>}
        <div id="field-phrase" className="mt-1 flex flex-wrap gap-2">
          {phrases.map((p) => (
            <label key={p} className="flex items-center gap-2 rounded border-2 border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="phrase" value={p} defaultChecked={state.values?.phrase === p} className="h-5 w-5" />
              <span>{p}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={`mb-4 ${e.opinion ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <label htmlFor="field-opinion" className="block font-semibold">
          {label}意见（批示）<span className="font-normal text-slate-600">（选填；退回时必填）</span>
        </label>
        <p className="text-sm text-slate-600">选“请XX同志阅办”时，请在此写明同志姓名，或直接写完整意见。</p>
        {e.opinion && <p className="font-semibold text-accent-700">{e.opinion}</p>}
        <textarea id="field-opinion" name="opinion" rows={3} defaultValue={state.values?.opinion} className="mt-1 block w-full max-w-xl rounded border-2 border-slate-400 bg-white px-3 py-2" />
      </div>
      {withSignature && (
        <div className={e.signature ? "border-l-4 border-accent-600 pl-3" : ""} id="field-signature">
          {e.signature && <p className="font-semibold text-accent-700">{e.signature}</p>}
          <SignaturePad name="signature" />
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approve" disabled={pending} className="rounded bg-brand-600 px-6 py-3 font-semibold text-white shadow-sm">
          {label === "签发" ? "签发" : `同意（完成${label}）`}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending} className="rounded border-2 border-accent-600 bg-white px-6 py-3 font-semibold text-accent-700">
          退回拟稿人
        </button>
      </div>
    </form>
  );
}
