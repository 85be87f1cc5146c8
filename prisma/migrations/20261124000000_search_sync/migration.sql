-- Search index updates queued with the change that causes them (lib/search/enqueue-search-sync.ts).

-- CreateTable
CREATE TABLE "SearchSyncJob" (
    "docType" TEXT NOT NULL,
    "docId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 1,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchSyncJob_pkey" PRIMARY KEY ("docType","docId")
);

-- CreateIndex
CREATE INDEX "SearchSyncJob_nextAttemptAt_idx" ON "SearchSyncJob"("nextAttemptAt");
