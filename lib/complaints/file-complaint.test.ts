import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicHolidaysOf } from "@/lib/calendar/cn-public-holidays";
import { answers, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { newDraftId, saveComplaintDraft } from "./complaint-drafts";
import { fileComplaint } from "./file-complaint";
import { followComplaint } from "./follow-complaint";
import { findSimilarComplaints } from "./find-similar-complaints";
import { trackComplaint, WRONG_CODE_LIMIT } from "./track-complaint";
import { peekRateLimit } from "../rate-limit";
import { gpsJpeg, malformedPng, TINY_PNG as PNG } from "@/test/image-fixtures";

describe("filing a complaint", () => {
  it("files with the SLA deadline, tells the citizen and the department by SMS through the outbox", async () => {
    const { category, department } = await createComplaintSetup({ amount: 7 });
    await prisma.workCalendarDay.createMany({ data: publicHolidaysOf(2026).map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), isWorkingDay: d.isWorkingDay, holidayName: d.holidayName })), skipDuplicates: true });
    // Tuesday 2026-09-29 10:00 Beijing: 7 working days across National Day end on 2026-10-14.
    const { receipt, complaint } = await fileTestComplaint(category.id, { title: "桥头路灯连续三晚不亮。" }, new Date("2026-09-29T10:00:00+08:00"));
    expect(receipt.trackingNo).toMatch(/^TC260929\d{6}$/);
    expect(receipt.accessCode).toMatch(/^\d{8}$/);
    expect(complaint.deadlineAt.toISOString()).toBe(new Date("2026-10-14T23:59:59+08:00").toISOString());
    expect(complaint).toMatchObject({ status: "SUBMITTED", departmentId: department.id, citizenPhone: "13812345678", consentToPublish: true, version: 1 });
    const sms = await prisma.outboxMessage.findMany({ where: { relatedId: complaint.id } });
    expect(sms.map((m) => m.template).sort()).toEqual(["complaint.new", "complaint.received"]);
    const toCitizen = sms.find((m) => m.template === "complaint.received")!;
    expect(toCitizen.recipient).toBe("13812345678");
    expect(toCitizen.body).toContain(receipt.trackingNo);
    expect(toCitizen.body).toContain(receipt.accessCode);
    // The department's message quotes the title without doubling its full stop.
    expect(sms.find((m) => m.template === "complaint.new")!.body).toContain("：桥头路灯连续三晚不亮。请于");
  });

  it("never files twice for one draft: double click, reload or retry return the first receipt", async () => {
    const { category } = await createComplaintSetup();
    const draftId = newDraftId();
    await saveComplaintDraft({ draftId, values: answers(category.id) });
    const [a, b] = await Promise.all([fileComplaint({ draftId }), fileComplaint({ draftId })]);
    const c = await fileComplaint({ draftId });
    expect(new Set([a.trackingNo, b.trackingNo, c.trackingNo]).size).toBe(1);
    expect(c).toMatchObject({ isNew: false, accessCode: a.accessCode });
    expect(await prisma.complaint.count({ where: { idempotencyKey: draftId } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { template: "complaint.received", relatedId: a.complaintId } })).toBe(1);
  });

  it("keeps the answers and the good photo when another answer is wrong, and refuses a fake image", async () => {
    const { category } = await createComplaintSetup();
    const draftId = newDraftId();
    const err = await saveComplaintDraft({
      draftId,
      values: answers(category.id, { citizenPhone: "12345", title: "" }),
      photos: [
        { fileName: "road.png", bytes: PNG },
        { fileName: "virus.jpg", bytes: new TextEncoder().encode("MZ not an image") },
      ],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toEqual({ title: "请填写标题", citizenPhone: "手机号码应为11位手机号，例如 13812345678", photos: "“virus.jpg”不是JPEG、PNG或WebP格式的图片" });
    const draft = await prisma.complaintDraft.findUniqueOrThrow({ where: { id: draftId }, include: { attachments: true } });
    expect((draft.data as Record<string, string>).description).toContain("路面塌陷");
    expect(draft.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([["road.png", "image/png"]]);

    const { receipt } = await (async () => {
      await saveComplaintDraft({ draftId, values: answers(category.id) });
      return { receipt: await fileComplaint({ draftId }) };
    })();
    expect(await prisma.attachment.count({ where: { complaintId: receipt.complaintId } })).toBe(1);
  });

  it("stores a phone photo without where it was taken or with what phone, and refuses a broken image with a message", async () => {
    const { category } = await createComplaintSetup();
    const draftId = newDraftId();
    const jpeg = await gpsJpeg();
    expect(jpeg.includes("PhoneCo")).toBe(true);
    const err = await saveComplaintDraft({
      draftId,
      values: answers(category.id),
      photos: [
        { fileName: "现场.jpg", bytes: jpeg },
        { fileName: "坏图.png", bytes: malformedPng() },
      ],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toEqual({ photos: "“坏图.png”图片已损坏或不完整，无法读取" });
    const [stored] = await prisma.attachment.findMany({ where: { draftId } });
    expect(stored.mimeType).toBe("image/jpeg");
    const { default: sharp } = await import("sharp");
    const meta = await sharp(stored.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([48, 64]); // turned upright
    expect(Buffer.from(stored.data).includes("PhoneCo")).toBe(false);
    expect(stored.size).toBe(stored.data.length);
  });

  it("refuses a NUL byte or half a character in an answer with a field message, and saves nothing", async () => {
    const { category } = await createComplaintSetup();
    const draftId = newDraftId();
    const err = await saveComplaintDraft({ draftId, values: answers(category.id, { title: "路灯\u0000不亮", address: "城关镇\ud800" }) }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toEqual({ title: "含有无法识别的字符（如控制字符），请删除后重新输入", address: "含有无法识别的字符（如控制字符），请删除后重新输入" });
    expect(await prisma.complaintDraft.count({ where: { id: draftId } })).toBe(0);
  });

  it("asks anonymous citizens for nothing personal and stores nothing personal", async () => {
    const { category } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id, { isAnonymous: "on", citizenName: "", citizenPhone: "" });
    expect(complaint).toMatchObject({ isAnonymous: true, citizenName: null, citizenPhone: null });
    const err = await saveComplaintDraft({ draftId: newDraftId(), values: answers(category.id, { citizenName: "", citizenPhone: "" }) }).catch((e) => e);
    expect(err.fieldErrors).toMatchObject({ citizenName: "请填写姓名，或选择匿名反映", citizenPhone: "请填写手机号码，或选择匿名反映" });
  });

  it("shows only published similar cases, masked, and lets a citizen follow only those", async () => {
    const { category } = await createComplaintSetup();
    const { complaint: privateCase } = await fileTestComplaint(category.id, { title: "王建国13812340000家门口解放路路面塌陷" });
    const { complaint } = await fileTestComplaint(category.id, { title: "王建国13812340000反映解放路路面塌陷" });
    await prisma.complaint.update({ where: { id: complaint.id }, data: { status: "RESOLVED", resolvedAt: new Date(), publicationApprovedAt: new Date(), publicationText: "已修复。" } });
    const similar = await findSimilarComplaints({ categoryId: category.id, title: "王建国13812340000解放路路面塌陷" });
    expect(similar.map((s) => s.id)).toEqual([complaint.id]);
    expect(JSON.stringify(similar)).not.toContain("13812340000");
    expect(JSON.stringify(similar)).not.toContain("王建国");
    expect(await findSimilarComplaints({ categoryId: category.id, title: "菜市场噪音扰民" })).toEqual([]);

    const draftId = newDraftId();
    await saveComplaintDraft({ draftId, values: answers(category.id, { citizenPhone: "13900001111" }) });
    // A private case's id (from anywhere) cannot be followed.
    await expect(followComplaint({ complaintId: privateCase.id, draftId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.complaintFollower.count({ where: { complaintId: privateCase.id } })).toBe(0);
    const followed = await followComplaint({ complaintId: complaint.id, draftId });
    await followComplaint({ complaintId: complaint.id, draftId }); // repeated click
    expect(followed).toMatchObject({ trackingNo: complaint.trackingNo, followerCount: 1, willBeNotified: true });
    expect(await prisma.complaint.count({ where: { categoryId: category.id } })).toBe(2);
  });

  it("opens the tracking page with the right code only, and rate-limits guessing", async () => {
    const { category } = await createComplaintSetup();
    const { receipt } = await fileTestComplaint(category.id);
    const view = await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, clientKey: "ip-a" });
    expect(view).toMatchObject({ trackingNo: receipt.trackingNo, status: "SUBMITTED", isOverdue: false });
    expect(view.events.map((e) => e.type)).toEqual(["SUBMITTED"]);

    const wrong = receipt.accessCode === "00000000" ? "11111111" : "00000000";
    const first = await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: wrong, clientKey: "ip-b" }).catch((e) => e);
    expect(first.fieldErrors.accessCode).toBe("受理编号或查询码不正确，请核对回执或短信（还可尝试4次）");
    for (let i = 0; i < 4; i++) await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: wrong, clientKey: "ip-b" }).catch(() => null);
    // The guessing client is locked out of this case, even with the right code...
    const locked = await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, clientKey: "ip-b" }).catch((e) => e);
    expect(locked).toMatchObject({ code: "RATE_LIMITED" });
    // ...but a stranger's wrong codes never lock the citizen (another client) out of their case.
    const citizen = await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, clientKey: "ip-c" });
    expect(citizen.trackingNo).toBe(receipt.trackingNo);
  });

  it("counts parallel wrong codes atomically and checks only the allowed ones", async () => {
    const { category } = await createComplaintSetup();
    const { receipt } = await fileTestComplaint(category.id);
    const wrong = receipt.accessCode === "00000000" ? "11111111" : "00000000";
    const client = `ip-burst-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => trackComplaint({ trackingNo: receipt.trackingNo, accessCode: wrong, clientKey: client }).catch((e) => e)),
    );
    expect(results.filter((e) => e.code === "VALIDATION")).toHaveLength(5);
    expect(results.filter((e) => e.code === "RATE_LIMITED")).toHaveLength(35);
    expect(await peekRateLimit(`track:case:${client}:${receipt.trackingNo}`, WRONG_CODE_LIMIT)).toBe(40);
  });

  it("does not count right codes against the client", async () => {
    const { category } = await createComplaintSetup();
    const { receipt } = await fileTestComplaint(category.id);
    const client = `ip-right-${Date.now()}`;
    for (let i = 0; i < 8; i++) await trackComplaint({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode, clientKey: client });
    expect(await peekRateLimit(`track:case:${client}:${receipt.trackingNo}`, WRONG_CODE_LIMIT)).toBe(0);
  });
});

describe("filing uses the settings as they are now, on every server instance", () => {
  it("sees an SLA class, a category mapping and a calendar day changed after an earlier filing", async () => {
    const { category, sla } = await createComplaintSetup({ amount: 7 });
    const other = await prisma.department.create({ data: { code: `D_${Date.now()}`, name: `新部门${Date.now()}` } });
    // Monday 2026-11-02 10:00 Beijing.
    const monday = new Date("2026-11-02T10:00:00+08:00");
    const before = await fileTestComplaint(category.id, {}, monday);
    expect(before.complaint.deadlineAt.toISOString()).toBe(new Date("2026-11-11T23:59:59+08:00").toISOString());

    // As an admin on another instance would: straight in the database, not through this process.
    await prisma.slaClass.update({ where: { id: sla.id }, data: { amount: 3 } });
    await prisma.complaintCategory.update({ where: { id: category.id }, data: { departmentId: other.id } });
    await prisma.workCalendarDay.create({ data: { date: new Date("2026-11-04T00:00:00Z"), isWorkingDay: false, holidayName: "测试休息日" } });
    const after = await fileTestComplaint(category.id, {}, monday);
    // 3 working days from Tuesday, Wednesday off: Tuesday, Thursday, Friday.
    expect(after.complaint.deadlineAt.toISOString()).toBe(new Date("2026-11-06T23:59:59+08:00").toISOString());
    expect(after.complaint.departmentId).toBe(other.id);
    expect(after.receipt.departmentName).toBe(other.name);
  });

  it("writes the SUBMITTED event with the case, clears the filed draft's answers and never writes them again", async () => {
    const { category } = await createComplaintSetup();
    const { draftId, complaint } = await fileTestComplaint(category.id);
    expect(await prisma.complaintEvent.findMany({ where: { complaintId: complaint.id }, select: { type: true, toStatus: true } })).toEqual([{ type: "SUBMITTED", toStatus: "SUBMITTED" }]);
    const err = await saveComplaintDraft({ draftId, values: answers(category.id, { title: "提交之后又改的标题" }) }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT" });
    // The name and phone now live in the case only: the draft id no longer opens them.
    const draft = await prisma.complaintDraft.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft).toMatchObject({ data: {}, complaintId: complaint.id });
  });
});
