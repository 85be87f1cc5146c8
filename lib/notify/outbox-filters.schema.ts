// The delivery log's filters, read from the query string of a plain GET form.
import { z } from "zod";

export const OUTBOX_STATUSES = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED"] as const;
export const OUTBOX_CHANNELS = ["SMS", "WORK_MESSAGE"] as const;
export const OUTBOX_CHANNEL_LABELS: Record<(typeof OUTBOX_CHANNELS)[number], string> = { SMS: "短信", WORK_MESSAGE: "工作消息" };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const date = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, message)
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), message)
      .optional(),
  );

export const ZOutboxFilters = z
  .object({
    status: z.preprocess(blankToUndefined, z.enum(OUTBOX_STATUSES, "请选择有效的状态").optional()),
    channel: z.preprocess(blankToUndefined, z.enum(OUTBOX_CHANNELS, "请选择有效的发送通道").optional()),
    template: z.preprocess(blankToUndefined, z.string().max(100, "模板名称过长").optional()),
    recipient: z.preprocess(blankToUndefined, z.string().max(20, "手机号最多20位").regex(/^[\d+]+$/, "手机号只能包含数字").optional()),
    from: date("开始日期应为有效日期，如 2026-03-01"),
    to: date("结束日期应为有效日期，如 2026-03-31"),
    page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "结束日期不能早于开始日期", path: ["to"] });

export type TOutboxFilters = z.infer<typeof ZOutboxFilters>;
