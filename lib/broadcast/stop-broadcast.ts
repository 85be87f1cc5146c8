// Stopping a broadcast's queue. A broadcast queues all its messages at once and 100,000 of them
// take about 9 minutes to send, so the queue must stop when the warning stops being true:
// - the worker, before sending a batch, checks the broadcasts it claimed (one query per batch,
//   not per message) and cancels the rest of any whose item is no longer public or has expired;
// - an editor can stop a broadcast by hand (停止发送 on its page).
// Cancelled messages become FAILED with a lastError from broadcast-lane.ts, in one statement
// per broadcast, and the broadcast's counts show them as 已停止 (broadcast-warning.ts).
import "server-only";
import { assertPermission, type Actor } from "../auth/actor";
import { writeAudit } from "../audit/write-audit";
import { publishedWhere } from "../content/public-content";
import { prisma } from "../db";
import { AppError } from "../errors";
import { BROADCAST_RELATED_TYPE, LAPSED_ERROR, STOPPED_ERROR } from "./broadcast-lane";

/**
 * Of the given broadcasts, those whose item is no longer public or whose validity has ended:
 * their QUEUED messages, and the SENDING ones held by the caller's claim (lease `claimedUntil`),
 * become FAILED with LAPSED_ERROR. Returns the lapsed broadcast ids, whose claimed rows the
 * caller must not send.
 */
export async function stopLapsedBroadcasts({ broadcastIds, claimedUntil, now = new Date() }: { broadcastIds: string[]; claimedUntil: Date; now?: Date }): Promise<Set<string>> {
  if (broadcastIds.length === 0) return new Set();
  const live = await prisma.broadcast.findMany({
    where: { id: { in: broadcastIds }, content: { AND: [publishedWhere(now), { OR: [{ validUntil: null }, { validUntil: { gt: now } }] }] } },
    select: { id: true },
  });
  const liveIds = new Set(live.map((b) => b.id));
  const lapsed = broadcastIds.filter((id) => !liveIds.has(id));
  if (lapsed.length === 0) return new Set();
  await prisma.outboxMessage.updateMany({
    where: { relatedType: BROADCAST_RELATED_TYPE, relatedId: { in: lapsed }, OR: [{ status: "QUEUED" }, { status: "SENDING", nextAttemptAt: claimedUntil }] },
    data: { status: "FAILED", lastError: LAPSED_ERROR },
  });
  return new Set(lapsed);
}

/** The editor's 停止发送: the broadcast's still-queued messages are cancelled, with an audit row. */
export async function stopBroadcast({ actor, broadcastId, now = new Date() }: { actor: Actor; broadcastId: string; now?: Date }): Promise<{ cancelled: number }> {
  assertPermission(actor, "warnings.broadcast");
  return prisma.$transaction(
    async (tx) => {
      const b = await tx.broadcast.findUnique({ where: { id: broadcastId }, select: { id: true, contentId: true, stoppedAt: true, content: { select: { title: true } } } });
      if (!b) throw new AppError("NOT_FOUND", "没有找到这次短信发送。");
      const { count } = await tx.outboxMessage.updateMany({
        where: { relatedType: BROADCAST_RELATED_TYPE, relatedId: b.id, status: "QUEUED" },
        data: { status: "FAILED", lastError: STOPPED_ERROR },
      });
      if (!b.stoppedAt) await tx.broadcast.update({ where: { id: b.id }, data: { stoppedAt: now } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "warning.broadcast.stop",
        targetType: "Broadcast",
        targetId: b.id,
        details: { contentId: b.contentId, title: b.content.title, cancelled: count },
      });
      return { cancelled: count };
    },
    { timeout: 60_000 },
  );
}
