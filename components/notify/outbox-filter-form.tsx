// The delivery log's filters: a plain GET form, so it works without JavaScript and every filtered
// view has a link that can be bookmarked or sent to a colleague.
import Link from "next/link";
import type { TOutboxFilters } from "@/lib/notify/outbox-filters.schema";
import { OUTBOX_CHANNEL_LABELS, OUTBOX_CHANNELS, OUTBOX_STATUSES } from "@/lib/notify/outbox-filters.schema";
import { OUTBOX_STATUS_LABELS } from "./outbox-status-badge";

const inputClass = (error?: string) => `mt-1 block w-full rounded border-2 bg-white px-2 py-1.5 ${error ? "border-accent-600" : "border-slate-400"}`;

function Field({ name, label, error, children }: { name: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className={error ? "border-l-4 border-accent-600 pl-2" : ""}>
      <label htmlFor={`field-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      {error && (
        <p id={`error-${name}`} className="text-sm font-semibold text-accent-700">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function OutboxFilterForm({
  filters,
  values,
  errors,
  templates,
}: {
  filters: TOutboxFilters;
  /** What the person typed, shown again even when it was not valid. */
  values: Record<string, string>;
  errors: Record<string, string>;
  templates: string[];
}) {
  const described = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `error-${name}` } : {});
  return (
    <form method="get" action="/officer/outbox" noValidate aria-label="筛选发送记录" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <Field name="status" label="状态" error={errors.status}>
          <select id="field-status" name="status" defaultValue={filters.status ?? ""} className={inputClass(errors.status)} {...described("status")}>
            <option value="">全部状态</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {OUTBOX_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="channel" label="发送通道" error={errors.channel}>
          <select id="field-channel" name="channel" defaultValue={filters.channel ?? ""} className={inputClass(errors.channel)} {...described("channel")}>
            <option value="">全部通道</option>
            {OUTBOX_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {OUTBOX_CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="template" label="消息模板" error={errors.template}>
          <select id="field-template" name="template" defaultValue={filters.template ?? ""} className={inputClass(errors.template)} {...described("template")}>
            <option value="">全部模板</option>
            {templates.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field name="recipient" label="手机号（选填，可输入部分号码）" error={errors.recipient}>
          <input
            id="field-recipient"
            name="recipient"
            type="text"
            inputMode="numeric"
            defaultValue={values.recipient ?? ""}
            className={inputClass(errors.recipient)}
            {...described("recipient")}
          />
        </Field>
        <Field name="from" label="开始日期（选填）" error={errors.from}>
          <input id="field-from" name="from" type="date" defaultValue={values.from ?? ""} className={inputClass(errors.from)} {...described("from")} />
        </Field>
        <Field name="to" label="结束日期（选填）" error={errors.to}>
          <input id="field-to" name="to" type="date" defaultValue={values.to ?? ""} className={inputClass(errors.to)} {...described("to")} />
        </Field>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          筛选
        </button>
        <Link href="/officer/outbox" className="text-brand-600 underline">
          清除筛选
        </Link>
      </div>
    </form>
  );
}
