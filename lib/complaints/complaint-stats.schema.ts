// The date range of the statistics page and the CSV export: Beijing calendar days of filing,
// both ends included. Shared by the page's GET form, the export route and the lib functions.
import { z } from "zod";
import { beijingDate, nextDate } from "../calendar/work-calendar";

/** The longest range one request may ask for: ten years of filing. */
export const MAX_RANGE_DAYS = 3660;
/** The default range: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const dateText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${label}`)
    .regex(DATE, `${label}应为日期，例如 2026-01-31`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${label}不是有效的日期`);

export const ZStatsRangeInput = z
  .object({
    from: dateText("开始日期"),
    to: dateText("结束日期"),
    by: z.enum(["week", "month"], { message: "请选择按周或按月" }),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: "custom", path: ["to"], message: "结束日期不能早于开始日期" });
    else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 + 1 > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "统计范围不能超过10年" });
    }
  });
export type TStatsRangeInput = z.infer<typeof ZStatsRangeInput>;

export interface StatsRange {
  from: string;
  to: string;
  by: "week" | "month";
  /** First instant of `from` in Beijing time. */
  start: Date;
  /** First instant after `to` in Beijing time (exclusive end). */
  end: Date;
}

/** Fills what the person left out with the default range; `by` defaults by the range's length. */
export function withRangeDefaults(raw: { from?: string; to?: string; by?: string }, now: Date): Record<string, string> {
  const to = raw.to?.trim() || beijingDate(now);
  const from = raw.from?.trim() || (DATE.test(to) ? nextDate(to, 1 - DEFAULT_RANGE_DAYS) : nextDate(beijingDate(now), 1 - DEFAULT_RANGE_DAYS));
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const by = raw.by?.trim() || (Number.isFinite(days) && days > 92 ? "month" : "week");
  return { from, to, by };
}

export function toStatsRange(input: TStatsRangeInput): StatsRange {
  return {
    ...input,
    start: new Date(`${input.from}T00:00:00+08:00`),
    end: new Date(`${nextDate(input.to)}T00:00:00+08:00`),
  };
}
