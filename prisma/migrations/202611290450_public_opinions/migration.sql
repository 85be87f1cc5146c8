-- 民意 (issue 15): suggestions, letters to the county head, consultations on draft policies.
-- CreateEnum
CREATE TYPE "OpinionKind" AS ENUM ('SUGGESTION', 'MAILBOX');

-- CreateEnum
CREATE TYPE "OpinionStatus" AS ENUM ('SUBMITTED', 'ANSWERED');

-- CreateEnum
CREATE TYPE "OpinionOutcome" AS ENUM ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'ALREADY_IN_PLACE');

-- CreateTable
CREATE TABLE "Opinion" (
    "id" TEXT NOT NULL,
    "kind" "OpinionKind" NOT NULL,
    "trackingNo" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "topicLabel" TEXT,
    "consultationId" TEXT,
    "citizenName" TEXT,
    "citizenPhone" TEXT,
    "consentToPublish" BOOLEAN NOT NULL DEFAULT false,
    "departmentId" TEXT NOT NULL,
    "status" "OpinionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "yellowAt" TIMESTAMP(3) NOT NULL,
    "yellowWarnedAt" TIMESTAMP(3),
    "redWarnedAt" TIMESTAMP(3),
    "outcome" "OpinionOutcome",
    "reply" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "publicBody" TEXT,
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpinionEvent" (
    "id" TEXT NOT NULL,
    "opinionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpinionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "draftText" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "feedbackSummary" TEXT,
    "feedbackPublishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "citizenName" TEXT,
    "citizenPhone" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Opinion_trackingNo_key" ON "Opinion"("trackingNo");

-- CreateIndex
CREATE UNIQUE INDEX "Opinion_idempotencyKey_key" ON "Opinion"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Opinion_kind_publishedAt_idx" ON "Opinion"("kind", "publishedAt");

-- CreateIndex
CREATE INDEX "Opinion_departmentId_status_dueAt_idx" ON "Opinion"("departmentId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "OpinionEvent_opinionId_createdAt_idx" ON "OpinionEvent"("opinionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");

-- CreateIndex
CREATE INDEX "Consultation_closesAt_idx" ON "Consultation"("closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationComment_idempotencyKey_key" ON "ConsultationComment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ConsultationComment_consultationId_createdAt_idx" ON "ConsultationComment"("consultationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opinion" ADD CONSTRAINT "Opinion_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionEvent" ADD CONSTRAINT "OpinionEvent_opinionId_fkey" FOREIGN KEY ("opinionId") REFERENCES "Opinion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The supervision engine's sweep and board read open items through these (lib/supervision/kinds/opinion.ts).
CREATE INDEX "Opinion_yellow_due_idx" ON "Opinion"("yellowAt") WHERE "yellowWarnedAt" IS NULL AND "status" = 'SUBMITTED';
CREATE INDEX "Opinion_red_due_idx" ON "Opinion"("dueAt") WHERE "redWarnedAt" IS NULL AND "status" = 'SUBMITTED';
CREATE INDEX "Opinion_open_idx" ON "Opinion"("departmentId", "dueAt") WHERE "status" = 'SUBMITTED';
