-- AlterEnum
ALTER TYPE "ComplaintEventType" ADD VALUE 'EXTENSION_FORWARDED';

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "extensionForwardedAt" TIMESTAMP(3);

-- Requests pending before this migration were already waiting for a supervisor: keep them there.
UPDATE "Complaint" SET "extensionForwardedAt" = now() WHERE "extensionRequestedUntil" IS NOT NULL;
