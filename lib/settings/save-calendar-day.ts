// Adds or changes one day of the work calendar: a holiday (放假) or a make-up working day
// (调休上班). Deadlines already computed keep their dates; new deadlines use the change.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { ZSaveCalendarDayInput } from "./settings.schema";

export async function saveCalendarDay({ actor, input }: { actor: Actor | null; input: Record<string, unknown> }) {
  assertPermission(actor, "settings.manage");
  const data = parseInput(ZSaveCalendarDayInput, input);
  const date = new Date(`${data.date}T00:00:00Z`);
  return prisma.$transaction(async (tx) => {
    const before = await tx.workCalendarDay.findUnique({ where: { date } });
    const day = await tx.workCalendarDay.upsert({
      where: { date },
      create: { date, isWorkingDay: data.isWorkingDay, holidayName: data.holidayName },
      update: { isWorkingDay: data.isWorkingDay, holidayName: data.holidayName },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: before ? "calendar_day.updated" : "calendar_day.created",
      targetType: "WorkCalendarDay",
      targetId: data.date,
      details: {
        before: before ? { isWorkingDay: before.isWorkingDay, holidayName: before.holidayName } : null,
        after: { isWorkingDay: day.isWorkingDay, holidayName: day.holidayName },
      },
    });
    return { date: data.date, isCreated: !before };
  });
}
