-- Early-warning SMS broadcasts and citizens' subscriptions (lib/broadcast).

-- CreateTable
CREATE TABLE "WarningSubscription" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "town" TEXT NOT NULL,
    "wantsWarnings" BOOLEAN NOT NULL DEFAULT true,
    "wantsRuralInfo" BOOLEAN NOT NULL DEFAULT true,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "unsubscribedAt" TIMESTAMP(3),

    CONSTRAINT "WarningSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Broadcast" (
    "id" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "towns" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WarningSubscription_phone_town_key" ON "WarningSubscription"("phone", "town");

-- CreateIndex
CREATE INDEX "WarningSubscription_town_isActive_idx" ON "WarningSubscription"("town", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_idempotencyKey_key" ON "Broadcast"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Broadcast_createdAt_idx" ON "Broadcast"("createdAt");

-- CreateIndex
CREATE INDEX "Broadcast_contentId_idx" ON "Broadcast"("contentId");

-- CreateIndex
CREATE INDEX "OutboxMessage_relatedType_relatedId_status_idx" ON "OutboxMessage"("relatedType", "relatedId", "status");

-- AddForeignKey
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "ContentItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
