import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { listDocumentsFor } from "@/lib/documents/document-queries";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS, URGENCY_LABELS } from "@/lib/documents/labels";

export const metadata = { title: "公文办理" };

export default async function DocumentsPage() {
  const { actor, allowed } = await requirePagePermission("documents.draft");
  if (!allowed) return <Forbidden />;
  const docs = await listDocumentsFor({ actor });
  return (
    <div className="max-w-4xl space-y-5">
      <h1 className="text-2xl font-bold text-brand-700">公文办理</h1>
      <nav aria-label="公文功能" className="flex flex-wrap gap-2">
        <Link href="/officer/documents/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white">拟稿</Link>
        <Link href="/officer/documents/incoming" className="rounded border-2 border-brand-600 bg-white px-4 py-2 font-semibold text-brand-700">收文</Link>
        <Link href="/officer/documents/route" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">默认流程</Link>
        {can(actor, "documents.manage") && <Link href="/officer/documents/registers" className="rounded border-2 border-slate-400 bg-white px-4 py-2 font-semibold">发文字号</Link>}
      </nav>
      <p className="text-sm text-slate-600">待您核稿、会签、签发、盖章、签收的公文在工作台“待办”中。</p>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">我拟的公文{can(actor, "documents.manage") ? "及本单位公文" : ""}</h2>
        {docs.length === 0 ? (
          <p className="mt-2 text-slate-600">还没有公文。</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {docs.map((d) => (
              <li key={d.id} className="py-2">
                <Link href={`/officer/documents/${d.id}`} className="font-semibold text-brand-700 underline">
                  {d.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {DOCUMENT_KIND_LABELS[d.kind]} · {DOCUMENT_STATUS_LABELS[d.status]}
                  {d.returnNote && d.status === "DRAFT" ? " · 已退回" : ""}
                  {d.docNumber ? ` · ${d.docNumber}` : ""}
                  {d.urgency !== "NORMAL" ? ` · ${URGENCY_LABELS[d.urgency]}` : ""} · {formatDeadline(d.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
