// GET /officer/consultations/{id}: the comments received, and after closing the form that
// publishes the summary of how they were taken into account.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { ActionForm } from "@/components/opinions/action-form";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { getOfficerConsultation } from "@/lib/opinions/consultations";
import { feedbackSummaryAction } from "../../opinions/actions";

export const metadata = { title: "征求意见" };

export default async function OfficerConsultationPage({ params, searchParams }: PageProps<"/officer/consultations/[id]">) {
  const { actor, allowed } = await requirePagePermission("content.edit");
  if (!allowed) return <Forbidden />;
  const [{ id }, q] = await Promise.all([params, searchParams]);
  let c;
  try {
    c = await getOfficerConsultation({ actor, consultationId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <p className="rounded bg-white p-4">没有找到这项征求意见。</p>;
    throw err;
  }
  const closed = c.closesAt <= new Date();
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/officer/consultations" className="text-brand-600 underline">征求意见</Link></p>
      {q.done === "created" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">已发布，开始日期起在“民意征集”栏目公开征求意见。</p>}
      {q.done === "summary" && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">意见采纳情况已公布。</p>}
      <h1 className="text-2xl font-bold">{c.title}</h1>
      <p className="text-sm text-slate-600">
        {c.department.name}，{formatDate(c.opensAt)} 至 {formatDate(new Date(c.closesAt.getTime() - 1))}，
        <Link href={`/opinions/consultations/${c.slug}`} className="text-brand-600 underline">公开页面</Link>
      </p>
      <section aria-labelledby="comments-title" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="comments-title" className="text-lg font-bold">收到的意见（{c.comments.length}条）</h2>
        {c.comments.length === 0 ? (
          <p className="py-2 text-slate-600">还没有收到意见。</p>
        ) : (
          <ol className="mt-2 divide-y divide-slate-100">
            {c.comments.map((m, i) => (
              <li key={m.id} className="py-2">
                <p className="text-sm text-slate-600">
                  {i + 1}. {formatDateTime(m.createdAt)} {m.citizenName ?? "匿名"} {m.citizenPhone ?? ""}
                </p>
                <p className="whitespace-pre-wrap">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {closed && can(actor, "content.publish") && (
        <section aria-labelledby="summary-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="summary-title" className="mb-3 text-lg font-bold">{c.feedbackPublishedAt ? "更新意见采纳情况" : "公布意见采纳情况"}</h2>
          <ActionForm
            action={feedbackSummaryAction}
            hidden={{ consultationId: c.id, expectedVersion: String(c.version) }}
            fields={[{ name: "feedbackSummary", label: "意见采纳情况说明", kind: "textarea", hint: "共收到多少条意见，采纳了哪些、为什么有的没有采纳。支持 Markdown。", rows: 10, defaultValue: c.feedbackSummary ?? "" }]}
            submitLabel="公布"
          />
        </section>
      )}
      {!closed && <p className="rounded bg-slate-100 p-3">征求意见截止后，可在此公布意见采纳情况。</p>}
    </div>
  );
}
