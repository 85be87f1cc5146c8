"use client";
import { ConfirmCheck } from "@/components/ui/confirm-check";
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { PASSWORD_HINT } from "@/lib/auth/password-hint";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

/** The duty checkboxes (公文收发员, 电子印章管理员, 信息员, 会务): each adds permissions within the officer's unit. */
function DutiesField({ options, checked, error }: { options: Option[]; checked: string[]; error?: string }) {
  return (
    <fieldset id="field-duties" className={`mb-5 ${error ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby="hint-duties">
      <legend className="font-semibold">
        本单位职责<span className="font-normal text-slate-600">（选填，可多选）</span>
      </legend>
      <p id="hint-duties" className="text-sm text-slate-600">
        职责在角色之外授予，只对所属部门有效，例如只有电子印章管理员可以使用本单位的电子印章。
      </p>
      {error && (
        <p className="font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2">
            <input type="checkbox" name="duties" value={o.value} defaultChecked={checked.includes(o.value)} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const dutiesOf = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role="status" className={`mb-4 rounded border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {state.message}
    </p>
  );
}

export function NewOfficerForm({ action, roles, departments, duties }: { action: Action; roles: Option[]; departments: Option[]; duties: Option[] }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <TextField name="username" label="登录名" hint="3至32位小写字母或数字，用于登录" defaultValue={v.username} error={e.username} autoComplete="off" />
      <TextField name="name" label="姓名" defaultValue={v.name} error={e.name} />
      <TextField name="phone" label="手机号" optional hint="用于接收督办提醒短信" defaultValue={v.phone} error={e.phone} type="tel" />
      <SelectField name="departmentId" label="所属部门" placeholder="请选择" options={departments} defaultValue={v.departmentId} error={e.departmentId} />
      <SelectField name="role" label="角色" placeholder="请选择" options={roles} defaultValue={v.role} error={e.role} />
      <DutiesField options={duties} checked={dutiesOf(v.duties)} error={e.duties} />
      <TextField name="password" label="初始密码" hint={PASSWORD_HINT} type="password" error={e.password} autoComplete="new-password" />
      <SubmitButton>加入授权名单</SubmitButton>
    </form>
  );
}

export function EditOfficerForm({
  action,
  roles,
  departments,
  duties,
  officer,
}: {
  action: Action;
  roles: Option[];
  departments: Option[];
  duties: Option[];
  officer: { id: string; role: string; departmentId: string; phone: string | null; duties: string[] };
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? { role: officer.role, departmentId: officer.departmentId, phone: officer.phone ?? "", duties: officer.duties.join(",") };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="officerId" value={officer.id} />
      <SelectField name="departmentId" label="所属部门" options={departments} defaultValue={v.departmentId} error={e.departmentId} />
      <SelectField name="role" label="角色" options={roles} defaultValue={v.role} error={e.role} />
      <DutiesField options={duties} checked={dutiesOf(v.duties)} error={e.duties} />
      <TextField name="phone" label="手机号" optional defaultValue={v.phone} error={e.phone} type="tel" />
      <SubmitButton>保存</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action, officerId }: { action: Action; officerId: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <input type="hidden" name="officerId" value={officerId} />
      <TextField name="password" label="新密码" hint={PASSWORD_HINT} type="password" error={state.errors?.password} autoComplete="new-password" />
      <SubmitButton tone="secondary">重置密码</SubmitButton>
    </form>
  );
}

export function ActiveToggleForm({ action, officerId, isActive }: { action: Action; officerId: string; isActive: boolean }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <Notice state={state} />
      <input type="hidden" name="officerId" value={officerId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      {isActive && <ConfirmCheck label="我确认停用：该人员将立即退出且不能再登录" />}
      <SubmitButton tone={isActive ? "danger" : "primary"}>{isActive ? "停用账户" : "重新启用"}</SubmitButton>
    </form>
  );
}
