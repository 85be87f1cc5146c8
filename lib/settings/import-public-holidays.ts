// Adds a year's official holidays and make-up working days (lib/calendar/cn-public-holidays.ts,
// from the State Council's yearly notice) to the work calendar. Days an admin already entered
// are kept as they are: the import only fills the gaps.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { publicHolidaysOf } from "../calendar/cn-public-holidays";
import { parseInput } from "../validation";
import { z } from "zod";
import { ZCalendarYear } from "./settings.schema";

export async function importPublicHolidays({ actor, year }: { actor: Actor | null; year: unknown }) {
  assertPermission(actor, "settings.manage");
  const { year: y } = parseInput(z.object({ year: ZCalendarYear }), { year });
  const rules = publicHolidaysOf(y);
  if (rules.length === 0) throw new AppError("NOT_FOUND", `系统中没有${y}年的法定节假日安排，请逐日录入。`);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.workCalendarDay.createMany({
      data: rules.map((r) => ({ date: new Date(`${r.date}T00:00:00Z`), isWorkingDay: r.isWorkingDay, holidayName: r.holidayName })),
      skipDuplicates: true,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "calendar.holidays_imported",
      targetType: "WorkCalendarDay",
      targetId: String(y),
      details: { year: y, added: count, kept: rules.length - count },
    });
    return { year: y, added: count, kept: rules.length - count };
  });
}
