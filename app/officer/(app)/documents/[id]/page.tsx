import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { DocumentBody } from "@/components/documents/document-body";
import { DraftForm } from "@/components/documents/draft-form";
import { ProcessingSheet } from "@/components/documents/processing-sheet";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { getDocumentView, listUnits, routeOptions } from "@/lib/documents/document-queries";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, DOCUMENT_STATUS_LABELS, STEP_KIND_LABELS, URGENCY_LABELS } from "@/lib/documents/labels";
import { isAppError } from "@/lib/errors";
import { addAttachmentAction, distributeAction, removeAttachmentAction, submitAction, updateDraftAction, urgeReceiptsAction } from "../actions";

export const metadata = { title: "公文" };

const DONE: Record<string, string> = {
  created: "草稿已保存。可以继续修改、上传附件，然后送审。",
  saved: "草稿已保存。",
  attached: "附件已上传。",
  removed: "附件已删除。",
  submitted: "已送审，办理人已收到短信通知。",
  sealed: "已加盖电子印章，可以分发。",
  distributed: "已分发，收文单位的公文收发员已收到短信通知。",
  urged: "已向未签收的单位和人员发出催办短信。",
};

export default async function DocumentPage({ params, searchParams }: PageProps<"/officer/documents/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let view;
  try {
    view = await getDocumentView({ actor, documentId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该公文" />;
    throw err;
  }
  const { doc } = view;
  const editable = view.isDrafter && doc.status === "DRAFT";
  const [units, options] = editable || view.canDistribute ? await Promise.all([listUnits(), routeOptions(doc.departmentId)]) : [[], null];
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const myStep = view.steps.find((s) => s.isMine);
  const sealed = view.files.find((f) => f.kind === "SEALED_PDF");
  const attachments = view.files.filter((f) => f.kind === "ATTACHMENT");
  const message = typeof done === "string" ? DONE[done] : undefined;
  return (
    <div className="max-w-4xl space-y-5">
      <p className="text-sm">
        <Link href="/officer/documents" className="text-brand-600 underline">‹ 返回公文办理</Link>
      </p>
      {message && (
        <p role="status" className="border-l-4 border-green-600 bg-green-50 p-3 font-semibold text-green-800">
          {message}
        </p>
      )}
      <header>
        <h1 className="text-2xl font-bold text-brand-700">{doc.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {DOCUMENT_KIND_LABELS[doc.kind]} · <span data-testid="document-status">{DOCUMENT_STATUS_LABELS[doc.status]}</span>
          {doc.docNumber && <> · <span data-testid="doc-number">{doc.docNumber}</span></>}
          {doc.urgency !== "NORMAL" && <span className="ml-1 rounded bg-accent-600 px-1 text-white">{URGENCY_LABELS[doc.urgency]}</span>}
        </p>
        <p className="text-sm text-slate-700">拟稿：{view.unitName} {view.drafterName}</p>
        {view.mainTo.length > 0 && <p className="text-sm">主送：{view.mainTo.join("、")}</p>}
        {view.copyTo.length > 0 && <p className="text-sm">抄送：{view.copyTo.join("、")}</p>}
      </header>
      {doc.status === "DRAFT" && doc.returnNote && (
        <p role="alert" className="border-l-4 border-accent-600 bg-red-50 p-3 font-semibold text-accent-700">
          {doc.returnNote}
        </p>
      )}
      {myStep && (
        <p className="rounded border-2 border-brand-600 bg-brand-50 p-3">
          待您{STEP_KIND_LABELS[myStep.kind]}：
          <Link href={`/officer/documents/steps/${myStep.id}`} className="font-semibold text-brand-700 underline">
            去{STEP_KIND_LABELS[myStep.kind]}
          </Link>
        </p>
      )}
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={`/api/documents/${doc.id}/preview`} className="text-brand-600 underline">预览版式（PDF）</a>
        {sealed && (
          <a href={`/api/documents/files/${sealed.id}`} className="font-semibold text-brand-600 underline">
            下载已盖章公文（PDF）
          </a>
        )}
        {doc.verificationCode && <span>验证码：{doc.verificationCode}</span>}
      </p>

      <section aria-labelledby="body-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="body-title" className="sr-only">正文</h2>
        <DocumentBody html={doc.bodyHtml} />
        {attachments.length > 0 && (
          <div className="mt-4 border-t border-slate-200 pt-2">
            <h3 className="font-semibold">附件</h3>
            <ol className="list-decimal pl-6">
              {attachments.map((f) => (
                <li key={f.id} className="flex flex-wrap items-center gap-2">
                  <a href={`/api/documents/files/${f.id}`} className="text-brand-600 underline">{f.fileName}</a>
                  {editable && <DocForm action={removeAttachmentAction} title={doc.title} fields={[{ name: "fileId", label: "", kind: "hidden", value: f.id }]} submitLabel="删除" tone="secondary" />}
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>

      {editable && options && (
        <>
          <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-lg font-bold">送审</h2>
            <DocForm
              action={submitAction}
              title={doc.title}
              submitLabel="送审"
              fields={[
                { name: "documentId", label: "", kind: "hidden", value: doc.id },
                { name: "expectedVersion", label: "", kind: "hidden", value: String(doc.version) },
                { name: "reviewerIds", label: "核稿人（按列表顺序依次核稿）", kind: "checkboxes", optional: true, options: options.officers, value: view.route.reviewerIds.join(",") },
                { name: "cosignerIds", label: "会签人（同时会签，全部完成后签发）", kind: "checkboxes", optional: true, options: options.officers, value: view.route.cosignerIds.join(",") },
                { name: "signerId", label: "签发人", kind: "select", options: options.signers, value: view.route.signerId ?? "" },
              ]}
            />
          </section>
          <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-lg font-bold">修改草稿</h2>
            <DraftForm
              action={updateDraftAction}
              kinds={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))}
              units={unitOptions}
              initial={{ documentId: doc.id, expectedVersion: String(doc.version), kind: doc.kind, title: doc.title, mainToIds: doc.mainToIds.join(","), copyToIds: doc.copyToIds.join(","), urgency: doc.urgency, secrecy: doc.secrecy, bodyHtml: doc.bodyHtml }}
              submitLabel="保存修改"
            />
          </section>
          <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-lg font-bold">上传附件</h2>
            <DocForm action={addAttachmentAction} title={doc.title} submitLabel="上传" fields={[{ name: "documentId", label: "", kind: "hidden", value: doc.id }, { name: "file", label: "附件文件", kind: "file", hint: "PDF、Word、Excel或图片，每个不超过10MB" }]} />
          </section>
        </>
      )}

      {view.canDistribute && (doc.status === "SEALED" || doc.status === "DISTRIBUTED") && options && (
        <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-lg font-bold">分发</h2>
          <DocForm
            action={distributeAction}
            title={doc.title}
            submitLabel="分发"
            fields={[
              { name: "documentId", label: "", kind: "hidden", value: doc.id },
              { name: "departmentIds", label: "分发单位（各单位公文收发员签收）", kind: "checkboxes", optional: true, options: unitOptions, value: doc.status === "SEALED" ? [...doc.mainToIds, ...doc.copyToIds].join(",") : "" },
              { name: "officerIds", label: "分发到人", kind: "checkboxes", optional: true, options: options.officers },
            ]}
          />
        </section>
      )}

      {view.receipts.length > 0 && (
        <section aria-labelledby="receipts-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="receipts-title" className="text-lg font-bold">签收情况</h2>
          <p className="text-sm text-slate-600">
            已签收 {view.receipts.filter((r) => r.status === "SIGNED").length} / {view.receipts.length}
          </p>
          <ul className="mt-2 divide-y divide-slate-200">
            {view.receipts.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-1" data-testid="receipt-row">
                <span>{r.recipientName}</span>
                <span className={r.status === "SIGNED" ? "text-green-700" : "text-accent-700"}>
                  {r.status === "SIGNED" ? `已签收 ${r.signedByName ?? ""} ${r.signedAt ? formatDeadline(r.signedAt) : ""}` : `未签收${r.urgeCount ? `（已催办${r.urgeCount}次）` : ""}`}
                </span>
              </li>
            ))}
          </ul>
          {view.canDistribute && view.receipts.some((r) => r.status === "PENDING") && (
            <div className="mt-3">
              <DocForm action={urgeReceiptsAction} title={doc.title} submitLabel="催办未签收的单位" tone="secondary" fields={[{ name: "documentId", label: "", kind: "hidden", value: doc.id }]} />
            </div>
          )}
        </section>
      )}

      <ProcessingSheet steps={view.steps} drafterName={view.drafterName} unitName={view.unitName} createdAt={doc.createdAt} />
    </div>
  );
}
