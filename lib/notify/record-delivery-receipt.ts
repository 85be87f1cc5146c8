// A delivery receipt from the SMS gateway: the phone got the message (DELIVERED) or the network
// gave up (FAILED). The gateway names the message by our row id (sent as {{id}}) or by its own
// provider id. Receipts may repeat and arrive late, so the same receipt twice is accepted and
// changes nothing, and a receipt for a message not yet sent is refused (the gateway retries).
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
  expectedToken = getEnv().SMS_RECEIPT_TOKEN,
}: {
  input: unknown;
  /** The token the caller sent (header), if any. */
  presentedToken?: string | null;
  /** SMS_RECEIPT_TOKEN; when unset, receipts are accepted without a token (development). */
  expectedToken?: string;
}) {
  if (expectedToken && !sameSecret(presentedToken ?? "", expectedToken)) {
    throw new AppError("UNAUTHENTICATED", "receipt token missing or wrong");
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

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
