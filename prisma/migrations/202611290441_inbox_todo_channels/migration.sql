-- The 待办 centre (lib/todo) and the work-messaging channel (lib/notify).

-- A second outbox channel: 企业微信 / 钉钉 application messages to officers.
ALTER TYPE "OutboxChannel" ADD VALUE 'WORK_MESSAGE';

-- 待办 of a handler: their own open cases in deadline order (lib/todo/sources/complaints.ts).
-- Open statuses as literals, like the other partial indexes on open cases.
CREATE INDEX "Complaint_open_handler_deadline_idx" ON "Complaint"("handlerId", "deadlineAt", "id")
  WHERE "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED') AND "handlerId" IS NOT NULL;

-- 待回访: resolved cases of the last days (the call-back window), newest first.
CREATE INDEX "Complaint_resolved_callback_idx" ON "Complaint"("resolvedAt")
  WHERE "status" = 'RESOLVED' AND "mergedIntoId" IS NULL;

-- 延期待审批: forwarded extension requests (few rows).
CREATE INDEX "Complaint_extension_forwarded_idx" ON "Complaint"("extensionForwardedAt")
  WHERE "extensionRequestedUntil" IS NOT NULL;

-- 已办: what an officer acted on, newest first.
CREATE INDEX "ComplaintEvent_actor_createdAt_idx" ON "ComplaintEvent"("actorId", "createdAt")
  WHERE "actorId" IS NOT NULL;

-- The delivery log's channel filter.
CREATE INDEX "OutboxMessage_channel_createdAt_idx" ON "OutboxMessage"("channel", "createdAt");
