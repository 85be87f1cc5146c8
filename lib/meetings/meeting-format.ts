// How meeting times and seats read on the pages.
import { formatDeadline } from "../complaints/complaint-format";

const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

/** The value of a datetime-local field, in Beijing time: 2026-12-10T09:00. */
export function toBeijingInput(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour === "24" ? "00" : p.hour}:${p.minute}`;
}

export function formatMeetingTime(startAt: Date, endAt: Date): string {
  const start = formatDeadline(startAt);
  const end = formatDeadline(endAt);
  return start.slice(0, start.indexOf(" ")) === end.slice(0, end.indexOf(" ")) ? `${start}–${end.slice(end.indexOf(" ") + 1)}` : `${start} 至 ${end}`;
}

export function seatLabel(s: { seatArea: "ROSTRUM" | "HALL" | null; seatRow: number | null; seatNumber: number | null }): string | null {
  if (!s.seatArea || s.seatNumber == null) return null;
  return s.seatArea === "ROSTRUM" ? `主席台 ${s.seatNumber}号` : `第${s.seatRow}排 ${s.seatNumber}号`;
}

export const DONE_MESSAGES: Record<string, string> = {
  created: "会议已创建（草稿）。核对后请点“发布通知”。",
  updated: "会议已修改；已发通知的，变更已短信告知参会人员。",
  published: "会议通知已发出（短信和待办）。",
  cancelled: "会议已取消，已短信告知参会人员。",
  replied: "回复已提交。",
  layout: "座区已保存。",
  rank: "排序已调整。",
  arranged: "已按排序自动排座。",
  swapped: "已调换座位。",
  notes: "就餐住宿已保存。",
  material: "材料已上传，参会人员可在“我的会议”中查看。",
  withdrawn: "材料已撤回。",
  checked: "已签到。",
  undone: "已撤销签到。",
  minutes: "纪要已保存。",
  tasks: "已转为任务。",
  rotated: "已更换订阅地址，原地址即刻失效。请在手机日历中重新订阅。",
  room: "会议室已保存。",
};

/** The address in a meeting's check-in QR code. */
export function checkInUrl(siteUrl: string, token: string): string {
  return `${siteUrl.replace(/\/$/, "")}/officer/meetings/checkin/${token}`;
}
