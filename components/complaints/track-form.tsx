"use client";
// Tracking: the lookup and the rating post to one server action, so the result and the rating
// form stay on the page without JavaScript, and the access code never appears in a URL.
import Link from "next/link";
import { useActionState, useEffect } from "react";
import { ErrorSummary } from "@/components/ui/form";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { BigButton, Field, Radios, TextArea, TextInput } from "./fields";
import { OverdueBadge, StatusBadge, Timeline } from "./case-parts";
import type { TrackState } from "./complaint-states";

type Action = (prev: TrackState, formData: FormData) => Promise<TrackState>;

const SATISFACTION = ["非常不满意", "不满意", "一般", "满意", "非常满意"];

/**
 * Where the page should land after a lookup or a rating: the lookup's error, the rating's error,
 * or the result. On a phone the result starts below the fold, so without this the screen looks
 * unchanged after 查询. Without JavaScript the form posts to the permalink with this fragment
 * (useActionState's permalink), so the browser scrolls there; with JavaScript it gets the focus.
 */
const LANDING_ID = "track-landing";
const PERMALINK = `/complaints/track#${LANDING_ID}`;
type Landing = "lookup" | "rating" | "result" | null;
function landingOf(state: TrackState): Landing {
  if (state.errors || (state.message && !state.view)) return "lookup";
  if (state.rating?.errors || state.rating?.message) return "rating";
  return state.view ? "result" : null;
}
// data-focus-on-load: the page is sent without the framework's scripts (lib/http/script-free-pages.ts);
// the layout's one inline script (components/layout/focus-on-load.tsx) moves the focus there.
const landingProps = (landing: Landing, here: Landing) => (landing === here ? { id: LANDING_ID, tabIndex: -1, ...(here !== "lookup" ? { "data-focus-on-load": "" } : {}) } : {});

export function TrackForm({ action, initialTrackingNo, title }: { action: Action; initialTrackingNo?: string; title: string }) {
  const [state, formAction] = useActionState(action, {}, PERMALINK);
  const v = state.values ?? { trackingNo: initialTrackingNo ?? "" };
  const e = state.errors ?? {};
  const view = state.view;
  const landing = landingOf(state);
  useEffect(() => {
    // An error summary focuses itself; otherwise move focus (and the screen) to the result.
    if (landing === "result" || (landing === "rating" && !state.rating?.errors)) document.getElementById(LANDING_ID)?.focus();
  }, [state, landing]);
  return (
    <>
      {/* The page's title comes from here (metadata title null), so errors rendered without
          JavaScript get the "错误：" prefix too. */}
      <title>{state.errors ? `错误：${title}` : title}</title>
      <form action={formAction} noValidate className="scroll-mt-2 rounded border border-slate-200 bg-white p-4 focus:outline-none" {...landingProps(landing, "lookup")}>
        <ErrorSummary errors={state.errors} />
        {state.message && !state.errors && (
          <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
            {state.message}
          </p>
        )}
        <input type="hidden" name="intent" value="track" />
        <Field name="trackingNo" label="受理编号" hint="在回执和短信中，TC开头，例如 TC261123123456" error={e.trackingNo}>
          <TextInput name="trackingNo" defaultValue={v.trackingNo} error={e.trackingNo} hint autoComplete="off" className="max-w-sm font-mono uppercase" />
        </Field>
        <Field name="accessCode" label="查询码" hint="8位数字，在回执和短信中" error={e.accessCode}>
          <TextInput name="accessCode" inputMode="numeric" defaultValue={v.accessCode} error={e.accessCode} hint autoComplete="off" maxLength={12} className="max-w-xs font-mono" />
        </Field>
        <BigButton>查询</BigButton>
      </form>
      {view && <TrackResult state={state} formAction={formAction} landing={landing} />}
    </>
  );
}

function TrackResult({ state, formAction, landing }: { state: TrackState; formAction: (formData: FormData) => void; landing: Landing }) {
  const view = state.view!;
  const rating = state.rating ?? {};
  const re = rating.errors ?? {};
  const rv = rating.values ?? {};
  return (
    <section aria-labelledby="result-title" className="mt-6 scroll-mt-2 space-y-6 focus:outline-none" {...landingProps(landing, "result")}>
      {state.notice === "reopened" && (
        <p role="status" className="border-l-4 border-amber-600 bg-amber-50 p-4 text-lg font-semibold">
          已收到您的评价。问题未解决，已退回{view.departmentName}重新办理，新的办理期限为 {formatDeadline(view.deadlineAt)}。
        </p>
      )}
      {state.notice === "rated" && (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-4 text-lg font-semibold text-green-900">
          感谢您的评价，案件已关闭。
        </p>
      )}
      <div className="rounded border border-slate-200 bg-white p-4">
        <h2 id="result-title" className="text-2xl font-bold">
          {view.title}
        </h2>
        <p className="mt-1 font-mono text-slate-600">{view.trackingNo}</p>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">当前状态</dt>
            <dd className="mt-1 text-lg" data-testid="status">
              <StatusBadge status={view.status} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">办理部门</dt>
            <dd className="mt-1 text-lg font-semibold" data-testid="department">
              {view.departmentName}
              {view.departmentPhone && <span className="block text-base font-normal">电话 {view.departmentPhone}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{view.status === "RESOLVED" || view.status === "CLOSED" ? "办理期限" : "最迟办结时间"}</dt>
            <dd className={`mt-1 text-lg font-semibold ${view.isOverdue ? "text-accent-700" : ""}`}>
              {formatDeadline(view.deadlineAt)} {view.isOverdue && <OverdueBadge />}
              {view.isOverdue && <span className="block text-base font-normal">已超过办理期限，县政府督查室正在督办。</span>}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">类别 · 提交时间</dt>
            <dd className="mt-1">
              {view.categoryName} · {formatDeadline(view.createdAt)}
            </dd>
          </div>
        </dl>
      </div>

      {view.mergedInto && (
        <div className="rounded border-l-4 border-brand-600 bg-white p-4" data-testid="merged-into">
          <h3 className="text-xl font-bold">已与其他诉求合并办理</h3>
          <p className="mt-2 text-lg">
            您反映的问题与受理编号 <span className="font-mono font-semibold">{view.mergedInto.trackingNo}</span> 的诉求相同，已合并由{view.mergedInto.departmentName}办理，结果以该件为准。
          </p>
          <p className="mt-2">
            该件当前状态：<StatusBadge status={view.mergedInto.status} />
          </p>
          {view.mergedInto.reply && (view.mergedInto.status === "RESOLVED" || view.mergedInto.status === "CLOSED") && (
            <p className="mt-2 whitespace-pre-wrap break-words text-lg">办理结果：{view.mergedInto.reply}</p>
          )}
          {view.mergedInto.isPublished && (
            <p className="mt-2">
              <a href={`/complaints/published/${view.mergedInto.trackingNo}`} className="text-brand-600 underline">
                查看该件的公开办理结果
              </a>
            </p>
          )}
        </div>
      )}

      {view.reply && (
        <div className="rounded border-l-4 border-green-700 bg-white p-4">
          <h3 className="text-xl font-bold">办理部门的答复</h3>
          {view.repliedAt && <p className="text-sm text-slate-600">{formatDeadline(view.repliedAt)}</p>}
          <p className="mt-2 whitespace-pre-wrap break-words text-lg">{view.reply}</p>
        </div>
      )}

      {view.canRate && (
        <form action={formAction} noValidate className="scroll-mt-2 rounded border-2 border-brand-600 bg-white p-4 focus:outline-none" {...landingProps(landing, "rating")}>
          <h3 className="text-xl font-bold">评价办理结果</h3>
          <p className="mb-4 text-slate-700">{view.canReopen ? "办结7日内选择“没有解决”，会退回原部门重新办理。" : "已超过7日，评价“没有解决”不再退回重新办理，但会计入部门考核。"}</p>
          <ErrorSummary errors={rating.errors} />
          {rating.message && (
            <p role="alert" className="mb-4 border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
              {rating.message}
            </p>
          )}
          <input type="hidden" name="intent" value="rate" />
          <input type="hidden" name="trackingNo" value={view.trackingNo} />
          <input type="hidden" name="accessCode" value={state.values?.accessCode ?? ""} />
          <input type="hidden" name="version" value={view.version} />
          <Radios
            name="solved"
            legend="问题解决了吗"
            error={re.solved}
            defaultValue={rv.solved}
            inline
            options={[
              { value: "yes", label: "已经解决" },
              { value: "no", label: "没有解决" },
            ]}
          />
          <Radios
            name="satisfaction"
            legend="您对办理是否满意"
            error={re.satisfaction}
            defaultValue={rv.satisfaction}
            options={SATISFACTION.map((label, i) => ({ value: String(i + 1), label: `${label}（${i + 1}分）` }))}
          />
          <Field name="comment" label="意见或建议" optional error={re.comment}>
            <TextArea name="comment" rows={3} defaultValue={rv.comment} error={re.comment} />
          </Field>
          <BigButton>提交评价</BigButton>
        </form>
      )}

      {view.satisfaction && !view.canRate && (
        <p className="rounded bg-white p-4">
          您的评价：{view.isSolved ? "已解决" : "未解决"}，{SATISFACTION[view.satisfaction - 1]}（{view.satisfaction}分）
        </p>
      )}

      <div className="rounded border border-slate-200 bg-white p-4">
        <h3 className="mb-4 text-xl font-bold">办理过程</h3>
        <Timeline events={view.events} />
      </div>
      <p>
        <Link href="/complaints/new" className="text-brand-600 underline">
          反映新的问题
        </Link>
      </p>
    </section>
  );
}
