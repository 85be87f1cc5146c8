// 用车统计: trips, kilometres and costs per car and per unit (the booker's department) for a
// Beijing month. A trip counts in the month it started and only once returned (kilometres and
// costs are known then). One grouped query per table.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { assertPermission, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { csvRow, UTF8_BOM } from "../csv";
import { writeAudit } from "../audit/write-audit";
import { formatYuan } from "./money";
import { ZMonth } from "./vehicles.schema";

export interface StatsLine {
  key: string;
  name: string;
  trips: number;
  km: number;
  fuelFen: number;
  tollFen: number;
  parkingFen: number;
  costFen: number;
}

/** The first instant of a Beijing month and of the next one. */
export function beijingMonth(month: string): { start: Date; end: Date } {
  const parsed = ZMonth.safeParse(month);
  if (!parsed.success) throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { month: parsed.error.issues[0].message } });
  const [y, m] = month.split("-").map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { start: new Date(`${month}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
}

type Row = { key: string; name: string; trips: number; km: number; fuel: number; toll: number; parking: number };

function line(r: Row): StatsLine {
  const [fuelFen, tollFen, parkingFen] = [Number(r.fuel), Number(r.toll), Number(r.parking)];
  return { key: r.key, name: r.name, trips: Number(r.trips), km: Number(r.km), fuelFen, tollFen, parkingFen, costFen: fuelFen + tollFen + parkingFen };
}

function total(lines: StatsLine[]): StatsLine {
  const sum = (k: keyof StatsLine) => lines.reduce((n, l) => n + (l[k] as number), 0);
  return { key: "total", name: "合计", trips: sum("trips"), km: sum("km"), fuelFen: sum("fuelFen"), tollFen: sum("tollFen"), parkingFen: sum("parkingFen"), costFen: sum("costFen") };
}

export async function getVehicleStats({ actor, month }: { actor: Actor; month: string }) {
  assertPermission(actor, "vehicles.approve");
  const { start, end } = beijingMonth(month);
  const cols = Prisma.sql`count(*)::int AS "trips", COALESCE(sum(b."returnOdometer" - b."departOdometer"), 0)::int AS "km",
    COALESCE(sum(b."fuelFen"), 0)::int AS "fuel", COALESCE(sum(b."tollFen"), 0)::int AS "toll", COALESCE(sum(b."parkingFen"), 0)::int AS "parking"`;
  const where = Prisma.sql`b."status" = 'RETURNED' AND b."startAt" >= ${start} AND b."startAt" < ${end}`;
  const [cars, units] = await Promise.all([
    prisma.$queryRaw<Row[]>`SELECT v."id" AS "key", v."plate" AS "name", ${cols} FROM "VehicleBooking" b JOIN "Vehicle" v ON v."id" = b."vehicleId" WHERE ${where} GROUP BY v."id", v."plate" ORDER BY v."plate"`,
    prisma.$queryRaw<Row[]>`SELECT d."id" AS "key", d."name" AS "name", ${cols} FROM "VehicleBooking" b JOIN "Department" d ON d."id" = b."departmentId" WHERE ${where} GROUP BY d."id", d."name", d."sortOrder" ORDER BY d."sortOrder", d."name"`,
  ]);
  const byCar = cars.map(line);
  const byUnit = units.map(line);
  return { month, byCar, byUnit, total: total(byCar) };
}

/** The month's figures as CSV: one section per car, then per unit. */
export async function exportVehicleStatsCsv({ actor, month }: { actor: Actor; month: string }) {
  const stats = await getVehicleStats({ actor, month });
  const header = ["月份", "分组", "车辆/单位", "出车次数", "行驶里程（公里）", "油费（元）", "过路费（元）", "停车费（元）", "费用合计（元）"];
  const rows = (group: string, lines: StatsLine[]) => lines.map((l) => csvRow([month, group, l.name, l.trips, l.km, formatYuan(l.fuelFen), formatYuan(l.tollFen), formatYuan(l.parkingFen), formatYuan(l.costFen)])).join("");
  const body = UTF8_BOM + csvRow(header) + rows("按车辆", stats.byCar) + rows("按单位", stats.byUnit) + rows("合计", [stats.total]);
  await prisma.$transaction((tx) => writeAudit(tx, { actorId: actor.id, action: "vehicle.stats_exported", targetType: "VehicleBooking", details: { date: month } }));
  return { body, filename: `vehicle-stats-${month}.csv` };
}
