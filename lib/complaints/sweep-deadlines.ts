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
import { departmentContacts, officerPhone, supervisionContacts } from "./notify-recipients";

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

async function recipientsFor(tx: Tx, row: DueRow, withSupervision: boolean) {
  const all = [...(await officerPhone(tx, row.handlerId)), ...(await departmentContacts(tx, row.departmentId)), ...(withSupervision ? await supervisionContacts(tx) : [])];
  const seen = new Set<string>();
  return all.filter((r) => (seen.has(r.phone) ? false : (seen.add(r.phone), true)));
}

/** One sweep: warns up to `limit` cases of each kind; call again while it returns full batches. */
export async function sweepDeadlines({ now = new Date(), limit = 200 }: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  return prisma.$transaction(async (tx) => {
    let messages = 0;
    const yellow = await claimYellow(tx, now, limit);
    for (const row of yellow) {
      await tx.complaint.update({ where: { id: row.id }, data: { yellowWarnedAt: now } });
      await tx.complaintEvent.create({ data: { complaintId: row.id, type: "YELLOW_WARNING", note: `黄牌预警：办理时限已过八成，期限${formatDeadline(row.deadlineAt)}。`, isPublic: false, createdAt: now } });
      const out: OutboxInput[] = (await recipientsFor(tx, row, false)).map((r) => ({
        recipient: r.phone,
        template: "supervision.yellow",
        body: `【黄牌预警】案件${row.trackingNo}“${row.title}”办理时限已过八成，请于${formatDeadline(row.deadlineAt)}前办结。`,
        dedupeKey: `yellow:${row.id}:${row.deadlineAt.toISOString()}:${r.id}`,
        relatedType: "Complaint",
        relatedId: row.id,
      }));
      messages += await enqueueMessages(tx, out);
    }
    const red = await claimRed(tx, now, limit);
    for (const row of red) {
      await tx.complaint.update({ where: { id: row.id }, data: { redCardAt: now, yellowWarnedAt: now } });
      await tx.complaintEvent.create({ data: { complaintId: row.id, type: "RED_CARD", note: `红牌督办：已超过办理期限（${formatDeadline(row.deadlineAt)}），已发出催办通知并抄送县政府督查室。`, isPublic: false, createdAt: now } });
      const out: OutboxInput[] = (await recipientsFor(tx, row, true)).map((r) => ({
        recipient: r.phone,
        template: "supervision.red",
        body: `【催办通知】案件${row.trackingNo}“${row.title}”已超过办理期限${formatDeadline(row.deadlineAt)}，请立即办理并反馈。`,
        dedupeKey: `red:${row.id}:${row.deadlineAt.toISOString()}:${r.id}`,
        relatedType: "Complaint",
        relatedId: row.id,
      }));
      messages += await enqueueMessages(tx, out);
    }
    return { yellow: yellow.length, red: red.length, messages };
  });
}
