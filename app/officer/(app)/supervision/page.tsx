import Link from "next/link";
import { DeadlineText } from "@/components/complaints/officer/case-badges";
import { CaseConflictProvider, ExtensionDecisionForm } from "@/components/complaints/officer/case-forms";
import { Forbidden } from "@/components/officer/forbidden";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { getSupervisionBoard } from "@/lib/supervision/supervision-board";
import { caseFormAction } from "../complaints/actions";
import { closeOrderAction, urgeAction } from "./actions";
import { ASSESSMENT_LABELS } from "@/lib/supervision/supervision-orders";

export const metadata = { title: "督办看板" };

const DONE: Record<string, string> = {
  "extension-approved": "已同意延期，新的办理期限已生效并通知群众。",
  "extension-refused": "已不同意延期，承办部门须按原期限办结。",
  urged: "催办已发出，已短信通知承办人和部门负责人。",
  "order-closed": "督办单已办结评价。",
};

/** 催办 form: a disclosure, so the list stays short on a phone; open again after a refusal. */
function UrgeForm({ kind, itemId, failed }: { kind: string; itemId: string; failed?: { error: string; note: string } }) {
  return (
    <details className="mt-2" open={!!failed}>
      <summary className="inline-block cursor-pointer rounded border border-accent-600 px-3 py-1 text-sm font-semibold text-accent-700">催办</summary>
      <form action={urgeAction} className="mt-2 space-y-2">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="itemId" value={itemId} />
        <label className="block text-sm font-semibold" htmlFor={`urge-${kind}-${itemId}`}>
          催办要求
        </label>
        {failed && (
          <p id={`urge-${kind}-${itemId}-error`} className="text-sm font-semibold text-accent-700">
            错误：{failed.error}
          </p>
        )}
        <textarea id={`urge-${kind}-${itemId}`} name="note" rows={2} defaultValue={failed?.note ?? "请抓紧办理，并于今日内反馈进展。"} aria-describedby={failed ? `urge-${kind}-${itemId}-error` : undefined} className="w-full rounded border border-slate-400 p-2" />
        <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white">发送催办</button>
      </form>
    </details>
  );
}

type BoardCase = Awaited<ReturnType<typeof getSupervisionBoard>>["overdue"][number];

function CaseList({ title, tone, cases, total, empty, now, urges, failed }: { title: string; tone: "red" | "amber"; cases: BoardCase[]; total: number; empty: string; now: Date; urges: boolean; failed?: { item: string; error: string; note: string } }) {
  const border = tone === "red" ? "border-accent-600" : "border-amber-400";
  return (
    <section aria-labelledby={`board-${tone}`} className={`rounded-md border-t-4 bg-white shadow-sm ${border}`}>
      <h2 id={`board-${tone}`} className={`px-4 pt-3 text-lg font-bold ${tone === "red" ? "text-accent-700" : "text-amber-800"}`}>
        {title}（{total}）
      </h2>
      {cases.length === 0 ? (
        <p className="px-4 py-3 text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {cases.map((c) => (
            <li key={`${c.kind}:${c.id}`} className="px-4 py-3">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={c.href} className="font-mono font-semibold text-brand-700 underline">
                  {c.ref}
                </Link>
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">{c.statusLabel}</span>
                {c.extensionPending && <span className="rounded bg-yellow-100 px-2 py-0.5 text-xs font-semibold text-yellow-900">延期待审批</span>}
              </p>
              <p className="mt-1 font-semibold">{c.title}</p>
              <p className="mt-1 text-sm text-slate-700">
                {c.kindLabel} · {c.departmentName} · {c.handlerName ?? "未分派"}{c.detail ? ` · ${c.detail}` : ""}
              </p>
              <p className="mt-1 text-sm">
                <DeadlineText deadlineAt={c.dueAt} isOpen isOverdue={tone === "red"} isNearDue={tone === "amber"} now={now} />
              </p>
              {urges && <UrgeForm kind={c.kind} itemId={c.id} failed={failed?.item === `${c.kind}:${c.id}` ? failed : undefined} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function SupervisionBoardPage({ searchParams }: PageProps<"/officer/supervision">) {
  const { actor, allowed } = await requirePagePermission("supervision.view");
  if (!allowed) return <Forbidden />;
  const now = new Date();
  const board = await getSupervisionBoard({ actor, now });
  const sp = await searchParams;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const failed = typeof sp.error === "string" ? { error: sp.error, item: String(sp.item ?? ""), note: String(sp.note ?? "") } : undefined;
  const urges = can(actor, "supervision.urge");
  const closes = can(actor, "supervision.issue");
  const decides = can(actor, "supervision.approveExtension");

  return (
    <CaseConflictProvider action={caseFormAction} reloadHref="/officer/supervision">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold text-brand-700">督办看板</h1>
          <p className="text-sm text-slate-600">
            {can(actor, "complaints.viewAll") ? "全县" : "本部门"}在办案件中已超期（红牌）和临期（已用去八成时限，黄牌）的案件，以及待审批的延期申请和未反馈的督办单。
          </p>
        </div>
        {failed && (
          <p role="alert" className="rounded border-l-4 border-accent-600 bg-red-50 p-3 text-accent-700">
            错误：{failed.error}
          </p>
        )}
        {!failed && done && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
            {done}
          </p>
        )}

        <section aria-labelledby="board-departments" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-departments" className="px-4 pt-3 text-lg font-bold">
            各部门情况
          </h2>
          {board.departments.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">目前没有超期或临期的案件。</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2">部门</th>
                    <th scope="col" className="px-4 py-2">超期</th>
                    <th scope="col" className="px-4 py-2">临期</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {board.departments.map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="px-4 py-2 font-semibold">
                        <Link href={`/officer/complaints?departmentId=${d.id}`} className="text-brand-700 underline">
                          {d.name}
                        </Link>
                      </th>
                      <td className={`px-4 py-2 ${d.overdue ? "font-bold text-accent-700" : ""}`}>{d.overdue}</td>
                      <td className={`px-4 py-2 ${d.nearDue ? "font-bold text-amber-800" : ""}`}>{d.nearDue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <div className="grid gap-4 lg:grid-cols-2">
          <CaseList title="已超期" tone="red" cases={board.overdue} total={board.totals.overdue} empty="没有超期案件。" now={now} urges={urges} failed={failed} />
          <CaseList title="临期" tone="amber" cases={board.nearDue} total={board.totals.nearDue} empty="没有临期案件。" now={now} urges={urges} failed={failed} />
        </div>

        <section aria-labelledby="board-extensions" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-extensions" className="px-4 pt-3 text-lg font-bold">
            待审批的延期申请（{board.pendingExtensions.length}）
          </h2>
          {board.pendingExtensions.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有待审批的延期申请。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.pendingExtensions.map((c) => (
                <li key={c.id} className="px-4 py-3">
                  <p>
                    <Link href={`/officer/complaints/${c.id}`} className="font-mono font-semibold text-brand-700 underline">
                      {c.trackingNo}
                    </Link>{" "}
                    {c.title}
                  </p>
                  <p className="text-sm text-slate-700">
                    {c.department.name} · 现期限 {formatDeadline(c.deadlineAt)} → 申请延至 {formatDeadline(c.extensionRequestedUntil!)}
                  </p>
                  {decides ? (
                    <div className="mt-2">
                      <ExtensionDecisionForm c={{ complaintId: c.id, version: c.version }} summary={`理由：${c.extensionReason ?? ""}`} from="board" />
                    </div>
                  ) : (
                    <p className="text-sm">理由：{c.extensionReason}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="board-orders" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-orders" className="px-4 pt-3 text-lg font-bold">
            未反馈的督办单（{board.openOrders.length}）
          </h2>
          {board.openOrders.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有未反馈的督办单。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.openOrders.map((o) => (
                <li key={o.id} className={`px-4 py-3 ${o.deadlineAt < now ? "bg-red-50" : ""}`}>
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-mono font-semibold">{o.number ?? "（未编号）"}</span>
                    <a href={`/api/supervision/orders/${o.id}/notice`} className="text-sm text-brand-700 underline" download>
                      打印督办通知单（PDF）
                    </a>
                  </p>
                  <p className="text-sm text-slate-700">
                    {o.department.name} · 期限 {formatDeadline(o.deadlineAt)}
                    {o.deadlineAt < now && <span className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">逾期未反馈</span>}
                  </p>
                  <p className="mt-1">{o.instruction}</p>
                  {o.complaint && (
                    <p className="mt-1 text-sm">
                      <Link href={`/officer/complaints/${o.complaint.id}`} className="font-mono text-brand-700 underline">
                        {o.complaint.trackingNo}
                      </Link>{" "}
                      {o.complaint.title}
                    </p>
                  )}
                  {urges && <UrgeForm kind="order" itemId={o.id} failed={failed?.item === `order:${o.id}` ? failed : undefined} />}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="board-answered" className="rounded-md border border-slate-200 bg-white shadow-sm">
          <h2 id="board-answered" className="px-4 pt-3 text-lg font-bold">
            已反馈待评价的督办单（{board.answeredOrders.length}）
          </h2>
          {board.answeredOrders.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">没有待评价的督办单。</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {board.answeredOrders.map((o) => {
                const f = failed?.item === `close:${o.id}` ? failed : undefined;
                return (
                  <li key={o.id} className="px-4 py-3">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-mono font-semibold">{o.number ?? "（未编号）"}</span>
                      <a href={`/api/supervision/orders/${o.id}/notice`} className="text-sm text-brand-700 underline" download>
                        打印督办通知单（PDF）
                      </a>
                    </p>
                    <p className="text-sm text-slate-700">
                      {o.department.name} · 期限 {formatDeadline(o.deadlineAt)}
                      {o.answeredAt && o.answeredAt > o.deadlineAt && <span className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-xs font-bold text-white">逾期反馈</span>}
                    </p>
                    <p className="mt-1">要求：{o.instruction}</p>
                    <p className="mt-1">反馈：{o.response}</p>
                    {closes && (
                      <form action={closeOrderAction} className="mt-2 space-y-2">
                        <input type="hidden" name="orderId" value={o.id} />
                        <input type="hidden" name="expectedVersion" value={o.version} />
                        <fieldset>
                          <legend className="text-sm font-semibold">办结评价</legend>
                          {f && <p className="text-sm font-semibold text-accent-700">错误：{f.error}</p>}
                          <div className="flex flex-wrap gap-4">
                            {Object.entries(ASSESSMENT_LABELS).map(([value, label]) => (
                              <label key={value} className="flex items-center gap-1">
                                <input type="radio" name="assessment" value={value} /> {label}
                              </label>
                            ))}
                          </div>
                        </fieldset>
                        <label className="block text-sm font-semibold" htmlFor={`close-note-${o.id}`}>
                          评价说明（可不填）
                        </label>
                        <textarea id={`close-note-${o.id}`} name="note" rows={2} defaultValue={f?.note} className="w-full rounded border border-slate-400 p-2" />
                        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">办结督办单</button>
                      </form>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <p>
          <Link href="/officer/supervision/ranking" className="font-semibold text-brand-700 underline">
            查看部门考核排名
          </Link>
        </p>
      </div>
    </CaseConflictProvider>
  );
}
