-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "extensionRequestedById" TEXT,
ADD COLUMN     "extensionRequestedUntil" TIMESTAMP(3),
ADD COLUMN     "followerCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ratedAt" TIMESTAMP(3),
ADD COLUMN     "yellowWarnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "draftId" TEXT;

-- CreateTable
CREATE TABLE "ComplaintFollower" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "phone" TEXT,
    "draftId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintFollower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintDraft" (
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "complaintId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintFollower_draftId_key" ON "ComplaintFollower"("draftId");

-- CreateIndex
CREATE INDEX "ComplaintFollower_complaintId_idx" ON "ComplaintFollower"("complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintDraft_complaintId_key" ON "ComplaintDraft"("complaintId");

-- CreateIndex
CREATE INDEX "ComplaintDraft_createdAt_idx" ON "ComplaintDraft"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "Complaint_departmentId_deadlineAt_id_idx" ON "Complaint"("departmentId", "deadlineAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_createdAt_idx" ON "Complaint"("createdAt");

-- CreateIndex
CREATE INDEX "Attachment_draftId_idx" ON "Attachment"("draftId");

-- AddForeignKey
ALTER TABLE "ComplaintFollower" ADD CONSTRAINT "ComplaintFollower_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ComplaintDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The deadline sweeper looks only at open cases whose warning is due and not yet sent. Partial
-- indexes (not expressible in schema.prisma) keep that cost proportional to the due cases, not to
-- every case ever filed.
CREATE INDEX "Complaint_yellow_due_idx" ON "Complaint"("yellowWarnAt")
  WHERE "yellowWarnedAt" IS NULL AND "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
CREATE INDEX "Complaint_red_due_idx" ON "Complaint"("deadlineAt")
  WHERE "redCardAt" IS NULL AND "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
