
-- AlterEnum
ALTER TYPE "OfficerRole" ADD VALUE 'DISPATCHER';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ComplaintEventType" ADD VALUE 'DISPATCHED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'SENT_BACK';
ALTER TYPE "ComplaintEventType" ADD VALUE 'CLOSE_PROPOSED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'CLOSE_RETURNED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'CALLBACK';
ALTER TYPE "ComplaintEventType" ADD VALUE 'MERGED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'TRANSFER_WITHDRAWN';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "closeProposedAt" TIMESTAMP(3),
ADD COLUMN     "closeProposedById" TEXT,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "proposedReply" TEXT,
ADD COLUMN     "sentBackAt" TIMESTAMP(3),
ADD COLUMN     "sentBackById" TEXT,
ADD COLUMN     "sentBackReason" TEXT;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "isEvidence" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ComplaintCallback" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "isReached" BOOLEAN NOT NULL,
    "isSolved" BOOLEAN,
    "isSatisfied" BOOLEAN,
    "citizenWords" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintCallback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplaintCallback_complaintId_idx" ON "ComplaintCallback"("complaintId");

-- CreateIndex
CREATE INDEX "ComplaintCallback_departmentId_createdAt_idx" ON "ComplaintCallback"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Complaint_sentBackAt_idx" ON "Complaint"("sentBackAt");

-- CreateIndex
CREATE INDEX "Complaint_closeProposedAt_idx" ON "Complaint"("closeProposedAt");

-- CreateIndex
CREATE INDEX "Complaint_mergedIntoId_idx" ON "Complaint"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintCallback" ADD CONSTRAINT "ComplaintCallback_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

