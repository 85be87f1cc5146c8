// What an SMS gateway posts to /api/notify/receipts.
import { z } from "zod";

export const ZDeliveryReceiptInput = z
  .object({
    id: z.string("id must be a string").trim().min(1, "id must not be empty").max(100).optional(),
    providerMessageId: z.string("providerMessageId must be a string").trim().min(1, "providerMessageId must not be empty").max(200).optional(),
    status: z.enum(["delivered", "failed"], 'status must be "delivered" or "failed"'),
    error: z.string("error must be a string").max(500, "error must be at most 500 characters").optional(),
  })
  .refine((r) => r.id || r.providerMessageId, { message: "id or providerMessageId is required", path: ["id"] });

export type TDeliveryReceiptInput = z.infer<typeof ZDeliveryReceiptInput>;
