// Reading reports: a unit's own submissions (its information officers) and the office's queue.
import "server-only";
import type { InfoReportStatus } from "@/generated/prisma/enums";
import { prisma } from "../db";
import { AppError } from "../errors";
import { assertPermission, can, type Actor } from "../auth/actor";

export async function listUnitReports({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertPermission(actor, "reports.submit");
  return prisma.infoReport.findMany({
    where: { departmentId: actor.departmentId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, title: true, category: true, status: true, level: true, points: true, declineReason: true, createdAt: true },
  });
}

export async function listReportQueue({ actor, status = "SUBMITTED", limit = 100 }: { actor: Actor; status?: InfoReportStatus; limit?: number }) {
  assertPermission(actor, "reports.edit");
  return prisma.infoReport.findMany({
    where: { status },
    orderBy: status === "SUBMITTED" ? { createdAt: "asc" } : { createdAt: "desc" },
    take: limit,
    select: { id: true, title: true, editedTitle: true, category: true, status: true, level: true, createdAt: true, contentItemId: true, department: { select: { name: true } } },
  });
}

/** One report: the office sees every report, a unit's information officers their unit's. */
export async function getReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  if (!can(actor, "reports.edit")) assertPermission(actor, "reports.submit");
  const r = await prisma.infoReport.findUnique({
    where: { id: reportId },
    include: { department: { select: { name: true } }, images: { select: { id: true, width: true, height: true } }, bulletin: { select: { id: true, number: true, status: true } } },
  });
  if (!r) throw new AppError("NOT_FOUND", "没有找到该信息。");
  if (!can(actor, "reports.edit") && r.departmentId !== actor.departmentId) throw new AppError("FORBIDDEN", "该信息不是您所在单位报送的。");
  const names = new Map(
    (await prisma.officer.findMany({ where: { id: { in: [r.submittedById, r.editedById, r.adoptedById].filter((x): x is string => !!x) } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]),
  );
  const content = r.contentItemId ? await prisma.contentItem.findUnique({ where: { id: r.contentItemId }, select: { slug: true, title: true } }) : null;
  return { ...r, submittedByName: names.get(r.submittedById) ?? "", editedByName: r.editedById ? (names.get(r.editedById) ?? "") : null, content, canEdit: can(actor, "reports.edit") };
}

export async function getReportImage({ actor, imageId }: { actor: Actor; imageId: string }) {
  const img = await prisma.infoReportImage.findUnique({ where: { id: imageId } });
  if (!img) throw new AppError("NOT_FOUND", "没有找到该图片。");
  await getReport({ actor, reportId: img.reportId });
  return img;
}
