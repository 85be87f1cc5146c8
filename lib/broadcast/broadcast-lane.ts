// How broadcast messages sit in the outbox: which rows belong to a broadcast, the lane they wait
// in, and the words a stopped message carries. Shared by lib/broadcast and the outbox worker.

/** OutboxMessage.relatedType of a broadcast's messages (relatedId is the Broadcast id). */
export const BROADCAST_RELATED_TYPE = "Broadcast";

/** OutboxMessage.priority: case messages (receipts, deadline warnings) first, broadcasts after. */
export const OUTBOX_PRIORITY = { CASE: 0, BULK: 1 } as const;

/** lastError of a message not sent because its warning was withdrawn or expired while queued. */
export const LAPSED_ERROR = "预警已撤回/已过期，停止发送";
/** lastError of a message not sent because an editor pressed 停止发送. */
export const STOPPED_ERROR = "编辑已停止发送";
/** FAILED rows with one of these errors were cancelled, not failed: the counts show them apart. */
export const CANCELLED_ERRORS = [LAPSED_ERROR, STOPPED_ERROR];
