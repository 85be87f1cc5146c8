// Input of the task forms (任务交办), shared by the server actions and the lib functions.
import { z } from "zod";

const text = (message: string, max: number) => z.string().trim().min(1, message).max(max, `不能超过${max}个字`);

export const ZAssignTaskInput = z
  .object({
    title: text("请填写任务名称", 100),
    requirements: text("请填写工作要求", 4000),
    departmentIds: z.array(z.string().min(1)).min(1, "请至少选择一个承办单位").max(100, "承办单位太多"),
    dueMode: z.enum(["date", "days"], { message: "请选择期限方式" }),
    dueOn: z.string().trim().optional(),
    dueDays: z.string().trim().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.dueMode === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(v.dueOn ?? "")) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "请填写完成期限，格式如 2026-12-31" });
    if (v.dueMode === "days" && !/^\d{1,3}$/.test(v.dueDays ?? "")) ctx.addIssue({ code: "custom", path: ["dueDays"], message: "工作日数应为1至365的整数" });
    if (v.dueMode === "days" && /^\d{1,3}$/.test(v.dueDays ?? "") && (Number(v.dueDays) < 1 || Number(v.dueDays) > 365)) ctx.addIssue({ code: "custom", path: ["dueDays"], message: "工作日数应为1至365的整数" });
  });
export type TAssignTaskInput = z.infer<typeof ZAssignTaskInput>;

export const ZTaskNoteInput = z.object({ note: text("请填写进展情况", 2000) });
export const ZTaskFinishInput = z.object({ note: text("请填写办结情况", 2000) });
export const ZTaskReturnInput = z.object({ reason: text("请填写退回理由", 500) });
export const ZTaskHandlerInput = z.object({ handlerId: z.string().min(1, "请选择承办人") });

/** A decision of a meeting (会议纪要) that becomes a task in the same step. */
export const ZTaskDecision = z.object({
  title: text("请填写任务名称", 100),
  requirements: text("请填写工作要求", 4000),
  departmentIds: z.array(z.string().min(1)).min(1, "请至少选择一个承办单位"),
  dueAt: z.date(),
});
export type TTaskDecision = z.infer<typeof ZTaskDecision>;
