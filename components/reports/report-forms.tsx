"use client";
// Information-report forms (信息报送): plain forms through useActionState (they post without
// JavaScript too); a failed post shows the error summary, the field messages and what was typed.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/form";
import { BigButton, Checkbox, Field, FieldError, Radios, TextArea, TextInput } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

function Notice({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`mb-4 border-l-4 p-3 font-semibold ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {state.message}
    </p>
  );
}

export function SubmitReportForm({ action, categories }: { action: Action; categories: readonly string[] }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate encType="multipart/form-data" className="max-w-2xl">
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Field name="title" label="标题" error={e.title}>
        <TextInput name="title" defaultValue={v.title} error={e.title} maxLength={100} />
      </Field>
      <Field name="category" label="信息类别" error={e.category}>
        <select id="field-category" name="category" defaultValue={v.category ?? ""} className="mt-1 block w-full rounded border-2 border-slate-500 bg-white px-3 py-3">
          <option value="">请选择</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
      <Field name="body" label="正文" hint="时间、地点、事件、成效，写清楚“干了什么、效果如何”" error={e.body}>
        <TextArea name="body" defaultValue={v.body} error={e.body} rows={10} />
      </Field>
      <Field name="images" label="图片" optional hint="JPG、PNG 或 WebP，最多6张，每张不超过10MB" error={e.images}>
        <input id="field-images" name="images" type="file" multiple accept="image/jpeg,image/png,image/webp" className="mt-1 block w-full text-base" />
      </Field>
      <BigButton>报送</BigButton>
    </form>
  );
}

interface ReviewProps {
  action: Action;
  reportId: string;
  version: number;
}

function Hidden({ reportId, version, intent }: { reportId: string; version: number; intent: string }) {
  return (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );
}

export function EditReportForm({ title, body, ...p }: ReviewProps & { title: string; body: string }) {
  const [state, formAction] = useActionState(p.action, {});
  const v = state.values ?? { editedTitle: title, editedBody: body };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Hidden {...p} intent="edit" />
      <Field name="editedTitle" label="编辑后标题" error={e.editedTitle}>
        <TextInput name="editedTitle" defaultValue={v.editedTitle} error={e.editedTitle} maxLength={100} />
      </Field>
      <Field name="editedBody" label="编辑后正文" hint="原稿保留不变，刊发和发布到门户时使用编辑后的文字" error={e.editedBody}>
        <TextArea name="editedBody" defaultValue={v.editedBody} error={e.editedBody} rows={10} />
      </Field>
      <BigButton tone="secondary">保存编辑</BigButton>
    </form>
  );
}

export function AdoptForm({ levels, current, ...p }: ReviewProps & { levels: Option[]; current: string | null }) {
  const [state, formAction] = useActionState(p.action, {});
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Hidden {...p} intent="adopt" />
      <Radios name="level" legend="采用级别" error={state.errors?.level} defaultValue={state.values?.level ?? current ?? undefined} options={levels} />
      <BigButton>{current ? "改为此级别" : "采用"}</BigButton>
    </form>
  );
}

export function DeclineForm(p: ReviewProps) {
  const [state, formAction] = useActionState(p.action, {});
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Hidden {...p} intent="decline" />
      <Field name="reason" label="不采用理由" error={e.reason}>
        <TextArea name="reason" defaultValue={state.values?.reason} error={e.reason} rows={3} />
      </Field>
      <BigButton tone="warning">不采用</BigButton>
    </form>
  );
}

export function PublishForm(p: ReviewProps) {
  const [state, formAction] = useActionState(p.action, {});
  return (
    <form action={formAction}>
      <Notice state={state} />
      <Hidden {...p} intent="publish" />
      <p className="mb-2 text-slate-700">以编辑后的文字发布为门户“通知公告”，立即公开。</p>
      <BigButton tone="secondary">发布到门户</BigButton>
    </form>
  );
}

export function BulletinForm({ action, kinds, candidates }: { action: Action; kinds: Option[]; candidates: { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const chosen = new Set((v.reportIds ?? "").split(",").filter(Boolean));
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <Radios name="kind" legend="刊物" inline error={e.kind} defaultValue={v.kind ?? "SPECIAL"} options={kinds} />
      <Field name="title" label="本期标题" error={e.title}>
        <TextInput name="title" defaultValue={v.title} error={e.title} maxLength={100} />
      </Field>
      <fieldset className={`mb-6 ${e.reportIds ? "border-l-4 border-accent-600 pl-3" : ""}`}>
        <legend className="text-lg font-bold">选入本期的信息</legend>
        <FieldError name="reportIds" error={e.reportIds} />
        {candidates.length === 0 ? (
          <p className="text-slate-600">暂无已采用、未编入期刊的信息。</p>
        ) : (
          <div className="mt-2 space-y-2">
            {candidates.map((c, i) => (
              <Checkbox key={c.id} name="reportIds" value={c.id} id={i === 0 ? "field-reportIds" : `report-${c.id}`} label={c.label} defaultChecked={chosen.has(c.id)} />
            ))}
          </div>
        )}
      </fieldset>
      <BigButton>编排本期</BigButton>
    </form>
  );
}

export function IssueBulletinForm({ action, bulletinId, version }: { action: Action; bulletinId: string; version: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="inline">
      <Notice state={state} />
      <input type="hidden" name="bulletinId" value={bulletinId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        印发（编号）
      </button>
    </form>
  );
}

export function PointsForm({ action, levels, points }: { action: Action; levels: Option[]; points: Record<string, number> }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? Object.fromEntries(Object.entries(points).map(([k, n]) => [k, String(n)]));
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      <Notice state={state} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        {levels.map((l) => (
          <Field key={l.value} name={l.value} label={`${l.label}（分）`} error={e[l.value]}>
            <TextInput name={l.value} inputMode="numeric" defaultValue={v[l.value]} error={e[l.value]} maxLength={3} className="max-w-32" />
          </Field>
        ))}
      </div>
      <BigButton tone="secondary">保存积分标准</BigButton>
    </form>
  );
}
