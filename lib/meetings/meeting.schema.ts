// Input schemas of the meetings domain, shared by the server actions and the lib functions.
import { z } from "zod";

export const MEETING_KINDS = ["常务会", "专题会", "工作部署会", "协调会", "座谈会", "培训会", "其他"] as const;

export const REPLY_LABELS = { PENDING: "未回复", ATTEND: "参加", LEAVE: "请假", DELEGATE: "指派代参", CANCELLED: "已取消" } as const;
export const STATUS_LABELS = { DRAFT: "草稿", PUBLISHED: "已发通知", CANCELLED: "已取消" } as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : null));
const count = (label: string, max: number) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能小于0`)
    .max(max, `${label}不能超过${max}`);

export const ZRoomInput = z.object({
  name: text("会议室名称", 60),
  place: text("位置", 120),
  capacity: count("容纳人数", 2000).refine((n) => n > 0, "容纳人数应大于0"),
  rows: count("排数", 60),
  seatsPerRow: count("每排座位数", 60),
  isActive: z.preprocess((v) => v === true || v === "on" || v === "yes" || v === "true", z.boolean()).default(true),
});
export type TRoomInput = z.infer<typeof ZRoomInput>;

/** "2026-12-01T09:00" from a datetime-local field, read as Beijing time. */
export const beijingDateTime = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}格式应为 2026-12-01 09:00`)
    .transform((v, ctx) => {
      const at = new Date(`${v}:00+08:00`);
      if (Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: "custom", message: `${label}不是有效的时间` });
        return z.NEVER;
      }
      return at;
    });

export const ZMeetingInput = z
  .object({
    title: text("会议名称", 120),
    kind: z.enum(MEETING_KINDS, { error: "请选择会议类型" }),
    startAt: beijingDateTime("开始时间"),
    endAt: beijingDateTime("结束时间"),
    replyDueAt: beijingDateTime("回复截止时间"),
    roomId: z.string({ error: "请选择会议室" }).trim().min(1, "请选择会议室"),
    note: optionalText("会议说明", 2000),
    // One 议题 a line, in order.
    agenda: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? "")
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      )
      .refine((a) => a.length <= 50, "议题最多50项")
      .refine((a) => a.every((l) => l.length <= 200), "每个议题不能超过200个字"),
    officerIds: z.array(z.string().min(1)).default([]),
    departmentIds: z.array(z.string().min(1)).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.endAt <= v.startAt) ctx.addIssue({ code: "custom", path: ["endAt"], message: "结束时间应晚于开始时间" });
    if (v.replyDueAt > v.startAt) ctx.addIssue({ code: "custom", path: ["replyDueAt"], message: "回复截止时间应早于会议开始时间" });
    if (v.endAt.getTime() - v.startAt.getTime() > 7 * 24 * 3600_000) ctx.addIssue({ code: "custom", path: ["endAt"], message: "会议时长不能超过7天" });
  });
export type TMeetingInput = z.input<typeof ZMeetingInput>;

export const ZReplyInput = z
  .object({
    status: z.enum(["ATTEND", "LEAVE", "DELEGATE"], { error: "请选择参加、请假或指派代参" }),
    leaveReason: optionalText("请假事由", 500),
    attendeeId: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null)),
    attendeeName: optionalText("参会人姓名", 40),
  })
  .superRefine((v, ctx) => {
    if (v.status === "LEAVE" && !v.leaveReason) ctx.addIssue({ code: "custom", path: ["leaveReason"], message: "请假请填写事由" });
  });
export type TReplyInput = z.input<typeof ZReplyInput>;

export const ZCancelInput = z.object({ reason: text("取消原因", 200) });

export const ZLayoutInput = z.object({
  rostrumSeats: count("主席台座位数", 40),
  seatRows: count("排数", 60),
  seatsPerRow: count("每排座位数", 60),
});

export const ZNotesInput = z.object({
  dining: optionalText("就餐安排", 200),
  lodging: optionalText("住宿安排", 200),
});

export const ZMinutesInput = z.object({
  minutes: z.string().trim().max(20000, "纪要不能超过20000个字"),
  // One decision a line: "事项｜责任单位编码,…｜2026-12-31" (units and date optional).
  decisions: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((a) => a.length <= 100, "议定事项最多100项"),
});
