"use client";
// The admin settings forms (GOV.UK patterns: error summary, inline messages, answers kept).
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

// React resets a form after its action; selects and radios would fall back to the values of the
// first render. A key from the returned answers remounts the fields with the person's answers.
const answersKey = (state: ActionState) => JSON.stringify(state.values ?? null);
type Option = { value: string; label: string };

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="alert" className="mb-4 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
      {state.message}
    </p>
  );
}

function Checkbox({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  return (
    <div className="mb-4 flex items-start gap-3">
      <input id={`field-${name}`} name={name} type="checkbox" defaultChecked={defaultChecked} className="mt-1 h-6 w-6 shrink-0" aria-describedby={hint ? `hint-${name}` : undefined} />
      <label htmlFor={`field-${name}`}>
        <span className="font-semibold">{label}</span>
        {hint && (
          <span id={`hint-${name}`} className="block text-sm text-slate-600">
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}

function Radios({ name, legend, options, value, error }: { name: string; legend: string; options: Option[]; value?: string; error?: string }) {
  return (
    <fieldset className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby={error ? `error-${name}` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error && (
        <p id={`error-${name}`} className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((o, i) => (
          <label key={o.value} className="flex items-center gap-2">
            <input id={i === 0 ? `field-${name}` : undefined} type="radio" name={name} value={o.value} defaultChecked={value === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SlaClassForm({ action, slaClass }: { action: Action; slaClass: { id: string; name: string; unit: string; amount: number; acceptHours: number } }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? { name: slaClass.name, unit: slaClass.unit, amount: String(slaClass.amount), acceptHours: String(slaClass.acceptHours) };
  const e = state.errors ?? {};
  return (
    <form key={answersKey(state)} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="slaClassId" value={slaClass.id} />
      <TextField name="name" label="名称" defaultValue={v.name} error={e.name} />
      <SelectField
        name="unit"
        label="计时方式"
        hint="按小时连续计时（含节假日），或按工作日计算（不含节假日，调休上班日计入）"
        options={[
          { value: "HOURS", label: "小时" },
          { value: "WORKING_DAYS", label: "工作日" },
        ]}
        defaultValue={v.unit}
        error={e.unit}
      />
      <TextField name="amount" label="办理时限" hint="整数，单位同上" defaultValue={v.amount} error={e.amount} />
      <TextField name="acceptHours" label="签收时限（小时）" hint="网上诉求须在此时间内签收" defaultValue={v.acceptHours} error={e.acceptHours} />
      <SubmitButton>保存</SubmitButton>
    </form>
  );
}

export function CategoryMappingForm({
  action,
  category,
  departments,
  slaClasses,
}: {
  action: Action;
  category: { id: string; departmentId: string; slaClassId: string; isActive: boolean; isPublic: boolean };
  departments: Option[];
  slaClasses: Option[];
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values;
  const e = state.errors ?? {};
  return (
    <form key={answersKey(state)} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="categoryId" value={category.id} />
      <SelectField name="departmentId" label="承办部门" placeholder="请选择" options={departments} defaultValue={v ? v.departmentId : category.departmentId} error={e.departmentId} />
      <SelectField name="slaClassId" label="时限类别" placeholder="请选择" options={slaClasses} defaultValue={v ? v.slaClassId : category.slaClassId} error={e.slaClassId} />
      <Checkbox name="isActive" label="启用" hint="停用后不能再选择此类别提交诉求，已有案件不受影响" defaultChecked={v ? v.isActive === "on" : category.isActive} />
      <Checkbox name="isPublic" label="在群众诉求表单中显示" hint="不显示的类别只通过专用表单提交（如投资咨询）" defaultChecked={v ? v.isPublic === "on" : category.isPublic} />
      <SubmitButton>保存</SubmitButton>
    </form>
  );
}

export function CalendarDayForm({ action, initial }: { action: Action; initial?: { date: string; isWorkingDay: boolean; holidayName: string | null } }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? (initial ? { date: initial.date, isWorkingDay: String(initial.isWorkingDay), holidayName: initial.holidayName ?? "" } : {});
  const e = state.errors ?? {};
  return (
    <form key={answersKey(state)} action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <TextField name="date" label="日期" type="date" hint="例如 2026-10-01" defaultValue={v.date} error={e.date} />
      <Radios
        name="isWorkingDay"
        legend="当天"
        options={[
          { value: "false", label: "放假" },
          { value: "true", label: "上班（调休上班日）" },
        ]}
        value={v.isWorkingDay}
        error={e.isWorkingDay}
      />
      <TextField name="holidayName" label="节日名称" optional hint="例如 国庆节、春节调休上班" defaultValue={v.holidayName} error={e.holidayName} />
      <SubmitButton>保存这一天</SubmitButton>
    </form>
  );
}
