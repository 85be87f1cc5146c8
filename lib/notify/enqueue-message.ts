// Puts messages in the outbox inside the caller's transaction (DESIGN.md "Notifications"): the
// message exists exactly when the event that causes it does. A dedupe key makes "send once" a
// database fact: a second insert with the same key is silently skipped.
import type { Tx } from "../db";

export interface OutboxInput {
  recipient: string;
  template: string;
  body: string;
  dedupeKey?: string;
  relatedType?: string;
  relatedId?: string;
  channel?: "SMS";
}

/** Queues messages; returns how many were new (duplicates by dedupe key are skipped). */
export async function enqueueMessages(tx: Pick<Tx, "outboxMessage">, messages: OutboxInput[]): Promise<number> {
  const rows = messages.filter((m) => m.recipient.trim() !== "");
  if (rows.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({
    data: rows.map((m) => ({
      channel: m.channel ?? "SMS",
      recipient: m.recipient,
      template: m.template,
      body: m.body,
      dedupeKey: m.dedupeKey ?? null,
      relatedType: m.relatedType ?? null,
      relatedId: m.relatedId ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
