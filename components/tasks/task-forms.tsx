"use client";
// Task forms (任务交办): plain forms through useActionState, so they post without JavaScript too;
// a failed post shows the error summary and the messages beside the fields, with what was typed.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/form";
import { BigButton, Checkbox, Field, FieldError, Radios, TextArea, TextInput } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Field names are unique on the page (several forms share it): the lib's `note` becomes `finishNote`. */
function renamed(errors: Record<string, string> | undefined, from: string, to: string) {
  if (!errors) return errors;
  const { [from]: message, ...rest } = errors;
  return message === undefined ? errors : { ...rest, [to]: message };
}

function Problem({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
      {state.message}
    </p>
  );
}

export function FileInput({ name = "files", label = "附件", hint = "照片（JPG、PNG）或 PDF、Word、Excel，最多5个，每个不超过10MB", error }: { name?: string; label?: string; hint?: string; error?: string }) {
  return (
    <Field name={name} label={label} optional hint={hint} error={error}>
      <input id={`field-${name}`} name={name} type="file" multiple accept="image/jpeg,image/png,image/webp,.pdf,.doc,.docx,.xls,.xlsx" className="mt-1 block w-full text-base" />
    </Field>
  );
}

export function NewTaskForm({ action, units }: { action: Action; units: { id: string; name: string; kind: string }[] }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const chosen = new Set((v.departmentIds ?? "").split(",").filter(Boolean));
  const groups = [
    { label: "县直部门", items: units.filter((u) => u.kind !== "TOWN") },
    { label: "乡镇", items: units.filter((u) => u.kind === "TOWN") },
  ];
  return (
    <form action={formAction} noValidate encType="multipart/form-data" className="max-w-2xl">
      <ErrorSummary errors={state.errors} />
      <Problem state={state} />
      <Field name="title" label="任务名称" error={e.title}>
        <TextInput name="title" defaultValue={v.title} error={e.title} maxLength={100} />
      </Field>
      <Field name="requirements" label="工作要求" hint="写明要做什么、做到什么程度、如何反馈" error={e.requirements}>
        <TextArea name="requirements" defaultValue={v.requirements} error={e.requirements} rows={6} />
      </Field>
      <fieldset className={`mb-6 ${e.departmentIds ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <legend className="text-lg font-bold">承办单位</legend>
        <p className="text-slate-600">可选多个，每个单位分别办理、分别反馈</p>
        <FieldError name="departmentIds" error={e.departmentIds} />
        {groups.map((g) => (
          <div key={g.label} className="mt-2">
            <p className="font-semibold text-slate-700">{g.label}</p>
            <div className="mt-1 grid gap-2 sm:grid-cols-2">
              {g.items.map((u, i) => (
                <Checkbox key={u.id} name="departmentIds" value={u.id} id={g.label === "县直部门" && i === 0 ? "field-departmentIds" : `unit-${u.id}`} label={u.name} defaultChecked={chosen.has(u.id)} />
              ))}
            </div>
          </div>
        ))}
      </fieldset>
      <Radios
        name="dueMode"
        legend="完成期限"
        error={e.dueMode}
        defaultValue={v.dueMode ?? "date"}
        options={[
          { value: "date", label: "指定日期", hint: "到该日24时止" },
          { value: "days", label: "工作日数", hint: "自明日起按工作日计算，节假日顺延" },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="dueOn" label="完成日期" hint="选“指定日期”时填写" error={e.dueOn}>
          <TextInput name="dueOn" type="date" defaultValue={v.dueOn} error={e.dueOn} />
        </Field>
        <Field name="dueDays" label="工作日数" hint="选“工作日数”时填写" error={e.dueDays}>
          <TextInput name="dueDays" inputMode="numeric" defaultValue={v.dueDays} error={e.dueDays} maxLength={3} />
        </Field>
      </div>
      <FileInput error={e.files} />
      <BigButton>交办</BigButton>
    </form>
  );
}

interface AssignmentFormProps {
  action: Action;
  taskId: string;
  assignmentId: string;
  version: number;
}

function Hidden({ taskId, assignmentId, version, intent }: Omit<AssignmentFormProps, "action"> & { intent: string }) {
  return (
    <>
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

/** 进展 or 办结: text and evidence files. */
export function ReportForm({ intent, ...p }: AssignmentFormProps & { intent: "progress" | "finish" }) {
  const [state, formAction] = useActionState(p.action, {});
  const name = `${intent}Note`;
  const files = `${intent}Files`;
  const errors = renamed(renamed(state.errors, "note", name), "files", files);
  const e = errors ?? {};
  const isFinish = intent === "finish";
  return (
    <form action={formAction} noValidate encType="multipart/form-data" className="rounded border border-slate-200 bg-slate-50 p-3">
      <ErrorSummary errors={errors} />
      <Problem state={state} />
      <Hidden {...p} intent={intent} />
      <Field name={name} label={isFinish ? "办结情况" : "进展情况"} hint={isFinish ? "写明完成情况，附照片或材料作为佐证" : "今天做了什么、下一步安排"} error={e[name]}>
        <TextArea name={name} defaultValue={state.values?.[name]} error={e[name]} rows={4} />
      </Field>
      <FileInput name={files} label={isFinish ? "佐证材料" : "照片或材料"} error={e[files]} />
      <BigButton tone={isFinish ? "primary" : "secondary"}>{isFinish ? "申请办结" : "报送进展"}</BigButton>
    </form>
  );
}

export function ReviewForms(p: AssignmentFormProps) {
  const [acceptState, acceptAction] = useActionState(p.action, {});
  const [returnState, returnAction] = useActionState(p.action, {});
  const reason = `reason-${p.assignmentId}`;
  const errors = renamed(returnState.errors, "reason", reason);
  const e = errors ?? {};
  return (
    <div className="space-y-3">
      <form action={acceptAction}>
        <Problem state={acceptState} />
        <Hidden {...p} intent="accept" />
        <BigButton>验收通过</BigButton>
      </form>
      <form action={returnAction} noValidate className="rounded border border-slate-200 bg-slate-50 p-3">
        <ErrorSummary errors={errors} />
        <Problem state={returnState} />
        <Hidden {...p} intent="return" />
        <Field name={reason} label="退回理由" error={e[reason]}>
          <TextArea name={reason} defaultValue={returnState.values?.[reason]} error={e[reason]} rows={3} />
        </Field>
        <BigButton tone="warning">退回重办</BigButton>
      </form>
    </div>
  );
}

export function HandlerForm({ officers, current, ...p }: AssignmentFormProps & { officers: { id: string; name: string }[]; current: string | null }) {
  const [state, formAction] = useActionState(p.action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-2">
      <Problem state={state} />
      <Hidden {...p} intent="handler" />
      <div className="min-w-0 flex-1">
        <label htmlFor={`handler-${p.assignmentId}`} className="block font-semibold">
          指定承办人
        </label>
        <FieldError name="handlerId" error={e.handlerId} />
        <select id={`handler-${p.assignmentId}`} name="handlerId" defaultValue={state.values?.handlerId ?? current ?? ""} className="mt-1 block w-full rounded border-2 border-slate-500 bg-white px-3 py-2">
          <option value="">请选择</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border-2 border-slate-500 bg-white px-4 py-2 font-semibold">
        确定
      </button>
    </form>
  );
}

/** 督办单 on this unit's task (the supervision office). */
export function TaskOrderForm(p: AssignmentFormProps) {
  const [state, formAction] = useActionState(p.action, {});
  const instruction = `instruction-${p.assignmentId}`;
  const dueOn = `dueOn-${p.assignmentId}`;
  const errors = renamed(renamed(state.errors, "instruction", instruction), "dueOn", dueOn);
  const e = errors ?? {};
  return (
    <form action={formAction} noValidate className="rounded border border-slate-200 bg-slate-50 p-3">
      <ErrorSummary errors={errors} />
      <Problem state={state} />
      <Hidden {...p} intent="order" />
      <Field name={instruction} label="督办要求" error={e[instruction]}>
        <TextArea name={instruction} defaultValue={state.values?.[instruction]} error={e[instruction]} rows={3} />
      </Field>
      <Field name={dueOn} label="督办期限" error={e[dueOn]}>
        <TextInput name={dueOn} type="date" defaultValue={state.values?.[dueOn]} error={e[dueOn]} />
      </Field>
      <BigButton tone="warning">发出督办单</BigButton>
    </form>
  );
}

/** The unit answers an open 督办单. */
export function AnswerOrderForm({ orderId, ...p }: AssignmentFormProps & { orderId: string }) {
  const [state, formAction] = useActionState(p.action, {});
  const response = `response-${orderId}`;
  const errors = renamed(state.errors, "response", response);
  const e = errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-2">
      <ErrorSummary errors={errors} />
      <Problem state={state} />
      <Hidden {...p} intent="answer" />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name={response} label="督办反馈" error={e[response]}>
        <TextArea name={response} defaultValue={state.values?.[response]} error={e[response]} rows={3} />
      </Field>
      <BigButton tone="secondary">反馈督办单</BigButton>
    </form>
  );
}
