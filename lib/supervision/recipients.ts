// Who hears about a supervised item: its handler, its department's heads, and (red cards, 催办
// copies) the supervision office. Phones deduplicated; loaded in three queries for a batch.
import type { Tx } from "../db";

export type Contact = { id: string; phone: string };

export async function supervisionOfficeContacts(db: Pick<Tx, "officer">): Promise<Contact[]> {
  const rows = await db.officer.findMany({
    where: { isActive: true, phone: { not: null }, OR: [{ role: "SUPERVISOR" }, { department: { kind: "SUPERVISION_OFFICE" } }] },
    select: { id: true, phone: true },
  });
  return rows.map((r) => ({ id: r.id, phone: r.phone! }));
}

export async function recipientsFor(
  db: Pick<Tx, "officer">,
  items: { departmentId: string; handlerId: string | null }[],
  withSupervision: boolean,
): Promise<(item: { departmentId: string; handlerId: string | null }) => Contact[]> {
  const handlerIds = [...new Set(items.map((r) => r.handlerId).filter((id): id is string => !!id))];
  const departmentIds = [...new Set(items.map((r) => r.departmentId))];
  const [handlers, heads, supervision] = await Promise.all([
    handlerIds.length ? db.officer.findMany({ where: { id: { in: handlerIds }, isActive: true, phone: { not: null } }, select: { id: true, phone: true } }) : [],
    db.officer.findMany({ where: { departmentId: { in: departmentIds }, role: "DEPARTMENT_HEAD", isActive: true, phone: { not: null } }, select: { id: true, phone: true, departmentId: true } }),
    withSupervision ? supervisionOfficeContacts(db) : Promise.resolve([] as Contact[]),
  ]);
  const handlerById = new Map(handlers.map((h) => [h.id, { id: h.id, phone: h.phone! }]));
  return (item) => {
    const all: Contact[] = [
      ...(item.handlerId && handlerById.has(item.handlerId) ? [handlerById.get(item.handlerId)!] : []),
      ...heads.filter((h) => h.departmentId === item.departmentId).map((h) => ({ id: h.id, phone: h.phone! })),
      ...supervision,
    ];
    const seen = new Set<string>();
    return all.filter((r) => (seen.has(r.phone) ? false : (seen.add(r.phone), true)));
  };
}
