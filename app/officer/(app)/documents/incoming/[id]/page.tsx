import Link from "next/link";
import { DocForm } from "@/components/documents/doc-form";
import { NotFoundPanel } from "@/components/layout/not-found-panel";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { listUnits, routeOptions } from "@/lib/documents/document-queries";
import { getIncoming } from "@/lib/documents/incoming";
import { INCOMING_STATUS_LABELS, STANDARD_PHRASES, URGENCY_LABELS } from "@/lib/documents/labels";
import { isAppError } from "@/lib/errors";
import { archiveAction, decideAction, finishAction, proposeAction, readAction } from "../../actions";

export const metadata = { title: "收文办理" };

const DONE: Record<string, string> = { registered: "已登记。", proposed: "已拟办，批办领导已收到短信。", decided: "已批办。", finished: "已办结。", read: "已阅。", archived: "已归档。" };

export default async function IncomingDocumentPage({ params, searchParams }: PageProps<"/officer/documents/incoming/[id]">) {
  const actor = await requireActor();
  const { id } = await params;
  const { done } = await searchParams;
  let row;
  try {
    row = await getIncoming({ actor, incomingId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <NotFoundPanel title="没有找到该收文" />;
    throw err;
  }
  const hidden = { name: "incomingId", label: "", kind: "hidden" as const, value: row.id };
  const needsOptions = (row.isClerk && (row.status === "REGISTERED" || row.status === "PROPOSED")) || (row.leaderId === actor.id && row.status === "PROPOSED");
  const [options, units] = needsOptions ? await Promise.all([routeOptions(row.departmentId), listUnits()]) : [null, []];
  const myRead = row.readers.find((r) => r.officerId === actor.id && !r.readAt);
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/officer/documents/incoming" className="text-brand-600 underline">‹ 返回收文</Link>
      </p>
      {typeof done === "string" && DONE[done] && <p role="status" className="border-l-4 border-green-600 bg-green-50 p-3 font-semibold text-green-800">{DONE[done]}</p>}
      <header>
        <h1 className="text-xl font-bold text-brand-700">{row.title}</h1>
        <p className="text-sm">
          收文编号 <span data-testid="register-no">{row.registerNo}</span> · {row.unitName} · <span data-testid="incoming-status">{INCOMING_STATUS_LABELS[row.status]}</span>
          {row.urgency !== "NORMAL" && <span className="ml-1 rounded bg-accent-600 px-1 text-white">{URGENCY_LABELS[row.urgency]}</span>}
        </p>
        <p className="text-sm">来文单位：{row.fromUnit}{row.originalNumber ? ` · ${row.originalNumber}` : ""}</p>
        <p className="text-sm">登记：{row.registeredByName} {formatDeadline(row.registeredAt)}</p>
      </header>
      <p className="flex flex-wrap gap-3 text-sm">
        {row.documentId && <Link href={`/officer/documents/${row.documentId}`} className="text-brand-600 underline">查看来文</Link>}
        {row.files.map((f) => <a key={f.id} href={`/api/documents/files/${f.id}`} className="text-brand-600 underline">扫描件：{f.fileName}</a>)}
      </p>
      <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="font-bold">办理单</h2>
        <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-semibold">拟办</dt><dd>{row.proposal ? `${row.proposal}（${row.proposedByName}）` : "—"}</dd>
          <dt className="font-semibold">批办</dt><dd>{row.decision ? `${row.decision}（${row.leaderName}）` : row.leaderName ? `待${row.leaderName}批办` : "—"}</dd>
          <dt className="font-semibold">承办</dt><dd>{row.handlerUnitName ? `${row.handlerUnitName}${row.dueAt ? `，期限 ${formatDeadline(row.dueAt)}` : ""}` : "—"}</dd>
          <dt className="font-semibold">传阅</dt><dd>{row.readers.length ? row.readers.map((r) => `${r.name}${r.readAt ? "（已阅）" : "（未阅）"}`).join("、") : "—"}</dd>
          <dt className="font-semibold">办理结果</dt><dd>{row.result ?? "—"}{row.doneByName ? `（${row.doneByName}）` : ""}</dd>
        </dl>
      </section>
      {row.isClerk && (row.status === "REGISTERED" || row.status === "PROPOSED") && options && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <h2 className="mb-2 font-bold">拟办</h2>
          <DocForm action={proposeAction} title={row.title} submitLabel="提交拟办意见" fields={[hidden, { name: "proposal", label: "拟办意见", kind: "textarea", rows: 3, value: row.proposal ?? "" }, { name: "leaderId", label: "批办领导", kind: "select", options: options.leaders, value: row.leaderId ?? "" }]} />
        </section>
      )}
      {row.leaderId === actor.id && row.status === "PROPOSED" && options && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <h2 className="mb-2 font-bold">批办</h2>
          <DocForm
            action={decideAction}
            title={row.title}
            submitLabel="批办"
            fields={[
              hidden,
              { name: "phrase", label: "常用语", kind: "radios", optional: true, options: STANDARD_PHRASES.filter((p) => !p.includes("XX")).map((p) => ({ value: p, label: p })) },
              { name: "decision", label: "批办意见", kind: "textarea", rows: 3, optional: true },
              { name: "handlerDepartmentId", label: "承办单位", kind: "select", optional: true, options: units.map((u) => ({ value: u.id, label: u.name })) },
              { name: "answerRequired", label: "需要答复", kind: "checkbox", hint: "需要承办单位在期限内办结答复（纳入督办）" },
              { name: "dueOn", label: "办理期限", kind: "date", optional: true },
              { name: "readerIds", label: "传阅领导", kind: "checkboxes", optional: true, options: options.leaders.filter((l) => l.value !== actor.id) },
            ]}
          />
        </section>
      )}
      {myRead && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <DocForm action={readAction} title={row.title} submitLabel="已阅" fields={[hidden]} />
        </section>
      )}
      {((row.status === "HANDLING" && row.handlerDepartmentId === actor.departmentId && (can(actor, "documents.draft") || can(actor, "documents.receive"))) || (row.status === "CIRCULATING" && row.isClerk)) && (
        <section className="rounded-md border-2 border-brand-600 bg-white p-4">
          <h2 className="mb-2 font-bold">办结</h2>
          <DocForm action={finishAction} title={row.title} submitLabel="办结" fields={[hidden, { name: "result", label: "办理结果", kind: "textarea", rows: 3 }]} />
        </section>
      )}
      {row.status === "DONE" && row.isClerk && (
        <section className="rounded-md border border-slate-200 bg-white p-4">
          <DocForm action={archiveAction} title={row.title} submitLabel="归档" tone="secondary" fields={[hidden]} />
        </section>
      )}
    </div>
  );
}
