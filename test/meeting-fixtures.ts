// Fixtures of the meetings tests: units, officers with phones and duties, a room, and a meeting
// (times in Beijing local time), each with unique values.
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { unique } from "./factories";

let phoneSeq = 0;
export const testPhone = () => `139${String(Date.now() % 1e6).padStart(6, "0")}${String(++phoneSeq % 100).padStart(2, "0")}`;
export const bj = (local: string) => new Date(`${local}+08:00`);

export async function addUnit(name = unique("单位")) {
  return prisma.department.create({ data: { code: unique("U_"), name } });
}

export async function addMeetingOfficer(departmentId: string, options: { role?: OfficerRole; duties?: OfficerDuty[]; name?: string; phone?: string | null } = {}) {
  const o = await prisma.officer.create({
    data: {
      username: unique("m"),
      name: options.name ?? unique("人员"),
      role: options.role ?? "HANDLER",
      duties: options.duties ?? [],
      departmentId,
      phone: options.phone === undefined ? testPhone() : options.phone,
      passwordHash: "x",
    },
  });
  const actor: Actor = { id: o.id, name: o.name, username: o.username, role: o.role, duties: o.duties, departmentId: o.departmentId };
  return { officer: o, actor };
}

export async function addOrganiser() {
  const unit = await addUnit("政府办");
  return addMeetingOfficer(unit.id, { role: "OFFICE_STAFF", duties: ["MEETING_ORGANISER"] });
}

export async function addRoom(options: { rows?: number; seatsPerRow?: number } = {}) {
  return prisma.meetingRoom.create({ data: { name: unique("会议室"), place: "县政府大楼", capacity: 60, rows: options.rows ?? 3, seatsPerRow: options.seatsPerRow ?? 5 } });
}

export function meetingInput(roomId: string, over: Record<string, unknown> = {}) {
  return {
    title: unique("县政府常务会议"),
    kind: "常务会",
    startAt: "2026-12-10T09:00",
    endAt: "2026-12-10T11:00",
    replyDueAt: "2026-12-08T17:00",
    roomId,
    agenda: "研究冬季安全生产\n审议交通规划",
    officerIds: [],
    departmentIds: [],
    ...over,
  };
}
