import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { createOfficer, unique } from "@/test/factories";
import { deliverOutboxBatch } from "../notify/deliver-outbox";
import { createDevSmsProvider } from "../notify/create-dev-sms-provider";
import { recordDeliveryReceipt } from "../notify/record-delivery-receipt";
import { siteConfig } from "../site";
import { broadcastText, type BroadcastTextItem } from "./broadcast-text";
import { CONFIRM_REPEAT_MESSAGE, getBroadcast, getBroadcastPreview, listBroadcasts, sendBroadcast, TEXT_CHANGED_MESSAGE, textHashOf } from "./broadcast-warning";
import { LAPSED_ERROR, STOPPED_ERROR } from "./broadcast-lane";
import { stopBroadcast } from "./stop-broadcast";
import { townsForArea } from "./county-towns";

const HOUR = 3_600_000;
const phone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

async function editor() {
  return (await createOfficer({ role: "CONTENT_EDITOR" })).actor;
}

async function warning(overrides: Record<string, unknown> = {}) {
  return prisma.contentItem.create({
    data: {
      type: "WARNING",
      slug: unique("warn-"),
      title: "清溪镇山洪灾害黄色预警",
      summary: "预计未来12小时清溪镇有暴雨，沿河村组请注意防范山洪",
      body: "请转移到安全地带。",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - HOUR),
      warningLevel: "YELLOW",
      area: "清溪镇",
      validFrom: new Date(Date.now() - HOUR),
      validUntil: new Date(Date.now() + 24 * HOUR),
      ...overrides,
    },
  });
}

async function subscriber(town: string, options: { isActive?: boolean; wantsWarnings?: boolean; wantsRuralInfo?: boolean; phone?: string } = {}) {
  return prisma.warningSubscription.create({
    data: { phone: options.phone ?? phone(), town, isActive: options.isActive ?? true, wantsWarnings: options.wantsWarnings ?? true, wantsRuralInfo: options.wantsRuralInfo ?? true },
  });
}

/** The hash the confirm form carries: the SMS the editor previewed. */
const hashOf = (item: BroadcastTextItem) => textHashOf(broadcastText(item, siteConfig()));

async function recipientsOf(broadcastId: string) {
  return (await prisma.outboxMessage.findMany({ where: { relatedType: "Broadcast", relatedId: broadcastId }, select: { recipient: true } })).map((m) => m.recipient);
}

describe("towns of an area", () => {
  it("maps 全县 and unknown areas to every town and named towns to themselves", () => {
    expect(townsForArea("全县")).toEqual(["chengguan", "qingxi", "shimen"]);
    expect(townsForArea(null)).toEqual(["chengguan", "qingxi", "shimen"]);
    expect(townsForArea("清溪镇、石门乡")).toEqual(["qingxi", "shimen"]);
    expect(townsForArea("清溪沿河村组")).toEqual(["qingxi"]);
  });
});

describe("broadcasting a warning", () => {
  it("previews the default towns from the area, the subscriber count and the exact SMS with its segments", async () => {
    const actor = await editor();
    const item = await warning();
    await subscriber("qingxi");
    const preview = await getBroadcastPreview({ actor, contentId: item.id });
    expect(preview.refusal).toBeNull();
    expect(preview.defaultTowns).toEqual(["qingxi"]);
    expect(preview.selectedTowns).toEqual(["qingxi"]);
    const active = await prisma.warningSubscription.count({ where: { town: "qingxi", isActive: true, wantsWarnings: true } });
    expect(preview.recipientCount).toBe(active);
    expect(preview.text).toContain("黄色预警：清溪镇山洪灾害黄色预警。");
    expect(preview.text).toContain(`/warnings/${item.slug}`);
    // Chinese text is UCS-2: 70 characters in one SMS, 67 per part beyond that.
    expect(preview.length.encoding).toBe("UCS-2");
    expect(preview.length.segments).toBe(Math.ceil(preview.length.characters / 67));
  });

  it("queues one message per active subscriber of the chosen towns only, once per phone", async () => {
    const actor = await editor();
    const item = await warning();
    const inQingxi = await subscriber("qingxi");
    const inShimen = await subscriber("shimen");
    const twice = phone();
    await subscriber("qingxi", { phone: twice });
    await subscriber("shimen", { phone: twice });
    const inChengguan = await subscriber("chengguan");
    const stopped = await subscriber("qingxi", { isActive: false });
    const ruralOnly = await subscriber("qingxi", { wantsWarnings: false });

    const result = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi", "shimen"], idempotencyKey: randomUUID(), textHash: hashOf(item) } });
    const recipients = await recipientsOf(result.broadcastId);
    expect(recipients).toEqual(expect.arrayContaining([inQingxi.phone, inShimen.phone, twice]));
    expect(recipients).not.toContain(inChengguan.phone);
    expect(recipients).not.toContain(stopped.phone);
    expect(recipients).not.toContain(ruralOnly.phone);
    expect(recipients.filter((p) => p === twice)).toHaveLength(1);
    expect(new Set(recipients).size).toBe(recipients.length);
    const expected = await prisma.warningSubscription.groupBy({ by: ["phone"], where: { town: { in: ["qingxi", "shimen"] }, isActive: true, wantsWarnings: true } });
    expect(result.recipientCount).toBe(expected.length);
    expect(recipients).toHaveLength(expected.length);

    const messages = await prisma.outboxMessage.findMany({ where: { relatedId: result.broadcastId } });
    expect(messages.every((m) => m.status === "QUEUED" && m.template === "warning.broadcast" && m.dedupeKey === `${result.broadcastId}:${m.recipient}`)).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetType: "Broadcast", targetId: result.broadcastId } });
    expect(audit).toMatchObject({ actorId: actor.id, action: "warning.broadcast" });
    expect(audit.details).toMatchObject({ contentId: item.id, towns: ["qingxi", "shimen"], recipientCount: result.recipientCount });
  });

  it("sends rural information only to those who asked for it", async () => {
    const actor = await editor();
    const item = await warning({ type: "RURAL_INFO", warningLevel: null, title: "城乡居民养老保险缴费提醒", area: "城关镇", validUntil: null });
    const wants = await subscriber("chengguan", { wantsWarnings: false });
    const warningsOnly = await subscriber("chengguan", { wantsRuralInfo: false });
    const result = await sendBroadcast({ actor, contentId: item.id, input: { towns: "chengguan", idempotencyKey: randomUUID(), textHash: hashOf(item) } });
    const recipients = await recipientsOf(result.broadcastId);
    expect(recipients).toContain(wants.phone);
    expect(recipients).not.toContain(warningsOnly.phone);
  });

  it("makes one broadcast of a double submit, even when both arrive at once", async () => {
    const actor = await editor();
    const item = await warning();
    await subscriber("qingxi");
    const input = { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash: hashOf(item) };
    const [a, b] = await Promise.all([sendBroadcast({ actor, contentId: item.id, input }), sendBroadcast({ actor, contentId: item.id, input })]);
    const c = await sendBroadcast({ actor, contentId: item.id, input });
    expect(new Set([a.broadcastId, b.broadcastId, c.broadcastId]).size).toBe(1);
    expect(c.isNew).toBe(false);
    expect(await prisma.broadcast.count({ where: { contentId: item.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { relatedId: a.broadcastId } })).toBe(a.recipientCount);
    expect(await prisma.auditLog.count({ where: { targetType: "Broadcast", targetId: a.broadcastId } })).toBe(1);
  });

  it("counts the messages by status as the worker sends them and receipts arrive", async () => {
    const actor = await editor();
    const item = await warning();
    await subscriber("qingxi");
    await subscriber("qingxi");
    const { broadcastId, recipientCount } = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash: hashOf(item) } });
    expect((await getBroadcast({ actor, broadcastId })).counts).toEqual({ QUEUED: recipientCount, SENDING: 0, SENT: 0, DELIVERED: 0, FAILED: 0, CANCELLED: 0 });

    const provider = createDevSmsProvider({ log: () => undefined });
    // Other tests' queued messages may go out too; send until this broadcast's are all out.
    for (let i = 0; i < 20 && (await prisma.outboxMessage.count({ where: { relatedId: broadcastId, status: "QUEUED" } })) > 0; i++) {
      await deliverOutboxBatch({ provider, limit: 500, now: new Date(Date.now() + 60_000) });
    }
    const sent = await getBroadcast({ actor, broadcastId });
    expect(sent.counts).toMatchObject({ QUEUED: 0, SENDING: 0, SENT: recipientCount });
    expect(sent.isFinished).toBe(true);

    const [first, second] = await prisma.outboxMessage.findMany({ where: { relatedId: broadcastId }, orderBy: { id: "asc" } });
    await recordDeliveryReceipt({ clientAddress: "127.0.0.1", input: { providerMessageId: first.providerMessageId, status: "delivered" } });
    await recordDeliveryReceipt({ clientAddress: "127.0.0.1", input: { providerMessageId: second.providerMessageId, status: "failed", error: "UNDELIV" } });
    expect((await getBroadcast({ actor, broadcastId })).counts).toEqual({ QUEUED: 0, SENDING: 0, SENT: recipientCount - 2, DELIVERED: 1, FAILED: 1, CANCELLED: 0 });

    const list = await listBroadcasts({ actor });
    expect(list.items.find((b) => b.id === broadcastId)?.counts).toMatchObject({ DELIVERED: 1, FAILED: 1 });
  });

  it("refuses unpublished items, expired warnings and actors without the permission", async () => {
    const actor = await editor();
    const key = () => ({ towns: ["qingxi"], idempotencyKey: randomUUID() });

    const draft = await warning({ status: "DRAFT", publishedAt: null });
    await expect(sendBroadcast({ actor, contentId: draft.id, input: key() })).rejects.toMatchObject({ code: "CONFLICT", userMessage: "该内容尚未发布，发布后才能发送短信。" });
    expect((await getBroadcastPreview({ actor, contentId: draft.id })).refusal).toBe("该内容尚未发布，发布后才能发送短信。");
    const scheduled = await warning({ status: "SCHEDULED", publishAt: new Date(Date.now() + HOUR), publishedAt: null });
    await expect(sendBroadcast({ actor, contentId: scheduled.id, input: key() })).rejects.toMatchObject({ code: "CONFLICT" });

    const expired = await warning({ validUntil: new Date(Date.now() - HOUR) });
    const err = await sendBroadcast({ actor, contentId: expired.id, input: key() }).catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT" });
    expect(err.userMessage).toMatch(/^该预警已于.+过期，不能再发送短信。/);

    const policy = await warning({ type: "POLICY", warningLevel: null });
    await expect(sendBroadcast({ actor, contentId: policy.id, input: key() })).rejects.toMatchObject({ userMessage: "只有预警信息和惠农信息可以发送短信。" });

    const item = await warning();
    for (const role of ["HANDLER", "SUPERVISOR", "ADMIN"] as const) {
      const { actor: other } = await createOfficer({ role });
      await expect(sendBroadcast({ actor: other, contentId: item.id, input: key() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getBroadcastPreview({ actor: other, contentId: item.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listBroadcasts({ actor: other })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(sendBroadcast({ actor, contentId: item.id, input: { towns: [], idempotencyKey: randomUUID() } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { towns: "请至少选择一个乡镇" },
    });
    expect(await prisma.broadcast.count({ where: { contentId: { in: [draft.id, scheduled.id, expired.id, policy.id, item.id] } } })).toBe(0);
  });
  it("pages through more subscribers than one chunk, once per phone", async () => {
    const actor = await editor();
    const item = await warning({ area: "石门乡" });
    const prefix = `1${String(Math.floor(Math.random() * 90) + 10)}`;
    // 2,345 numbers in 石门乡 (more than two chunks of 1,000), the first 100 also in 清溪镇.
    await prisma.$executeRaw`
      INSERT INTO "WarningSubscription" ("id", "phone", "town", "updatedAt")
      SELECT ${prefix} || 'a' || i, ${prefix} || lpad(i::text, 8, '0'), 'shimen', now() FROM generate_series(1, 2345) i
      ON CONFLICT DO NOTHING`;
    await prisma.$executeRaw`
      INSERT INTO "WarningSubscription" ("id", "phone", "town", "updatedAt")
      SELECT ${prefix} || 'b' || i, ${prefix} || lpad(i::text, 8, '0'), 'qingxi', now() FROM generate_series(1, 100) i
      ON CONFLICT DO NOTHING`;
    const expected = await prisma.warningSubscription.groupBy({ by: ["phone"], where: { town: { in: ["shimen", "qingxi"] }, isActive: true, wantsWarnings: true } });
    const result = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["shimen", "qingxi"], idempotencyKey: randomUUID(), textHash: hashOf(item) } });
    expect(expected.length).toBeGreaterThan(2345);
    expect(result.recipientCount).toBe(expected.length);
    const recipients = await recipientsOf(result.broadcastId);
    expect(recipients).toHaveLength(expected.length);
    expect(new Set(recipients).size).toBe(expected.length);
  });
});

describe("sending what was confirmed, once", () => {
  it("refuses a confirmation whose SMS changed since the preview, and the new preview can be sent", async () => {
    const actor = await editor();
    const item = await warning();
    await subscriber("qingxi");
    const before = await getBroadcastPreview({ actor, contentId: item.id });
    await prisma.contentItem.update({ where: { id: item.id }, data: { title: "清溪镇山洪灾害橙色预警", warningLevel: "ORANGE", version: { increment: 1 } } });
    const input = { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash: before.textHash };
    await expect(sendBroadcast({ actor, contentId: item.id, input })).rejects.toMatchObject({ code: "CONFLICT", userMessage: TEXT_CHANGED_MESSAGE });
    await expect(sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID() } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.broadcast.count({ where: { contentId: item.id } })).toBe(0);

    const after = await getBroadcastPreview({ actor, contentId: item.id });
    expect(after.text).toContain("橙色预警：清溪镇山洪灾害橙色预警。");
    expect(after.textHash).not.toBe(before.textHash);
    const { broadcastId } = await sendBroadcast({ actor, contentId: item.id, input: { ...input, idempotencyKey: randomUUID(), textHash: after.textHash } });
    expect((await prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } })).body).toBe(after.text);
  });

  it("lists earlier broadcasts of the item and sends again only with the explicit confirmation", async () => {
    const { actor, officer } = await createOfficer({ role: "CONTENT_EDITOR" });
    const item = await warning();
    await subscriber("qingxi");
    const textHash = hashOf(item);
    const first = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash } });

    const preview = await getBroadcastPreview({ actor, contentId: item.id });
    expect(preview.earlier).toHaveLength(1);
    expect(preview.earlier[0]).toMatchObject({ id: first.broadcastId, recipientCount: first.recipientCount, createdBy: { name: officer.name } });

    // A reload of the confirm page has a fresh idempotency key: without the tick it is refused.
    await expect(sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirmRepeat: CONFIRM_REPEAT_MESSAGE },
    });
    expect(await prisma.broadcast.count({ where: { contentId: item.id } })).toBe(1);
    const again = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash, confirmRepeat: "yes" } });
    expect(again.isNew).toBe(true);
    expect(await prisma.broadcast.count({ where: { contentId: item.id } })).toBe(2);
  });

  it("lets only one of two editors confirming at once send the first broadcast", async () => {
    const actor = await editor();
    const item = await warning();
    await subscriber("qingxi");
    const input = () => ({ towns: ["qingxi"], idempotencyKey: randomUUID(), textHash: hashOf(item) });
    const outcomes = await Promise.allSettled([sendBroadcast({ actor, contentId: item.id, input: input() }), sendBroadcast({ actor, contentId: item.id, input: input() })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "VALIDATION" } });
    expect(await prisma.broadcast.count({ where: { contentId: item.id } })).toBe(1);
  });
});

describe("stopping a broadcast", () => {
  const provider = createDevSmsProvider({ log: () => undefined });

  async function queued(overrides: Record<string, unknown> = {}) {
    const actor = await editor();
    const item = await warning(overrides);
    for (let i = 0; i < 3; i++) await subscriber("qingxi");
    // This file shares one database: earlier tests' queued messages are not this test's business.
    await prisma.outboxMessage.updateMany({ where: { status: "QUEUED" }, data: { status: "SENT" } });
    const result = await sendBroadcast({ actor, contentId: item.id, input: { towns: ["qingxi"], idempotencyKey: randomUUID(), textHash: hashOf(item) } });
    return { actor, item, ...result };
  }

  it("sends nothing more once the warning is withdrawn: the worker cancels the queue in bulk", async () => {
    const { actor, item, broadcastId, recipientCount } = await queued();
    expect(recipientCount).toBeGreaterThanOrEqual(3);
    const [first] = await prisma.outboxMessage.findMany({ where: { relatedId: broadcastId }, orderBy: { recipient: "asc" }, take: 1 });
    await prisma.outboxMessage.update({ where: { id: first.id }, data: { status: "SENT", sentAt: new Date() } });
    await prisma.contentItem.update({ where: { id: item.id }, data: { status: "UNPUBLISHED" } });

    const result = await deliverOutboxBatch({ provider, limit: 2, now: new Date(Date.now() + 1000) });
    expect(result).toMatchObject({ claimed: 2, sent: 0, failed: 2 });
    const rows = await prisma.outboxMessage.findMany({ where: { relatedId: broadcastId, id: { not: first.id } } });
    // All of them, not only the two claimed: one statement for the whole broadcast.
    expect(rows.every((r) => r.status === "FAILED" && r.lastError === LAPSED_ERROR && r.sentAt === null)).toBe(true);
    expect((await getBroadcast({ actor, broadcastId })).counts).toMatchObject({ QUEUED: 0, SENDING: 0, SENT: 1, FAILED: 0, CANCELLED: recipientCount - 1 });
  });

  it("sends nothing more once the warning has expired", async () => {
    const { broadcastId, recipientCount } = await queued({ validUntil: new Date(Date.now() + 60_000) });
    const result = await deliverOutboxBatch({ provider, limit: 1000, now: new Date(Date.now() + 120_000) });
    expect(result).toMatchObject({ sent: 0, failed: recipientCount });
    expect(await prisma.outboxMessage.count({ where: { relatedId: broadcastId, status: "FAILED", lastError: LAPSED_ERROR } })).toBe(recipientCount);
  });

  it("keeps sending a broadcast whose warning is still in force", async () => {
    const { broadcastId, recipientCount } = await queued();
    await deliverOutboxBatch({ provider, limit: 1000, now: new Date(Date.now() + 1000) });
    expect(await prisma.outboxMessage.count({ where: { relatedId: broadcastId, status: "SENT" } })).toBe(recipientCount);
  });

  it("lets the editor stop the still-queued messages, audited, and counts them as cancelled", async () => {
    const { actor, broadcastId, recipientCount } = await queued();
    const [first] = await prisma.outboxMessage.findMany({ where: { relatedId: broadcastId }, take: 1 });
    await prisma.outboxMessage.update({ where: { id: first.id }, data: { status: "SENT", sentAt: new Date() } });
    const { actor: handler } = await createOfficer({ role: "HANDLER" });
    await expect(stopBroadcast({ actor: handler, broadcastId })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await stopBroadcast({ actor, broadcastId })).toEqual({ cancelled: recipientCount - 1 });
    const b = await getBroadcast({ actor, broadcastId });
    expect(b.counts).toMatchObject({ QUEUED: 0, SENT: 1, FAILED: 0, CANCELLED: recipientCount - 1 });
    expect(b.isFinished).toBe(true);
    expect(b.stoppedAt).toBeInstanceOf(Date);
    expect(await prisma.outboxMessage.count({ where: { relatedId: broadcastId, lastError: STOPPED_ERROR } })).toBe(recipientCount - 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetType: "Broadcast", targetId: broadcastId, action: "warning.broadcast.stop" } });
    expect(audit).toMatchObject({ actorId: actor.id, details: { cancelled: recipientCount - 1 } });
    // Stopping again changes nothing more.
    expect(await stopBroadcast({ actor, broadcastId })).toEqual({ cancelled: 0 });
  });
});
