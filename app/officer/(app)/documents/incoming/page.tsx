import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { listIncomingFor, listReceiptsToHandle } from "@/lib/documents/document-queries";
import { INCOMING_STATUS_LABELS, URGENCY_LABELS } from "@/lib/documents/labels";
import { registerPaperAction } from "../actions";

export const metadata = { title: "收文" };

export default async function IncomingPage() {
  const { actor, allowed } = await requirePagePermission("documents.draft");
  if (!allowed) return <Forbidden />;
  const [rows, receipts] = await Promise.all([listIncomingFor({ actor }), listReceiptsToHandle({ actor })]);
  return (
    <div className="max-w-4xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/documents" className="text-brand-600 underline">‹ 返回公文办理</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-700">收文</h1>
      {receipts.length > 0 && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold">待签收、待登记</h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {receipts.map((r) => (
              <li key={r.id} className="py-2">
                <Link href={`/officer/documents/receipts/${r.id}`} className="font-semibold text-brand-700 underline">{r.title}</Link>
                <p className="text-sm text-slate-600">
                  {r.docNumber} · {r.status === "PENDING" ? "待签收" : "已签收待登记"}
                  {r.urgency !== "NORMAL" ? ` · ${URGENCY_LABELS[r.urgency]}` : ""} · 送达 {formatDeadline(r.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">收文簿</h2>
        {rows.length === 0 ? (
          <p className="mt-2 text-slate-600">暂无收文。县内单位发来的公文签收、登记后出现在这里。</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {rows.map((r) => (
              <li key={r.id} className="py-2">
                <Link href={`/officer/documents/incoming/${r.id}`} className="font-semibold text-brand-700 underline">{r.title}</Link>
                <p className="text-sm text-slate-600">
                  {r.registerNo} · {r.fromUnit} · {INCOMING_STATUS_LABELS[r.status]}
                  {r.urgency !== "NORMAL" ? ` · ${URGENCY_LABELS[r.urgency]}` : ""}
                  {r.dueAt && r.status === "HANDLING" ? ` · 期限 ${formatDeadline(r.dueAt)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(actor, "documents.receive") && (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">登记纸质来文</h2>
          <DocForm
            action={registerPaperAction}
            title="收文"
            submitLabel="登记"
            fields={[
              { name: "fromUnit", label: "来文单位", kind: "text" },
              { name: "originalNumber", label: "来文字号", kind: "text", optional: true },
              { name: "title", label: "标题", kind: "text" },
              { name: "urgency", label: "紧急程度", kind: "radios", value: "NORMAL", options: [{ value: "NORMAL", label: "平件" }, { value: "URGENT", label: "加急" }, { value: "EXTRA_URGENT", label: "特急" }] },
              { name: "scan", label: "扫描件", kind: "file", accept: "application/pdf,image/*", hint: "PDF或图片，不超过10MB" },
            ]}
          />
        </section>
      )}
    </div>
  );
}
