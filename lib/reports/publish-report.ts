// 发布到门户: an adopted report becomes a published 通知公告 (NOTICE, the portal's news type) in one
// action, through lib/content's insertContent (history entry, audit row and search job in this
// transaction), and is linked to the report so it is published once.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { isoDate } from "../format";
import { parseContentInput } from "../content/content.schema";
import { insertContent } from "../content/save-content";

export async function publishReportToPortal({ actor, reportId, now = new Date() }: { actor: Actor; reportId: string; now?: Date }) {
  assertPermission(actor, "reports.edit");
  return prisma.$transaction(async (tx) => {
    // Lock the report: two clicks publish one item.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "InfoReport" WHERE "id" = ${reportId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "没有找到该信息。");
    const r = await tx.infoReport.findUniqueOrThrow({ where: { id: reportId }, include: { department: { select: { id: true, name: true } } } });
    if (r.status !== "ADOPTED") throw new AppError("CONFLICT", "只有已采用的信息才能发布到门户。");
    if (r.contentItemId) throw new AppError("CONFLICT", "该信息已发布到门户。");
    const title = r.editedTitle ?? r.title;
    const body = r.editedBody ?? r.body;
    const parsed = parseContentInput({ type: "NOTICE", title, summary: body.replace(/\s+/g, " ").slice(0, 120), body, departmentId: r.department.id, issuingBody: r.department.name, issuedAt: isoDate(now) });
    const item = await insertContent(tx, actor, parsed, now, { publish: true });
    await tx.infoReport.update({ where: { id: r.id }, data: { contentItemId: item.id, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: actor.id, action: "report.published_to_portal", targetType: "InfoReport", targetId: r.id, details: { title, contentId: item.id, slug: item.slug } });
    return item;
  });
}
