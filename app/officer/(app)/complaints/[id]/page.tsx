import Link from "next/link";
import type { ComplaintEventType } from "@/generated/prisma/enums";
import { DeadlineText, StatusBadge } from "@/components/complaints/officer/case-badges";
import {
  AcceptForm,
  AnswerOrderForm,
  AssignForm,
  CallbackForm,
  CaseConflictProvider,
  DispatchForm,
  DoneBanner,
  MergeForm,
  ProposeCloseForm,
  ReviewCloseForm,
  SendBackForm,
  WithdrawTransferForm,
  ExtensionDecisionCard,
  ExtensionForwardCard,
  ExtensionRequestForm,
  PauseClockForm,
  ResumeClockForm,
  IncomingTransferForms,
  IssueOrderForm,
  NoteForm,
  PublicationForm,
  RejectForm,
  ReplyForm,
  ResolveForm,
  StartForm,
  TransferForm,
} from "@/components/complaints/officer/case-forms";
import { Forbidden } from "@/components/officer/forbidden";
import { requirePagePermission } from "@/lib/auth/session";
import { beijingDate, nextDate } from "@/lib/calendar/work-calendar";
import { suggestedPublicationText } from "@/lib/complaints/approve-publication";
import { canAnswerOrder, caseActionsFor } from "@/lib/complaints/case-actions";
import { formatDeadline, isNearDue as isNearDueCase, isOpenStatus } from "@/lib/complaints/complaint-format";
import { getComplaintCase, listDepartmentHandlers } from "@/lib/complaints/get-complaint-case";
import { extensionGoesStraightToSupervisor, latestExtensionDate } from "@/lib/complaints/request-extension";
import { complaintFormOptions } from "@/lib/complaints/officer-options";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import * as act from "../actions";

export const metadata = { title: "案件详情" };

const DONE: Record<string, string> = {
  accepted: "已受理该案件。",
  rejected: "已作出不予受理决定，理由将告知群众。",
  assigned: "已分派。",
  "transfer-requested": "已申请转办，等待对方部门确认接收；在此之前仍由本部门负责。",
  "transfer-accepted": "已接收转办，案件现由本部门办理。",
  started: "已标记为办理中。",
  noted: "已添加内部备注。",
  replied: "答复已发送给群众。",
  resolved: "案件已办结，群众将被邀请评价。",
  published: "公开文本已审核通过。",
  "extension-forwarded": "已同意延期申请，报督办员审批。",
  "extension-refused-by-head": "已不同意延期申请，理由已短信告知承办人。",
  "clock-paused": "已暂停计时，等待群众补充材料。",
  "clock-resumed": "已恢复计时，办理期限已按暂停时间顺延。",
  "extension-approved": "已同意延期，新的办理期限已生效并通知群众。",
  "extension-refused": "已不同意延期，承办部门须按原期限办结。",
  "order-issued": "督办单已发出。",
  "order-answered": "督办反馈已提交。",
  "sent-back": "已退回12345重新派单；重新派单前仍由本部门负责。",
  "close-proposed": "已提请办结，等待部门负责人审核。",
  "close-returned": "已退回承办人，办结申请未通过。",
  callback: "回访已记录。",
  merged: "已并入主案件，本案件关闭。",
  "transfer-withdrawn": "已撤回转办，案件由本部门继续办理。",
};

const EVENT_LABELS: Record<ComplaintEventType, string> = {
  SUBMITTED: "群众提交",
  ACCEPTED: "受理",
  REJECTED: "不予受理",
  ASSIGNED: "分派",
  TRANSFER_REQUESTED: "申请转办",
  TRANSFER_ACCEPTED: "接收转办",
  TRANSFER_DECLINED: "退回转办",
  IN_PROGRESS: "开始办理",
  NOTE: "内部备注",
  REPLIED: "答复群众",
  RESOLVED: "办结",
  PUBLICATION_APPROVED: "审核公开",
  EXTENSION_REQUESTED: "申请延期",
  EXTENSION_APPROVED: "批准延期",
  EXTENSION_REFUSED: "不同意延期",
  YELLOW_WARNING: "黄牌预警",
  RED_CARD: "红牌超期",
  SUPERVISION_ORDER: "督办",
  RATED: "群众评价",
  REOPENED: "重新办理",
  CLOSED: "关闭",
  FOLLOWED: "群众附议",
  DISPATCHED: "12345派单",
  SENT_BACK: "退回12345",
  CLOSE_PROPOSED: "提请办结",
  CLOSE_RETURNED: "退回办结申请",
  CALLBACK: "电话回访",
  MERGED: "合并",
  TRANSFER_WITHDRAWN: "撤回转办",
  PAUSED: "暂停计时",
  RESUMED: "恢复计时",
  URGED: "催办",
  EXTENSION_FORWARDED: "报送延期申请",
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-[8rem_1fr] sm:gap-3">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export default async function ComplaintCasePage({ params, searchParams }: PageProps<"/officer/complaints/[id]">) {
  const { actor, allowed } = await requirePagePermission("complaints.view");
  if (!allowed) return <Forbidden />;
  const { id } = await params;
  const now = new Date();
  let c;
  try {
    c = await getComplaintCase({ actor, complaintId: id, now });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND") || isAppError(err, "FORBIDDEN")) {
      return (
        <div role="alert" className="rounded-md border-l-4 border-accent-600 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-bold text-accent-700">{err.code === "FORBIDDEN" ? "无权查看该案件" : "没有找到该案件"}</h1>
          <p className="mt-2">{err.userMessage}</p>
          <p className="mt-3">
            <Link href="/officer/complaints" className="text-brand-600 underline">返回案件列表</Link>
          </p>
        </div>
      );
    }
    throw err;
  }

  const can = caseActionsFor(actor, c, now);
  const [handlers, options] = await Promise.all([
    can.assign ? listDepartmentHandlers({ actor, departmentId: c.departmentId }) : Promise.resolve([]),
    can.requestTransfer || can.dispatch || can.dispatchQueue ? complaintFormOptions() : Promise.resolve(null),
  ]);
  // 督查室 supervises and never owns a case: not offered as a transfer or dispatch target.
  const otherDepartments = options?.handlingDepartments.filter((d) => d.value !== c.departmentId) ?? [];
  const dispatchTargets = options?.dispatchDepartments ?? [];
  const ref = { complaintId: c.id, version: c.version };
  const isOpen = isOpenStatus(c.status);
  const isNearDue = isNearDueCase(c, now);
  const doneParam = (await searchParams).done;
  const done =
    doneParam === "extension-requested"
      ? `延期申请已提交，${c.extensionForwardedAt || !c.extensionRequestedUntil ? "等待督办员审批" : "等待部门负责人审核"}。`
      : typeof doneParam === "string"
        ? DONE[doneParam]
        : undefined;
  const caseUrl = `/officer/complaints/${c.id}`;
  const openOrders = c.supervisionOrders.filter((o) => canAnswerOrder(actor, o));
  const actionCount = Object.entries(can).filter(([k, v]) => v && k !== "note" && k !== "dispatch").length + openOrders.length;

  return (
    // Keyed by version and timeline length: after any change the forms start empty again.
    <CaseConflictProvider version={`${c.version}-${c.events.length}`} action={act.caseFormAction} reloadHref={caseUrl}>
      <div className="space-y-4">
        <p className="text-sm">
          <Link href="/officer/complaints" className="text-brand-600 underline">‹ 返回案件列表</Link>
        </p>
        {done && <DoneBanner text={done} />}
        {c.mergedInto && (
          <p className="rounded border-l-4 border-slate-500 bg-slate-100 p-3">
            本案件已并入{" "}
            <Link href={`/officer/complaints/${c.mergedInto.id}`} className="font-mono font-semibold text-brand-700 underline">
              {c.mergedInto.trackingNo}
            </Link>{" "}
            办理，办理结果以主案件为准。
          </p>
        )}
        <header className={`rounded-md border bg-white p-4 shadow-sm ${c.isOverdue ? "border-l-8 border-accent-600" : isNearDue ? "border-l-8 border-amber-400" : "border-slate-200"}`}>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-mono font-semibold">{c.trackingNo}</span>
            <StatusBadge status={c.status} />
            {c.pendingTransferDepartment && <span className="rounded bg-purple-100 px-2 py-0.5 text-xs font-semibold text-purple-900">转办待{c.pendingTransferDepartment.name}确认</span>}
            {c.extensionRequestedUntil && <span className="rounded bg-yellow-100 px-2 py-0.5 text-xs font-semibold text-yellow-900">{c.extensionForwardedAt ? "延期待审批" : "延期待负责人审核"}</span>}
            {c.pausedAt && <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">暂停计时</span>}
            {c.sentBackAt && <span className="rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">已退回12345，待重新派单</span>}
            {c.closeProposedAt && <span className="rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">待审核办结</span>}
          </p>
          <h1 className="mt-1 text-2xl font-bold text-brand-700">{c.title}</h1>
          <p className="mt-2">
            <span className="font-semibold">办理期限：</span>
            <DeadlineText deadlineAt={c.deadlineAt} isOpen={isOpen} isOverdue={c.isOverdue} isNearDue={isNearDue} now={now} />
          </p>
        </header>

        {/* Phones: facts, actions, timeline. Wide screens: actions in a column on the right. */}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
          <div className="space-y-4 lg:col-start-1 lg:row-start-1">
            <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="mb-2 text-lg font-bold">诉求内容</h2>
              <p className="whitespace-pre-wrap">{c.description}</p>
              <dl className="mt-3 divide-y divide-slate-100 border-t border-slate-100">
                <Fact label="类别">{c.category.name}</Fact>
                <Fact label="时限类别">
                  {c.category.slaClass.name}
                  <span className="block text-sm text-slate-600">{c.category.slaClass.description}</span>
                </Fact>
                <Fact label="承办部门">{c.department.name}</Fact>
                <Fact label="承办人">{c.handler?.name ?? "未分派"}</Fact>
                <Fact label="发生地点">{c.address ?? "未填写"}</Fact>
                {c.occurredAt && <Fact label="发生日期">{formatDeadline(c.occurredAt).split(" ")[0]}</Fact>}
                <Fact label="提交时间">{formatDateTime(c.createdAt)}</Fact>
                {c.acceptDeadlineAt && c.status === "SUBMITTED" && <Fact label="受理时限">{formatDateTime(c.acceptDeadlineAt)}前受理</Fact>}
                <Fact label="反映人">{c.isAnonymous ? "匿名反映（无法电话或短信回复）" : (c.citizenName ?? "未留姓名")}</Fact>
                {c.citizenPhone && (
                  <Fact label="联系电话">
                    <a href={`tel:${c.citizenPhone}`} className="font-mono text-brand-700 underline">
                      {c.citizenPhone}
                    </a>
                  </Fact>
                )}
                <Fact label="同意公开">{c.consentToPublish ? "同意（遮蔽个人信息后公开）" : "不同意"}</Fact>
                {c.extensionRequestedUntil && (
                  <Fact label="延期申请">
                    申请延期至{formatDeadline(c.extensionRequestedUntil)}：{c.extensionReason}
                  </Fact>
                )}
                {c.reply && <Fact label="答复">{c.reply}</Fact>}
                {c.satisfaction && (
                  <Fact label="群众评价">
                    {c.isSolved ? "已解决" : "未解决"}，满意度 {c.satisfaction}/5
                  </Fact>
                )}
                {c.publicationText && <Fact label="公开文本">{c.publicationText}</Fact>}
                {c.sentBackAt && <Fact label="退回理由">{c.sentBackReason}</Fact>}
                {c.mergedCases.length > 0 && (
                  <Fact label="并入的重复件">
                    {c.mergedCases.map((m) => (
                      <Link key={m.id} href={`/officer/complaints/${m.id}`} className="mr-2 font-mono text-brand-700 underline">
                        {m.trackingNo}
                      </Link>
                    ))}
                  </Fact>
                )}
                {c.callbacks.length > 0 && (
                  <Fact label="电话回访">
                    <ul className="space-y-1">
                      {c.callbacks.map((b) => (
                        <li key={b.id}>
                          {formatDateTime(b.createdAt)}：{b.isReached ? `${b.isSolved ? "已解决" : "未解决"}，${b.isSatisfied ? "满意" : "不满意"}` : "未联系上"}
                          {b.citizenWords && <span className="block text-sm text-slate-700">“{b.citizenWords}”</span>}
                        </li>
                      ))}
                    </ul>
                  </Fact>
                )}
              </dl>
              {c.attachments.length > 0 && (
                <div className="mt-3">
                  <h3 className="font-semibold">照片</h3>
                  <ul className="mt-2 flex flex-wrap gap-2">
                    {c.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/officer/complaints/photos/${a.id}`} target="_blank" rel="noopener">
                          {/* eslint-disable-next-line @next/next/no-img-element -- private photo, served by a permission-checked route */}
                          <img src={`/officer/complaints/photos/${a.id}`} alt={`${a.isEvidence ? "办理照片" : "照片"}：${a.fileName}`} className="h-28 w-28 rounded border border-slate-300 bg-slate-50 object-cover" />
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>

            {c.supervisionOrders.length > 0 && (
              <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
                <h2 className="mb-2 text-lg font-bold">督办单</h2>
                <ul className="space-y-3">
                  {c.supervisionOrders.map((o) => (
                    <li key={o.id} className={`rounded border p-3 ${o.status === "OPEN" && o.deadlineAt < now ? "border-accent-600 bg-red-50" : "border-slate-200"}`}>
                      <p className="text-sm text-slate-600">
                        {o.issuedBy.name}于{formatDateTime(o.createdAt)}督办 · 期限{formatDeadline(o.deadlineAt)} · {o.status === "OPEN" ? "待反馈" : "已反馈"}
                      </p>
                      <p className="mt-1">{o.instruction}</p>
                      {o.response && <p className="mt-1 text-sm">反馈：{o.response}</p>}
                      {openOrders.includes(o) && <AnswerOrderForm c={ref} orderId={o.id} />}
                    </li>
                  ))}
                </ul>
              </section>
            )}

          </div>

          <div id="actions" className="scroll-mt-4 space-y-3 lg:col-start-2 lg:row-span-2 lg:row-start-1" aria-label="办理操作">
            <h2 className="text-lg font-bold">办理</h2>
            {can.dispatchQueue && <DispatchForm c={ref} departments={dispatchTargets} sentBack={c.sentBackAt ? { from: c.department.name, reason: c.sentBackReason ?? "" } : undefined} />}
            {can.reviewClose && <ReviewCloseForm c={ref} proposal={{ by: c.closeProposedBy?.name ?? "承办人", reply: c.proposedReply ?? "" }} />}
            {can.answerTransfer && <IncomingTransferForms c={ref} fromDepartment={c.department.name} reason={c.transferReason} />}
            {can.accept && <AcceptForm c={ref} />}
            {can.reject && <RejectForm c={ref} />}
            {can.start && <StartForm c={ref} />}
            {can.reply && <ReplyForm c={ref} hasReply={!!c.reply} />}
            {can.resolve && <ResolveForm c={ref} hasReply={!!c.reply} />}
            {can.proposeClose && <ProposeCloseForm c={ref} defaultReply={c.reply} />}
            {c.closeProposedAt && !can.reviewClose && isOpen && (
              <p className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sky-900">已提请办结，等待部门负责人审核。</p>
            )}
            {can.callback && <CallbackForm c={ref} />}
            {can.sendBack && <SendBackForm c={ref} acceptBy={c.acceptDeadlineAt ? formatDateTime(c.acceptDeadlineAt) : undefined} />}
            {can.assign && (
              <AssignForm
               
                c={ref}
                handlers={handlers.map((h) => ({ value: h.id, label: h.name }))}
                departments={can.dispatch ? otherDepartments : undefined}
                currentHandlerId={c.handlerId}
              />
            )}
            {can.requestTransfer && <TransferForm c={ref} departments={otherDepartments} />}
            {can.withdrawTransfer && <WithdrawTransferForm c={ref} to={c.pendingTransferDepartment?.name ?? "其他部门"} />}
            {can.merge && <MergeForm c={ref} />}
            {can.resumeClock && <ResumeClockForm c={ref} pausedSince={formatDateTime(c.pausedAt!)} reason={c.pauseReason ?? ""} />}
            {can.pauseClock && <PauseClockForm c={ref} />}
            {can.forwardExtension && c.extensionRequestedUntil && (
              <ExtensionForwardCard c={ref} summary={`${c.extensionRequestedBy?.name ?? "承办人"}申请延期至${formatDeadline(c.extensionRequestedUntil)}，理由：${c.extensionReason ?? ""}`} />
            )}
            {c.extensionRequestedUntil && !c.extensionForwardedAt && !can.forwardExtension && isOpen && (
              <p className="rounded-md border border-yellow-200 bg-yellow-50 p-3 text-yellow-900">延期申请等待部门负责人审核。</p>
            )}
            {can.requestExtension && <ExtensionRequestForm c={ref} minDate={nextDate(beijingDate(c.deadlineAt), 3)} maxDate={latestExtensionDate(c.deadlineAt)} viaHead={!extensionGoesStraightToSupervisor(actor)} />}
            {can.decideExtension && c.extensionRequestedUntil && (
              <ExtensionDecisionCard c={ref} summary={`${c.department.name}申请延期至${formatDeadline(c.extensionRequestedUntil)}，理由：${c.extensionReason ?? ""}`} />
            )}
            {can.issueOrder && <IssueOrderForm c={ref} minDate={nextDate(beijingDate(now), 3)} />}
            {can.approvePublication && <PublicationForm c={ref} suggested={c.publicationText ?? suggestedPublicationText(c)} isApproved={!!c.publicationApprovedAt} />}
            {can.note && <NoteForm c={ref} />}
          </div>

          <div className="space-y-4 lg:col-start-1 lg:row-start-2">
            <section className="rounded-md border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="mb-2 text-lg font-bold">办理过程</h2>
              <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
                {c.events.map((e) => (
                  <li key={e.id} className="relative">
                    <span aria-hidden className={`absolute -left-[1.4rem] top-1.5 h-3 w-3 rounded-full ${e.isPublic ? "bg-brand-600" : "bg-slate-400"}`} />
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="font-semibold">{EVENT_LABELS[e.type]}</span>
                      <span className="text-slate-600">{formatDateTime(e.createdAt)}</span>
                      <span className="text-slate-600">{e.actor?.name ?? (e.type === "SUBMITTED" || e.type === "RATED" || e.type === "FOLLOWED" ? "群众" : "系统")}</span>
                      {e.isPublic ? <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-700">群众可见</span> : <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-700">内部</span>}
                    </p>
                    {e.note && <p className="mt-0.5 whitespace-pre-wrap">{e.note}</p>}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </div>
        {/* Phones: the details come first, so a bar stays at the bottom of the screen and jumps to the actions. */}
        {actionCount > 0 && (
          <nav aria-label="办理操作快捷入口" className="sticky bottom-0 z-10 -mx-4 border-t border-slate-300 bg-white/95 px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.08)] lg:hidden">
            <a href="#actions" className="block rounded bg-brand-600 px-4 py-2 text-center font-semibold text-white">
              办理操作（{actionCount}项）↓
            </a>
          </nav>
        )}
      </div>
    </CaseConflictProvider>
  );
}
