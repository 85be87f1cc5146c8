// Who is told about a case: phones of the department's heads, the handler, the supervision office.
import type { Tx } from "../db";

type Db = Pick<Tx, "officer">;

export async function departmentContacts(db: Db, departmentId: string): Promise<{ id: string; phone: string }[]> {
  const heads = await db.officer.findMany({
    where: { departmentId, role: "DEPARTMENT_HEAD", isActive: true, phone: { not: null } },
    select: { id: true, phone: true },
  });
  return heads.map((h) => ({ id: h.id, phone: h.phone! }));
}

export async function supervisionContacts(db: Db): Promise<{ id: string; phone: string }[]> {
  const rows = await db.officer.findMany({
    where: { isActive: true, phone: { not: null }, OR: [{ role: "SUPERVISOR" }, { department: { kind: "SUPERVISION_OFFICE" } }] },
    select: { id: true, phone: true },
  });
  return rows.map((r) => ({ id: r.id, phone: r.phone! }));
}

export async function officerPhone(db: Db, officerId: string | null | undefined): Promise<{ id: string; phone: string }[]> {
  if (!officerId) return [];
  const o = await db.officer.findUnique({ where: { id: officerId }, select: { id: true, phone: true, isActive: true } });
  return o?.phone && o.isActive ? [{ id: o.id, phone: o.phone }] : [];
}

/** The 12345 desk's dispatchers, told when a case is sent back to the dispatch queue. */
export async function dispatcherContacts(db: Db): Promise<{ id: string; phone: string }[]> {
  const rows = await db.officer.findMany({ where: { role: "DISPATCHER", isActive: true, phone: { not: null } }, select: { id: true, phone: true } });
  return rows.map((r) => ({ id: r.id, phone: r.phone! }));
}
