// Input schemas for the admin settings (SLA classes, category mapping, work calendar), shared by
// the server actions and the forms.
import { z } from "zod";

const id = z.string().min(1);

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const wholeNumber = (empty: string, range: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .regex(/^\d+$/, range)
    .transform(Number)
    .refine((n) => n >= min && n <= max, range);

export const SLA_LIMITS = { HOURS: 720, WORKING_DAYS: 60 } as const;

export const ZUpdateSlaClassInput = z
  .object({
    slaClassId: id,
    name: z.string().trim().min(1, "请填写名称").max(20, "名称不能超过20个字"),
    unit: z.enum(["HOURS", "WORKING_DAYS"], { message: "请选择计时方式" }),
    amount: wholeNumber("请填写办理时限", "办理时限应为1至720之间的整数", 1, 720),
    acceptHours: wholeNumber("请填写签收时限", "签收时限应为1至72之间的整数（小时）", 1, 72),
  })
  .superRefine((v, ctx) => {
    if (v.unit === "WORKING_DAYS" && v.amount > SLA_LIMITS.WORKING_DAYS) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "按工作日计时的办理时限不能超过60个工作日" });
    }
  });
export type TUpdateSlaClassInput = z.infer<typeof ZUpdateSlaClassInput>;

export const ZUpdateCategoryMappingInput = z.object({
  categoryId: id,
  departmentId: z.string().min(1, "请选择承办部门"),
  slaClassId: z.string().min(1, "请选择时限类别"),
  isActive: checkbox,
  isPublic: checkbox,
});
export type TUpdateCategoryMappingInput = z.infer<typeof ZUpdateCategoryMappingInput>;

export const ZCalendarDate = z
  .string()
  .trim()
  .min(1, "请填写日期")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期应为年-月-日，例如 2026-10-01")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "日期不是有效的日期")
  .refine((v) => v >= "2000-01-01" && v <= "2099-12-31", "日期应在2000年至2099年之间");

export const ZSaveCalendarDayInput = z.object({
  date: ZCalendarDate,
  isWorkingDay: z.enum(["true", "false"], { message: "请选择当天上班还是放假" }).transform((v) => v === "true"),
  holidayName: z
    .string()
    .trim()
    .max(20, "节日名称不能超过20个字")
    .optional()
    .transform((v) => v || null),
});
export type TSaveCalendarDayInput = z.input<typeof ZSaveCalendarDayInput>;

export const ZCalendarYear = z.coerce.number().int().min(2000).max(2099);
