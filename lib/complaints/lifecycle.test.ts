import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { acceptComplaint } from "./accept-complaint";
import { addInternalNote } from "./add-internal-note";
import { approvePublication } from "./approve-publication";
import { assignComplaint } from "./assign-complaint";
import { decideExtension } from "./decide-extension";
import { forwardExtension } from "./forward-extension";
import { rateComplaint } from "./rate-complaint";
import { rejectComplaint } from "./reject-complaint";
import { replyToCitizen } from "./reply-to-citizen";
import { requestExtension } from "./request-extension";
import { resolveComplaint } from "./resolve-complaint";
import { startComplaint } from "./start-complaint";
import { issueSupervisionOrder, answerSupervisionOrder } from "./supervision-orders";
import { acceptTransfer, declineTransfer, requestTransfer } from "./transfer-complaint";
import { listInbox } from "./list-inbox";
import { getSupervisionBoard } from "./supervision-board";
import { getComplaintCase } from "./get-complaint-case";

const REPLY = "已安排施工队于本周内修复路面，并设置警示标志。";

async function code(promise: Promise<unknown>) {
  const err = await promise.then(() => null, (e) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("complaint lifecycle", () => {
  it("accept → assign → in progress → reply → resolve, each with its event and audit row", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    expect(c).toMatchObject({ status: "ACCEPTED", version: 2 });
    c = await assignComplaint({ actor: head, complaintId: c.id, expectedVersion: 2, input: { handlerId: handler.id } });
    expect(c).toMatchObject({ status: "ASSIGNED", handlerId: handler.id });
    c = await startComplaint({ actor: handler, complaintId: c.id, expectedVersion: 3 });
    c = await replyToCitizen({ actor: handler, complaintId: c.id, expectedVersion: 4, input: { reply: REPLY } });
    c = await resolveComplaint({ actor: head, complaintId: c.id, expectedVersion: 5 });
    expect(c).toMatchObject({ status: "RESOLVED", reply: REPLY, version: 6 });
    const events = await prisma.complaintEvent.findMany({ where: { complaintId: c.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REPLIED", "RESOLVED"]);
    expect(await prisma.auditLog.count({ where: { targetId: c.id } })).toBe(5);
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.resolved", recipient: "13812345678" } })).toBe(1);
  });

  it("refuses transitions the state does not allow", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    expect(await code(resolveComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, input: { reply: REPLY } }))).toBe("CONFLICT");
    expect(await code(startComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 1 }))).toBe("CONFLICT");
    await rejectComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, input: { reason: "不属于本县管辖范围" } });
    expect(await code(acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 2 }))).toBe("CONFLICT");
    const err = await rejectComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 2, input: { reason: "" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ reason: "请填写不予受理的理由" });
  });

  it("refuses officers without the permission or from another department", async () => {
    const { category, handler } = await createComplaintSetup();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    expect(await code(acceptComplaint({ actor: other.head, complaintId: complaint.id, expectedVersion: 1 }))).toBe("FORBIDDEN");
    expect(await code(assignComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 1, input: { handlerId: handler.id } }))).toBe("FORBIDDEN");
    const editor = await addOfficer(handler.departmentId, "CONTENT_EDITOR");
    expect(await code(acceptComplaint({ actor: editor, complaintId: complaint.id, expectedVersion: 1 }))).toBe("FORBIDDEN");
    expect(await code(getComplaintCase({ actor: other.handler, complaintId: complaint.id }))).toBe("FORBIDDEN");
  });

  it("lets one of two officers acting at once win; the other gets a conflict naming who acted, nothing written twice", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    const results = await Promise.allSettled([
      acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 }),
      rejectComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 1, input: { reason: "重复反映的问题" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT" });
    expect(loser.reason.userMessage).toMatch(/^该案件已被.+于\d{2}:\d{2}修改，请刷新页面/);
    const after = await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } });
    expect(after.version).toBe(2);
    expect(await prisma.complaintEvent.count({ where: { complaintId: complaint.id } })).toBe(2);
    // A stale page (version 1) is refused even without a race.
    expect(await code(startComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 1 }))).toBe("CONFLICT");
  });

  it("transfers only when the receiving department accepts; until then the first receiver stays responsible", async () => {
    const a = await createComplaintSetup();
    const b = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(a.category.id);
    const deadline = complaint.deadlineAt;
    let c = await requestTransfer({ actor: a.handler, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: b.department.id, reason: "属于对方部门职责" } });
    expect(c).toMatchObject({ departmentId: a.department.id, pendingTransferDepartmentId: b.department.id });
    expect(await code(acceptTransfer({ actor: a.head, complaintId: c.id, expectedVersion: 2 }))).toBe("FORBIDDEN");
    c = await declineTransfer({ actor: b.head, complaintId: c.id, expectedVersion: 2, input: { reason: "不属于我局职责" } });
    expect(c).toMatchObject({ departmentId: a.department.id, pendingTransferDepartmentId: null });
    c = await requestTransfer({ actor: a.handler, complaintId: c.id, expectedVersion: 3, input: { departmentId: b.department.id, reason: "经核实属于对方职责" } });
    const inbox = await listInbox({ actor: b.head, filters: { state: "transfers" } });
    expect(inbox.items.map((i) => i.id)).toContain(c.id);
    c = await acceptTransfer({ actor: b.head, complaintId: c.id, expectedVersion: 4 });
    expect(c).toMatchObject({ departmentId: b.department.id, pendingTransferDepartmentId: null });
    expect(c.deadlineAt.getTime()).toBe(deadline.getTime()); // the clock keeps running
  });

  it("extends only before the deadline, on a supervisor's approval, and tells the citizen", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const supervisor = await addOfficer((await prisma.department.create({ data: { code: `SUP${Date.now()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } })).id, "SUPERVISOR");
    const now = new Date("2026-11-23T10:00:00+08:00");
    const { complaint } = await fileTestComplaint(category.id, {}, now);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now });
    c = await requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 2, input: { until: "2026-12-15", reason: "需要协调施工单位" }, now });
    expect(c.extensionForwardedAt).toBeNull();
    // The supervisor cannot decide before the head forwards it.
    expect(await code(decideExtension({ actor: supervisor, complaintId: c.id, expectedVersion: 3, input: { approve: "yes" }, now }))).toBe("CONFLICT");
    expect(await code(forwardExtension({ actor: handler, complaintId: c.id, expectedVersion: 3, input: { forward: "yes" }, now }))).toBe("FORBIDDEN");
    c = await forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 3, input: { forward: "yes" }, now });
    expect(c.extensionForwardedAt?.toISOString()).toBe(now.toISOString());
    expect(await code(decideExtension({ actor: handler, complaintId: c.id, expectedVersion: 4, input: { approve: "yes" }, now }))).toBe("FORBIDDEN");
    c = await decideExtension({ actor: supervisor, complaintId: c.id, expectedVersion: 4, input: { approve: "yes" }, now });
    expect(c.deadlineAt.toISOString()).toBe(new Date("2026-12-15T23:59:59+08:00").toISOString());
    expect(c.extensionRequestedUntil).toBeNull();
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.extended" } })).toBe(1);
    const late = new Date("2026-12-16T09:00:00+08:00");
    expect(await code(requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 5, input: { until: "2026-12-30", reason: "还需要时间" }, now: late }))).toBe("CONFLICT");
  });

  it("refuses an extension: the deadline stays, the requester and the citizen are told by SMS", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const supervisor = await addOfficer((await prisma.department.create({ data: { code: `SUP${Date.now()}`, name: "督查室", kind: "SUPERVISION_OFFICE" } })).id, "SUPERVISOR");
    const now = new Date("2026-11-23T10:00:00+08:00");
    const { complaint } = await fileTestComplaint(category.id, {}, now);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now });
    c = await requestExtension({ actor: head, complaintId: c.id, expectedVersion: 2, input: { until: "2026-12-15", reason: "需要协调施工单位" }, now });
    // A head's own request goes straight to the supervisor.
    expect(c.extensionForwardedAt?.toISOString()).toBe(now.toISOString());
    c = await decideExtension({ actor: supervisor, complaintId: c.id, expectedVersion: 3, input: { approve: "no", note: "期限内可以办结" }, now });
    expect(c.deadlineAt.getTime()).toBe(complaint.deadlineAt.getTime());
    expect(c.extensionRequestedUntil).toBeNull();
    const sms = await prisma.outboxMessage.findMany({ where: { relatedId: c.id, template: { in: ["complaint.extension_refused_citizen", "complaint.extension_refused"] } } });
    expect(sms.map((m) => [m.template, m.recipient]).sort()).toEqual([
      ["complaint.extension_refused", (await prisma.officer.findUniqueOrThrow({ where: { id: head.id } })).phone],
      ["complaint.extension_refused_citizen", "13812345678"],
    ]);
    expect(sms.find((m) => m.template === "complaint.extension_refused_citizen")!.body).toContain("延期办理申请未获批准");
  });

  it("the head refuses a handler's extension with a reason, or forwards it; the 30th day after the deadline's date is allowed", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const now = new Date("2026-11-23T10:00:00+08:00");
    const { complaint } = await fileTestComplaint(category.id, {}, now);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now });
    const deadlineDate = new Date(c.deadlineAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const plus = (n: number) => new Date(Date.parse(`${deadlineDate}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const tooFar = await requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 2, input: { until: plus(31), reason: "需要协调施工单位" }, now }).catch((e) => e);
    expect(tooFar.fieldErrors).toEqual({ until: `一次最多延期30天，最晚可延至${plus(30)}` });
    c = await requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 2, input: { until: plus(30), reason: "需要协调施工单位" }, now });
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.extension_to_head" } })).toBe(1);
    expect(await code(requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 3, input: { until: plus(3), reason: "需要协调施工单位" }, now }))).toBe("CONFLICT");
    const noReason = await forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 3, input: { forward: "no" }, now }).catch((e) => e);
    expect(noReason.fieldErrors).toEqual({ note: "不同意时请写明理由（至少4个字）" });
    expect(await code(forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 2, input: { forward: "no", note: "期限内可以办结" }, now }))).toBe("CONFLICT");
    c = await forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 3, input: { forward: "no", note: "期限内可以办结" }, now });
    expect(c).toMatchObject({ extensionRequestedUntil: null, extensionForwardedAt: null });
    expect((await prisma.complaintEvent.findFirstOrThrow({ where: { complaintId: c.id, type: "EXTENSION_REFUSED" } })).note).toBe("部门负责人不同意延期：期限内可以办结");
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.extension_refused" } })).toBe(1);
    // Nothing pending: nothing to forward.
    expect(await code(forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 4, input: { forward: "yes" }, now }))).toBe("CONFLICT");
    // A request the head forwards only after the deadline has passed can no longer move it.
    c = await requestExtension({ actor: handler, complaintId: c.id, expectedVersion: 4, input: { until: plus(5), reason: "需要协调施工单位" }, now });
    expect(await code(forwardExtension({ actor: head, complaintId: c.id, expectedVersion: 5, input: { forward: "yes" }, now: new Date(c.deadlineAt.getTime() + 60_000) }))).toBe("CONFLICT");
  });

  it("reopens a case the citizen says is not solved within 7 days, with a new deadline; closes it when solved", async () => {
    const { category, head } = await createComplaintSetup();
    const filedAt = new Date("2026-11-02T10:00:00+08:00");
    const { complaint, receipt } = await fileTestComplaint(category.id, {}, filedAt);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: filedAt });
    c = await resolveComplaint({ actor: head, complaintId: c.id, expectedVersion: 2, input: { reply: REPLY }, now: new Date("2026-11-05T10:00:00+08:00") });
    const ratedAt = new Date("2026-11-09T10:00:00+08:00");
    c = await rateComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, expectedVersion: 3, input: { solved: "no", satisfaction: "2", comment: "路面还是坑洼，雨天积水。" }, now: ratedAt });
    expect(c).toMatchObject({ status: "REOPENED", reopenCount: 1, departmentId: complaint.departmentId, satisfaction: 2, isSolved: false });
    // The citizen's own full stop is not doubled by the timeline's sentence.
    const reopened = await prisma.complaintEvent.findFirstOrThrow({ where: { complaintId: c.id, type: "REOPENED" } });
    expect(reopened.note).toMatch(/^群众反映问题未解决（满意度2分）：路面还是坑洼，雨天积水。已退回/);
    expect(c.deadlineAt.toISOString()).toBe(new Date("2026-11-18T23:59:59+08:00").toISOString());
    c = await resolveComplaint({ actor: head, complaintId: c.id, expectedVersion: 4, input: { reply: "已重新铺设沥青路面，并经现场验收合格。" }, now: ratedAt });
    c = await rateComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, expectedVersion: 5, input: { solved: "yes", satisfaction: "5" }, now: ratedAt });
    expect(c).toMatchObject({ status: "CLOSED", satisfaction: 5, isSolved: true });
    expect(await code(rateComplaint({ trackingNo: receipt.trackingNo, accessCode: "99999999", expectedVersion: 6, input: { solved: "yes", satisfaction: "5" } }))).toBe("VALIDATION");
  });

  it("publishes only with consent and only masked text", async () => {
    const { category, head } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    let c = await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    c = await resolveComplaint({ actor: head, complaintId: c.id, expectedVersion: 2, input: { reply: REPLY } });
    c = await approvePublication({ actor: head, complaintId: c.id, expectedVersion: 3, input: { text: "王建国（电话13812345678）反映解放路18号门口路面塌陷。已修复。" } });
    expect(c.publicationText).toBe("王**（电话138****5678）反映解放路**号门口路面塌陷。已修复。");
    const noConsent = await fileTestComplaint(category.id, { consentToPublish: "no" });
    let d = await acceptComplaint({ actor: head, complaintId: noConsent.complaint.id, expectedVersion: 1 });
    d = await resolveComplaint({ actor: head, complaintId: d.id, expectedVersion: 2, input: { reply: REPLY } });
    expect(await code(approvePublication({ actor: head, complaintId: d.id, expectedVersion: 3, input: { text: "这是一段足够长的公开文本内容。" } }))).toBe("CONFLICT");
  });

  it("keeps internal notes from the citizen and records supervision orders and answers", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const supervisor = await addOfficer(head.departmentId, "SUPERVISOR");
    const { complaint } = await fileTestComplaint(category.id);
    await addInternalNote({ actor: handler, complaintId: complaint.id, input: { note: "已电话联系群众核实位置" } });
    const order = await issueSupervisionOrder({ actor: supervisor, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2099-01-01" } });
    expect(await code(issueSupervisionOrder({ actor: handler, complaintId: complaint.id, input: { instruction: "请三日内到现场处置", dueOn: "2099-01-01" } }))).toBe("FORBIDDEN");
    const answered = await answerSupervisionOrder({ actor: head, orderId: order.id, input: { response: "已派人到现场处置" } });
    expect(answered.status).toBe("ANSWERED");
    const events = await prisma.complaintEvent.findMany({ where: { complaintId: complaint.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.type, e.isPublic])).toEqual([["SUBMITTED", true], ["NOTE", false], ["SUPERVISION_ORDER", true], ["NOTE", false]]);
    const board = await getSupervisionBoard({ actor: supervisor });
    expect(board.openOrders.map((o) => o.id)).not.toContain(order.id);
  });
});
