"use client";
// The vehicle pages' forms (GOV.UK pattern: error summary, the message beside the field, what
// was typed kept). Plain forms posting to server actions: they work without JavaScript.
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { ConfirmCheck } from "@/components/ui/confirm-check";
import type { ActionState } from "@/lib/form-state";
import { PositionField } from "./position-field";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="alert" className={`mb-4 rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 font-semibold text-accent-700"}`}>
      {state.message}
    </p>
  );
}

function useForm(action: Action) {
  const [state, formAction] = useActionState(action, {});
  return { state, formAction, v: state.values ?? {}, e: state.errors ?? {} };
}

export function BookingForm({ action, idempotencyKey, defaults }: { action: Action; idempotencyKey: string; defaults: { startAt: string; endAt: string } }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="key" value={idempotencyKey} />
      <TextField name="startAt" label="出发时间" type="datetime-local" defaultValue={v.startAt ?? defaults.startAt} error={e.startAt} />
      <TextField name="endAt" label="返回时间" type="datetime-local" defaultValue={v.endAt ?? defaults.endAt} error={e.endAt} />
      <TextField name="fromPlace" label="出发地" defaultValue={v.fromPlace ?? "县政府"} error={e.fromPlace} />
      <TextField name="toPlace" label="目的地" defaultValue={v.toPlace} error={e.toPlace} />
      <TextField name="passengerCount" label="乘车人数" type="text" defaultValue={v.passengerCount} error={e.passengerCount} hint="不含驾驶员" />
      <TextField name="passengerNames" label="乘车人员" defaultValue={v.passengerNames} error={e.passengerNames} hint="姓名之间用顿号或逗号分开" />
      <TextField name="reason" label="用车事由" defaultValue={v.reason} error={e.reason} />
      <SubmitButton>提交用车申请</SubmitButton>
    </form>
  );
}

export function ApproveForm({ action, bookingId, version }: { action: Action; bookingId: string; version: number }) {
  const { state, formAction } = useForm(action);
  return (
    <form action={formAction} className="mb-4">
      <Notice state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>批准</SubmitButton>
    </form>
  );
}

export function RefuseForm({ action, bookingId, version }: { action: Action; bookingId: string; version: number }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="version" value={version} />
      <TextField name="reason" label="不批准的理由" defaultValue={v.reason} error={e.reason} hint="将以短信告知申请人" />
      <SubmitButton tone="danger">不批准</SubmitButton>
    </form>
  );
}

export function AssignForm({ action, bookingId, version, vehicles, drivers }: { action: Action; bookingId: string; version: number; vehicles: Option[]; drivers: Option[] }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="vehicleId" label="车辆" placeholder="请选择" options={vehicles} defaultValue={v.vehicleId} error={e.vehicleId} />
      <SelectField name="driverId" label="驾驶员" placeholder="请选择" options={drivers} defaultValue={v.driverId} error={e.driverId} />
      <SubmitButton>派车</SubmitButton>
    </form>
  );
}

export function CancelForm({ action, bookingId, version }: { action: Action; bookingId: string; version: number }) {
  const { state, formAction } = useForm(action);
  return (
    <form action={formAction}>
      <Notice state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmCheck label="我确认取消这次用车" />
      <SubmitButton tone="secondary">取消用车</SubmitButton>
    </form>
  );
}

const MARK_LABELS = { depart: "出车", arrive: "到达", return: "回车" } as const;

export function TripMarkForm({ action, bookingId, version, mark, hint }: { action: Action; bookingId: string; version: number; mark: keyof typeof MARK_LABELS; hint?: string }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="mark" value={mark} />
      {mark !== "arrive" && (
        <TextField name="odometer" label={mark === "depart" ? "出车里程（公里）" : "回车里程（公里）"} hint={hint} defaultValue={v.odometer} error={e.odometer} />
      )}
      {mark === "return" && (
        <>
          <TextField name="fuel" label="油费（元）" optional defaultValue={v.fuel} error={e.fuel} />
          <TextField name="toll" label="过路费（元）" optional defaultValue={v.toll} error={e.toll} />
          <TextField name="parking" label="停车费（元）" optional defaultValue={v.parking} error={e.parking} />
        </>
      )}
      <PositionField />
      <SubmitButton>{`确认${MARK_LABELS[mark]}`}</SubmitButton>
    </form>
  );
}

export function VehicleForm({ action, types }: { action: Action; types: Option[] }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <TextField name="plate" label="车牌号" hint="例如 浙A12345，新能源车 浙AD12345" defaultValue={v.plate} error={e.plate} />
      <SelectField name="type" label="车型" placeholder="请选择" options={types} defaultValue={v.type} error={e.type} />
      <TextField name="seats" label="座位数（含驾驶员）" defaultValue={v.seats} error={e.seats} />
      <TextField name="odometerKm" label="当前里程（公里）" defaultValue={v.odometerKm} error={e.odometerKm} />
      <TextField name="note" label="备注" optional defaultValue={v.note} error={e.note} />
      <SubmitButton>登记车辆</SubmitButton>
    </form>
  );
}

export function VehicleStatusForm({ action, vehicleId, status, statuses }: { action: Action; vehicleId: string; status: string; statuses: Option[] }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="vehicleId" value={vehicleId} />
      <SelectField name="status" label="车辆状态" options={statuses} defaultValue={v.status ?? status} error={e.status} />
      <SubmitButton tone="secondary">保存状态</SubmitButton>
    </form>
  );
}

export function DueForm({ action, vehicleId, kinds }: { action: Action; vehicleId: string; kinds: Option[] }) {
  const { state, formAction, v, e } = useForm(action);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="vehicleId" value={vehicleId} />
      <SelectField name="kind" label="事项" placeholder="请选择" options={kinds} defaultValue={v.kind} error={e.kind} />
      <TextField name="dueDate" label="到期日期" type="date" optional hint="年检、保险必填；到期前30天提醒" defaultValue={v.dueDate} error={e.dueDate} />
      <TextField name="dueOdometerKm" label="到期里程（公里）" optional hint="按里程保养时填写；差500公里时提醒" defaultValue={v.dueOdometerKm} error={e.dueOdometerKm} />
      <TextField name="note" label="说明" optional defaultValue={v.note} error={e.note} />
      <SubmitButton>登记事项</SubmitButton>
    </form>
  );
}

export function CompleteDueForm({ action, vehicleId, dueId }: { action: Action; vehicleId: string; dueId: string }) {
  const { state, formAction } = useForm(action);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <Notice state={state} />
      <input type="hidden" name="vehicleId" value={vehicleId} />
      <input type="hidden" name="dueId" value={dueId} />
      <label className="block text-sm">
        <span className="block font-semibold">办理说明（选填）</span>
        <input name="note" className="rounded border-2 border-slate-400 px-2 py-1" />
      </label>
      <SubmitButton tone="secondary">已办结</SubmitButton>
    </form>
  );
}
