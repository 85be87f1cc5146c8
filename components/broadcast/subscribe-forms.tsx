"use client";
// The subscribe and unsubscribe forms of /warnings/subscribe. Plain form posts to server actions:
// without JavaScript the server renders the page again with the messages and the answers kept.
import { useActionState } from "react";
import { PrivacyNote } from "@/components/layout/privacy-note";
import { ErrorSummary } from "@/components/ui/form";
import { BigButton, Checkbox, Field, TextInput, controlClass } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Town = { code: string; name: string };

function Outcome({ state }: { state: ActionState }) {
  if (!state.message || state.errors) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`mb-6 border-l-4 p-4 text-lg font-semibold ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-accent-600 bg-red-50 text-accent-700"}`}>
      {state.message}
    </p>
  );
}

function TownSelect({ name, towns, value, error }: { name: string; towns: Town[]; value?: string; error?: string }) {
  return (
    <select id={`field-${name}`} name={name} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? `error-${name}` : undefined} className={`${controlClass(error)} max-w-xs`}>
      <option value="">请选择</option>
      {towns.map((t) => (
        <option key={t.code} value={t.code}>
          {t.name}
        </option>
      ))}
    </select>
  );
}

/** The page's <title>: "错误：" first when either form came back with problems. */
export function SubscribeForms({ subscribe, unsubscribe, confirm, towns, title }: { subscribe: Action; unsubscribe: Action; confirm: Action; towns: Town[]; title: string }) {
  const [sub, subAction] = useActionState(subscribe, {});
  const [unsub, unsubAction] = useActionState(unsubscribe, {});
  const [conf, confAction] = useActionState(confirm, {});
  // The code asked for last and not yet confirmed (a failed confirmation keeps its own).
  const requested = [sub.values?.challengeId, unsub.values?.challengeId].filter(Boolean) as string[];
  const pending = conf.errors ? conf.values?.challengeId : requested.find((id) => id !== conf.values?.confirmed);
  const v = sub.values ?? {};
  const e = sub.errors ?? {};
  const kinds = (v.kinds ?? "").split(",");
  const uv = unsub.values ?? {};
  const ue = unsub.errors ?? {};
  return (
    <>
      <title>{sub.errors || unsub.errors || conf.errors ? `错误：${title}` : title}</title>
      {conf.ok && <Outcome state={conf} />}
      {pending && (
        <section aria-labelledby="code-title" className="mb-6 rounded-md border-4 border-brand-600 bg-white p-5 shadow-sm" id="code-form" {...(conf.errors ? {} : { "data-focus-on-load": "" })}>
          <h2 id="code-title" className="text-2xl font-bold">
            填写短信验证码
          </h2>
          <form action={confAction} noValidate className="mt-4">
            <ErrorSummary errors={conf.errors} />
            {!conf.errors && <Outcome state={sub.values?.challengeId === pending ? sub : unsub} />}
            <input type="hidden" name="challengeId" value={pending} />
            <Field name="code" label="验证码" hint="短信中的6位数字，10分钟内有效。没有收到可以重新提交上面的表单。" error={conf.errors?.code}>
              <TextInput name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={8} error={conf.errors?.code} hint className="max-w-[10rem]" />
            </Field>
            <BigButton>确认</BigButton>
          </form>
        </section>
      )}
      <section aria-labelledby="subscribe-title" className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="subscribe-title" className="text-2xl font-bold">
          订阅
        </h2>
        <form action={subAction} noValidate className="mt-4">
          <ErrorSummary errors={sub.errors} />
          <Field name="phone" label="手机号码" hint="11位手机号，只用于发送预警和惠农信息短信，不会公开。" error={e.phone}>
            <TextInput name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} defaultValue={v.phone} error={e.phone} hint className="max-w-xs" />
          </Field>
          <Field name="town" label="所在乡镇" hint="接收该乡镇的预警；全县范围的预警各乡镇都会收到。" error={e.town}>
            <TownSelect name="town" towns={towns} value={v.town} error={e.town} />
          </Field>
          <fieldset className={`mb-6 ${e.kinds ? "border-l-4 border-accent-600 pl-3" : ""}`} aria-describedby="hint-kinds">
            <legend className="text-lg font-bold">
              接收哪些信息<span className="font-normal text-slate-600">（选填）</span>
            </legend>
            <p id="hint-kinds" className="text-slate-600">
              不选则两类都接收。
            </p>
            {e.kinds && (
              <p id="error-kinds" className="font-semibold text-accent-700">
                <span className="sr-only">错误：</span>
                {e.kinds}
              </p>
            )}
            <div className="mt-2 space-y-2">
              <Checkbox name="kinds" value="warnings" id="field-kinds" defaultChecked={kinds.includes("warnings")} label="预警信息" hint="寒潮、暴雨、山洪、地质灾害等预警" />
              <Checkbox name="kinds" value="rural" id="field-kinds-rural" defaultChecked={kinds.includes("rural")} label="惠农信息" hint="养老保险缴费、种植养殖技术、农业补贴等提醒" />
            </div>
          </fieldset>
          <BigButton>订阅</BigButton>
          <PrivacyNote />
        </form>
      </section>

      <section aria-labelledby="unsubscribe-title" className="mt-6 rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="unsubscribe-title" className="text-2xl font-bold">
          退订
        </h2>
        <p className="mt-1 text-slate-700">填写订阅时的手机号码和乡镇，退订后不再收到该乡镇的短信。</p>
        <form action={unsubAction} noValidate className="mt-4">
          <ErrorSummary errors={unsub.errors} />
          <Field name="unsubPhone" label="手机号码" error={ue.unsubPhone}>
            <TextInput name="unsubPhone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} defaultValue={uv.unsubPhone} error={ue.unsubPhone} className="max-w-xs" />
          </Field>
          <Field name="unsubTown" label="乡镇" error={ue.unsubTown}>
            <TownSelect name="unsubTown" towns={towns} value={uv.unsubTown} error={ue.unsubTown} />
          </Field>
          <BigButton tone="secondary">退订</BigButton>
        </form>
      </section>
    </>
  );
}
