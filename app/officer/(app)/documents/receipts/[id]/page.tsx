// A document delivered to this unit or officer: 签收, then (units) 登记 into the incoming register.
import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { DocumentBody } from "@/components/documents/document-body";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { getReceiptView } from "@/lib/documents/document-queries";
import { isAppError } from "@/lib/errors";
import { registerReceivedAction, signForAction } from "../../actions";

export const metadata = { title: "公文签收" };

export default async function ReceiptPage({ params, searchParams }: PageProps<"/officer/documents/receipts/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let view;
  try {
    view = await getReceiptView({ actor, receiptId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该公文" />;
    throw err;
  }
  const { doc, receipt } = view;
  const sealed = view.files.find((f) => f.kind === "SEALED_PDF");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/officer" className="text-brand-600 underline">‹ 返回待办</Link>
      </p>
      {done === "signed" && <p role="status" className="border-l-4 border-green-600 bg-green-50 p-3 font-semibold text-green-800">已签收。</p>}
      <header>
        <h1 className="text-xl font-bold text-brand-700">{doc.title}</h1>
        <p className="text-sm">{view.unitName} · {doc.docNumber}</p>
        <p className="text-sm" data-testid="receipt-status">
          {receipt.status === "SIGNED" ? `已签收（${receipt.signedAt ? formatDeadline(receipt.signedAt) : ""}）` : "未签收"}
          {receipt.incoming && <> · 已登记 <Link href={`/officer/documents/incoming/${receipt.incoming.id}`} className="text-brand-600 underline">{receipt.incoming.registerNo}</Link></>}
        </p>
      </header>
      {sealed && <p><a href={`/api/documents/files/${sealed.id}`} className="font-semibold text-brand-600 underline">下载正式公文（PDF）</a></p>}
      {receipt.status === "PENDING" && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <DocForm action={signForAction} title={doc.title} submitLabel="签收" fields={[{ name: "receiptId", label: "", kind: "hidden", value: receipt.id }]} />
        </section>
      )}
      {receipt.status === "SIGNED" && !receipt.officerId && !receipt.incoming && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <p className="mb-2 text-sm">登记后进入本单位收文簿，按拟办、批办、承办办理。</p>
          <DocForm action={registerReceivedAction} title={doc.title} submitLabel="登记" fields={[{ name: "receiptId", label: "", kind: "hidden", value: receipt.id }]} />
        </section>
      )}
      <article className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <DocumentBody html={doc.bodyHtml} />
      </article>
    </div>
  );
}
