// Everything an officer sees on a case page, after checking that the officer may see it.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, type Actor } from "../auth/actor";
import { isOverdue } from "./complaint-format";
import { canSeeComplaint } from "./transition-complaint";

export async function getComplaintCase({ actor, complaintId, now = new Date() }: { actor: Actor; complaintId: string; now?: Date }) {
  assertPermission(actor, "complaints.view");
  const c = await prisma.complaint.findUnique({
    where: { id: complaintId },
    include: {
      category: { include: { slaClass: true } },
      department: true,
      pendingTransferDepartment: true,
      handler: { select: { id: true, name: true } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true, isEvidence: true } },
      mergedInto: { select: { id: true, trackingNo: true } },
      mergedCases: { select: { id: true, trackingNo: true }, orderBy: { createdAt: "asc" } },
      callbacks: { orderBy: { createdAt: "desc" } },
      supervisionOrders: { orderBy: { createdAt: "desc" }, include: { issuedBy: { select: { name: true } } } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "没有找到该案件。");
  if (!canSeeComplaint(actor, c)) throw new AppError("FORBIDDEN", "该案件不属于您所在的部门。");
  const { accessCodeHash: _hidden, ...visible } = c;
  void _hidden;
  const closeProposedBy = c.closeProposedById ? await prisma.officer.findUnique({ where: { id: c.closeProposedById }, select: { name: true } }) : null;
  const extensionRequestedBy = c.extensionRequestedById ? await prisma.officer.findUnique({ where: { id: c.extensionRequestedById }, select: { name: true } }) : null;
  // The pending transfer's reason, for the receiving department.
  const transferEvent = c.pendingTransferDepartmentId ? [...c.events].reverse().find((e) => e.type === "TRANSFER_REQUESTED") : undefined;
  const transferReason = (transferEvent?.data as { reason?: string } | null | undefined)?.reason ?? null;
  // A paused clock is not overdue (the engine's definition, lib/supervision/kinds/complaint.ts).
  return { ...visible, closeProposedBy, extensionRequestedBy, transferReason, isOverdue: !c.pausedAt && isOverdue(c, now) };
}
export type TComplaintCase = Awaited<ReturnType<typeof getComplaintCase>>;

/** Handlers of a department, for the assign form. */
export async function listDepartmentHandlers({ actor, departmentId }: { actor: Actor; departmentId: string }) {
  assertPermission(actor, "complaints.assign");
  return prisma.officer.findMany({
    where: { departmentId, isActive: true, role: { in: ["HANDLER", "DEPARTMENT_HEAD"] } },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}

/** A photo of a case, for officers who may see the case. */
export async function getComplaintPhoto({ actor, attachmentId }: { actor: Actor; attachmentId: string }) {
  assertPermission(actor, "complaints.view");
  const a = await prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: { mimeType: true, fileName: true, data: true, complaint: { select: { departmentId: true, pendingTransferDepartmentId: true } } },
  });
  if (!a?.complaint || !canSeeComplaint(actor, a.complaint)) throw new AppError("NOT_FOUND", "没有找到该照片。");
  return { mimeType: a.mimeType, data: Buffer.from(a.data), fileName: a.fileName };
}
