// POST /api/notify/receipts: a delivery receipt from the SMS gateway (lib/notify/record-delivery-receipt.ts).
import { isAppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { recordDeliveryReceipt } from "@/lib/notify/record-delivery-receipt";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const presentedToken = request.headers.get("x-receipt-token") ?? request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  const input = await request.json().catch(() => undefined);
  try {
    if (input === undefined) return Response.json({ error: "body must be JSON" }, { status: 400 });
    return Response.json(await recordDeliveryReceipt({ input, presentedToken, clientAddress: clientAddress(request.headers) }));
  } catch (err) {
    if (!isAppError(err)) throw err;
    const error = err.code === "VALIDATION" ? "invalid receipt" : err.userMessage;
    return Response.json({ error, ...(err.fieldErrors ? { fields: err.fieldErrors } : {}) }, { status: err.httpStatus });
  }
}
