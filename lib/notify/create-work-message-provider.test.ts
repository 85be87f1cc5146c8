import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Work messaging is on for this file (read once by getEnv, before any import runs it).
vi.hoisted(() => {
  process.env.WORK_MESSAGING_URL = "http://127.0.0.1:9/not-used-by-enqueue";
  process.env.WORK_MESSAGING_AGENT_ID = "1000002";
});

import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { createWorkMessageProvider, selectWorkMessageProvider } from "./create-work-message-provider";
import { deliverOutboxBatch, NO_WORK_PROVIDER_ERROR, OUTBOX_BACKOFF_MS } from "./deliver-outbox";
import { enqueueMessages } from "./enqueue-message";
import type { SmsProvider } from "./sms-provider";

// A local stand-in for 企业微信 / 钉钉: answers by path, records what it got.
interface Seen {
  path: string;
  body: unknown;
}
const seen: Seen[] = [];
let busyLeft = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
    seen.push({ path: req.url!, body });
    const json = (status: number, value: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    const path = req.url!.split("?")[0];
    if (path === "/wecom") return json(200, { errcode: 0, errmsg: "ok", invaliduser: "", msgid: "WX-MSG-1" });
    if (path === "/dingtalk") return json(200, { errcode: 0, errmsg: "ok", task_id: 987654, request_id: "r1" });
    if (path === "/busy-then-ok") {
      if (busyLeft-- > 0) return json(200, { errcode: -1, errmsg: "system busy" });
      return json(200, { errcode: 0, errmsg: "ok", msgid: "WX-MSG-2" });
    }
    if (path === "/not-member") return json(200, { errcode: 0, errmsg: "ok", invaliduser: "zhangsan", msgid: "x" });
    if (path === "/all-invalid") return json(200, { errcode: 81013, errmsg: "user & party & tag all invalid" });
    if (path === "/down") return res.writeHead(502).end("bad gateway");
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const message = { id: "row_1", to: "zhangsan", text: "【黄牌预警】案件TC2611200001办理时限已过八成。", template: "supervision.yellow" };
const wecom = (path: string, token?: string) => createWorkMessageProvider({ kind: "wecom", url: `${base}${path}`, token, agentId: "1000002", timeoutMs: 2000 });

describe("the work-messaging provider", () => {
  it("posts a WeCom application message with the access token and returns its msgid", async () => {
    await expect(wecom("/wecom", "tok-123").send(message)).resolves.toEqual({ providerMessageId: "WX-MSG-1" });
    const request = seen.at(-1)!;
    expect(request.path).toBe("/wecom?access_token=tok-123");
    expect(request.body).toMatchObject({ touser: "zhangsan", msgtype: "text", agentid: 1000002, text: { content: message.text } });
  });

  it("posts a DingTalk work notice and returns its task id", async () => {
    const dingtalk = createWorkMessageProvider({ kind: "dingtalk", url: `${base}/dingtalk?x=1`, token: "dt", agentId: "2233", timeoutMs: 2000 });
    expect(dingtalk.name).toBe("dingtalk");
    await expect(dingtalk.send(message)).resolves.toEqual({ providerMessageId: "987654" });
    expect(seen.at(-1)!.path).toBe("/dingtalk?x=1&access_token=dt");
    expect(seen.at(-1)!.body).toEqual({ agent_id: 2233, userid_list: "zhangsan", msg: { msgtype: "text", text: { content: message.text } } });
  });

  it("retries busy answers and 5xx, fails for good on an unknown or invalid recipient", async () => {
    busyLeft = 1;
    await expect(wecom("/busy-then-ok").send(message)).rejects.toMatchObject({ retryable: true, message: "wecom errcode -1: system busy" });
    await expect(wecom("/down").send(message)).rejects.toMatchObject({ retryable: true, message: "wecom answered 502: bad gateway" });
    await expect(wecom("/all-invalid").send(message)).rejects.toMatchObject({ retryable: false });
    await expect(wecom("/not-member").send(message)).rejects.toMatchObject({ retryable: false, message: expect.stringContaining("not a member") });
    await expect(createWorkMessageProvider({ kind: "wecom", url: "http://127.0.0.1:9/", agentId: "1", timeoutMs: 1000 }).send(message)).rejects.toMatchObject({ retryable: true });
  });

  it("is chosen only when WORK_MESSAGING_URL is set", () => {
    expect(selectWorkMessageProvider({ env: { WORK_MESSAGING_KIND: "wecom", WORK_MESSAGING_TIMEOUT_MS: 1000 } })).toBeNull();
    expect(selectWorkMessageProvider({ env: { WORK_MESSAGING_URL: base, WORK_MESSAGING_AGENT_ID: "7", WORK_MESSAGING_KIND: "dingtalk", WORK_MESSAGING_TIMEOUT_MS: 1000 } })?.name).toBe("dingtalk");
  });
});

describe("work messages in the outbox", () => {
  it("queues one for each officer recipient, never for a citizen, and the worker sends it, retrying a busy answer", async () => {
    const { department } = await createComplaintSetup();
    const officer = await addOfficer(department.id, "HANDLER", "13900001111");
    const key = `test-work:${officer.id}`;
    await prisma.$transaction((tx) =>
      enqueueMessages(tx, [
        { recipient: "13900001111", template: "supervision.yellow", body: "【黄牌预警】请办理", dedupeKey: key, officerId: officer.id },
        { recipient: "13812345678", template: "complaint.received", body: "您的诉求已受理", dedupeKey: `${key}:citizen` },
      ]),
    );
    const rows = await prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: key } }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.recipient, r.dedupeKey])).toEqual([
      ["SMS", "13900001111", key],
      ["SMS", "13812345678", `${key}:citizen`],
      ["WORK_MESSAGE", officer.username, `${key}:work`],
    ].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)));

    // Only the work message is due for this worker: the SMS are sent elsewhere.
    await prisma.outboxMessage.updateMany({ where: { channel: "SMS" }, data: { nextAttemptAt: new Date(Date.now() + 86_400_000) } });
    const sms: SmsProvider = { name: "never", send: async () => Promise.reject(new Error("no SMS expected")) };
    busyLeft = 1;
    const now = new Date();
    const first = await deliverOutboxBatch({ provider: sms, workProvider: wecom("/busy-then-ok", "tok"), now });
    expect(first).toMatchObject({ claimed: 1, retried: 1 });
    const work = rows.find((r) => r.channel === "WORK_MESSAGE")!;
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: work.id } })).toMatchObject({ status: "QUEUED", attempts: 1, provider: "wecom", lastError: "wecom errcode -1: system busy" });
    const second = await deliverOutboxBatch({ provider: sms, workProvider: wecom("/busy-then-ok", "tok"), now: new Date(now.getTime() + OUTBOX_BACKOFF_MS[0] + 1000) });
    expect(second).toMatchObject({ claimed: 1, sent: 1 });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: work.id } })).toMatchObject({ status: "SENT", attempts: 2, provider: "wecom", providerMessageId: "WX-MSG-2" });
    expect(seen.at(-1)!.body).toMatchObject({ touser: officer.username, text: { content: "【黄牌预警】请办理" } });

    // Queued again (same key): nothing new. Without a work provider a claimed work message fails, saying why.
    await prisma.$transaction((tx) => enqueueMessages(tx, [{ recipient: "13900001111", template: "supervision.yellow", body: "【黄牌预警】请办理", dedupeKey: key, officerId: officer.id }]));
    expect(await prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: key } } })).toBe(3);
    const orphan = await prisma.outboxMessage.create({ data: { channel: "WORK_MESSAGE", recipient: officer.username, template: "t", body: "b" } });
    await deliverOutboxBatch({ provider: sms, now: new Date() });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({ status: "FAILED", lastError: NO_WORK_PROVIDER_ERROR });
  });

  it("tells the department's heads of a new case by work message too, never the citizen", async () => {
    const { category, head } = await createComplaintSetup();
    const { complaint } = await fileTestComplaint(category.id, { title: "新的路面塌陷" });
    const rows = await prisma.outboxMessage.findMany({ where: { relatedId: complaint.id }, orderBy: [{ channel: "asc" }, { template: "asc" }] });
    const work = rows.filter((r) => r.channel === "WORK_MESSAGE");
    expect(work.map((r) => [r.recipient, r.template])).toEqual([[head.username, "complaint.new"]]);
    expect(work[0].body).toContain("新的路面塌陷");
    expect(rows.filter((r) => r.channel === "SMS").map((r) => r.template).sort()).toEqual(["complaint.new", "complaint.received"]);
  });
});
