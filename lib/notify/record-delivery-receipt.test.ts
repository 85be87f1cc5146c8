import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { recordDeliveryReceipt } from "./record-delivery-receipt";

async function sentMessage(status: "SENT" | "QUEUED" | "DELIVERED" = "SENT") {
  return prisma.outboxMessage.create({
    data: { recipient: "13812345678", template: "test.receipt", body: "回执测试", status, provider: "http", providerMessageId: unique("gw-"), sentAt: new Date() },
  });
}

const local = { clientAddress: "127.0.0.1", expectedToken: undefined, provider: "dev" as const };

describe("recordDeliveryReceipt", () => {
  it("marks a sent message delivered by the gateway's id, and accepts the same receipt again", async () => {
    const message = await sentMessage();
    const input = { providerMessageId: message.providerMessageId, status: "delivered" };
    await expect(recordDeliveryReceipt({ input, ...local })).resolves.toEqual({ id: message.id, status: "DELIVERED", changed: true });
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.status).toBe("DELIVERED");
    expect(row.deliveredAt).toBeInstanceOf(Date);
    await expect(recordDeliveryReceipt({ input, ...local })).resolves.toMatchObject({ changed: false });
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).deliveredAt).toEqual(row.deliveredAt);
  });

  it("marks a message failed by our id with the gateway's reason", async () => {
    const message = await sentMessage();
    await recordDeliveryReceipt({ ...local, input: { id: message.id, status: "failed", error: "UNDELIV: 空号" } });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      status: "FAILED",
      lastError: "receipt: UNDELIV: 空号",
      deliveredAt: null,
    });
  });

  it("answers NOT_FOUND, VALIDATION and CONFLICT with what was wrong", async () => {
    await expect(recordDeliveryReceipt({ ...local, input: { providerMessageId: "nope", status: "delivered" } })).rejects.toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
    await expect(recordDeliveryReceipt({ ...local, input: { status: "read" } })).rejects.toMatchObject({
      code: "VALIDATION",
      httpStatus: 422,
      fieldErrors: { status: 'status must be "delivered" or "failed"' },
    });
    await expect(recordDeliveryReceipt({ ...local, input: { status: "delivered" } })).rejects.toMatchObject({
      fieldErrors: { id: "id or providerMessageId is required" },
    });
    const queued = await sentMessage("QUEUED");
    await expect(recordDeliveryReceipt({ ...local, input: { id: queued.id, status: "delivered" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const delivered = await sentMessage("DELIVERED");
    await expect(recordDeliveryReceipt({ ...local, input: { id: delivered.id, status: "failed" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("QUEUED");
  });

  it("requires the shared token when one is set", async () => {
    const message = await sentMessage();
    const input = { id: message.id, status: "delivered" };
    const expectedToken = "receipt-token-0123456789";
    await expect(recordDeliveryReceipt({ input, expectedToken })).rejects.toMatchObject({ code: "UNAUTHENTICATED", httpStatus: 401 });
    await expect(recordDeliveryReceipt({ input, expectedToken, presentedToken: "receipt-token-wrong-0000" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("SENT");
    await expect(recordDeliveryReceipt({ input, expectedToken, presentedToken: expectedToken })).resolves.toMatchObject({ status: "DELIVERED" });
  });

  it("without a token refuses every receipt for the HTTP provider, and outside callers for the dev provider", async () => {
    const message = await sentMessage();
    const input = { id: message.id, status: "failed" };
    await expect(recordDeliveryReceipt({ input, clientAddress: "127.0.0.1", provider: "http", expectedToken: undefined })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const clientAddress of ["203.0.113.9", "unknown", "10.0.0.1"]) {
      await expect(recordDeliveryReceipt({ input, clientAddress, provider: "dev", expectedToken: undefined })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect((await prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("SENT");
    await expect(recordDeliveryReceipt({ input, clientAddress: "::1", provider: "dev", expectedToken: undefined })).resolves.toMatchObject({ status: "FAILED" });
  });
});
