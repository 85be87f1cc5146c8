// GET /officer/opinions/{id}: one suggestion or letter: the citizen's words, the history, and the
// forms the officer may use: assign (the office), answer (the department), approve the public text.
import Link from "next/link";
import { Forbidden } from "@/components/officer/forbidden";
import { ActionForm } from "@/components/opinions/action-form";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getOfficerOpinion } from "@/lib/opinions/handle-opinion";
import { OPINION_KIND_LABELS, OUTCOME_LABELS, OUTCOMES } from "@/lib/opinions/opinion.schema";
import { answerOpinionAction, assignOpinionAction, publishOpinionAction } from "../actions";

export const metadata = { title: "建议和来信" };

const DONE: Record<string, string> = { assigned: "已交办，承办部门已收到短信。", answered: "已答复，已短信告知提出人。", published: "答复已公开。" };

export default async function OfficerOpinionPage({ params, searchParams }: PageProps<"/officer/opinions/[id]">) {
  const { actor, allowed } = await requirePagePermission("complaints.view");
  if (!allowed) return <Forbidden />;
  const [{ id }, q] = await Promise.all([params, searchParams]);
  let o;
  try {
    o = await getOfficerOpinion({ actor, opinionId: id });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return <p className="rounded bg-white p-4">没有找到这条建议或来信。<Link href="/officer/opinions" className="text-brand-600 underline">返回列表</Link></p>;
    throw err;
  }
  const ownDepartment = o.departmentId === actor.departmentId;
  const isOpen = o.status === "SUBMITTED";
  const hidden = { opinionId: o.id, expectedVersion: String(o.version) };
  const done = typeof q.done === "string" ? DONE[q.done] : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm"><Link href="/officer/opinions" className="text-brand-600 underline">建议和来信</Link></p>
      {done && <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold">{done}</p>}
      <article className="rounded-md border border-slate-200 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-800">{OPINION_KIND_LABELS[o.kind]}</span>
          <span className="font-mono">{o.trackingNo}</span>
          {isOpen && o.dueAt < new Date() && <span className="rounded bg-accent-600 px-2 py-0.5 font-semibold text-white">已超期</span>}
        </p>
        <h1 className="mt-2 text-2xl font-bold">{o.title}</h1>
        <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">承办部门</dt><dd>{o.departmentName}</dd>
          <dt className="text-slate-600">答复期限</dt><dd>{formatDeadline(o.dueAt)}</dd>
          {o.topicLabel && (<><dt className="text-slate-600">主题</dt><dd>{o.topicLabel}</dd></>)}
          <dt className="text-slate-600">提出人</dt><dd>{o.citizenName ?? "（未留姓名）"} {o.citizenPhone}</dd>
          <dt className="text-slate-600">公开</dt><dd>{o.consentToPublish ? "同意公开答复" : "不同意公开"}</dd>
        </dl>
        <p className="mt-3 whitespace-pre-wrap rounded bg-slate-50 p-3">{o.body}</p>
        {o.reply && (
          <div className="mt-3 rounded border-l-4 border-brand-600 bg-brand-50 p-3">
            <p className="font-semibold">答复{o.outcome && `（${OUTCOME_LABELS[o.outcome]}）`}</p>
            <p className="mt-1 whitespace-pre-wrap">{o.reply}</p>
          </div>
        )}
      </article>
      {isOpen && ownDepartment && can(actor, "complaints.handle") && (
        <section aria-labelledby="answer-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="answer-title" className="mb-3 text-lg font-bold">答复</h2>
          <ActionForm
            action={answerOpinionAction}
            hidden={hidden}
            fields={[
              ...(o.kind === "SUGGESTION" ? [{ name: "outcome", label: "采纳情况", kind: "radios" as const, options: OUTCOMES.map((v) => ({ value: v, label: OUTCOME_LABELS[v] })) }] : []),
              { name: "reply", label: "答复内容", kind: "textarea", hint: "写明采纳或不采纳的理由，以及下一步安排。将短信告知提出人，可凭查询码查看。", rows: 6 },
            ]}
            submitLabel="提交答复"
          />
        </section>
      )}
      {isOpen && ownDepartment && (can(actor, "complaints.assign") || can(actor, "complaints.dispatch")) && (
        <section aria-labelledby="assign-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="assign-title" className="mb-3 text-lg font-bold">交有关部门办理</h2>
          <ActionForm
            action={assignOpinionAction}
            hidden={hidden}
            fields={[
              { name: "departmentId", label: "承办部门", kind: "select", options: [{ value: "", label: "请选择" }, ...o.departments.filter((d) => d.id !== o.departmentId).map((d) => ({ value: d.id, label: d.name }))] },
              { name: "note", label: "交办说明", kind: "text", optional: true },
            ]}
            submitLabel="交办"
            tone="secondary"
          />
        </section>
      )}
      {o.status === "ANSWERED" && o.consentToPublish && ownDepartment && can(actor, "complaints.approvePublication") && (
        <section aria-labelledby="publish-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="publish-title" className="mb-3 text-lg font-bold">{o.publishedAt ? "已公开的内容" : "审核公开"}</h2>
          <ActionForm
            action={publishOpinionAction}
            hidden={hidden}
            fields={[{ name: "publicBody", label: "公开的内容", kind: "textarea", hint: "已隐去姓名、电话、证件号码和门牌号；请核对后公开。保存时会再次隐去。", rows: 6, defaultValue: o.suggestedPublicBody }]}
            submitLabel={o.publishedAt ? "更新公开内容" : "审核通过并公开"}
          />
        </section>
      )}
      <section aria-labelledby="history-title" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="history-title" className="text-lg font-bold">办理记录</h2>
        <ol className="mt-2 space-y-1 text-sm">
          {o.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-600">{formatDateTime(e.createdAt)}</span> {e.note}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
