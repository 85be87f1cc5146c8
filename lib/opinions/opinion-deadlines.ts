// How long the county takes to answer: suggestions 15 working days (the usual 建议 limit of county
// governments), letters to the county head 10 working days; counted on the work calendar by the
// supervision engine's working time (yellow warning at 80%, as for every supervised kind).
import type { OpinionKind } from "@/generated/prisma/enums";
import type { CalendarOverrides } from "../calendar/work-calendar";
import { addWorkingMinutes, WORKING_DAY_MINUTES } from "../supervision/working-time";

export const ANSWER_WORKING_DAYS: Record<OpinionKind, number> = { SUGGESTION: 15, MAILBOX: 10 };

export function opinionDeadlines(kind: OpinionKind, now: Date, calendar: CalendarOverrides) {
  const minutes = ANSWER_WORKING_DAYS[kind] * WORKING_DAY_MINUTES;
  return { dueAt: addWorkingMinutes(now, minutes, calendar), yellowAt: addWorkingMinutes(now, Math.floor(minutes * 0.8), calendar) };
}
