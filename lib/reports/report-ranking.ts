// Points per adoption level (a settings row the office edits) and the yearly ranking of units:
// one grouped query over the year's reports, by the Beijing year of submission (submitted) and of
// adoption (adopted, points).
import "server-only";
import type { InfoAdoptionLevel } from "@/generated/prisma/enums";
import { stringify } from "csv-stringify/sync";
import { prisma, type Tx } from "../db";
import { writeAudit } from "../audit/write-audit";
import { assertPermission, can, type Actor } from "../auth/actor";
import { parseInput } from "../validation";
import { DEFAULT_LEVEL_POINTS, INFO_LEVEL_LABELS, INFO_LEVELS } from "./report-format";
import { ZReportPointsInput } from "./report.schema";

const SETTINGS_ID = "default";

export async function getLevelPoints(db: Pick<Tx, "infoReportSettings"> = prisma): Promise<Record<InfoAdoptionLevel, number>> {
  const row = await db.infoReportSettings.findUnique({ where: { id: SETTINGS_ID } });
  const saved = (row?.points ?? {}) as Partial<Record<InfoAdoptionLevel, number>>;
  return Object.fromEntries(INFO_LEVELS.map((l) => [l, typeof saved[l] === "number" ? saved[l] : DEFAULT_LEVEL_POINTS[l]])) as Record<InfoAdoptionLevel, number>;
}

export async function saveLevelPoints({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  assertPermission(actor, "reports.edit");
  const points = parseInput(ZReportPointsInput, input);
  return prisma.$transaction(async (tx) => {
    await tx.infoReportSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, points, updatedById: actor.id, updatedAt: now }, update: { points, updatedById: actor.id, updatedAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "report.points_changed", targetType: "InfoReportSettings", targetId: SETTINGS_ID, details: Object.fromEntries(INFO_LEVELS.map((l) => [INFO_LEVEL_LABELS[l], points[l]])) });
    return points;
  });
}

export interface RankingRow {
  rank: number;
  departmentId: string;
  departmentName: string;
  submitted: number;
  adopted: number;
  points: number;
  byLevel: Record<InfoAdoptionLevel, number>;
}

const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);

/** Units with any report in the year, by points, then adopted count; equal points share a rank. */
export async function getReportRanking({ actor, year }: { actor: Actor; year: number }): Promise<RankingRow[]> {
  if (!can(actor, "reports.submit")) assertPermission(actor, "reports.edit");
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const rows = await prisma.$queryRaw<{ departmentId: string; departmentName: string; submitted: number; adopted: number; points: number; special: number; brief: number; city: number; cityAdopted: number }[]>`
    SELECT r."departmentId", d."name" AS "departmentName",
      count(*) FILTER (WHERE r."createdAt" >= ${from} AND r."createdAt" < ${to})::int AS "submitted",
      count(*) FILTER (WHERE r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})::int AS "adopted",
      coalesce(sum(r."points") FILTER (WHERE r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to}), 0)::int AS "points",
      count(*) FILTER (WHERE r."level" = 'COUNTY_SPECIAL' AND r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})::int AS "special",
      count(*) FILTER (WHERE r."level" = 'COUNTY_BRIEF' AND r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})::int AS "brief",
      count(*) FILTER (WHERE r."level" = 'SENT_TO_CITY' AND r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})::int AS "city",
      count(*) FILTER (WHERE r."level" = 'CITY_ADOPTED' AND r."status" = 'ADOPTED' AND r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})::int AS "cityAdopted"
    FROM "InfoReport" r JOIN "Department" d ON d."id" = r."departmentId"
    WHERE (r."createdAt" >= ${from} AND r."createdAt" < ${to}) OR (r."adoptedAt" >= ${from} AND r."adoptedAt" < ${to})
    GROUP BY r."departmentId", d."name"`;
  const sorted = rows
    .map((r) => ({ ...r, submitted: Number(r.submitted), adopted: Number(r.adopted), points: Number(r.points) }))
    .sort((a, b) => b.points - a.points || b.adopted - a.adopted || a.departmentName.localeCompare(b.departmentName, "zh"));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || sorted[i - 1].points !== r.points) rank = i + 1;
    return {
      rank,
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      submitted: r.submitted,
      adopted: r.adopted,
      points: r.points,
      byLevel: { COUNTY_SPECIAL: Number(r.special), COUNTY_BRIEF: Number(r.brief), SENT_TO_CITY: Number(r.city), CITY_ADOPTED: Number(r.cityAdopted) },
    };
  });
}

// Cells that start like a formula are read as one by spreadsheets (OWASP CSV injection).
const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** The ranking as UTF-8 CSV with a BOM (Excel), through csv-stringify. */
export async function exportReportRankingCsv({ actor, year }: { actor: Actor; year: number }): Promise<string> {
  assertPermission(actor, "reports.edit");
  const rows = await getReportRanking({ actor, year });
  const csv = stringify(
    rows.map((r) => [r.rank, safe(r.departmentName), r.submitted, r.adopted, ...INFO_LEVELS.map((l) => r.byLevel[l]), r.points]),
    { header: true, columns: ["名次", "单位", "报送条数", "采用条数", ...INFO_LEVELS.map((l) => INFO_LEVEL_LABELS[l]), "积分"], record_delimiter: "\r\n" },
  );
  await prisma.$transaction((tx) => writeAudit(tx, { actorId: actor.id, action: "report.ranking_exported", targetType: "InfoReport", details: { year } }));
  return `\uFEFF${csv}`;
}
