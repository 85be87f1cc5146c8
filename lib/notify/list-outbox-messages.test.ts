import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createOfficer, unique } from "@/test/factories";
import { listOutboxMessages, OUTBOX_PAGE_SIZE } from "./list-outbox-messages";
import { maskPhone } from "./mask-phone";

async function seedLog(template: string) {
  const day = (iso: string) => new Date(iso);
  await prisma.outboxMessage.createMany({
    data: [
      { recipient: "13812345678", template, body: "您的诉求已受理".repeat(20), status: "DELIVERED", attempts: 1, createdAt: day("2026-03-01T02:00:00Z"), sentAt: day("2026-03-01T02:00:05Z"), deliveredAt: day("2026-03-01T02:00:09Z") },
      { recipient: "13987654321", template, body: "黄牌预警", status: "FAILED", attempts: 6, lastError: "gateway answered 503", createdAt: day("2026-03-02T02:00:00Z") },
      { recipient: "13700001111", template, body: "已办结", status: "QUEUED", createdAt: day("2026-03-03T17:00:00Z") }, // 3月4日 01:00 Beijing time
    ],
  });
}

describe("listOutboxMessages", () => {
  it("refuses officers without outbox.view", async () => {
    const { actor } = await createOfficer({ role: "HANDLER" });
    await expect(listOutboxMessages({ actor, filters: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { actor: editor } = await createOfficer({ role: "CONTENT_EDITOR" });
    await expect(listOutboxMessages({ actor: editor, filters: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filters by status, template, part of a number and Beijing dates, and counts by status", async () => {
    const template = unique("test.list.");
    await seedLog(template);
    const { actor } = await createOfficer({ role: "SUPERVISOR" });

    const all = await listOutboxMessages({ actor, filters: { template } });
    expect(all.total).toBe(3);
    expect(all.counts).toEqual({ QUEUED: 1, SENDING: 0, SENT: 0, DELIVERED: 1, FAILED: 1 });
    expect(all.templates).toContain(template);
    expect(all.messages.map((m) => m.recipient)).toEqual(["137****1111", "139****4321", "138****5678"]);
    expect(all.messages[2].body.endsWith("…")).toBe(true);
    expect(all.messages[2].body.length).toBe(71);

    const failed = await listOutboxMessages({ actor, filters: { template, status: "FAILED" } });
    expect(failed.messages).toHaveLength(1);
    expect(failed.messages[0]).toMatchObject({ status: "FAILED", attempts: 6, lastError: "gateway answered 503" });
    expect(failed.counts.DELIVERED).toBe(1); // counts ignore the status filter, so every badge stays meaningful

    expect((await listOutboxMessages({ actor, filters: { template, recipient: "5678" } })).messages.map((m) => m.status)).toEqual(["DELIVERED"]);
    const march4 = await listOutboxMessages({ actor, filters: { template, from: "2026-03-04", to: "2026-03-04" } });
    expect(march4.messages.map((m) => m.status)).toEqual(["QUEUED"]);
    const firstTwoDays = await listOutboxMessages({ actor, filters: { template, from: "2026-03-01", to: "2026-03-02" } });
    expect(firstTwoDays.total).toBe(2);
  });

  it("reports bad filters beside their field and ignores only those", async () => {
    const template = unique("test.bad.");
    await seedLog(template);
    const { actor } = await createOfficer({ role: "ADMIN" });
    const result = await listOutboxMessages({ actor, filters: { template, status: "LOST", from: "2026-02-30", recipient: "abc", page: "x" } });
    expect(result.errors).toEqual({ status: "请选择有效的状态", from: "开始日期应为有效日期，如 2026-03-01", recipient: "手机号只能包含数字" });
    expect(result.total).toBe(3);
    const reversed = await listOutboxMessages({ actor, filters: { template, from: "2026-03-03", to: "2026-03-01" } });
    expect(reversed.errors).toEqual({ to: "结束日期不能早于开始日期" });
  });

  it("pages newest first", async () => {
    const template = unique("test.page.");
    await prisma.outboxMessage.createMany({
      data: Array.from({ length: OUTBOX_PAGE_SIZE + 3 }, (_, i) => ({
        recipient: "13800000000",
        template,
        body: `第${i}条`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const { actor } = await createOfficer({ role: "ADMIN" });
    const first = await listOutboxMessages({ actor, filters: { template } });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: OUTBOX_PAGE_SIZE + 3 });
    expect(first.messages[0].body).toBe(`第${OUTBOX_PAGE_SIZE + 2}条`);
    const second = await listOutboxMessages({ actor, filters: { template, page: "2" } });
    expect(second.messages.map((m) => m.body)).toEqual(["第2条", "第1条", "第0条"]);
    expect((await listOutboxMessages({ actor, filters: { template, page: "99" } })).page).toBe(2);
  });
});

describe("maskPhone", () => {
  it("keeps the first three and last four digits of a mobile number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+8613812345678")).toBe("+86138****5678");
    expect(maskPhone("12345")).toBe("1***5");
  });

  it("shows the channel of each row and filters by it; a work message's recipient is an account, not masked", async () => {
    const template = unique("test.channel.");
    await prisma.outboxMessage.createMany({
      data: [
        { recipient: "13812340000", template, body: "短信提醒" },
        { channel: "WORK_MESSAGE", recipient: "handler", template, body: "工作消息提醒", status: "SENT", provider: "wecom" },
      ],
    });
    const { actor } = await createOfficer({ role: "ADMIN" });
    const all = await listOutboxMessages({ actor, filters: { template } });
    expect(all.messages.map((m) => [m.channel, m.recipient]).sort()).toEqual([["SMS", "138****0000"], ["WORK_MESSAGE", "handler"]]);
    const work = await listOutboxMessages({ actor, filters: { template, channel: "WORK_MESSAGE" } });
    expect(work.messages.map((m) => m.body)).toEqual(["工作消息提醒"]);
    expect(work.counts).toMatchObject({ SENT: 1, QUEUED: 0 });
    const bad = await listOutboxMessages({ actor, filters: { template, channel: "FAX" } });
    expect(bad.errors.channel).toBe("请选择有效的发送通道");
    expect(bad.total).toBe(2);
  });
});
