// Which action forms the case page offers, and the countdown text beside a deadline. Offering a
// form is comfort only: each lib function checks the permission, the department and the state
// again inside its transaction, so a stale page can never do what it shows.
import { z } from "zod";
import type { ComplaintStatus } from "@/generated/prisma/enums";
import { can, type Actor } from "../auth/actor";
import { OPEN_STATUSES } from "./complaint-format";
import { isInDispatchQueue } from "./dispatch-queue";

/** The case and version every action form posts back (the version is the optimistic lock). */
export const ZCaseRef = z.object({
  complaintId: z.string().min(1).max(40),
  expectedVersion: z.coerce.number().int().min(0),
});

const WORKING: ComplaintStatus[] = ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "REOPENED"];

export interface CaseForActions {
  status: ComplaintStatus;
  departmentId: string;
  pendingTransferDepartmentId: string | null;
  deadlineAt: Date;
  extensionRequestedUntil: Date | null;
  extensionForwardedAt: Date | null;
  pausedAt: Date | null;
  consentToPublish: boolean;
  handlerId: string | null;
  sentBackAt: Date | null;
  acceptDeadlineAt: Date | null;
  closeProposedAt: Date | null;
  resolvedAt: Date | null;
  mergedIntoId: string | null;
  department: { isFallbackOwner: boolean };
}

export function caseActionsFor(actor: Actor, c: CaseForActions, now = new Date()) {
  const isOwner = actor.departmentId === c.departmentId;
  const isOpen = OPEN_STATUSES.includes(c.status);
  const handles = can(actor, "complaints.handle") && isOwner;
  const assigns = can(actor, "complaints.assign") && isOwner;
  const isTransferTarget = !!c.pendingTransferDepartmentId && actor.departmentId === c.pendingTransferDepartmentId;
  return {
    accept: handles && c.status === "SUBMITTED",
    reject: handles && c.status === "SUBMITTED",
    assign: assigns && isOpen,
    /** The fallback owner (county government office) dispatches to the department that should own it. */
    dispatch: assigns && isOpen && c.department.isFallbackOwner,
    requestTransfer: handles && isOpen && !c.pendingTransferDepartmentId,
    answerTransfer: can(actor, "complaints.assign") && isTransferTarget && isOpen,
    withdrawTransfer: handles && isOpen && !!c.pendingTransferDepartmentId,
    start: handles && ["ACCEPTED", "ASSIGNED", "REOPENED"].includes(c.status),
    reply: handles && WORKING.includes(c.status),
    /** A department head closes directly; a handler proposes and the head reviews. */
    resolve: handles && can(actor, "complaints.review") && WORKING.includes(c.status) && !c.closeProposedAt,
    proposeClose: handles && !can(actor, "complaints.review") && WORKING.includes(c.status) && !c.closeProposedAt,
    reviewClose: can(actor, "complaints.review") && isOwner && WORKING.includes(c.status) && !!c.closeProposedAt,
    /** 退回 to the 12345 desk: before acceptance and within the acceptance limit. */
    sendBack: handles && c.status === "SUBMITTED" && !c.department.isFallbackOwner && !c.sentBackAt && !c.pendingTransferDepartmentId && (!c.acceptDeadlineAt || c.acceptDeadlineAt >= now),
    dispatchQueue: can(actor, "complaints.dispatch") && isInDispatchQueue(c),
    callback: can(actor, "complaints.callback") && (c.status === "RESOLVED" || c.status === "CLOSED") && !!c.resolvedAt && !c.mergedIntoId,
    merge: can(actor, "complaints.merge") && isOpen && !c.mergedIntoId,
    approvePublication: can(actor, "complaints.approvePublication") && isOwner && c.consentToPublish && (c.status === "RESOLVED" || c.status === "CLOSED"),
    // Extensions must be asked for before the deadline (DESIGN.md), one at a time.
    requestExtension: handles && WORKING.includes(c.status) && c.deadlineAt > now && !c.extensionRequestedUntil,
    /** A handler's request passes the department head first; the supervisor decides forwarded ones. */
    forwardExtension: can(actor, "complaints.review") && isOwner && WORKING.includes(c.status) && !!c.extensionRequestedUntil && !c.extensionForwardedAt,
    decideExtension: can(actor, "supervision.approveExtension") && !!c.extensionRequestedUntil && !!c.extensionForwardedAt && WORKING.includes(c.status),
    /** The engine's pause (waiting for the citizen's supplement): before the deadline; resume any time. */
    pauseClock: handles && WORKING.includes(c.status) && !c.pausedAt && c.deadlineAt > now,
    resumeClock: handles && WORKING.includes(c.status) && !!c.pausedAt,
    issueOrder: can(actor, "supervision.issue") && isOpen,
    note: can(actor, "complaints.view"),
  };
}
export type TCaseActions = ReturnType<typeof caseActionsFor>;

/** Whether the actor's department answers a supervision order. */
export function canAnswerOrder(actor: Actor, order: { departmentId: string; status: string }): boolean {
  return can(actor, "complaints.handle") && order.status === "OPEN" && order.departmentId === actor.departmentId;
}

/** "剩余2天3小时" before the deadline, "已超期1天4小时" after it. */
export function countdownText(deadlineAt: Date, now = new Date()): string {
  const ms = deadlineAt.getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const span = days > 0 ? `${days}天${hours}小时` : hours > 0 ? `${hours}小时${minutes % 60}分钟` : `${Math.max(minutes, 1)}分钟`;
  return ms >= 0 ? `剩余${span}` : `已超期${span}`;
}
