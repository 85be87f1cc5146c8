// 信息报送: a unit's information officer (信息员, reports.submit) sends a 政务信息 to the county
// office. The unit is the officer's own department; the text as sent is kept unchanged.
import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { prepareReportImages } from "./report-images";
import { ZSubmitReportInput } from "./report.schema";

export async function submitReport({ actor, input, images = [], now = new Date() }: { actor: Actor; input: unknown; images?: { name: string; bytes: Uint8Array }[]; now?: Date }) {
  assertPermission(actor, "reports.submit");
  const parsed = parseInput(ZSubmitReportInput, input);
  const stored = await prepareReportImages(images);
  return prisma.$transaction(async (tx) => {
    const report = await tx.infoReport.create({ data: { ...parsed, departmentId: actor.departmentId, submittedById: actor.id, createdAt: now } });
    if (stored.length) await tx.infoReportImage.createMany({ data: stored.map((i) => ({ ...i, reportId: report.id, createdAt: now })) });
    await writeAudit(tx, { actorId: actor.id, action: "report.submitted", targetType: "InfoReport", targetId: report.id, details: { title: parsed.title, category: parsed.category } });
    return report;
  });
}
