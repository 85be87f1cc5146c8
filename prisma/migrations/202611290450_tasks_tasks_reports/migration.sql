-- CreateEnum
CREATE TYPE "InfoReportStatus" AS ENUM ('SUBMITTED', 'ADOPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "InfoAdoptionLevel" AS ENUM ('COUNTY_SPECIAL', 'COUNTY_BRIEF', 'SENT_TO_CITY', 'CITY_ADOPTED');

-- CreateEnum
CREATE TYPE "InfoBulletinKind" AS ENUM ('SPECIAL', 'BRIEF');

-- CreateEnum
CREATE TYPE "InfoBulletinStatus" AS ENUM ('DRAFT', 'ISSUED');

-- CreateEnum
CREATE TYPE "TaskAssignmentStatus" AS ENUM ('OPEN', 'FINISH_PROPOSED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "TaskEntryType" AS ENUM ('ASSIGNED', 'HANDLER_NAMED', 'PROGRESS', 'FINISH_PROPOSED', 'ACCEPTED', 'RETURNED', 'URGED', 'SUPERVISION_ORDER', 'PAUSED', 'RESUMED', 'YELLOW_WARNING', 'RED_CARD');

-- CreateTable
CREATE TABLE "InfoReport" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "editedTitle" TEXT,
    "editedBody" TEXT,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3),
    "status" "InfoReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "level" "InfoAdoptionLevel",
    "points" INTEGER NOT NULL DEFAULT 0,
    "adoptedById" TEXT,
    "adoptedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "declinedAt" TIMESTAMP(3),
    "bulletinId" TEXT,
    "contentItemId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoReportImage" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoReportImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoBulletin" (
    "id" TEXT NOT NULL,
    "kind" "InfoBulletinKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "InfoBulletinStatus" NOT NULL DEFAULT 'DRAFT',
    "year" INTEGER,
    "seq" INTEGER,
    "number" TEXT,
    "createdById" TEXT NOT NULL,
    "issuedById" TEXT,
    "issuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "InfoBulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoBulletinCounter" (
    "kind" "InfoBulletinKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InfoBulletinCounter_pkey" PRIMARY KEY ("kind","year")
);

-- CreateTable
CREATE TABLE "InfoReportSettings" (
    "id" TEXT NOT NULL,
    "points" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoReportSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "requirements" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TaskCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "TaskAssignment" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "handlerId" TEXT,
    "status" "TaskAssignmentStatus" NOT NULL DEFAULT 'OPEN',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "yellowAt" TIMESTAMP(3) NOT NULL,
    "yellowWarnedAt" TIMESTAMP(3),
    "redCardAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskEntry" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "type" "TaskEntryType" NOT NULL,
    "actorId" TEXT,
    "note" TEXT NOT NULL,
    "orderId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskFile" (
    "id" TEXT NOT NULL,
    "taskId" TEXT,
    "entryId" TEXT,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InfoReport_contentItemId_key" ON "InfoReport"("contentItemId");

-- CreateIndex
CREATE INDEX "InfoReport_departmentId_createdAt_idx" ON "InfoReport"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "InfoReport_status_createdAt_idx" ON "InfoReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InfoReport_adoptedAt_idx" ON "InfoReport"("adoptedAt");

-- CreateIndex
CREATE INDEX "InfoReportImage_reportId_idx" ON "InfoReportImage"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "InfoBulletin_number_key" ON "InfoBulletin"("number");

-- CreateIndex
CREATE INDEX "InfoBulletin_status_createdAt_idx" ON "InfoBulletin"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InfoBulletin_kind_year_seq_key" ON "InfoBulletin"("kind", "year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Task_ref_key" ON "Task"("ref");

-- CreateIndex
CREATE INDEX "Task_assignedById_createdAt_idx" ON "Task"("assignedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_year_seq_key" ON "Task"("year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAssignment_taskId_departmentId_key" ON "TaskAssignment"("taskId", "departmentId");

-- CreateIndex
CREATE INDEX "TaskEntry_assignmentId_createdAt_idx" ON "TaskEntry"("assignmentId", "createdAt");

-- CreateIndex
CREATE INDEX "TaskEntry_actorId_createdAt_idx" ON "TaskEntry"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "TaskFile_taskId_idx" ON "TaskFile"("taskId");

-- CreateIndex
CREATE INDEX "TaskFile_entryId_idx" ON "TaskFile"("entryId");

-- AddForeignKey
ALTER TABLE "InfoReport" ADD CONSTRAINT "InfoReport_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoReport" ADD CONSTRAINT "InfoReport_bulletinId_fkey" FOREIGN KEY ("bulletinId") REFERENCES "InfoBulletin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoReportImage" ADD CONSTRAINT "InfoReportImage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "InfoReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAssignment" ADD CONSTRAINT "TaskAssignment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskEntry" ADD CONSTRAINT "TaskEntry_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "TaskAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskFile" ADD CONSTRAINT "TaskFile_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskFile" ADD CONSTRAINT "TaskFile_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "TaskEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The deadline engine's partial indexes (kind "assigned_task"): open, unwarned assignments, so a
-- sweep reads only due rows; the open index serves the board, the counts and the 待办 source.
CREATE INDEX "TaskAssignment_yellow_due_idx" ON "TaskAssignment"("yellowAt") WHERE "yellowWarnedAt" IS NULL AND "status" = 'OPEN';
CREATE INDEX "TaskAssignment_red_due_idx" ON "TaskAssignment"("dueAt") WHERE "redCardAt" IS NULL AND "status" = 'OPEN';
CREATE INDEX "TaskAssignment_open_idx" ON "TaskAssignment"("departmentId", "dueAt") WHERE "status" = 'OPEN';
-- Finishes waiting for the assigner's acceptance (the 验收 list).
CREATE INDEX "TaskAssignment_finish_proposed_idx" ON "TaskAssignment"("taskId") WHERE "status" = 'FINISH_PROPOSED';
CREATE INDEX "TaskAssignment_departmentId_createdAt_idx" ON "TaskAssignment"("departmentId", "createdAt");
