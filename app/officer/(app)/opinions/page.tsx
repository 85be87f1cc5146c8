// GET /officer/opinions[?tab=answered]: suggestions and letters of the officer's department (the
// county head's office sees its letters here: its own board), open ones by due time with the
// engine's overdue and near-due marks.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { formatDateTime } from "@/lib/format";
import { listOfficerOpinions } from "@/lib/opinions/handle-opinion";
import { OPINION_KIND_LABELS, OUTCOME_LABELS } from "@/lib/opinions/opinion.schema";

export const metadata = { title: "建议和来信" };

export default async function OfficerOpinionsPage({ searchParams }: PageProps<"/officer/opinions">) {
  const { actor, allowed } = await requirePagePermission("complaints.view");
  if (!allowed) return <Forbidden />;
  const q = await searchParams;
  const answered = q.tab === "answered";
  const rows = await listOfficerOpinions({ actor, status: answered ? "ANSWERED" : "SUBMITTED" });
  const overdue = rows.filter((r) => r.isOverdue).length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-bold">建议和来信</h1>
        <Link href="/officer/consultations" className="text-brand-600 underline">征求意见管理</Link>
      </div>
      <nav aria-label="分类" className="flex gap-4 border-b border-slate-300">
        <Link href="/officer/opinions" aria-current={!answered ? "page" : undefined} className={`px-1 pb-2 ${!answered ? "border-b-4 border-brand-600 font-bold" : "text-brand-600"}`}>待答复</Link>
        <Link href="/officer/opinions?tab=answered" aria-current={answered ? "page" : undefined} className={`px-1 pb-2 ${answered ? "border-b-4 border-brand-600 font-bold" : "text-brand-600"}`}>已答复</Link>
      </nav>
      {q.done === "assigned" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">已交办，承办部门已收到短信。</p>}
      {!answered && overdue > 0 && <p className="rounded border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">已超期 {overdue} 件</p>}
      {rows.length === 0 ? (
        <p className="rounded bg-white p-4 text-slate-600">没有{answered ? "已答复" : "待答复"}的建议或来信。</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="p-3">
              <p className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">{OPINION_KIND_LABELS[r.kind]}</span>
                {r.isOverdue && <span className="rounded bg-accent-600 px-2 py-0.5 text-sm font-semibold text-white">已超期</span>}
                {r.isNearDue && <span className="rounded bg-yellow-300 px-2 py-0.5 text-sm font-semibold text-black">临期</span>}
                <Link href={`/officer/opinions/${r.id}`} className="font-semibold text-brand-700 underline">{r.title}</Link>
              </p>
              <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
                <span className="font-mono">{r.trackingNo}</span>
                <span>{r.department.name}</span>
                {answered ? <span>{r.outcome ? OUTCOME_LABELS[r.outcome] : "已答复"}{r.publishedAt ? "，已公开" : r.consentToPublish ? "，待审核公开" : ""}</span> : <span>答复期限 {formatDeadline(r.dueAt)}</span>}
                <span>收到 {formatDateTime(r.createdAt)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
