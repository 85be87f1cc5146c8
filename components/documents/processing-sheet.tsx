// 发文稿纸 (the processing sheet): every step of every round with its officer, opinion, time and
// the drawn signature.
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { STEP_KIND_LABELS, STEP_STATUS_LABELS } from "@/lib/documents/labels";
import type { getDocumentView } from "@/lib/documents/document-queries";

type Steps = Awaited<ReturnType<typeof getDocumentView>>["steps"];

export function ProcessingSheet({ steps, drafterName, unitName, createdAt }: { steps: Steps; drafterName: string | null; unitName: string; createdAt: Date }) {
  return (
    <section aria-labelledby="sheet-title" className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="sheet-title" className="text-lg font-bold text-brand-700">发文稿纸（办理过程）</h2>
      <p className="mt-1 text-sm">拟稿：{unitName} {drafterName}，{formatDeadline(createdAt)}</p>
      {steps.length === 0 ? (
        <p className="mt-2 text-slate-600">尚未送审。</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {steps.map((s) => (
            <li key={s.id} className="border-l-4 border-slate-300 pl-3" data-testid="sheet-step">
              <p className="font-semibold">
                {s.round > 1 && <span className="text-sm text-slate-600">第{s.round}轮 · </span>}
                {STEP_KIND_LABELS[s.kind]}：{s.doneByName ?? s.assigneeName}
                <span className="ml-2 text-sm font-normal text-slate-600">{STEP_STATUS_LABELS[s.status]}</span>
              </p>
              {(s.phrase || s.opinion) && <p className="mt-1 whitespace-pre-wrap">意见：{[s.phrase, s.opinion].filter(Boolean).join("；")}</p>}
              {s.signatureDataUrl && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={s.signatureDataUrl} alt={`${s.doneByName ?? ""}的手写签名`} className="mt-1 h-16 w-auto border border-slate-200 bg-white" />
              )}
              <p className="text-sm text-slate-600">
                {s.doneAt ? `办理时间：${formatDeadline(s.doneAt)}` : s.dueAt && s.status === "OPEN" ? `期限：${formatDeadline(s.dueAt)}` : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
