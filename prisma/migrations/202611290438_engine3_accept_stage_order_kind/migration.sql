-- The supervision engine sweeps two more deadlines (lib/supervision/kinds/complaint.ts, order.ts):
-- a complaint's accept stage (受理时限) and a supervision order's answer-by date.

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "acceptRedCardAt" TIMESTAMP(3),
ADD COLUMN     "acceptYellowAt" TIMESTAMP(3),
ADD COLUMN     "acceptYellowWarnedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SupervisionOrder" ADD COLUMN     "redCardAt" TIMESTAMP(3),
ADD COLUMN     "yellowWarnAt" TIMESTAMP(3),
ADD COLUMN     "yellowWarnedAt" TIMESTAMP(3);

-- Cases filed before: the 80% point of their accept window in wall-clock time (new cases get it
-- in working time at filing). Cases already accepted never reach the accept sweep.
UPDATE "Complaint" SET "acceptYellowAt" = "createdAt" + ("acceptDeadlineAt" - "createdAt") * 0.8
WHERE "acceptDeadlineAt" IS NOT NULL;
UPDATE "SupervisionOrder" SET "yellowWarnAt" = "createdAt" + ("deadlineAt" - "createdAt") * 0.8;

-- Partial indexes on due, unwarned rows, so a sweep reads only what is due (statuses as literals,
-- as the engine's SQL names them).
CREATE INDEX "Complaint_accept_yellow_due_idx" ON "Complaint"("acceptYellowAt")
  WHERE "acceptYellowWarnedAt" IS NULL AND "status" = 'SUBMITTED' AND "sentBackAt" IS NULL AND "pausedAt" IS NULL;
CREATE INDEX "Complaint_accept_red_due_idx" ON "Complaint"("acceptDeadlineAt")
  WHERE "acceptRedCardAt" IS NULL AND "status" = 'SUBMITTED' AND "sentBackAt" IS NULL AND "pausedAt" IS NULL;
-- The board and counts of the accept stage: cases waiting to be accepted.
CREATE INDEX "Complaint_awaiting_accept_idx" ON "Complaint"("departmentId", "acceptDeadlineAt", "acceptYellowAt")
  WHERE "status" = 'SUBMITTED' AND "sentBackAt" IS NULL AND "pausedAt" IS NULL;

CREATE INDEX "SupervisionOrder_yellow_due_idx" ON "SupervisionOrder"("yellowWarnAt")
  WHERE "yellowWarnedAt" IS NULL AND "status" = 'OPEN';
CREATE INDEX "SupervisionOrder_red_due_idx" ON "SupervisionOrder"("deadlineAt")
  WHERE "redCardAt" IS NULL AND "status" = 'OPEN';
CREATE INDEX "SupervisionOrder_open_due_idx" ON "SupervisionOrder"("departmentId", "deadlineAt", "yellowWarnAt")
  WHERE "status" = 'OPEN';
