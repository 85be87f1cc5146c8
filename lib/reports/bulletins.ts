// Bulletins (信息专报 / 简报): the office composes an issue from adopted reports (a draft, items
// can still change) and issues it. The number 信息专报〔2026〕第3期 is taken when issuing, from a
// counter row per (kind, year) incremented inside the issuing transaction (the technique of
// supervision orders): the row lock serialises concurrent issuers and a rolled-back issue gives
// its number back, so each sequence has no gaps and no duplicates. Drafts have no number.
import "server-only";
import type { InfoBulletinKind } from "@/generated/prisma/enums";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { beijingDate } from "../calendar/work-calendar";
import { BULLETIN_KIND_LABELS, formatBulletinNumber } from "./report-format";
import { ZBulletinInput } from "./report.schema";

export async function nextBulletinNumber(tx: Tx, kind: InfoBulletinKind, year: number) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "InfoBulletinCounter" ("kind", "year", "last") VALUES (${kind}::"InfoBulletinKind", ${year}, 1)
    ON CONFLICT ("kind", "year") DO UPDATE SET "last" = "InfoBulletinCounter"."last" + 1
    RETURNING "last"`;
  const seq = Number(row.last);
  return { year, seq, number: formatBulletinNumber(kind, year, seq) };
}

export async function createBulletin({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertPermission(actor, "reports.edit");
  const { kind, title, reportIds } = parseInput(ZBulletinInput, input);
  return prisma.$transaction(async (tx) => {
    const bulletin = await tx.infoBulletin.create({ data: { kind, title, createdById: actor.id, createdAt: now } });
    // Only adopted reports that no other issue holds; the WHERE makes two drafts racing for one report safe.
    const { count } = await tx.infoReport.updateMany({ where: { id: { in: reportIds }, status: "ADOPTED", bulletinId: null }, data: { bulletinId: bulletin.id, version: { increment: 1 } } });
    if (count !== new Set(reportIds).size) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { reportIds: "所选信息中有未采用或已编入其他期刊的，请刷新后重新选择" } });
    await writeAudit(tx, { actorId: actor.id, action: "report.bulletin_created", targetType: "InfoBulletin", targetId: bulletin.id, details: { kind: BULLETIN_KIND_LABELS[kind], title, items: count } });
    return bulletin;
  });
}

export async function issueBulletin({ actor, bulletinId, expectedVersion, now = new Date() }: { actor: Actor; bulletinId: string; expectedVersion: number; now?: Date }) {
  assertPermission(actor, "reports.edit");
  return prisma.$transaction(async (tx) => {
    const b = await tx.infoBulletin.findUnique({ where: { id: bulletinId }, include: { _count: { select: { items: true } } } });
    if (!b) throw new AppError("NOT_FOUND", "没有找到该期刊。");
    if (b.status === "ISSUED") throw new AppError("CONFLICT", `该期已印发（${b.number}）。`);
    if (b._count.items === 0) throw new AppError("CONFLICT", "该期没有信息，不能印发。");
    // Lock the draft first, so two officers issuing it at once take one number, not two.
    const { count } = await tx.infoBulletin.updateMany({ where: { id: b.id, status: "DRAFT", version: expectedVersion }, data: { version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "该期刊已被他人处理，请刷新页面后再操作。");
    const numbered = await nextBulletinNumber(tx, b.kind, Number(beijingDate(now).slice(0, 4)));
    const issued = await tx.infoBulletin.update({ where: { id: b.id }, data: { ...numbered, status: "ISSUED", issuedById: actor.id, issuedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "report.bulletin_issued", targetType: "InfoBulletin", targetId: b.id, details: { number: numbered.number, title: b.title } });
    return issued;
  });
}

export async function listBulletins({ actor, limit = 100 }: { actor: Actor; limit?: number }) {
  assertPermission(actor, "reports.edit");
  return prisma.infoBulletin.findMany({ orderBy: [{ createdAt: "desc" }], take: limit, include: { _count: { select: { items: true } } } });
}

/** One issue with its items' edited (else original) text, for the printable page. */
export async function getBulletin({ actor, bulletinId }: { actor: Actor; bulletinId: string }) {
  assertPermission(actor, "reports.edit");
  const b = await prisma.infoBulletin.findUnique({
    where: { id: bulletinId },
    include: { items: { orderBy: { adoptedAt: "asc" }, include: { department: { select: { name: true } } } } },
  });
  if (!b) throw new AppError("NOT_FOUND", "没有找到该期刊。");
  return {
    ...b,
    items: b.items.map((r) => ({ id: r.id, title: r.editedTitle ?? r.title, body: r.editedBody ?? r.body, departmentName: r.department.name, level: r.level })),
  };
}

/** Adopted reports no issue holds yet: what a new issue can be composed from. */
export async function listBulletinCandidates({ actor, limit = 200 }: { actor: Actor; limit?: number }) {
  assertPermission(actor, "reports.edit");
  return prisma.infoReport.findMany({
    where: { status: "ADOPTED", bulletinId: null },
    orderBy: { adoptedAt: "asc" },
    take: limit,
    select: { id: true, title: true, editedTitle: true, level: true, adoptedAt: true, department: { select: { name: true } } },
  });
}
