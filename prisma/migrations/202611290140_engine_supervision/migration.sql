-- CreateEnum
CREATE TYPE "OrderAssessment" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ComplaintEventType" ADD VALUE 'PAUSED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'RESUMED';
ALTER TYPE "ComplaintEventType" ADD VALUE 'URGED';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "pauseReason" TEXT,
ADD COLUMN     "pausedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SupervisionOrder" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "assessment" "OrderAssessment",
ADD COLUMN     "closeNote" TEXT,
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "number" TEXT,
ADD COLUMN     "seq" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "year" INTEGER;

-- CreateTable
CREATE TABLE "SupervisionOrderCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SupervisionOrderCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "SupervisionUrge" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionUrge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardSettings" (
    "id" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionUrge_kind_itemId_createdAt_idx" ON "SupervisionUrge"("kind", "itemId", "createdAt");

-- CreateIndex
CREATE INDEX "SupervisionUrge_departmentId_createdAt_idx" ON "SupervisionUrge"("departmentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionOrder_number_key" ON "SupervisionOrder"("number");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionOrder_year_seq_key" ON "SupervisionOrder"("year", "seq");


-- The supervision engine's counts and board (lib/supervision/kinds/complaint.ts): open cases whose
-- clock runs, by department and deadline. Not expressible in the Prisma schema (partial index).
CREATE INDEX "Complaint_supervised_open_idx" ON "Complaint"("departmentId", "deadlineAt", "yellowWarnAt")
  WHERE "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED') AND "pausedAt" IS NULL;
CREATE INDEX "Complaint_supervised_deadline_idx" ON "Complaint"("deadlineAt", "id")
  WHERE "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED') AND "pausedAt" IS NULL;
