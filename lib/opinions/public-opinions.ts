// What the public sees of 民意: answered suggestions and letters whose text an officer approved
// (masked), with their outcome and reply, and the yearly figures (received, answered, adopted),
// as the seed county reported them ("267 suggestions in a year, 67 adopted").
import "server-only";
import type { OpinionKind } from "@/generated/prisma/enums";
import { maskPii } from "../complaints/mask-pii";
import { prisma } from "../db";

const PAGE_SIZE = 20;

export async function listPublishedOpinions({ kind, page = 1 }: { kind?: OpinionKind; page?: number } = {}) {
  const p = Number.isSafeInteger(page) ? Math.min(10_000, Math.max(1, page)) : 1;
  const where = { publishedAt: { not: null }, status: "ANSWERED" as const, ...(kind ? { kind } : {}) };
  const [rows, total] = await Promise.all([
    prisma.opinion.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (p - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, kind: true, trackingNo: true, title: true, citizenName: true, topicLabel: true, publicBody: true, outcome: true, reply: true, answeredAt: true, createdAt: true, department: { select: { name: true } } },
    }),
    prisma.opinion.count({ where }),
  ]);
  // The title is the citizen's words too: masked like the body.
  const items = rows.map(({ citizenName, ...r }) => ({ ...r, title: maskPii(r.title, { names: [citizenName] }) }));
  return { items, total, page: p, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Per year of receipt (Beijing time): received, answered, adopted (adopted or partly adopted). */
export async function opinionYearFigures() {
  const rows = await prisma.$queryRaw<{ year: number; kind: OpinionKind; received: number; answered: number; adopted: number }[]>`
    SELECT extract(year FROM ("createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai'))::int AS "year", "kind",
           count(*)::int AS "received",
           count(*) FILTER (WHERE "status" = 'ANSWERED')::int AS "answered",
           count(*) FILTER (WHERE "outcome" IN ('ADOPTED', 'PARTLY_ADOPTED'))::int AS "adopted"
    FROM "Opinion" GROUP BY 1, 2 ORDER BY 1 DESC, 2`;
  return rows.map((r) => ({ year: Number(r.year), kind: r.kind, received: Number(r.received), answered: Number(r.answered), adopted: Number(r.adopted) }));
}
