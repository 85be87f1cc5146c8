// Removes one day from the work calendar: the date then follows the weekday rule again
// (Monday to Friday working, lib/calendar/work-calendar.ts).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { z } from "zod";
import { ZCalendarDate } from "./settings.schema";

export async function removeCalendarDay({ actor, date }: { actor: Actor | null; date: unknown }) {
  assertPermission(actor, "settings.manage");
  const { date: day } = parseInput(z.object({ date: ZCalendarDate }), { date });
  return prisma.$transaction(async (tx) => {
    const before = await tx.workCalendarDay.findUnique({ where: { date: new Date(`${day}T00:00:00Z`) } });
    if (!before) throw new AppError("NOT_FOUND", "日历中没有这一天。");
    await tx.workCalendarDay.delete({ where: { date: before.date } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "calendar_day.removed",
      targetType: "WorkCalendarDay",
      targetId: day,
      details: { before: { isWorkingDay: before.isWorkingDay, holidayName: before.holidayName } },
    });
    return { date: day };
  });
}
