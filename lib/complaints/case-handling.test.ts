// The 12345-centre acts: dispatch, send-back, head review, call-back, merge, withdrawing a
// transfer. Each: allowed, refused (permission, department, state), and a stale version.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { unique } from "@/test/factories";
import { acceptComplaint } from "./accept-complaint";
import { getCallbackSatisfaction } from "./callback-satisfaction";
import { dispatchComplaint } from "./dispatch-complaint";
import { dispatchQueueWhere } from "./dispatch-queue";
import { mergeComplaints } from "./merge-complaints";
import { proposeCloseComplaint } from "./propose-close-complaint";
import { recordCallback } from "./record-callback";
import { resolveComplaint } from "./resolve-complaint";
import { reviewCloseProposal } from "./review-close-proposal";
import { sendBackComplaint } from "./send-back-complaint";
import { requestTransfer } from "./transfer-complaint";
import { withdrawTransfer } from "./withdraw-transfer";
import { TINY_PNG } from "@/test/image-fixtures";

const REPLY = "已安排施工队修复路面，并设置警示标志。";
const PNG = new Uint8Array(TINY_PNG);

async function code(promise: Promise<unknown>) {
  const err = await promise.then(() => null, (e) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

async function centre() {
  const desk = await createComplaintSetup({ fallbackOwner: true });
  const dispatcher = await addOfficer(desk.department.id, "DISPATCHER");
  const agency = await createComplaintSetup();
  return { desk, dispatcher, agency };
}

async function inQueue(id: string) {
  return (await prisma.complaint.count({ where: { id, ...dispatchQueueWhere() } })) === 1;
}

describe("dispatch (派单)", () => {
  it("a case of a category without a fixed department waits in the queue; the dispatcher sends it to a department", async () => {
    const { desk, dispatcher, agency } = await centre();
    const { complaint } = await fileTestComplaint(desk.category.id);
    expect(await inQueue(complaint.id)).toBe(true);
    const c = await dispatchComplaint({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: agency.department.id, note: "属道路养护" } });
    expect(c).toMatchObject({ departmentId: agency.department.id, status: "SUBMITTED", version: 2 });
    expect(await inQueue(complaint.id)).toBe(false);
    expect(await prisma.complaintEvent.count({ where: { complaintId: c.id, type: "DISPATCHED" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: c.id, action: "complaint.dispatched" } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.new" } })).toBeGreaterThan(0);
    // Now the agency's: no longer dispatchable.
    expect(await code(dispatchComplaint({ actor: dispatcher, complaintId: c.id, expectedVersion: 2, input: { departmentId: agency.department.id } }))).toBe("CONFLICT");
  });

  it("refuses a handler, a stale version, the supervision office and a missing department", async () => {
    const { desk, dispatcher, agency } = await centre();
    const { complaint } = await fileTestComplaint(desk.category.id);
    expect(await code(dispatchComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: agency.department.id } }))).toBe("FORBIDDEN");
    expect(await code(dispatchComplaint({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 7, input: { departmentId: agency.department.id } }))).toBe("CONFLICT");
    const office = await prisma.department.create({ data: { code: unique("S_"), name: unique("督查室"), kind: "SUPERVISION_OFFICE" } });
    const err = await dispatchComplaint({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: office.id } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ departmentId: "督查室不承办案件，请选择职能部门" });
    const empty = await dispatchComplaint({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 1, input: {} }).catch((e) => e);
    expect(empty.fieldErrors).toEqual({ departmentId: "请选择承办部门" });
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).version).toBe(1);
  });
});

describe("send back (退回)", () => {
  it("the receiver returns a case to the queue with a reason and stays responsible until dispatch acts", async () => {
    const { dispatcher, agency } = await centre();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(agency.category.id);
    const c = await sendBackComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 1, input: { reason: "属供水公司职责" } });
    expect(c).toMatchObject({ departmentId: agency.department.id, sentBackReason: "属供水公司职责", status: "SUBMITTED" });
    expect(await inQueue(c.id)).toBe(true);
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.sent_back" } })).toBe(await prisma.officer.count({ where: { role: "DISPATCHER", isActive: true } }));
    expect(await code(sendBackComplaint({ actor: agency.handler, complaintId: c.id, expectedVersion: 2, input: { reason: "再退一次" } }))).toBe("CONFLICT");
    const d = await dispatchComplaint({ actor: dispatcher, complaintId: c.id, expectedVersion: 2, input: { departmentId: other.department.id } });
    expect(d).toMatchObject({ departmentId: other.department.id, sentBackAt: null, sentBackReason: null });
  });

  it("refuses after acceptance, after the acceptance limit, without a reason, from another department, and a stale version", async () => {
    const { agency } = await centre();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(agency.category.id);
    expect(await code(sendBackComplaint({ actor: other.handler, complaintId: complaint.id, expectedVersion: 1, input: { reason: "不归我们管" } }))).toBe("FORBIDDEN");
    const noReason = await sendBackComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 1, input: { reason: "" } }).catch((e) => e);
    expect(noReason.fieldErrors).toEqual({ reason: "请填写退回理由" });
    expect(await code(sendBackComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 3, input: { reason: "不归我们管" } }))).toBe("CONFLICT");
    const late = new Date(complaint.acceptDeadlineAt!.getTime() + 60_000);
    expect(await code(sendBackComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 1, input: { reason: "不归我们管" }, now: late }))).toBe("CONFLICT");
    await acceptComplaint({ actor: agency.head, complaintId: complaint.id, expectedVersion: 1 });
    expect(await code(sendBackComplaint({ actor: agency.handler, complaintId: complaint.id, expectedVersion: 2, input: { reason: "不归我们管" } }))).toBe("CONFLICT");
  });
});

describe("head review before closing (提请办结 / 审核)", () => {
  it("a handler proposes with a reply and a photo; the head sends it back with a note, then approves", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    // A handler cannot close directly any more.
    expect(await code(resolveComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 2, input: { reply: REPLY } }))).toBe("FORBIDDEN");
    let c = await proposeCloseComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 2, input: { reply: REPLY }, photos: [{ fileName: "现场.png", bytes: PNG }] });
    expect(c).toMatchObject({ status: "ACCEPTED", proposedReply: REPLY, closeProposedById: handler.id });
    expect(await prisma.attachment.count({ where: { complaintId: c.id, isEvidence: true } })).toBe(1);
    expect(await code(proposeCloseComplaint({ actor: handler, complaintId: c.id, expectedVersion: 3, input: { reply: REPLY } }))).toBe("CONFLICT");
    const noNote = await reviewCloseProposal({ actor: head, complaintId: c.id, expectedVersion: 3, input: { approve: "no" } }).catch((e) => e);
    expect(noNote.fieldErrors).toEqual({ note: "退回时请写明需要补充或改正的内容（至少4个字）" });
    c = await reviewCloseProposal({ actor: head, complaintId: c.id, expectedVersion: 3, input: { approve: "no", note: "请补充修复后的照片" } });
    expect(c).toMatchObject({ status: "ACCEPTED", closeProposedAt: null });
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.close_returned" } })).toBe(1);
    c = await proposeCloseComplaint({ actor: handler, complaintId: c.id, expectedVersion: 4, input: { reply: REPLY } });
    expect(await code(reviewCloseProposal({ actor: handler, complaintId: c.id, expectedVersion: 5, input: { approve: "yes" } }))).toBe("FORBIDDEN");
    expect(await code(reviewCloseProposal({ actor: head, complaintId: c.id, expectedVersion: 4, input: { approve: "yes" } }))).toBe("CONFLICT");
    c = await reviewCloseProposal({ actor: head, complaintId: c.id, expectedVersion: 5, input: { approve: "yes" } });
    expect(c).toMatchObject({ status: "RESOLVED", reply: REPLY, handlerId: handler.id, closeProposedAt: null });
    const types = (await prisma.complaintEvent.findMany({ where: { complaintId: c.id }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["SUBMITTED", "ACCEPTED", "CLOSE_PROPOSED", "CLOSE_RETURNED", "CLOSE_PROPOSED", "RESOLVED"]);
    expect(await prisma.auditLog.count({ where: { targetId: c.id, action: { in: ["complaint.close_proposed", "complaint.close_returned", "complaint.close_approved"] } } })).toBe(4);
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.resolved" } })).toBe(1);
  });

  it("refuses a proposal without a reply, with a file that is not a photo, on a new case, and from another department", async () => {
    const { category, head, handler } = await createComplaintSetup();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    expect(await code(proposeCloseComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 1, input: { reply: REPLY } }))).toBe("CONFLICT");
    await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1 });
    const short = await proposeCloseComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 2, input: { reply: "好了" } }).catch((e) => e);
    expect(short.fieldErrors).toEqual({ reply: "答复至少需要10个字" });
    const bad = await proposeCloseComplaint({ actor: handler, complaintId: complaint.id, expectedVersion: 2, input: { reply: REPLY }, photos: [{ fileName: "a.txt", bytes: new TextEncoder().encode("hello") }] }).catch((e) => e);
    expect(bad.fieldErrors.photos).toContain("不是JPEG、PNG或WebP格式的图片");
    expect(await code(proposeCloseComplaint({ actor: other.handler, complaintId: complaint.id, expectedVersion: 2, input: { reply: REPLY } }))).toBe("FORBIDDEN");
    expect(await code(reviewCloseProposal({ actor: head, complaintId: complaint.id, expectedVersion: 2, input: { approve: "yes" } }))).toBe("CONFLICT");
  });
});

describe("call-back (回访)", () => {
  async function resolved() {
    const { dispatcher, agency } = await centre();
    const { complaint } = await fileTestComplaint(agency.category.id);
    await acceptComplaint({ actor: agency.head, complaintId: complaint.id, expectedVersion: 1 });
    await resolveComplaint({ actor: agency.head, complaintId: complaint.id, expectedVersion: 2, input: { reply: REPLY } });
    return { dispatcher, agency, complaint };
  }

  it("not solved reopens the case as a redo; satisfaction is readable for the scorecard", async () => {
    const { dispatcher, agency, complaint } = await resolved();
    const from = new Date(Date.now() - 60_000);
    let c = await recordCallback({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 3, input: { reached: "no" } });
    expect(c.status).toBe("RESOLVED");
    c = await recordCallback({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 4, input: { reached: "yes", solved: "no", satisfied: "no", words: "坑还在，没人来修" } });
    expect(c).toMatchObject({ status: "REOPENED", reopenCount: 1 });
    const reopened = await prisma.complaintEvent.findFirstOrThrow({ where: { complaintId: c.id, type: "REOPENED" } });
    expect(reopened.note).toContain("坑还在，没人来修");
    expect(await prisma.outboxMessage.count({ where: { relatedId: c.id, template: "complaint.reopened" } })).toBeGreaterThan(0);
    const rows = await getCallbackSatisfaction({ from, to: new Date(Date.now() + 60_000), departmentIds: [agency.department.id] });
    expect(rows).toEqual([{ departmentId: agency.department.id, reached: 1, satisfied: 0, solved: 0, notReached: 0 }]);
  });

  it("refuses a handler, an open case, a missing answer and a stale version", async () => {
    const { dispatcher, agency, complaint } = await resolved();
    expect(await code(recordCallback({ actor: agency.head, complaintId: complaint.id, expectedVersion: 3, input: { reached: "no" } }))).toBe("FORBIDDEN");
    const missing = await recordCallback({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 3, input: { reached: "yes" } }).catch((e) => e);
    expect(missing.fieldErrors).toEqual({ solved: "请选择群众认为问题是否已解决", satisfied: "请选择群众是否满意" });
    expect(await code(recordCallback({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 2, input: { reached: "no" } }))).toBe("CONFLICT");
    const { complaint: open } = await fileTestComplaint(agency.category.id);
    expect(await code(recordCallback({ actor: dispatcher, complaintId: open.id, expectedVersion: 1, input: { reached: "no" } }))).toBe("CONFLICT");
    const ok = await recordCallback({ actor: dispatcher, complaintId: complaint.id, expectedVersion: 3, input: { reached: "yes", solved: "yes", satisfied: "yes" } });
    expect(ok.status).toBe("RESOLVED");
    expect(await prisma.complaintCallback.count({ where: { complaintId: complaint.id } })).toBe(1);
  });
});

describe("merging duplicates (合并)", () => {
  it("the duplicate closes with a link to the master; its citizen and followers follow the master and hear the result", async () => {
    const { agency } = await centre();
    const supervisor = await addOfficer(agency.department.id, "SUPERVISOR");
    const { complaint: master } = await fileTestComplaint(agency.category.id, { citizenPhone: "13811110001" });
    const { complaint: dup } = await fileTestComplaint(agency.category.id, { citizenPhone: "13811110002" });
    await prisma.complaintFollower.create({ data: { complaintId: dup.id, phone: "13811110003" } });
    const c = await mergeComplaints({ actor: supervisor, complaintId: dup.id, expectedVersion: 1, input: { masterTrackingNo: master.trackingNo.toLowerCase() } });
    expect(c).toMatchObject({ status: "CLOSED", mergedIntoId: master.id });
    const phones = (await prisma.complaintFollower.findMany({ where: { complaintId: master.id } })).map((f) => f.phone).sort();
    expect(phones).toEqual(["13811110002", "13811110003"]);
    expect((await prisma.complaint.findUniqueOrThrow({ where: { id: master.id } })).followerCount).toBe(2);
    expect(await prisma.outboxMessage.count({ where: { relatedId: dup.id, template: "complaint.merged", recipient: "13811110002" } })).toBe(1);
    await acceptComplaint({ actor: agency.head, complaintId: master.id, expectedVersion: 1 });
    await resolveComplaint({ actor: agency.head, complaintId: master.id, expectedVersion: 2, input: { reply: REPLY } });
    expect(await prisma.outboxMessage.count({ where: { relatedId: master.id, template: "complaint.follower_resolved" } })).toBe(2);
  });

  it("refuses a handler, itself, an unknown or closed master, and a stale version", async () => {
    const { dispatcher, agency } = await centre();
    const { complaint: a } = await fileTestComplaint(agency.category.id);
    const { complaint: b } = await fileTestComplaint(agency.category.id);
    expect(await code(mergeComplaints({ actor: agency.handler, complaintId: a.id, expectedVersion: 1, input: { masterTrackingNo: b.trackingNo } }))).toBe("FORBIDDEN");
    const self = await mergeComplaints({ actor: dispatcher, complaintId: a.id, expectedVersion: 1, input: { masterTrackingNo: a.trackingNo } }).catch((e) => e);
    expect(self.fieldErrors).toEqual({ masterTrackingNo: "不能与本案件自身合并，请填写另一件的受理编号" });
    const unknown = await mergeComplaints({ actor: dispatcher, complaintId: a.id, expectedVersion: 1, input: { masterTrackingNo: "TC000000000000" } }).catch((e) => e);
    expect(unknown.fieldErrors).toEqual({ masterTrackingNo: "没有找到该受理编号的案件" });
    expect(await code(mergeComplaints({ actor: dispatcher, complaintId: a.id, expectedVersion: 9, input: { masterTrackingNo: b.trackingNo } }))).toBe("CONFLICT");
    await mergeComplaints({ actor: dispatcher, complaintId: a.id, expectedVersion: 1, input: { masterTrackingNo: b.trackingNo } });
    // a is merged: it cannot be a master any more.
    const { complaint: d } = await fileTestComplaint(agency.category.id);
    const merged = await mergeComplaints({ actor: dispatcher, complaintId: d.id, expectedVersion: 1, input: { masterTrackingNo: a.trackingNo } }).catch((e) => e);
    expect(merged.fieldErrors).toEqual({ masterTrackingNo: "该案件已并入其他案件，请填写主案件的受理编号" });
  });
});

describe("withdrawing a transfer (撤回转办)", () => {
  it("the sender withdraws a pending transfer; refused without one, from the target and when stale", async () => {
    const { category, handler } = await createComplaintSetup();
    const other = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id);
    await requestTransfer({ actor: handler, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: other.department.id, reason: "属市场监管职责" } });
    expect(await code(withdrawTransfer({ actor: other.head, complaintId: complaint.id, expectedVersion: 2 }))).toBe("FORBIDDEN");
    expect(await code(withdrawTransfer({ actor: handler, complaintId: complaint.id, expectedVersion: 1 }))).toBe("CONFLICT");
    const c = await withdrawTransfer({ actor: handler, complaintId: complaint.id, expectedVersion: 2 });
    expect(c.pendingTransferDepartmentId).toBeNull();
    expect(await prisma.auditLog.count({ where: { targetId: c.id, action: "complaint.transfer_withdrawn" } })).toBe(1);
    expect(await code(withdrawTransfer({ actor: handler, complaintId: complaint.id, expectedVersion: 3 }))).toBe("CONFLICT");
  });

  it("refuses the supervision office as a transfer target", async () => {
    const { category, handler } = await createComplaintSetup();
    const office = await prisma.department.create({ data: { code: unique("S_"), name: unique("督查室"), kind: "SUPERVISION_OFFICE" } });
    const { complaint } = await fileTestComplaint(category.id);
    const err = await requestTransfer({ actor: handler, complaintId: complaint.id, expectedVersion: 1, input: { departmentId: office.id, reason: "请督查室处理" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ departmentId: "督查室不承办案件，请选择职能部门" });
  });
});
