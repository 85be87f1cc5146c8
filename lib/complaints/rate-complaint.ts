// The citizen's verdict after resolution: solved or not, and satisfaction 1 to 5. "Not solved"
// within 7 days reopens the case to the same department as a redo with a new deadline (DESIGN.md;
// what FixMyStreet users ask for most). Later, the rating is recorded and the case closes.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { parseInput } from "../validation";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { computeDeadline, yellowWarningPoint } from "../calendar/work-calendar";
import { ZRatingInput } from "./complaint.schema";
import { formatDeadline, REOPEN_WINDOW_DAYS } from "./complaint-format";
import { departmentContacts, officerPhone } from "./notify-recipients";
import { transitionComplaint, type LoadedComplaint, type TransitionPlan } from "./transition-complaint";
import { verifyCitizenAccess } from "./track-complaint";

/** Whether "not solved" said now still reopens the case (within the window after resolution). */
export function isWithinReopenWindow(c: { resolvedAt: Date | null }, now: Date): boolean {
  return !!c.resolvedAt && now.getTime() - c.resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * 86_400_000;
}

/**
 * 重办: back to the same department with a new deadline, the handler and heads told. Shared by the
 * citizen's online rating and the centre's call-back (record-callback.ts).
 */
export async function reopenPlan(c: LoadedComplaint, tx: Tx, opts: { now: Date; note: string; extra?: TransitionPlan["data"]; data?: Prisma.InputJsonValue }): Promise<TransitionPlan> {
  const { now } = opts;
  const calendar = await loadCalendarOverrides(tx, now);
  const deadlineAt = computeDeadline(now, c.category.slaClass, calendar);
  const recipients = [...(await officerPhone(tx, c.handlerId)), ...(await departmentContacts(tx, c.departmentId))];
  return {
    data: {
      ...opts.extra,
      status: "REOPENED",
      reopenCount: { increment: 1 },
      deadlineAt,
      deadlineStartedAt: now,
      yellowWarnAt: yellowWarningPoint(now, deadlineAt),
      yellowWarnedAt: null,
      redCardAt: null,
      resolvedAt: null,
      closedAt: null,
    },
    event: {
      type: "REOPENED",
      note: `${opts.note}已退回${c.department.name}重新办理，新的办理期限为${formatDeadline(deadlineAt)}。`,
      data: opts.data,
    },
    messages: recipients.map((r) => ({ recipient: r.phone, officerId: r.id, template: "complaint.reopened", body: `案件${c.trackingNo}群众反映未解决，已退回重新办理，期限${formatDeadline(deadlineAt)}。`, dedupeKey: `reopened:${c.id}:${c.reopenCount}:${r.id}`, relatedType: "Complaint", relatedId: c.id })),
  };
}

export async function rateComplaint({ trackingNo, accessCode, clientKey, expectedVersion, input, now = new Date() }: { trackingNo: string; accessCode: string; clientKey?: string; expectedVersion: number; input: unknown; now?: Date }) {
  const { solved, satisfaction, comment } = parseInput(ZRatingInput, input);
  const complaint = await verifyCitizenAccess({ trackingNo, accessCode, clientKey, now });
  return transitionComplaint(
    {
      actor: null,
      complaintId: complaint.id,
      expectedVersion,
      permission: null,
      allowedFrom: ["RESOLVED"],
      scope: "any",
      verb: "评价",
      auditAction: "complaint.rated",
      plan: async (c, tx) => {
        const rating = { isSolved: solved === "yes", satisfaction, ratedAt: now };
        const withinWindow = isWithinReopenWindow(c, now);
        if (solved === "no" && withinWindow) {
          return reopenPlan(c, tx, {
            now,
            extra: rating,
            note: `群众反映问题未解决（满意度${satisfaction}分）${comment ? `：${comment.replace(/[。．.！!？?；;，,\s]+$/u, "")}` : ""}。`,
            data: { satisfaction, comment: comment ?? null },
          });
        }
        return {
          data: { ...rating, status: "CLOSED", closedAt: now },
          event: {
            type: "RATED",
            note: `群众评价：${solved === "yes" ? "已解决" : "未解决"}，满意度${satisfaction}分${comment ? `。${comment}` : ""}${solved === "no" ? `（已超过${REOPEN_WINDOW_DAYS}日，不再退回重办）` : ""}`,
            data: { satisfaction, solved: solved === "yes", comment: comment ?? null },
          },
        };
      },
    },
    now,
  );
}
