// A delivery receipt from the SMS gateway: the phone got the message (DELIVERED) or the network
// gave up (FAILED). The gateway names the message by our row id (sent as {{id}}) or by its own
// provider id. Receipts may repeat and arrive late, so the same receipt twice is accepted and
// changes nothing, and a receipt for a message not yet sent is refused (the gateway retries).
// Only the gateway may post them: with SMS_RECEIPT_TOKEN, the token; without it (the development
// provider only) a caller on this machine.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { prisma } from "../db";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ZDeliveryReceiptInput } from "./delivery-receipt.schema";

export async function recordDeliveryReceipt({
  input,
  presentedToken,
  clientAddress = "unknown",
  expectedToken = getEnv().SMS_RECEIPT_TOKEN,
  provider = getEnv().SMS_PROVIDER,
}: {
  input: unknown;
  /** The token the caller sent (header), if any. */
  presentedToken?: string | null;
  /** Who posts the receipt (lib/http/client-address.ts). */
  clientAddress?: string;
  /** SMS_RECEIPT_TOKEN: required with the HTTP provider (lib/env.ts refuses to start without it). */
  expectedToken?: string;
  provider?: "dev" | "http";
}) {
  if (expectedToken) {
    if (!sameSecret(presentedToken ?? "", expectedToken)) throw new AppError("UNAUTHENTICATED", "receipt token missing or wrong");
  } else if (provider === "http") {
    throw new AppError("UNAUTHENTICATED", "SMS_RECEIPT_TOKEN is not set: receipts are refused");
  } else if (!isLoopback(clientAddress)) {
    // The development provider without a token: only this machine may post receipts (to try them).
    throw new AppError("UNAUTHENTICATED", "receipts without SMS_RECEIPT_TOKEN are accepted from this machine only");
  }
  const receipt = parseInput(ZDeliveryReceiptInput, input);
  const message = await prisma.outboxMessage.findFirst({
    where: receipt.id ? { id: receipt.id } : { providerMessageId: receipt.providerMessageId },
    orderBy: { createdAt: "desc" },
  });
  if (!message) throw new AppError("NOT_FOUND", "no message with this id");

  const target = receipt.status === "delivered" ? "DELIVERED" : "FAILED";
  if (message.status === target) return { id: message.id, status: message.status, changed: false };
  const allowedFrom = target === "DELIVERED" ? ["SENT", "FAILED"] : ["SENT"];
  if (!allowedFrom.includes(message.status)) {
    throw new AppError("CONFLICT", `message is ${message.status}; a ${receipt.status} receipt applies only to ${allowedFrom.join(" or ")}`);
  }
  // The status in the where makes a concurrent receipt for the same row lose instead of overwrite.
  const now = new Date();
  const { count } = await prisma.outboxMessage.updateMany({
    where: { id: message.id, status: message.status },
    data:
      target === "DELIVERED"
        ? { status: "DELIVERED", deliveredAt: now }
        : { status: "FAILED", lastError: `receipt: ${receipt.error?.trim() || "delivery failed"}` },
  });
  if (count === 0) throw new AppError("CONFLICT", "message changed while the receipt was recorded; send it again");
  return { id: message.id, status: target, changed: true };
}

function isLoopback(address: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === "::1";
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
