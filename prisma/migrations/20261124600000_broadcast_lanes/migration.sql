-- Broadcast review fixes (lib/broadcast, lib/notify/deliver-outbox.ts): a priority lane so bulk
-- broadcasts never hold up case receipts, and the moment an editor stopped a broadcast.

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "priority" SMALLINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN "stoppedAt" TIMESTAMP(3);

-- Broadcast rows already queued go to the bulk lane.
UPDATE "OutboxMessage" SET "priority" = 1 WHERE "relatedType" = 'Broadcast';

-- CreateIndex
CREATE INDEX "OutboxMessage_status_priority_nextAttemptAt_idx" ON "OutboxMessage"("status", "priority", "nextAttemptAt");
