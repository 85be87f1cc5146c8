import Link from "next/link";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { Forbidden } from "@/components/officer/forbidden";
import { AdoptForm, DeclineForm, EditReportForm, PublishForm } from "@/components/reports/report-forms";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getReport } from "@/lib/reports/list-reports";
import { getLevelPoints } from "@/lib/reports/report-ranking";
import { INFO_LEVEL_LABELS, INFO_LEVELS, REPORT_STATUS_LABELS } from "@/lib/reports/report-format";
import { reviewReportAction } from "../actions";

export const metadata = { title: "政务信息" };

const DONE: Record<string, string> = {
  edit: "编辑已保存，原稿保留。",
  adopt: "已采用，积分已计入报送单位。",
  decline: "已作不采用处理。",
  publish: "已发布到门户“通知公告”。",
};

export default async function ReportPage({ params, searchParams }: PageProps<"/officer/reports/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let r;
  try {
    r = await getReport({ actor, reportId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该信息" />;
    if (isAppError(err, "FORBIDDEN") || isAppError(err, "UNAUTHENTICATED")) return <Forbidden />;
    throw err;
  }
  const points = r.canEdit ? await getLevelPoints() : null;
  const issued = r.bulletin?.status === "ISSUED";
  return (
    <div className="space-y-4">
      <p>
        <Link href="/officer/reports" className="text-brand-600 underline">
          ‹ 信息报送
        </Link>
      </p>
      {typeof done === "string" && DONE[done] && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          {DONE[done]}
        </p>
      )}
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold">{REPORT_STATUS_LABELS[r.status]}</span>
          {r.level && <span className="rounded bg-green-100 px-2 py-0.5 font-semibold text-green-900">{INFO_LEVEL_LABELS[r.level]} · {r.points}分</span>}
          {r.bulletin?.number && <span>刊于{r.bulletin.number}</span>}
          {r.content && (
            <Link href={`/policies/${r.content.slug}`} className="text-brand-700 underline">
              门户已发布
            </Link>
          )}
        </p>
        <h1 className="mt-2 text-2xl font-bold text-brand-700">{r.editedTitle ?? r.title}</h1>
        <p className="text-sm text-slate-700">
          {r.department.name} · {r.submittedByName} · {r.category} · {formatDateTime(r.createdAt)}
        </p>
        {r.declineReason && <p className="mt-2 font-semibold text-accent-700">不采用理由：{r.declineReason}</p>}
        {r.editedBody && (
          <>
            <h2 className="mt-3 font-bold">编辑稿{r.editedByName ? `（${r.editedByName}，${formatDateTime(r.editedAt)}）` : ""}</h2>
            <p className="whitespace-pre-wrap break-words">{r.editedBody}</p>
          </>
        )}
        <h2 className="mt-3 font-bold">{r.editedBody ? "原稿" : "正文"}</h2>
        {r.editedTitle && <p className="font-semibold">{r.title}</p>}
        <p className="whitespace-pre-wrap break-words">{r.body}</p>
        {r.images.length > 0 && (
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
            {r.images.map((img) => (
              <li key={img.id}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={`/officer/reports/images/${img.id}`} alt={`信息配图（${img.width}×${img.height}）`} className="h-auto w-full rounded border border-slate-200" />
              </li>
            ))}
          </ul>
        )}
      </section>
      {r.canEdit && points && r.status !== "DECLINED" && !issued && (
        <section aria-labelledby="edit-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="edit-title" className="mb-2 text-lg font-bold">
            编辑
          </h2>
          <EditReportForm action={reviewReportAction} reportId={r.id} version={r.version} title={r.editedTitle ?? r.title} body={r.editedBody ?? r.body} />
        </section>
      )}
      {r.canEdit && points && r.status !== "DECLINED" && !issued && (
        <section aria-labelledby="adopt-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="adopt-title" className="mb-2 text-lg font-bold">
            采用
          </h2>
          <AdoptForm action={reviewReportAction} reportId={r.id} version={r.version} current={r.level} levels={INFO_LEVELS.map((l) => ({ value: l, label: `${INFO_LEVEL_LABELS[l]}（${points[l]}分）` }))} />
        </section>
      )}
      {r.canEdit && r.status === "SUBMITTED" && (
        <section aria-labelledby="decline-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="decline-title" className="mb-2 text-lg font-bold">
            不采用
          </h2>
          <DeclineForm action={reviewReportAction} reportId={r.id} version={r.version} />
        </section>
      )}
      {r.canEdit && r.status === "ADOPTED" && !r.contentItemId && (
        <section aria-labelledby="publish-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="publish-title" className="mb-2 text-lg font-bold">
            发布到门户
          </h2>
          <PublishForm action={reviewReportAction} reportId={r.id} version={r.version} />
        </section>
      )}
    </div>
  );
}
