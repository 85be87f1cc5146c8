"use client";
// Looking up a suggestion or letter with its tracking number and access code. The result stays on
// the page (the code never goes into an address); a plain form post without JavaScript.
import { useActionState } from "react";
import { FormHeader } from "@/components/ui/form";
import { BigButton, Field, TextInput } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Result = { trackingNo: string; kind: string; title: string; status: string; outcome: string | null; reply: string | null; department: { name: string }; dueText: string; answeredText: string | null };
type State = ActionState & { result?: Result };

export function TrackOpinionForm({ action, title, initialNo, outcomeLabels }: { action: (prev: State, formData: FormData) => Promise<State>; title: string; initialNo?: string; outcomeLabels: Record<string, string> }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? { trackingNo: initialNo ?? "" };
  const e = state.errors ?? {};
  const r = state.result;
  return (
    <>
      <form action={formAction} noValidate>
        <FormHeader title={title} state={state} fieldOrder={["trackingNo", "accessCode"]} />
        <Field name="trackingNo" label="受理编号" hint="JY或XX开头，见短信或回执" error={e.trackingNo}>
          <TextInput name="trackingNo" defaultValue={v.trackingNo} error={e.trackingNo} hint className="max-w-xs" maxLength={24} />
        </Field>
        <Field name="accessCode" label="查询码" hint="8位数字" error={e.accessCode}>
          <TextInput name="accessCode" defaultValue={v.accessCode} error={e.accessCode} hint inputMode="numeric" className="max-w-xs" maxLength={12} />
        </Field>
        <BigButton>查询</BigButton>
      </form>
      {r && (
        <section aria-labelledby="result-title" className="mt-6 rounded border border-slate-200 bg-white p-4" data-testid="opinion-result" data-focus-on-load="" tabIndex={-1}>
          <h2 id="result-title" className="text-xl font-bold">
            {r.title}
          </h2>
          <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-1">
            <dt className="text-slate-600">受理编号</dt>
            <dd className="font-mono">{r.trackingNo}</dd>
            <dt className="text-slate-600">办理部门</dt>
            <dd>{r.department.name}</dd>
            <dt className="text-slate-600">状态</dt>
            <dd>{r.status === "ANSWERED" ? `已答复（${r.answeredText}）` : `办理中，${r.dueText}前答复`}</dd>
            {r.outcome && (
              <>
                <dt className="text-slate-600">采纳情况</dt>
                <dd className="font-bold">{outcomeLabels[r.outcome]}</dd>
              </>
            )}
          </dl>
          {r.reply && (
            <div className="mt-3 rounded bg-slate-50 p-3">
              <h3 className="font-bold">答复</h3>
              <p className="mt-1 whitespace-pre-wrap">{r.reply}</p>
            </div>
          )}
        </section>
      )}
    </>
  );
}
