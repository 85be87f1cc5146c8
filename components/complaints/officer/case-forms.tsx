// The action forms of the officer case page. Each posts to one server action with the case's
// version (the optimistic lock). A conflict (another officer acted first) is shown at the top of
// the page with a reload link, and the form keeps what was typed.
// All forms of a page share one action state, held by CaseConflictProvider: every form posts its
// `intent` to one dispatching server action (caseFormAction), so the state of the form just
// posted is known where the page begins. That is what puts the conflict message at the top of
// the page without JavaScript too (the server renders it there after a plain form post).
"use client";
import { createContext, Fragment, useActionState, useContext, useEffect, useRef, useState } from "react";
import type { CaseActionState } from "@/app/officer/(app)/complaints/actions";

type Action = (prev: CaseActionState, formData: FormData) => Promise<CaseActionState>;
type Option = { value: string; label: string };
interface CaseRef {
  complaintId: string;
  version: number;
}

interface CaseFormsContext {
  state: CaseActionState;
  formAction: (formData: FormData) => void;
  isPending: boolean;
}

const FormsContext = createContext<CaseFormsContext | null>(null);

/** Hidden fields every case form posts, not something the officer typed. */
const FORM_PLUMBING = new Set(["intent", "complaintId", "expectedVersion", "orderId", "from", "approve", "confirm"]);

/**
 * Wraps the case page (or the supervision board); shows the conflict message above everything
 * else. `version` names the state of the case the page shows. The provider itself must not be
 * keyed by it: after a plain form post (no JavaScript) React gives the action's answer only to a
 * hook at the same place in the tree, and the page rendered after a stale post shows a newer
 * version. So the forms below are keyed instead, and an answer from before the case last changed
 * (the page moved on after a successful act) is put aside.
 */
export function CaseConflictProvider({ action, version, reloadHref, children }: { action: Action; version?: string; reloadHref: string; children: React.ReactNode }) {
  const [actionState, formAction, isPending] = useActionState(action, {});
  const [seenVersion, setSeenVersion] = useState(version);
  const [staleSeq, setStaleSeq] = useState<number | undefined>(undefined);
  if (version !== seenVersion) {
    // Adjusting state while rendering (React's pattern for "reset on prop change"): no flash.
    setSeenVersion(version);
    setStaleSeq(actionState.seq);
  }
  const state = actionState.seq !== undefined && actionState.seq === staleSeq ? {} : actionState;
  const message = state.conflict ? state.message : undefined;
  // What the officer typed, in the message itself: after a plain form post the page shows the
  // case as it is now, where the form they used may no longer be offered.
  // Ids (a chosen handler or department) come back as names in `shown`.
  const typed = Object.entries(state.shown ?? state.values ?? {}).filter(([k, v]) => !FORM_PLUMBING.has(k) && v.trim() !== "");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: "start" });
    }
  }, [state, message]);
  return (
    <FormsContext value={{ state, formAction, isPending }}>
      {message && (
        <div ref={ref} tabIndex={-1} role="alert" data-testid="case-conflict" className="mb-4 rounded-md border-4 border-accent-600 bg-red-50 p-4 focus:outline-none">
          <p className="text-lg font-bold text-accent-700">{message}</p>
          {typed.length > 0 && (
            <div className="mt-2 text-sm text-slate-700">
              <p>您刚才填写的内容（可先复制再刷新）：</p>
              {typed.map(([k, v]) => (
                <blockquote key={k} data-testid="case-conflict-typed" className="mt-1 whitespace-pre-wrap border-l-4 border-slate-300 bg-white px-3 py-1 text-slate-900">
                  {v}
                </blockquote>
              ))}
            </div>
          )}
          <p className="mt-2">
            <a href={reloadHref} className="inline-block rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-accent-700">
              刷新页面，查看最新情况
            </a>
          </p>
        </div>
      )}
      <Fragment key={version}>{children}</Fragment>
    </FormsContext>
  );
}

/** The shared action state, as seen by the form named `intent` (other forms' answers are not its own). */
function useCaseForm(intent: string) {
  const shared = useContext(FormsContext);
  if (!shared) throw new Error("Case forms must be inside CaseConflictProvider");
  const state: CaseActionState = shared.state.intent === intent ? shared.state : {};
  return { intent, state, formAction: shared.formAction, isPending: shared.isPending, values: state.values ?? {}, errors: state.errors ?? {} };
}

function Hidden({ c, intent, extra }: { c: CaseRef; intent: string; extra?: Record<string, string> }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="complaintId" value={c.complaintId} />
      <input type="hidden" name="expectedVersion" value={c.version} />
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

function FormMessages({ id, state }: { id: string; state: CaseActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state.errors ?? {});
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [state, hasErrors]);
  if (errors.length) {
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="mb-3 border-4 border-accent-600 bg-white p-3 focus:outline-none">
        <p className="font-bold text-accent-700">提交失败，请检查以下问题</p>
        <ul className="mt-1 space-y-1">
          {errors.map(([field, message]) => (
            <li key={field}>
              <a href={`#${id}-${field}`} className="font-semibold text-accent-700 underline">
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.message && !state.conflict) {
    return (
      <p role="alert" className="mb-3 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
        {state.message}
      </p>
    );
  }
  if (state.conflict) return <p className="mb-3 text-sm font-semibold text-accent-700">未能提交，原因见页面顶部。</p>;
  return null;
}

function Field({ id, name, label, hint, optional, error, children }: { id: string; name: string; label: string; hint?: string; optional?: boolean; error?: string; children: React.ReactNode }) {
  return (
    <div className={`mb-3 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`${id}-${name}`} className="block font-semibold">
        {label}
        {optional && <span className="font-normal text-slate-600">（选填）</span>}
      </label>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {error && (
        <p id={`${id}-${name}-error`} className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

const control = (error?: string) => `mt-1 block w-full rounded border-2 bg-white px-3 py-2 ${error ? "border-accent-600" : "border-slate-400"}`;

function TextArea({ id, name, label, hint, optional, error, defaultValue, rows = 4 }: { id: string; name: string; label: string; hint?: string; optional?: boolean; error?: string; defaultValue?: string; rows?: number }) {
  return (
    <Field id={id} name={name} label={label} hint={hint} optional={optional} error={error}>
      <textarea id={`${id}-${name}`} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${name}-error` : undefined} className={control(error)} />
    </Field>
  );
}

function Input({ id, name, label, hint, error, defaultValue, type = "text" }: { id: string; name: string; label: string; hint?: string; error?: string; defaultValue?: string; type?: string }) {
  return (
    <Field id={id} name={name} label={label} hint={hint} error={error}>
      <input id={`${id}-${name}`} name={name} type={type} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${name}-error` : undefined} className={`${control(error)} max-w-xs`} />
    </Field>
  );
}

function Select({ id, name, label, hint, optional, error, defaultValue, options, placeholder = "请选择" }: { id: string; name: string; label: string; hint?: string; optional?: boolean; error?: string; defaultValue?: string; options: Option[]; placeholder?: string }) {
  return (
    <Field id={id} name={name} label={label} hint={hint} optional={optional} error={error}>
      {/* Keyed by the answer: React applies a select's defaultValue only when it mounts, and resets
          the form after each post, so a new key is what keeps the choice after an error. */}
      <select key={defaultValue ?? ""} id={`${id}-${name}`} name={name} defaultValue={defaultValue ?? ""} aria-invalid={error ? true : undefined} className={`${control(error)} max-w-md`}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

const TONES = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  danger: "bg-accent-600 text-white hover:bg-accent-700",
  secondary: "border-2 border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
};

function Submit({ children, tone = "primary", isPending, name, value }: { children: React.ReactNode; tone?: keyof typeof TONES; isPending: boolean; name?: string; value?: string }) {
  return (
    <button type="submit" name={name} value={value} disabled={isPending} className={`rounded px-5 py-2 font-semibold shadow-sm disabled:opacity-60 ${TONES[tone]}`}>
      {children}
    </button>
  );
}

/** A card holding one action; `collapsible` ones start closed unless they hold an answer. */
function Card({ title, hint, collapsible, isOpen, children }: { title: string; hint?: string; collapsible?: boolean; isOpen?: boolean; children: React.ReactNode }) {
  if (collapsible) {
    return (
      <details open={isOpen} className="rounded-md border border-slate-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-4 py-3 font-bold text-brand-700">{title}</summary>
        <div className="border-t border-slate-100 px-4 py-3">
          {hint && <p className="mb-3 text-sm text-slate-600">{hint}</p>}
          {children}
        </div>
      </details>
    );
  }
  return (
    <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="mb-2 font-bold text-brand-700">{title}</h3>
      {hint && <p className="mb-3 text-sm text-slate-600">{hint}</p>}
      {children}
    </section>
  );
}

const touched = (state: CaseActionState) => !!(state.errors || state.message);

export function AcceptForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("accept");
  return (
    <Card title="受理" hint="确认属于本部门职责后受理，办理期限从群众提交时起算。">
      <form action={f.formAction} noValidate>
        <FormMessages id="accept" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Submit isPending={f.isPending}>受理</Submit>
      </form>
    </Card>
  );
}

export function RejectForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("reject");
  return (
    <Card title="不予受理" hint="理由将通过短信告知群众，并显示在查询页面上。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="reject" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="reject" name="reason" label="不予受理的理由" defaultValue={f.values.reason} error={f.errors.reason} rows={3} />
        <Submit tone="danger" isPending={f.isPending}>不予受理</Submit>
      </form>
    </Card>
  );
}

export function StartForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("start");
  return (
    <Card title="开始办理" hint="标记为办理中；案件尚无承办人时由您承办。">
      <form action={f.formAction} noValidate>
        <FormMessages id="start" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Submit isPending={f.isPending}>开始办理</Submit>
      </form>
    </Card>
  );
}

/** 暂停计时: waiting for the citizen's supplement; the deadline moves later by the paused working time on resume. */
export function PauseClockForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("pause-clock");
  return (
    <Card title="暂停计时" hint="等待群众补充材料期间暂停办理时限；恢复计时后期限按暂停的工作时间顺延。群众可在进度中看到暂停原因。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="pause" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="pause" name="reason" label="暂停原因" hint="例如：已电话通知群众补充现场照片和房产证明。" defaultValue={f.values.reason} error={f.errors.reason} rows={2} />
        <Submit tone="secondary" isPending={f.isPending}>确认暂停计时</Submit>
      </form>
    </Card>
  );
}

export function ResumeClockForm({ c, pausedSince, reason }: { c: CaseRef; pausedSince: string; reason: string }) {
  const f = useCaseForm("resume-clock");
  return (
    <Card title="恢复计时" hint={`自${pausedSince}起暂停计时：${reason}`}>
      <form action={f.formAction} noValidate>
        <FormMessages id="resume" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Submit isPending={f.isPending}>已收到补充材料，恢复计时</Submit>
      </form>
    </Card>
  );
}

export function AssignForm({ c, handlers, departments, currentHandlerId }: { c: CaseRef; handlers: Option[]; departments?: Option[]; currentHandlerId?: string | null }) {
  const f = useCaseForm("assign");
  return (
    <Card title={departments ? "交办或分派" : "分派承办人"} hint={departments ? "本案件由县政府办公室兜底接收：可交由职能部门办理，或分派本办承办人。" : undefined} collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="assign" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        {departments && <Select id="assign" name="departmentId" label="承办部门" optional options={departments} defaultValue={f.values.departmentId} error={f.errors.departmentId} placeholder="本部门" />}
        <Select id="assign" name="handlerId" label="承办人" optional={!!departments} options={handlers} defaultValue={f.values.handlerId ?? currentHandlerId ?? ""} error={f.errors.handlerId} />
        <Submit isPending={f.isPending}>{departments ? "交办" : "分派"}</Submit>
      </form>
    </Card>
  );
}

export function TransferForm({ c, departments }: { c: CaseRef; departments: Option[] }) {
  const f = useCaseForm("transfer");
  return (
    <Card title="申请转办" hint="对方部门确认接收前，本部门仍负责办理，办理期限不变。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="transfer" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Select id="transfer" name="departmentId" label="转至部门" options={departments} defaultValue={f.values.departmentId} error={f.errors.departmentId} />
        <TextArea id="transfer" name="reason" label="转办理由" defaultValue={f.values.reason} error={f.errors.reason} rows={3} />
        <Submit tone="secondary" isPending={f.isPending}>申请转办</Submit>
      </form>
    </Card>
  );
}

export function IncomingTransferForms({ c, fromDepartment, reason }: { c: CaseRef; fromDepartment: string; reason?: string | null }) {
  const accept = useCaseForm("accept-transfer");
  const decline = useCaseForm("decline-transfer");
  return (
    <Card title="待接收的转办" hint={`${fromDepartment}申请将本案件转由贵部门办理。接收后由贵部门负责，办理期限不变。`}>
      {reason && <p className="mb-3 rounded bg-purple-50 p-2 text-purple-900">转办理由：{reason}</p>}
      <form action={accept.formAction} noValidate className="mb-4">
        <FormMessages id="transfer-accept" state={accept.state} />
        <Hidden c={c} intent={accept.intent} />
        <Submit isPending={accept.isPending}>接收转办</Submit>
      </form>
      <form action={decline.formAction} noValidate>
        <FormMessages id="transfer-decline" state={decline.state} />
        <Hidden c={c} intent={decline.intent} />
        <TextArea id="transfer-decline" name="reason" label="退回理由" defaultValue={decline.values.reason} error={decline.errors.reason} rows={2} />
        <Submit tone="secondary" isPending={decline.isPending}>退回转办</Submit>
      </form>
    </Card>
  );
}

export function ReplyForm({ c, hasReply }: { c: CaseRef; hasReply: boolean }) {
  const f = useCaseForm("reply");
  return (
    <Card title={hasReply ? "更新答复" : "答复群众"} hint="群众凭受理编号和查询码可以看到答复；留有手机号的将收到短信提醒。">
      <form action={f.formAction} noValidate>
        <FormMessages id="reply" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="reply" name="reply" label="答复内容" defaultValue={f.values.reply} error={f.errors.reply} />
        <Submit isPending={f.isPending}>发送答复</Submit>
      </form>
    </Card>
  );
}

export function ResolveForm({ c, hasReply }: { c: CaseRef; hasReply: boolean }) {
  const f = useCaseForm("resolve");
  return (
    <Card title="办结" hint={hasReply ? "办结后群众将被邀请评价。可补充最终答复，留空则以已发送的答复为准。" : "办结前须答复群众：请在此填写答复（至少10个字）。"}>
      <form action={f.formAction} noValidate>
        <FormMessages id="resolve" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="resolve" name="reply" label="最终答复" optional={hasReply} defaultValue={f.values.reply} error={f.errors.reply} rows={3} />
        <Submit isPending={f.isPending}>办结</Submit>
      </form>
    </Card>
  );
}

export function ExtensionRequestForm({ c, minDate, maxDate, viaHead }: { c: CaseRef; minDate: string; maxDate: string; viaHead: boolean }) {
  const f = useCaseForm("request-extension");
  return (
    <Card title="申请延期" hint={`须在办理期限前申请，${viaHead ? "先由部门负责人审核，再" : ""}由督办员审批；批准后群众会收到通知。`} collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="extension" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Input id="extension" name="until" label="延期至" hint={`例如 ${minDate}，一次最多延期30天，最晚${maxDate}`} type="date" defaultValue={f.values.until} error={f.errors.until} />
        <TextArea id="extension" name="reason" label="延期理由" defaultValue={f.values.reason} error={f.errors.reason} rows={3} />
        <Submit tone="secondary" isPending={f.isPending}>提交延期申请</Submit>
      </form>
    </Card>
  );
}

export function ExtensionDecisionForm({ c, summary, from }: { c: CaseRef; summary: string; from?: "board" }) {
  const f = useCaseForm(`decide-extension:${c.complaintId}`);
  const id = `decide-${c.complaintId}`;
  return (
    <form action={f.formAction} noValidate>
      <FormMessages id={id} state={f.state} />
      <Hidden c={c} intent={f.intent} extra={from ? { from } : undefined} />
      <p className="mb-2 text-sm">{summary}</p>
      <Input id={id} name="note" label="审批意见（选填）" defaultValue={f.values.note} error={f.errors.note} />
      <div className="flex flex-wrap gap-2">
        <Submit name="approve" value="yes" isPending={f.isPending}>同意延期</Submit>
        <Submit name="approve" value="no" tone="secondary" isPending={f.isPending}>不同意</Submit>
      </div>
    </form>
  );
}

export function ExtensionDecisionCard(props: { c: CaseRef; summary: string }) {
  return (
    <Card title="延期审批">
      <ExtensionDecisionForm {...props} />
    </Card>
  );
}

/** 延期初审: the department head forwards a handler's request to the supervisor or refuses it. */
export function ExtensionForwardCard({ c, summary }: { c: CaseRef; summary: string }) {
  const f = useCaseForm("forward-extension");
  return (
    <Card title="延期申请审核" hint="同意后报督办员审批；不同意须写明理由，承办人会收到短信。">
      <form action={f.formAction} noValidate>
        <FormMessages id="forward-extension" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <p className="mb-2 text-sm">{summary}</p>
        <Input id="forward-extension" name="note" label="审核意见（不同意时必填）" defaultValue={f.values.note} error={f.errors.note} />
        <div className="flex flex-wrap gap-2">
          <Submit name="forward" value="yes" isPending={f.isPending}>同意，报督办员审批</Submit>
          <Submit name="forward" value="no" tone="secondary" isPending={f.isPending}>不同意</Submit>
        </div>
      </form>
    </Card>
  );
}

export function IssueOrderForm({ c, minDate }: { c: CaseRef; minDate: string }) {
  const f = useCaseForm("issue-order");
  return (
    <Card title="发督办单" hint="督办单发给承办部门负责人，须在督办期限前反馈。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="order" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="order" name="instruction" label="督办要求" defaultValue={f.values.instruction} error={f.errors.instruction} rows={3} />
        <Input id="order" name="dueOn" label="督办期限" hint={`例如 ${minDate}`} type="date" defaultValue={f.values.dueOn} error={f.errors.dueOn} />
        <Submit isPending={f.isPending}>发出督办单</Submit>
      </form>
    </Card>
  );
}

export function AnswerOrderForm({ c, orderId }: { c: CaseRef; orderId: string }) {
  const f = useCaseForm(`answer-order:${orderId}`);
  const id = `answer-${orderId}`;
  return (
    <form action={f.formAction} noValidate className="mt-2">
      <FormMessages id={id} state={f.state} />
      <Hidden c={c} intent={f.intent} extra={{ orderId }} />
      <TextArea id={id} name="response" label="办理情况反馈" defaultValue={f.values.response} error={f.errors.response} rows={2} />
      <Submit isPending={f.isPending}>提交反馈</Submit>
    </form>
  );
}

export function PublicationForm({ c, suggested, isApproved }: { c: CaseRef; suggested: string; isApproved: boolean }) {
  const f = useCaseForm("publication");
  return (
    <Card title={isApproved ? "修改公开文本" : "审核公开"} hint="群众同意公开。姓名、电话、身份证号和门牌号在保存时还会再遮蔽一次。" collapsible isOpen={touched(f.state) || !isApproved}>
      <form action={f.formAction} noValidate>
        <FormMessages id="publication" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="publication" name="text" label="公开文本" defaultValue={f.values.text ?? suggested} error={f.errors.text} rows={8} />
        <Submit isPending={f.isPending}>审核通过并公开</Submit>
      </form>
    </Card>
  );
}

export function NoteForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("note");
  return (
    <Card title="内部备注" hint="仅工作人员可见，不发给群众。">
      <form action={f.formAction} noValidate>
        <FormMessages id="note" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="note" name="note" label="备注内容" defaultValue={f.values.note} error={f.errors.note} rows={2} />
        <Submit tone="secondary" isPending={f.isPending}>添加备注</Submit>
      </form>
    </Card>
  );
}

function Radios({ id, name, label, error, defaultValue, options }: { id: string; name: string; label: string; error?: string; defaultValue?: string; options: Option[] }) {
  return (
    <fieldset id={`${id}-${name}`} className={`mb-3 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby={error ? `${id}-${name}-error` : undefined}>
      <legend className="font-semibold">{label}</legend>
      {error && (
        <p id={`${id}-${name}-error`} className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** 派单 from the 12345 dispatch queue to the department that should own the case. */
export function DispatchForm({ c, departments, sentBack }: { c: CaseRef; departments: Option[]; sentBack?: { from: string; reason: string } }) {
  const f = useCaseForm("dispatch");
  return (
    <Card title="12345派单" hint={sentBack ? `${sentBack.from}退回：${sentBack.reason}。请重新派单；派单前仍由${sentBack.from}负责。` : "本案件类别没有固定承办部门，请派给应当承办的部门。"}>
      <form action={f.formAction} noValidate>
        <FormMessages id="dispatch" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Select id="dispatch" name="departmentId" label="承办部门" options={departments} defaultValue={f.values.departmentId} error={f.errors.departmentId} />
        <TextArea id="dispatch" name="note" label="派单意见" optional defaultValue={f.values.note} error={f.errors.note} rows={2} />
        <Submit isPending={f.isPending}>派单</Submit>
      </form>
    </Card>
  );
}

/** 退回 to the 12345 desk: not this department's case. */
export function SendBackForm({ c, acceptBy }: { c: CaseRef; acceptBy?: string }) {
  const f = useCaseForm("send-back");
  return (
    <Card title="退回12345" hint={`不属于本部门职责的，在受理时限${acceptBy ? `（${acceptBy}）` : ""}内退回12345重新派单；重新派单前仍由本部门负责。`} collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="send-back" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="send-back" name="reason" label="退回理由" hint="写明为何不属于本部门职责，以及建议的承办单位。" defaultValue={f.values.reason} error={f.errors.reason} rows={3} />
        <Submit tone="secondary" isPending={f.isPending}>退回12345</Submit>
      </form>
    </Card>
  );
}

/** 提请办结: the handler's reply and evidence photos, for the department head to review. */
export function ProposeCloseForm({ c, defaultReply }: { c: CaseRef; defaultReply?: string | null }) {
  const f = useCaseForm("propose-close");
  return (
    <Card title="提请办结" hint="填写给群众的答复并附办理照片，提交部门负责人审核；审核通过后才告知群众。">
      <form action={f.formAction} noValidate encType="multipart/form-data">
        <FormMessages id="propose" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="propose" name="reply" label="给群众的答复" defaultValue={f.values.reply ?? defaultReply ?? undefined} error={f.errors.reply} rows={4} />
        <Field id="propose" name="photos" label="办理照片" hint="JPEG、PNG或WebP，每张不超过5MB，最多3张。" optional error={f.errors.photos}>
          <input id="propose-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple className="mt-1 block w-full text-sm" />
        </Field>
        <Submit isPending={f.isPending}>提请办结</Submit>
      </form>
    </Card>
  );
}

/** The head's review of a 办结 proposal: approve, or send back with a note. */
export function ReviewCloseForm({ c, proposal }: { c: CaseRef; proposal: { by: string; reply: string } }) {
  const f = useCaseForm("review-close");
  return (
    <Card title="办结审核" hint={`${proposal.by}提请办结，拟答复群众：`}>
      <blockquote className="mb-3 whitespace-pre-wrap border-l-4 border-slate-300 bg-slate-50 px-3 py-2" data-testid="proposed-reply">
        {proposal.reply}
      </blockquote>
      <form action={f.formAction} noValidate>
        <FormMessages id="review" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <TextArea id="review" name="note" label="审核意见" hint="退回时必填：写明需要补充或改正的内容。" optional defaultValue={f.values.note} error={f.errors.note} rows={2} />
        <div className="flex flex-wrap gap-2">
          <Submit name="approve" value="yes" isPending={f.isPending}>同意办结</Submit>
          <Submit name="approve" value="no" tone="secondary" isPending={f.isPending}>退回承办人</Submit>
        </div>
      </form>
    </Card>
  );
}

/** 回访: the centre's call to the citizen after resolution. */
export function CallbackForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("callback");
  const yesNo = (yes: string, no: string) => [
    { value: "yes", label: yes },
    { value: "no", label: no },
  ];
  return (
    <Card title="电话回访" hint="联系上群众的，记录是否解决、是否满意和群众原话；群众反映未解决的，案件将退回原部门重新办理。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="callback" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Radios id="callback" name="reached" label="是否联系上群众" options={yesNo("已联系上", "未联系上")} defaultValue={f.values.reached} error={f.errors.reached} />
        <Radios id="callback" name="solved" label="群众认为问题是否已解决（联系上时填写）" options={yesNo("已解决", "未解决")} defaultValue={f.values.solved} error={f.errors.solved} />
        <Radios id="callback" name="satisfied" label="群众是否满意（联系上时填写）" options={yesNo("满意", "不满意")} defaultValue={f.values.satisfied} error={f.errors.satisfied} />
        <TextArea id="callback" name="words" label="群众原话" optional defaultValue={f.values.words} error={f.errors.words} rows={3} />
        <Submit isPending={f.isPending}>记录回访</Submit>
      </form>
    </Card>
  );
}

/** 合并重复件: close this case into a master case reporting the same problem. */
export function MergeForm({ c }: { c: CaseRef }) {
  const f = useCaseForm("merge");
  return (
    <Card title="合并重复件" hint="本案件与另一件反映同一问题时，并入该件（主案件）办理：本案件关闭，群众和附议人改为关注主案件，办结时收到结果。" collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="merge" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Input id="merge" name="masterTrackingNo" label="主案件受理编号" hint="例如 TC261120000001" defaultValue={f.values.masterTrackingNo} error={f.errors.masterTrackingNo} />
        <TextArea id="merge" name="note" label="合并说明" optional defaultValue={f.values.note} error={f.errors.note} rows={2} />
        <Submit tone="secondary" isPending={f.isPending}>并入主案件</Submit>
      </form>
    </Card>
  );
}

/** 撤回转办: a confirm tick so one stray click never withdraws (works without JavaScript). */
export function WithdrawTransferForm({ c, to }: { c: CaseRef; to: string }) {
  const f = useCaseForm("withdraw-transfer");
  return (
    <Card title="撤回转办" hint={`已申请转至${to}，对方尚未确认。撤回后由本部门继续办理。`} collapsible isOpen={touched(f.state)}>
      <form action={f.formAction} noValidate>
        <FormMessages id="withdraw" state={f.state} />
        <Hidden c={c} intent={f.intent} />
        <Field id="withdraw" name="confirm" label="确认" error={f.errors.confirm}>
          <label className="mt-1 flex items-center gap-2">
            <input id="withdraw-confirm" type="checkbox" name="confirm" value="yes" className="h-5 w-5" />
            我确认撤回这项转办
          </label>
        </Field>
        <Submit tone="secondary" isPending={f.isPending}>撤回转办</Submit>
      </form>
    </Card>
  );
}

/** The "done" banner of the last act; put aside once a newer post failed, so it never stands above a new error. */
export function DoneBanner({ text }: { text: string }) {
  const shared = useContext(FormsContext);
  if (shared && (shared.state.errors || shared.state.message)) return null;
  return (
    <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      {text}
    </p>
  );
}
