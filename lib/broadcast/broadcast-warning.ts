// Broadcasting a published warning or rural-information item by SMS to the active subscribers of
// the chosen towns (issue 3; DESIGN.md "Notifications": every message goes through the outbox).
// One transaction writes the Broadcast row, one outbox message per subscriber (in chunks) and the audit row,
// so a broadcast either exists with all its messages or not at all. Each message's dedupe key is
// broadcastId:phone, so a retried insert never queues a number twice; the form's idempotency key
// makes a double click or a resubmitted form one broadcast.
// What is sent is what the editor confirmed: the form posts a hash of the previewed SMS, and a
// text that changed since (the item was edited) is refused with the new preview. A second
// broadcast of one item needs an explicit "send again" tick, checked under a lock on the item so
// two editors confirming at once cannot both send "the first" broadcast.
import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { ContentType, OutboxStatus } from "@/generated/prisma/enums";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { prisma, type Tx } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { formatDateTime } from "../format";
import { publishedWhere } from "../content/public-content";
import { siteConfig } from "../site";
import { parseInput } from "../validation";
import { ZBroadcastInput } from "./broadcast.schema";
import { broadcastText, smsLength, type SmsLength } from "./broadcast-text";
import { COUNTY_TOWNS, townsForArea } from "./county-towns";
import { BROADCAST_RELATED_TYPE, CANCELLED_ERRORS, OUTBOX_PRIORITY } from "./broadcast-lane";

export { BROADCAST_RELATED_TYPE };
export const BROADCAST_TYPES: ContentType[] = ["WARNING", "RURAL_INFO"];
/** Outbox rows per statement: large enough to be quick, small enough to keep each statement short. */
export const BROADCAST_CHUNK = 1000;
/** The CONFLICT message when the SMS changed between preview and confirmation. */
export const TEXT_CHANGED_MESSAGE = "预警内容已被修改，请核对新的短信内容后再发送";
export const CONFIRM_REPEAT_MESSAGE = "该内容已经发送过短信。如确需再次发送，请勾选“我确认需要再次发送”。";

/** What the confirm form carries to prove which SMS the editor saw. */
export function textHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const itemSelect = { id: true, type: true, slug: true, title: true, summary: true, status: true, warningLevel: true, area: true, validFrom: true, validUntil: true } as const;
type BroadcastItem = Prisma.ContentItemGetPayload<{ select: typeof itemSelect }>;

async function loadItem(db: Pick<Tx, "contentItem">, contentId: string) {
  const item = await db.contentItem.findUnique({ where: { id: contentId }, select: itemSelect });
  if (!item) throw new AppError("NOT_FOUND", "没有找到该内容，可能已被删除。");
  return item;
}

/** Why this item cannot be broadcast now, in words for the editor; null when it can. */
async function refusalOf(db: Pick<Tx, "contentItem">, item: BroadcastItem, now: Date): Promise<string | null> {
  if (!BROADCAST_TYPES.includes(item.type)) return "只有预警信息和惠农信息可以发送短信。";
  const isPublished = (await db.contentItem.count({ where: { AND: [{ id: item.id }, publishedWhere(now)] } })) > 0;
  if (!isPublished) return "该内容尚未发布，发布后才能发送短信。";
  if (item.validUntil && item.validUntil.getTime() <= now.getTime()) {
    return `该${item.type === "WARNING" ? "预警" : "信息"}已于${formatDateTime(item.validUntil)}过期，不能再发送短信。如情况仍在持续，请发布新的预警后再发送。`;
  }
  return null;
}

function kindFilter(type: ContentType): Prisma.WarningSubscriptionWhereInput {
  return type === "WARNING" ? { wantsWarnings: true } : { wantsRuralInfo: true };
}

/** Distinct phones: someone subscribed in two of the chosen towns gets the message once. */
async function countRecipients(db: Pick<Tx, "$queryRaw">, type: ContentType, towns: string[]): Promise<number> {
  if (towns.length === 0) return 0;
  const kind = type === "WARNING" ? Prisma.sql`"wantsWarnings"` : Prisma.sql`"wantsRuralInfo"`;
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(DISTINCT "phone") AS n FROM "WarningSubscription"
    WHERE "isActive" AND ${kind} AND "town" IN (${Prisma.join(towns)})`;
  return Number(rows[0]?.n ?? 0);
}

export interface BroadcastPreview {
  item: BroadcastItem;
  refusal: string | null;
  defaultTowns: string[];
  selectedTowns: string[];
  townCounts: { code: string; name: string; subscribers: number }[];
  recipientCount: number;
  text: string;
  textHash: string;
  length: SmsLength;
  /** Earlier broadcasts of this item, newest first: sending again needs confirmRepeat. */
  earlier: EarlierBroadcast[];
}

export interface EarlierBroadcast {
  id: string;
  createdAt: Date;
  createdBy: { name: string };
  recipientCount: number;
  stoppedAt: Date | null;
}

/** What the editor sees before confirming: towns, subscriber counts, the exact SMS and its length. */
export async function getBroadcastPreview({ actor, contentId, towns, now = new Date() }: { actor: Actor; contentId: string; towns?: string[]; now?: Date }): Promise<BroadcastPreview> {
  assertPermission(actor, "warnings.broadcast");
  const item = await loadItem(prisma, contentId);
  const refusal = await refusalOf(prisma, item, now);
  const defaultTowns = townsForArea(item.area);
  const selectedTowns = towns && towns.length ? COUNTY_TOWNS.map((t) => t.code).filter((c) => towns.includes(c)) : defaultTowns;
  const grouped = await prisma.warningSubscription.groupBy({ by: ["town"], where: { isActive: true, ...kindFilter(item.type) }, _count: { _all: true } });
  const byTown = new Map(grouped.map((g) => [g.town, g._count._all]));
  const text = broadcastText(item, siteConfig());
  const earlier = await prisma.broadcast.findMany({
    where: { contentId: item.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, createdBy: { select: { name: true } }, recipientCount: true, stoppedAt: true },
  });
  return {
    item,
    earlier,
    refusal,
    defaultTowns,
    selectedTowns,
    townCounts: COUNTY_TOWNS.map((t) => ({ code: t.code, name: t.name, subscribers: byTown.get(t.code) ?? 0 })),
    recipientCount: await countRecipients(prisma, item.type, selectedTowns),
    text,
    textHash: textHashOf(text),
    length: smsLength(text),
  };
}

export interface BroadcastResult {
  broadcastId: string;
  recipientCount: number;
  /** False when the idempotency key had already made this broadcast (double click, resubmit). */
  isNew: boolean;
}

export async function sendBroadcast({ actor, contentId, input, now = new Date() }: { actor: Actor; contentId: string; input: unknown; now?: Date }): Promise<BroadcastResult> {
  assertPermission(actor, "warnings.broadcast");
  const { towns, idempotencyKey, textHash, confirmRepeat } = parseInput(ZBroadcastInput, input);
  const earlier = async () => {
    const b = await prisma.broadcast.findUnique({ where: { idempotencyKey }, select: { id: true, recipientCount: true } });
    return b ? { broadcastId: b.id, recipientCount: b.recipientCount, isNew: false } : null;
  };
  const done = await earlier();
  if (done) return done;
  try {
    return await prisma.$transaction(
      async (tx) => {
        // Serialises broadcasts of one item (and edits of it) until this transaction ends.
        await tx.$queryRaw`SELECT 1 FROM "ContentItem" WHERE "id" = ${contentId} FOR UPDATE`;
        // The same form waited for that lock behind its twin (double click): the twin's broadcast.
        const twin = await tx.broadcast.findUnique({ where: { idempotencyKey }, select: { id: true, recipientCount: true } });
        if (twin) return { broadcastId: twin.id, recipientCount: twin.recipientCount, isNew: false };
        const item = await loadItem(tx, contentId);
        const refusal = await refusalOf(tx, item, now);
        if (refusal) throw new AppError("CONFLICT", refusal);
        const body = broadcastText(item, siteConfig());
        if (textHashOf(body) !== textHash) throw new AppError("CONFLICT", TEXT_CHANGED_MESSAGE);
        if (!confirmRepeat && (await tx.broadcast.count({ where: { contentId: item.id } })) > 0) {
          throw new AppError("VALIDATION", "请确认是否再次发送", { fieldErrors: { confirmRepeat: CONFIRM_REPEAT_MESSAGE } });
        }
        const broadcast = await tx.broadcast.create({
          data: { contentId: item.id, towns, body, recipientCount: 0, idempotencyKey, createdById: actor.id, createdAt: now },
        });
        // Keyset pages of distinct phones, 1,000 per statement, each page copied into the outbox
        // inside the database. Measured on PostgreSQL (bench/broadcast-scale.mts): Prisma's
        // createMany of 1,000 outbox rows took 0.7-1.5 s, so 100,000 subscribers held this
        // transaction open for 85 s; INSERT ... SELECT does the same rows in a fraction of that
        // and never loads the phone numbers into this process.
        const template = item.type === "WARNING" ? "warning.broadcast" : "rural-info.broadcast";
        let recipientCount = 0;
        let after = "";
        for (;;) {
          const page = await enqueueBroadcastPage(tx, { broadcastId: broadcast.id, type: item.type, towns, template, body, after });
          recipientCount += page.inserted;
          if (page.taken < BROADCAST_CHUNK || !page.last) break;
          after = page.last;
        }
        await tx.broadcast.update({ where: { id: broadcast.id }, data: { recipientCount } });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "warning.broadcast",
          targetType: "Broadcast",
          targetId: broadcast.id,
          details: { contentId: item.id, title: item.title, towns, recipientCount },
        });
        return { broadcastId: broadcast.id, recipientCount, isNew: true };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (err) {
    // Two submissions of one form raced: the other one made the broadcast.
    if (isUniqueViolation(err)) {
      const winner = await earlier();
      if (winner) return winner;
    }
    throw err;
  }
}

/**
 * Queues the next page of a broadcast: up to BROADCAST_CHUNK distinct active subscriber phones
 * after `after` (keyset on phone), one outbox row each, with the dedupe key broadcastId:phone so
 * a repeated page inserts nothing twice. Columns are timestamp(3) in UTC (deliver-outbox.ts).
 */
async function enqueueBroadcastPage(
  tx: Pick<Tx, "$queryRaw">,
  p: { broadcastId: string; type: ContentType; towns: string[]; template: string; body: string; after: string },
): Promise<{ taken: number; inserted: number; last: string | null }> {
  const kind = p.type === "WARNING" ? Prisma.sql`"wantsWarnings"` : Prisma.sql`"wantsRuralInfo"`;
  const now = Prisma.sql`(${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const rows = await tx.$queryRaw<{ taken: bigint | number; inserted: bigint | number; last: string | null }[]>`
    WITH page AS (
      SELECT DISTINCT "phone" FROM "WarningSubscription"
       WHERE "isActive" AND ${kind} AND "town" IN (${Prisma.join(p.towns)}) AND "phone" > ${p.after}
       ORDER BY "phone" LIMIT ${BROADCAST_CHUNK}
    ), queued AS (
      INSERT INTO "OutboxMessage" ("id", "recipient", "template", "body", "dedupeKey", "relatedType", "relatedId", "priority", "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid()::text, "phone", ${p.template}, ${p.body}, ${p.broadcastId} || ':' || "phone", ${BROADCAST_RELATED_TYPE}, ${p.broadcastId}, ${OUTBOX_PRIORITY.BULK}::smallint, ${now}, ${now}
        FROM page
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM page) AS taken, (SELECT count(*) FROM queued) AS inserted, (SELECT max("phone") FROM page) AS last`;
  return { taken: Number(rows[0].taken), inserted: Number(rows[0].inserted), last: rows[0].last };
}

/** Counts by outbox status; CANCELLED are the FAILED rows that were stopped (stop-broadcast.ts), not in FAILED. */
export type BroadcastCounts = Record<OutboxStatus | "CANCELLED", number>;

const ZERO: BroadcastCounts = { QUEUED: 0, SENDING: 0, SENT: 0, DELIVERED: 0, FAILED: 0, CANCELLED: 0 };

/** Counts by outbox status of each broadcast's messages: two grouped queries for many broadcasts. */
async function countsOf(broadcastIds: string[]): Promise<Map<string, BroadcastCounts>> {
  const result = new Map(broadcastIds.map((id) => [id, { ...ZERO }]));
  if (broadcastIds.length === 0) return result;
  const rows = await prisma.outboxMessage.groupBy({
    by: ["relatedId", "status"],
    where: { relatedType: BROADCAST_RELATED_TYPE, relatedId: { in: broadcastIds } },
    _count: { _all: true },
  });
  for (const r of rows) if (r.relatedId) result.get(r.relatedId)![r.status] = r._count._all;
  const cancelled = await prisma.outboxMessage.groupBy({
    by: ["relatedId"],
    where: { relatedType: BROADCAST_RELATED_TYPE, relatedId: { in: broadcastIds }, status: "FAILED", lastError: { in: CANCELLED_ERRORS } },
    _count: { _all: true },
  });
  for (const r of cancelled) {
    if (!r.relatedId) continue;
    const counts = result.get(r.relatedId)!;
    counts.CANCELLED = r._count._all;
    counts.FAILED -= r._count._all;
  }
  return result;
}

const broadcastSelect = {
  id: true,
  towns: true,
  body: true,
  recipientCount: true,
  createdAt: true,
  stoppedAt: true,
  createdBy: { select: { name: true } },
  content: { select: { id: true, type: true, slug: true, title: true, warningLevel: true } },
} as const;

function townsOf(value: Prisma.JsonValue): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export async function getBroadcast({ actor, broadcastId }: { actor: Actor; broadcastId: string }) {
  assertPermission(actor, "warnings.broadcast");
  const b = await prisma.broadcast.findUnique({ where: { id: broadcastId }, select: broadcastSelect });
  if (!b) throw new AppError("NOT_FOUND", "没有找到这次短信发送。");
  const counts = (await countsOf([b.id])).get(b.id)!;
  return { ...b, towns: townsOf(b.towns), counts, length: smsLength(b.body), isFinished: counts.QUEUED + counts.SENDING === 0 };
}

export const BROADCASTS_PAGE_SIZE = 20;

export async function listBroadcasts({ actor, page = 1 }: { actor: Actor; page?: number }) {
  assertPermission(actor, "warnings.broadcast");
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  const [total, rows] = await Promise.all([
    prisma.broadcast.count(),
    prisma.broadcast.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * BROADCASTS_PAGE_SIZE, take: BROADCASTS_PAGE_SIZE, select: broadcastSelect }),
  ]);
  const counts = await countsOf(rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({ ...r, towns: townsOf(r.towns), counts: counts.get(r.id)! })),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / BROADCASTS_PAGE_SIZE)),
  };
}

/** Published warnings and rural information still in force: what an editor may broadcast now. */
export async function listBroadcastableItems({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertPermission(actor, "warnings.broadcast");
  return prisma.contentItem.findMany({
    where: { AND: [{ type: { in: BROADCAST_TYPES } }, publishedWhere(now), { OR: [{ validUntil: null }, { validUntil: { gt: now } }] }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, type: true, title: true, warningLevel: true, area: true, validUntil: true, _count: { select: { broadcasts: true } } },
  });
}
