// The deadline sweeper (DESIGN.md "Supervision"): a yellow warning at 80% of the time used, a red
// card and an overdue notice (催办通知) past the deadline, each sent once. "Once" holds twice over:
// the case row is claimed with FOR UPDATE SKIP LOCKED and stamped in the same transaction, and
// every message carries a dedupe key, so two sweepers or a rerun never send a warning twice.
// It reads only through partial indexes on due, unwarned, open cases (migration 20261123100000),
// so its cost follows the number of due cases, not the number of cases ever filed.
import "server-only";
import { prisma, type Tx } from "../db";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { formatDeadline } from "./complaint-format";
import { supervisionContacts } from "./notify-recipients";

const OPEN = `('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')`;

interface DueRow {
  id: string;
  trackingNo: string;
  title: string;
  departmentId: string;
  handlerId: string | null;
  deadlineAt: Date;
}

export interface SweepResult {
  yellow: number;
  red: number;
  messages: number;
}

async function claimYellow(tx: Tx, now: Date, limit: number): Promise<DueRow[]> {
  return tx.$queryRawUnsafe<DueRow[]>(
    `SELECT "id", "trackingNo", "title", "departmentId", "handlerId", "deadlineAt" FROM "Complaint"
     WHERE "yellowWarnedAt" IS NULL AND "status" IN ${OPEN} AND "yellowWarnAt" <= $1 AND "deadlineAt" > $1
     ORDER BY "yellowWarnAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
    now,
    limit,
  );
}

async function claimRed(tx: Tx, now: Date, limit: number): Promise<DueRow[]> {
  return tx.$queryRawUnsafe<DueRow[]>(
    `SELECT "id", "trackingNo", "title", "departmentId", "handlerId", "deadlineAt" FROM "Complaint"
     WHERE "redCardAt" IS NULL AND "status" IN ${OPEN} AND "deadlineAt" <= $1
     ORDER BY "deadlineAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
    now,
    limit,
  );
}

type Contact = { id: string; phone: string };

/** Phones of handlers, department heads and (for red cards) the supervision office, in three queries. */
async function loadRecipients(tx: Tx, rows: DueRow[], withSupervision: boolean) {
  const handlerIds = [...new Set(rows.map((r) => r.handlerId).filter((id): id is string => !!id))];
  const departmentIds = [...new Set(rows.map((r) => r.departmentId))];
  const [handlers, heads, supervision] = await Promise.all([
    handlerIds.length ? tx.officer.findMany({ where: { id: { in: handlerIds }, isActive: true, phone: { not: null } }, select: { id: true, phone: true } }) : [],
    tx.officer.findMany({ where: { departmentId: { in: departmentIds }, role: "DEPARTMENT_HEAD", isActive: true, phone: { not: null } }, select: { id: true, phone: true, departmentId: true } }),
    withSupervision ? supervisionContacts(tx) : Promise.resolve([] as Contact[]),
  ]);
  const handlerById = new Map(handlers.map((h) => [h.id, { id: h.id, phone: h.phone! }]));
  return (row: DueRow): Contact[] => {
    const all: Contact[] = [
      ...(row.handlerId && handlerById.has(row.handlerId) ? [handlerById.get(row.handlerId)!] : []),
      ...heads.filter((h) => h.departmentId === row.departmentId).map((h) => ({ id: h.id, phone: h.phone! })),
      ...supervision,
    ];
    const seen = new Set<string>();
    return all.filter((r) => (seen.has(r.phone) ? false : (seen.add(r.phone), true)));
  };
}

async function warn(tx: Tx, rows: DueRow[], now: Date, kind: "yellow" | "red"): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.id);
  await tx.complaint.updateMany({ where: { id: { in: ids } }, data: kind === "yellow" ? { yellowWarnedAt: now } : { redCardAt: now } });
  if (kind === "red") await tx.complaint.updateMany({ where: { id: { in: ids }, yellowWarnedAt: null }, data: { yellowWarnedAt: now } });
  await tx.complaintEvent.createMany({
    data: rows.map((row) => ({
      complaintId: row.id,
      type: kind === "yellow" ? ("YELLOW_WARNING" as const) : ("RED_CARD" as const),
      note:
        kind === "yellow"
          ? `黄牌预警：办理时限已过八成，期限${formatDeadline(row.deadlineAt)}。`
          : `红牌督办：已超过办理期限（${formatDeadline(row.deadlineAt)}），已发出催办通知并抄送县政府督查室。`,
      isPublic: false,
      createdAt: now,
    })),
  });
  const recipientsOf = await loadRecipients(tx, rows, kind === "red");
  const out: OutboxInput[] = rows.flatMap((row) =>
    recipientsOf(row).map((r) => ({
      recipient: r.phone,
      template: `supervision.${kind}`,
      body:
        kind === "yellow"
          ? `【黄牌预警】案件${row.trackingNo}“${row.title}”办理时限已过八成，请于${formatDeadline(row.deadlineAt)}前办结。`
          : `【催办通知】案件${row.trackingNo}“${row.title}”已超过办理期限${formatDeadline(row.deadlineAt)}，请立即办理并反馈。`,
      dedupeKey: `${kind}:${row.id}:${row.deadlineAt.toISOString()}:${r.id}`,
      relatedType: "Complaint",
      relatedId: row.id,
    })),
  );
  return enqueueMessages(tx, out);
}

/** One sweep: warns up to `limit` cases of each kind; call again while it returns full batches. */
export async function sweepDeadlines({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  return prisma.$transaction(
    async (tx) => {
      const yellow = await claimYellow(tx, now, limit);
      let messages = await warn(tx, yellow, now, "yellow");
      const red = await claimRed(tx, now, limit);
      messages += await warn(tx, red, now, "red");
      return { yellow: yellow.length, red: red.length, messages };
    },
    { timeout: 30_000 },
  );
}

/** Sweeps until no full batch is left; the outbox worker calls this on every tick. */
export async function sweepComplaintDeadlines(now = new Date()): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await sweepDeadlines({ now });
    if (r.yellow > 0 || r.red > 0) console.log(`[sweeper] yellow ${r.yellow}, red ${r.red}, messages ${r.messages}`);
    if (r.yellow < 200 && r.red < 200) return;
  }
}
