// Pause and resume a complaint's clock where the rules allow it: waiting for the citizen's
// supplement (补充材料). While paused the sweeper, the board and the counts leave the case alone;
// on resume the deadline (and its yellow point) move later by the working time the clock stood
// still, on the work calendar. Both acts go through the case's one transition path (permission,
// department, state, version).
import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { prisma } from "../db";
import { loadCalendarOverrides } from "../calendar/load-calendar";
import { yellowWarningPoint } from "../calendar/work-calendar";
import { formatDeadline } from "../complaints/complaint-format";
import { transitionComplaint } from "../complaints/transition-complaint";
import { shiftDeadline, workingMinutesBetween } from "./working-time";

const PAUSABLE = ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"] as const;

export async function pauseComplaintClock({ actor, complaintId, expectedVersion, reason, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; reason: string; now?: Date }) {
  const note = reason.trim();
  if (note.length < 2 || note.length > 200) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { reason: "请写明暂停计时的原因（2至200字）" } });
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: PAUSABLE,
      scope: "department",
      verb: "暂停计时",
      auditAction: "supervision.clock_paused",
      plan: (c) => {
        if (c.pausedAt) throw new AppError("CONFLICT", "该案件已经暂停计时。");
        if (c.deadlineAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "已超过办理期限，不能暂停计时。");
        return {
          data: { pausedAt: now, pauseReason: note },
          event: { type: "PAUSED", note: `暂停计时（等待群众补充材料）：${note}`, isPublic: true },
        };
      },
    },
    now,
  );
}

export async function resumeComplaintClock({ actor, complaintId, expectedVersion, now = new Date() }: { actor: Actor; complaintId: string; expectedVersion: number; now?: Date }) {
  const c0 = await prisma.complaint.findUnique({ where: { id: complaintId }, select: { pausedAt: true } });
  const calendar = await loadCalendarOverrides(prisma, c0?.pausedAt ?? now, 400);
  return transitionComplaint(
    {
      actor,
      complaintId,
      expectedVersion,
      permission: "complaints.handle",
      allowedFrom: PAUSABLE,
      scope: "department",
      verb: "恢复计时",
      auditAction: "supervision.clock_resumed",
      plan: (c) => {
        if (!c.pausedAt) throw new AppError("CONFLICT", "该案件没有暂停计时。");
        const paused = workingMinutesBetween(c.pausedAt, now, calendar);
        const deadlineAt = shiftDeadline(c.deadlineAt, paused, calendar);
        const deadlineStartedAt = new Date(c.deadlineStartedAt.getTime() + (deadlineAt.getTime() - c.deadlineAt.getTime()));
        return {
          data: { pausedAt: null, pauseReason: null, deadlineAt, deadlineStartedAt, yellowWarnAt: yellowWarningPoint(deadlineStartedAt, deadlineAt), ...(deadlineAt > c.deadlineAt ? { redCardAt: null } : {}) },
          event: { type: "RESUMED", note: `恢复计时，暂停${Math.round(paused)}个工作分钟，办理期限顺延至${formatDeadline(deadlineAt)}。`, isPublic: true, data: { pausedMinutes: paused, from: c.deadlineAt.toISOString(), to: deadlineAt.toISOString() } },
        };
      },
    },
    now,
  );
}
