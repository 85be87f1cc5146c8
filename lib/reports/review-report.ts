// The county office (reports.edit) works on a submitted report: edits it (the unit's original
// stays beside the edited text), adopts it at a level (points copied from the settings at that
// moment, so later changes of the table leave past years alone; adopting again at another level
// replaces level and points) or declines it with a reason. Optimistic `version` on every act.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { InfoReport } from "@/generated/prisma/client";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { INFO_LEVEL_LABELS } from "./report-format";
import { getLevelPoints } from "./report-ranking";
import { ZAdoptReportInput, ZDeclineReportInput, ZEditReportInput } from "./report.schema";

async function change(
  actor: Actor,
  reportId: string,
  expectedVersion: number,
  plan: (r: InfoReport, tx: Tx) => Promise<{ data: Prisma.InfoReportUncheckedUpdateManyInput; action: string; details?: Record<string, string | number> }>,
) {
  return prisma.$transaction(async (tx) => {
    const r = await tx.infoReport.findUnique({ where: { id: reportId } });
    if (!r) throw new AppError("NOT_FOUND", "没有找到该信息。");
    if (r.version !== expectedVersion) throw new AppError("CONFLICT", "该信息已被他人处理，请刷新页面后再操作。");
    const p = await plan(r, tx);
    const { count } = await tx.infoReport.updateMany({ where: { id: r.id, version: expectedVersion }, data: { ...p.data, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "该信息已被他人处理，请刷新页面后再操作。");
    await writeAudit(tx, { actorId: actor.id, action: p.action, targetType: "InfoReport", targetId: r.id, details: { title: r.title, ...p.details } });
    return tx.infoReport.findUniqueOrThrow({ where: { id: r.id } });
  });
}

async function assertNotIssued(tx: Tx, r: InfoReport) {
  if (!r.bulletinId) return;
  const b = await tx.infoBulletin.findUnique({ where: { id: r.bulletinId }, select: { status: true, number: true } });
  if (b?.status === "ISSUED") throw new AppError("CONFLICT", `该信息已刊发于${b.number}，不能再修改。`);
}

export async function editReport({ actor, reportId, expectedVersion, input, now = new Date() }: { actor: Actor; reportId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "reports.edit");
  const parsed = parseInput(ZEditReportInput, input);
  return change(actor, reportId, expectedVersion, async (r, tx) => {
    if (r.status === "DECLINED") throw new AppError("CONFLICT", "该信息未采用，不能再编辑。");
    await assertNotIssued(tx, r);
    return { data: { ...parsed, editedById: actor.id, editedAt: now }, action: "report.edited" };
  });
}

export async function adoptReport({ actor, reportId, expectedVersion, input, now = new Date() }: { actor: Actor; reportId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "reports.edit");
  const { level } = parseInput(ZAdoptReportInput, input);
  return change(actor, reportId, expectedVersion, async (r, tx) => {
    if (r.status === "DECLINED") throw new AppError("CONFLICT", "该信息已作不采用处理。");
    if (r.status === "ADOPTED" && r.level === level) throw new AppError("CONFLICT", `该信息已按“${INFO_LEVEL_LABELS[level]}”采用。`);
    const points = (await getLevelPoints(tx))[level];
    return {
      data: { status: "ADOPTED", level, points, adoptedById: actor.id, adoptedAt: r.adoptedAt ?? now },
      action: "report.adopted",
      details: { level: INFO_LEVEL_LABELS[level], points },
    };
  });
}

export async function declineReport({ actor, reportId, expectedVersion, input, now = new Date() }: { actor: Actor; reportId: string; expectedVersion: number; input: unknown; now?: Date }) {
  assertPermission(actor, "reports.edit");
  const { reason } = parseInput(ZDeclineReportInput, input);
  return change(actor, reportId, expectedVersion, async (r) => {
    if (r.status !== "SUBMITTED") throw new AppError("CONFLICT", r.status === "ADOPTED" ? "该信息已采用，不能再作不采用处理。" : "该信息已作不采用处理。");
    return { data: { status: "DECLINED", declineReason: reason, declinedAt: now }, action: "report.declined", details: { reason } };
  });
}
