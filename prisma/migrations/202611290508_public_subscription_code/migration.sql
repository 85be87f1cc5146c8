-- Subscriptions to SMS warnings are confirmed with a 6-digit code sent to the number (issue 15).
CREATE TABLE "SubscriptionChallenge" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "town" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "wantsWarnings" BOOLEAN NOT NULL DEFAULT true,
    "wantsRuralInfo" BOOLEAN NOT NULL DEFAULT true,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionChallenge_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SubscriptionChallenge_phone_createdAt_idx" ON "SubscriptionChallenge"("phone", "createdAt");
