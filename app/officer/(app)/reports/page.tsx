import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { SubmitReportForm } from "@/components/reports/report-forms";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listReportQueue, listUnitReports } from "@/lib/reports/list-reports";
import { INFO_LEVEL_LABELS, REPORT_CATEGORIES, REPORT_STATUS_LABELS } from "@/lib/reports/report-format";
import { submitReportAction } from "./actions";
import { ReportsNav } from "./nav";

export const metadata = { title: "信息报送" };

export default async function ReportsPage({ searchParams }: PageProps<"/officer/reports">) {
  const actor = await requireActor();
  const isOffice = can(actor, "reports.edit");
  const isInfoOfficer = can(actor, "reports.submit");
  if (!isOffice && !isInfoOfficer) return <Forbidden />;
  const { done } = await searchParams;
  const [mine, queue, adopted] = await Promise.all([
    isInfoOfficer ? listUnitReports({ actor }) : [],
    isOffice ? listReportQueue({ actor }) : [],
    isOffice ? listReportQueue({ actor, status: "ADOPTED", limit: 30 }) : [],
  ]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-700">信息报送</h1>
      <ReportsNav current="reports" office={isOffice} />
      {done === "submitted" && (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          信息已报送县政府办，采用情况会显示在下方列表中。
        </p>
      )}
      {isOffice && (
        <section aria-labelledby="queue-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="queue-title" className="text-lg font-bold">
            待编辑采用（{queue.length}）
          </h2>
          {queue.length === 0 ? (
            <p className="text-slate-600">没有待处理的信息。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {queue.map((r) => (
                <li key={r.id} className="py-2">
                  <Link href={`/officer/reports/${r.id}`} className="font-semibold text-brand-700 underline">
                    {r.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {r.department.name} · {r.category} · {formatDateTime(r.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {adopted.length > 0 && (
            <>
              <h2 className="mt-4 text-lg font-bold">近期已采用</h2>
              <ul className="divide-y divide-slate-100">
                {adopted.map((r) => (
                  <li key={r.id} className="py-2">
                    <Link href={`/officer/reports/${r.id}`} className="text-brand-700 underline">
                      {r.editedTitle ?? r.title}
                    </Link>
                    <span className="text-sm text-slate-700">
                      {" "}
                      · {r.department.name} · {r.level ? INFO_LEVEL_LABELS[r.level] : ""}
                      {r.contentItemId ? " · 已发布到门户" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {isInfoOfficer && (
        <>
          <section aria-labelledby="submit-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="submit-title" className="mb-3 text-lg font-bold">
              报送政务信息
            </h2>
            <SubmitReportForm action={submitReportAction} categories={REPORT_CATEGORIES} />
          </section>
          <section aria-labelledby="mine-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="mine-title" className="text-lg font-bold">
              本单位报送的信息
            </h2>
            {mine.length === 0 ? (
              <p className="text-slate-600">还没有报送过信息。</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {mine.map((r) => (
                  <li key={r.id} className="py-2">
                    <Link href={`/officer/reports/${r.id}`} className="font-semibold text-brand-700 underline">
                      {r.title}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {formatDateTime(r.createdAt)} · {r.category} · <span className="font-semibold">{REPORT_STATUS_LABELS[r.status]}</span>
                      {r.level ? `（${INFO_LEVEL_LABELS[r.level]}，${r.points}分）` : ""}
                      {r.declineReason ? `：${r.declineReason}` : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
