"use client";
// The meetings forms that keep what was typed on an error (useActionState renders a plain form,
// so they also work without JavaScript): a meeting, a room, a reply.
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`mb-4 rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {state.message}
    </p>
  );
}

function FieldError({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p id={`error-${name}`} className="font-semibold text-accent-700">
      <span className="sr-only">错误：</span>
      {error}
    </p>
  ) : null;
}

export function TextArea({ name, label, hint, optional, defaultValue, error, rows = 4 }: { name: string; label: string; hint?: string; optional?: boolean; defaultValue?: string; error?: string; rows?: number }) {
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`}>
      <label htmlFor={`field-${name}`} className="block font-semibold">
        {label}
        {optional && <span className="font-normal text-slate-600">（选填）</span>}
      </label>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <FieldError name={name} error={error} />
      <textarea id={`field-${name}`} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={error ? true : undefined} className={`mt-1 block w-full max-w-xl rounded border-2 bg-white px-3 py-2 ${error ? "border-accent-600" : "border-slate-400"}`} />
    </div>
  );
}

export interface MeetingFormValues {
  title?: string;
  kind?: string;
  startAt?: string;
  endAt?: string;
  replyDueAt?: string;
  roomId?: string;
  note?: string;
  agenda?: string;
  officerIds?: string;
  departmentIds?: string;
}

export function MeetingForm({
  action,
  kinds,
  rooms,
  officers,
  departments,
  initial,
  submitLabel,
  hidden,
}: {
  action: Action;
  kinds: readonly string[];
  rooms: Option[];
  officers: Option[];
  departments: Option[];
  initial: MeetingFormValues;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, {});
  const v: MeetingFormValues = state.values ?? initial;
  const e = state.errors ?? {};
  const chosenOfficers = new Set((v.officerIds ?? "").split(",").filter(Boolean));
  const chosenUnits = new Set((v.departmentIds ?? "").split(",").filter(Boolean));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      {Object.entries(hidden ?? {}).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      <TextField name="title" label="会议名称" defaultValue={v.title} error={e.title} />
      <SelectField name="kind" label="会议类型" placeholder="请选择" options={kinds.map((k) => ({ value: k, label: k }))} defaultValue={v.kind} error={e.kind} />
      <TextField name="startAt" label="开始时间" type="datetime-local" defaultValue={v.startAt} error={e.startAt} />
      <TextField name="endAt" label="结束时间" type="datetime-local" defaultValue={v.endAt} error={e.endAt} />
      <SelectField name="roomId" label="会议室" placeholder="请选择" options={rooms} defaultValue={v.roomId} error={e.roomId} />
      <TextField name="replyDueAt" label="回复截止时间" hint="逾期未回复的，系统将短信催办一次并告知会务" type="datetime-local" defaultValue={v.replyDueAt} error={e.replyDueAt} />
      <TextArea name="agenda" label="议题" optional hint="每行一个议题，按顺序排列" defaultValue={v.agenda} error={e.agenda} rows={5} />
      <TextArea name="note" label="会议说明" optional hint="如着装、携带材料等" defaultValue={v.note} error={e.note} rows={3} />
      <div className={`mb-5 ${e.officerIds ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <label htmlFor="field-officerIds" className="block font-semibold">
          邀请人员
        </label>
        <p className="text-sm text-slate-600">按住 Ctrl（手机上直接点选）可选多人；被邀请人本人回复</p>
        <FieldError name="officerIds" error={e.officerIds} />
        <select id="field-officerIds" name="officerIds" multiple size={8} defaultValue={[...chosenOfficers]} className="mt-1 block w-full max-w-xl rounded border-2 border-slate-400 bg-white px-2 py-1">
          {officers.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={`mb-5 ${e.departmentIds ? "border-l-4 border-accent-600 pl-3" : ""}`} id="field-departmentIds">
        <legend className="font-semibold">邀请单位（单位派员）</legend>
        <p className="text-sm text-slate-600">由单位公文收发员（或负责人）回复并报送参会人员姓名</p>
        <FieldError name="departmentIds" error={e.departmentIds} />
        <div className="mt-1 grid max-w-xl grid-cols-1 gap-1 sm:grid-cols-2">
          {departments.map((d) => (
            <label key={d.value} className="flex items-center gap-2">
              <input type="checkbox" name="departmentIds" value={d.value} defaultChecked={chosenUnits.has(d.value)} className="h-5 w-5" />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function RoomForm({ action, initial, submitLabel, roomId }: { action: Action; initial: Record<string, string>; submitLabel: string; roomId?: string }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      {roomId && <input type="hidden" name="roomId" value={roomId} />}
      <TextField name="name" label="会议室名称" defaultValue={v.name} error={e.name} />
      <TextField name="place" label="位置" hint="如：县政府大楼三楼" defaultValue={v.place} error={e.place} />
      <TextField name="capacity" label="容纳人数" type="number" defaultValue={v.capacity} error={e.capacity} />
      <TextField name="rows" label="会场排数" hint="座次图默认的排数（不含主席台）" type="number" defaultValue={v.rows} error={e.rows} />
      <TextField name="seatsPerRow" label="每排座位数" type="number" defaultValue={v.seatsPerRow} error={e.seatsPerRow} />
      <label className="mb-5 flex items-center gap-2">
        <input type="checkbox" name="isActive" value="yes" defaultChecked={(v.isActive ?? "yes") === "yes"} className="h-5 w-5" />
        可预订（取消勾选即停用）
      </label>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function ReplyForm({ action, invitationId, meetingId, isUnit, officers, initial }: { action: Action; invitationId: string; meetingId: string; isUnit: boolean; officers: Option[]; initial: Record<string, string> }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  const choice = (value: string, label: string, hint: string) => (
    <label className="flex items-start gap-3 rounded border-2 border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input type="radio" name="status" value={value} defaultChecked={v.status === value} className="mt-1 h-5 w-5" />
      <span>
        <span className="block font-semibold">{label}</span>
        <span className="text-sm text-slate-600">{hint}</span>
      </span>
    </label>
  );
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset id="field-status" className={e.status ? "border-l-4 border-accent-600 pl-3" : ""}>
        <legend className="mb-2 font-semibold">回复</legend>
        <FieldError name="status" error={e.status} />
        <div className="grid gap-2">
          {choice("ATTEND", isUnit ? "派员参加" : "参加", isUnit ? "请在下方选择或填写参会人员" : "本人按时参会")}
          {choice("LEAVE", "请假", "请填写请假事由")}
          {choice("DELEGATE", "指派代参", "由本单位其他人员代为参会")}
        </div>
      </fieldset>
      <TextArea name="leaveReason" label="请假事由" optional hint="选择“请假”时必填" defaultValue={v.leaveReason} error={e.leaveReason} rows={2} />
      <SelectField name="attendeeId" label={isUnit ? "参会人员" : "代参人员"} optional placeholder="从本单位人员中选择" options={officers} defaultValue={v.attendeeId} error={e.attendeeId} />
      <TextField name="attendeeName" label="或填写姓名" optional hint="名单中没有时填写" defaultValue={v.attendeeName} error={e.attendeeName} />
      <SubmitButton>提交回复</SubmitButton>
    </form>
  );
}
