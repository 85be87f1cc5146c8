// The deadline sweeper of every kind (DESIGN.md "Supervision"): a yellow warning at 80% of the
// time used, a red card past the deadline, each sent once. "Once" holds twice over: each kind
// claims its rows FOR UPDATE SKIP LOCKED and stamps them in the same transaction, and every
// message carries a dedupe key, so two sweepers or a rerun never send a warning twice. Each kind
// reads through partial indexes on its due, unwarned, open rows, so a sweep's cost follows the
// number of due items, not the number of items ever created.
import "server-only";
import { prisma, type Tx } from "../db";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";
import { sweptStagesOf, type DueItem, type StageKey, type SupervisionKind, type WarningLevel } from "./define-kind";
import { recipientsFor } from "./recipients";
import { supervisionKinds } from "./kinds";

export interface SweepResult {
  yellow: number;
  red: number;
  messages: number;
  /** The largest batch claimed for one kind, stage and level (the caller sweeps again while one is full). */
  fullest: number;
}

function defaultDedupeKey(kind: SupervisionKind, item: DueItem, level: WarningLevel, recipientId: string, stage: StageKey): string {
  const head = stage === "finish" ? `${kind.kind}:${level}` : `${kind.kind}:${stage}:${level}`;
  return `${head}:${item.id}:${item.dueAt.toISOString()}:${recipientId}`;
}

async function warn(tx: Tx, kind: SupervisionKind, items: DueItem[], level: WarningLevel, stage: StageKey, now: Date): Promise<number> {
  if (items.length === 0) return 0;
  await kind.stampWarned(tx, items, level, now, stage);
  const recipientsOf = kind.recipients ? await kind.recipients(tx, items, level) : await recipientsFor(tx, items, level === "red");
  const out: OutboxInput[] = items.flatMap((item) =>
    recipientsOf(item).map((r) => ({
      recipient: r.phone,
      officerId: r.id,
      template: `supervision.${level}`,
      body: kind.warningText(item, level, stage),
      dedupeKey: kind.dedupeKey ? kind.dedupeKey(item, level, r.id, stage) : defaultDedupeKey(kind, item, level, r.id, stage),
      relatedType: kind.relatedType ?? kind.kind,
      relatedId: item.id,
    })),
  );
  return enqueueMessages(tx, out);
}

/** One sweep over every kind and each of its swept stages: warns up to `limit` items of each kind, stage and level. */
export async function sweepSupervision({ now = new Date(), limit = 200, kinds = supervisionKinds() }: { now?: Date; limit?: number; kinds?: SupervisionKind[] } = {}): Promise<SweepResult> {
  const total: SweepResult = { yellow: 0, red: 0, messages: 0, fullest: 0 };
  for (const kind of kinds) {
    for (const stage of sweptStagesOf(kind)) {
      const r = await prisma.$transaction(
        async (tx) => {
          const yellow = await kind.claimDue(tx, "yellow", now, limit, stage);
          let messages = await warn(tx, kind, yellow, "yellow", stage, now);
          const red = await kind.claimDue(tx, "red", now, limit, stage);
          messages += await warn(tx, kind, red, "red", stage, now);
          return { yellow: yellow.length, red: red.length, messages };
        },
        { timeout: 30_000 },
      );
      total.yellow += r.yellow;
      total.red += r.red;
      total.messages += r.messages;
      total.fullest = Math.max(total.fullest, r.yellow, r.red);
    }
  }
  return total;
}

/** Sweeps until no full batch is left; the outbox worker calls this on every tick. */
export async function sweepAllDeadlines(now = new Date()): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await sweepSupervision({ now });
    if (r.yellow > 0 || r.red > 0) console.log(`[sweeper] yellow ${r.yellow}, red ${r.red}, messages ${r.messages}`);
    if (r.fullest < 200) return;
  }
}
