// POST /api/notify/receipts: a delivery receipt from the SMS gateway (lib/notify/record-delivery-receipt.ts).
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { BodyError, readBoundedJson } from "@/lib/http/read-bounded-body";
import { recordDeliveryReceipt } from "@/lib/notify/record-delivery-receipt";

export const dynamic = "force-dynamic";

/** A receipt is a message id and a status: 16 KB is plenty. */
const MAX_RECEIPT_BYTES = 16 * 1024;

export async function POST(request: Request) {
  const presentedToken = request.headers.get("x-receipt-token") ?? request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  try {
    const input = await readBoundedJson(request, MAX_RECEIPT_BYTES);
    return Response.json(await recordDeliveryReceipt({ input, presentedToken, clientAddress: clientAddress(request.headers) }));
  } catch (err) {
    if (err instanceof BodyError) return Response.json({ error: err.message }, { status: err.status });
    if (!isAppError(err)) throw err;
    const error = err.code === "VALIDATION" ? "invalid receipt" : err.userMessage;
    return Response.json({ error, ...(err.fieldErrors ? { fields: err.fieldErrors } : {}) }, { status: err.httpStatus });
  }
}
