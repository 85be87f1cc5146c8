// 发文字号 (GB/T 9704-2012 7.2.4: 机关代字〔年份〕序号号, e.g. 桐政发〔2026〕12号). Each unit has a
// register per kind giving the prefix; kinds sharing a prefix share its yearly sequence. The number
// is taken inside the signing transaction from the counter row (unit, prefix, year) with INSERT … ON CONFLICT DO
// UPDATE … RETURNING: the row lock serialises concurrent sign-offs and a rollback gives the
// number back, so a year's sequence has no gap and no duplicate.
import "server-only";
import { randomUUID } from "node:crypto";
import type { DocumentKind } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma, type Tx } from "../db";
import { AppError } from "../errors";
import { siteConfig } from "../site";
import { parseInput } from "../validation";
import { ZRegisterInput } from "./document.schema";
import { DOCUMENT_KIND_LABELS } from "./labels";

/** 机关代字 of the demo county's units; others take two characters of their name. */
const UNIT_CODES: Record<string, string> = {
  GOV_OFFICE: "政",
  SUPERVISION: "政督",
  TRANSPORT: "交",
  MARKET: "市监",
  AGRI: "农",
  METEO: "气",
  INVEST: "投促",
  HOUSING: "建",
  EDUCATION: "教",
  CIVIL: "民",
  HEALTHCARE: "医保",
};

export function formatDocNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** The register a unit gets when nobody set one up: 桐政发 / 桐政函, 桐交发 / 桐交函. */
export function defaultRegister(department: { code: string; name: string; kind: string }, kind: DocumentKind) {
  const site = siteConfig().name; // 桐川县人民政府
  const county = site.replace(/人民政府$/, ""); // 桐川县
  const countyChar = county.slice(0, 1);
  const isCounty = department.kind === "GOVERNMENT_OFFICE";
  const unitCode = UNIT_CODES[department.code] ?? department.name.replace(/^县/, "").replace(/(人民政府|局|委员会|中心|办公室)$/, "").slice(0, 2);
  const prefix = `${countyChar}${unitCode}${kind === "LETTER" ? "函" : "发"}`;
  const issuerName = isCounty ? site : department.kind === "TOWN" ? department.name : department.name.startsWith("县") ? `${county.replace(/县$/, "")}${department.name}` : department.name;
  // 函 uses the letter format: the unit's full name alone (GB/T 9704-2012 10.1).
  const issuerMark = kind === "LETTER" ? issuerName : `${issuerName}文件`;
  return { prefix, issuerName, issuerMark };
}

/** The register of (unit, kind), created with the defaults on first use (race-safe). */
export async function registerFor(tx: Tx, departmentId: string, kind: DocumentKind) {
  const existing = await tx.documentRegister.findUnique({ where: { departmentId_kind: { departmentId, kind } } });
  if (existing) return existing;
  const department = await tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { code: true, name: true, kind: true } });
  const d = defaultRegister(department, kind);
  await tx.$executeRaw`INSERT INTO "DocumentRegister" ("id", "departmentId", "kind", "prefix", "issuerMark", "issuerName", "updatedAt")
    VALUES (${randomUUID()}, ${departmentId}, ${kind}::"DocumentKind", ${d.prefix}, ${d.issuerMark}, ${d.issuerName}, now())
    ON CONFLICT ("departmentId", "kind") DO NOTHING`;
  return tx.documentRegister.findUniqueOrThrow({ where: { departmentId_kind: { departmentId, kind } } });
}

/** The next number of the register's year, taken inside the caller's transaction. */
export async function nextDocumentNumber(tx: Tx, register: { departmentId: string; prefix: string }, year: number) {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "DocumentNumberCounter" ("departmentId", "prefix", "year", "last") VALUES (${register.departmentId}, ${register.prefix}, ${year}, 1)
    ON CONFLICT ("departmentId", "prefix", "year") DO UPDATE SET "last" = "DocumentNumberCounter"."last" + 1
    RETURNING "last"`;
  const seq = Number(row.last);
  return { year, seq, docNumber: formatDocNumber(register.prefix, year, seq) };
}

/** Registers of a unit, one per kind (defaults shown for kinds never used). */
export async function listRegisters({ actor, departmentId }: { actor: Actor; departmentId: string }) {
  assertPermission(actor, "documents.manage");
  const department = await prisma.department.findUnique({ where: { id: departmentId }, select: { id: true, code: true, name: true, kind: true } });
  if (!department) throw new AppError("NOT_FOUND", "没有找到该单位。");
  const rows = await prisma.documentRegister.findMany({ where: { departmentId } });
  const counters = await prisma.documentNumberCounter.findMany({ where: { departmentId } });
  return {
    department,
    registers: (Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[]).map((kind) => {
      const row = rows.find((r) => r.kind === kind);
      const shown = row ?? defaultRegister(department, kind);
      const last = counters.filter((c) => c.prefix === shown.prefix).sort((a, b) => b.year - a.year)[0];
      return { kind, label: DOCUMENT_KIND_LABELS[kind], ...shown, saved: !!row, lastYear: last?.year ?? null, lastSeq: last?.last ?? null };
    }),
  };
}

export async function saveRegister({ actor, departmentId, kind, input }: { actor: Actor; departmentId: string; kind: DocumentKind; input: unknown }) {
  assertPermission(actor, "documents.manage");
  if (!(kind in DOCUMENT_KIND_LABELS)) throw new AppError("VALIDATION", "没有这种文种。");
  const data = parseInput(ZRegisterInput, input);
  return prisma.$transaction(async (tx) => {
    const register = await registerFor(tx, departmentId, kind);
    await tx.documentRegister.update({ where: { id: register.id }, data });
    await writeAudit(tx, { actorId: actor.id, action: "document.register_saved", targetType: "DocumentRegister", targetId: register.id, details: { kind: DOCUMENT_KIND_LABELS[kind], ...data } });
    return register;
  });
}
