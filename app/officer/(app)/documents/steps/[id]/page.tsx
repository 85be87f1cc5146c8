// One step of a document's route, made for the phone: the document as a readable page, then
// the act (phrases, opinion, drawn signature for 签发; the seal button for 盖章).
import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { DocumentBody } from "@/components/documents/document-body";
import { ProcessingSheet } from "@/components/documents/processing-sheet";
import { StepActForm } from "@/components/documents/step-act-form";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { getStepView } from "@/lib/documents/document-queries";
import { DOCUMENT_KIND_LABELS, STANDARD_PHRASES, STEP_KIND_LABELS, URGENCY_LABELS } from "@/lib/documents/labels";
import { isAppError } from "@/lib/errors";
import { actOnStepAction, sealAction } from "../../actions";

export const metadata = { title: "公文办理" };

export default async function StepPage({ params, searchParams }: PageProps<"/officer/documents/steps/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let view;
  try {
    view = await getStepView({ actor, stepId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该公文" />;
    throw err;
  }
  const { doc, step } = view;
  const label = STEP_KIND_LABELS[step.kind];
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/officer" className="text-brand-600 underline">‹ 返回待办</Link>
      </p>
      {done && (
        <p role="status" className="border-l-4 border-green-600 bg-green-50 p-3 font-semibold text-green-800">
          {done === "returned" ? "已退回拟稿人。" : `已完成${label}。`}
          {doc.docNumber && done !== "returned" ? `文号：${doc.docNumber}` : ""}
        </p>
      )}
      <header>
        <p className="text-sm font-semibold text-accent-700">{step.isMine ? `待您${label}` : `${label}：${step.assigneeName}`}{step.dueAt && step.status === "OPEN" ? ` · 期限 ${formatDeadline(step.dueAt)}` : ""}</p>
        <h1 className="text-xl font-bold text-brand-700">{doc.title}</h1>
        <p className="text-sm text-slate-700">
          {DOCUMENT_KIND_LABELS[doc.kind]} · {view.unitName} {view.drafterName}
          {doc.urgency !== "NORMAL" && <span className="ml-1 rounded bg-accent-600 px-1 text-white">{URGENCY_LABELS[doc.urgency]}</span>}
        </p>
        {view.mainTo.length > 0 && <p className="text-sm">主送：{view.mainTo.join("、")}</p>}
      </header>
      <article className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <DocumentBody html={doc.bodyHtml} />
        {view.files.some((f) => f.kind === "ATTACHMENT") && (
          <p className="mt-3 text-sm">
            附件：
            {view.files.filter((f) => f.kind === "ATTACHMENT").map((f) => (
              <a key={f.id} href={`/api/documents/files/${f.id}`} className="mr-2 text-brand-600 underline">{f.fileName}</a>
            ))}
          </p>
        )}
      </article>
      {step.isMine && step.kind !== "SEAL" && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4 shadow-sm">
          <h2 className="mb-2 text-lg font-bold">{label}</h2>
          <StepActForm action={actOnStepAction} stepId={step.id} label={label} phrases={STANDARD_PHRASES} withSignature={step.kind === "SIGN"} />
        </section>
      )}
      {step.isMine && step.kind === "SEAL" && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4 shadow-sm">
          <h2 className="mb-2 text-lg font-bold">盖章</h2>
          <p className="mb-3 text-sm">文号 {doc.docNumber}。加盖本单位电子印章后生成正式公文（PDF），可供下载、分发和验证。</p>
          <p className="mb-3 text-sm"><a href={`/api/documents/${doc.id}/preview`} className="text-brand-600 underline">先预览版式（PDF）</a></p>
          <DocForm action={sealAction} title={doc.title} submitLabel="加盖电子印章" fields={[{ name: "documentId", label: "", kind: "hidden", value: doc.id }]} />
        </section>
      )}
      <p className="text-sm"><Link href={`/officer/documents/${doc.id}`} className="text-brand-600 underline">查看公文全部信息</Link></p>
      <ProcessingSheet steps={view.steps} drafterName={view.drafterName} unitName={view.unitName} createdAt={doc.createdAt} />
    </div>
  );
}
