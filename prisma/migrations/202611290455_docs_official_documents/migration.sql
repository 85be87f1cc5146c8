-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('RESOLUTION', 'DECISION', 'ORDER', 'COMMUNIQUE', 'PUBLIC_NOTICE', 'ANNOUNCEMENT', 'OPINION', 'NOTICE', 'BULLETIN', 'REPORT', 'REQUEST', 'REPLY', 'MOTION', 'LETTER', 'MINUTES');

-- CreateEnum
CREATE TYPE "DocumentUrgency" AS ENUM ('NORMAL', 'URGENT', 'EXTRA_URGENT');

-- CreateEnum
CREATE TYPE "DocumentSecrecy" AS ENUM ('NONE', 'INTERNAL');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'ROUTING', 'SIGNED', 'SEALED', 'DISTRIBUTED');

-- CreateEnum
CREATE TYPE "DocumentFileKind" AS ENUM ('ATTACHMENT', 'SEALED_PDF', 'SCAN');

-- CreateEnum
CREATE TYPE "DocumentStepKind" AS ENUM ('REVIEW', 'COSIGN', 'SIGN', 'SEAL');

-- CreateEnum
CREATE TYPE "DocumentStepStatus" AS ENUM ('WAITING', 'OPEN', 'DONE', 'RETURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReceiptStatus" AS ENUM ('PENDING', 'SIGNED');

-- CreateEnum
CREATE TYPE "IncomingStatus" AS ENUM ('REGISTERED', 'PROPOSED', 'HANDLING', 'CIRCULATING', 'DONE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "OfficialDocument" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "drafterId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "mainToIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "copyToIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "urgency" "DocumentUrgency" NOT NULL DEFAULT 'NORMAL',
    "secrecy" "DocumentSecrecy" NOT NULL DEFAULT 'NONE',
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT',
    "round" INTEGER NOT NULL DEFAULT 0,
    "returnNote" TEXT,
    "signerId" TEXT,
    "signedAt" TIMESTAMP(3),
    "registerId" TEXT,
    "numberYear" INTEGER,
    "numberSeq" INTEGER,
    "docNumber" TEXT,
    "sealedAt" TIMESTAMP(3),
    "sealedById" TEXT,
    "verificationCode" TEXT,
    "sealUseId" TEXT,
    "distributedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfficialDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFile" (
    "id" TEXT NOT NULL,
    "documentId" TEXT,
    "incomingId" TEXT,
    "kind" "DocumentFileKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentStep" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "DocumentStepKind" NOT NULL,
    "assigneeId" TEXT,
    "departmentId" TEXT NOT NULL,
    "status" "DocumentStepStatus" NOT NULL DEFAULT 'WAITING',
    "openedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "yellowAt" TIMESTAMP(3),
    "yellowWarnedAt" TIMESTAMP(3),
    "redAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "opinion" TEXT,
    "phrase" TEXT,
    "signaturePng" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRoute" (
    "departmentId" TEXT NOT NULL,
    "reviewerIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cosignerIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "signerId" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRoute_pkey" PRIMARY KEY ("departmentId")
);

-- CreateTable
CREATE TABLE "DocumentRegister" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "prefix" TEXT NOT NULL,
    "issuerMark" TEXT NOT NULL,
    "issuerName" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentNumberCounter" (
    "departmentId" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "DocumentNumberCounter_pkey" PRIMARY KEY ("departmentId","prefix","year")
);

-- CreateTable
CREATE TABLE "DocumentReceipt" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "departmentId" TEXT,
    "officerId" TEXT,
    "status" "ReceiptStatus" NOT NULL DEFAULT 'PENDING',
    "signedAt" TIMESTAMP(3),
    "signedById" TEXT,
    "urgedAt" TIMESTAMP(3),
    "urgeCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomingDocument" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "receiptId" TEXT,
    "fromUnit" TEXT NOT NULL,
    "originalNumber" TEXT,
    "title" TEXT NOT NULL,
    "urgency" "DocumentUrgency" NOT NULL DEFAULT 'NORMAL',
    "registerYear" INTEGER NOT NULL,
    "registerSeq" INTEGER NOT NULL,
    "registerNo" TEXT NOT NULL,
    "status" "IncomingStatus" NOT NULL DEFAULT 'REGISTERED',
    "registeredById" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL,
    "proposal" TEXT,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3),
    "leaderId" TEXT,
    "decision" TEXT,
    "decidedAt" TIMESTAMP(3),
    "handlerDepartmentId" TEXT,
    "answerRequired" BOOLEAN NOT NULL DEFAULT false,
    "dueAt" TIMESTAMP(3),
    "yellowAt" TIMESTAMP(3),
    "yellowWarnedAt" TIMESTAMP(3),
    "redAt" TIMESTAMP(3),
    "result" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncomingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomingCounter" (
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "IncomingCounter_pkey" PRIMARY KEY ("departmentId","year")
);

-- CreateTable
CREATE TABLE "IncomingReader" (
    "incomingId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncomingReader_pkey" PRIMARY KEY ("incomingId","officerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "OfficialDocument_departmentId_docNumber_key" ON "OfficialDocument"("departmentId", "docNumber");

-- CreateIndex
CREATE INDEX "OfficialDocument_drafterId_updatedAt_idx" ON "OfficialDocument"("drafterId", "updatedAt");

-- CreateIndex
CREATE INDEX "OfficialDocument_departmentId_status_idx" ON "OfficialDocument"("departmentId", "status");

-- CreateIndex
CREATE INDEX "DocumentFile_documentId_kind_idx" ON "DocumentFile"("documentId", "kind");

-- CreateIndex
CREATE INDEX "DocumentFile_incomingId_idx" ON "DocumentFile"("incomingId");

-- CreateIndex
CREATE INDEX "DocumentStep_documentId_round_seq_idx" ON "DocumentStep"("documentId", "round", "seq");

-- CreateIndex
CREATE INDEX "DocumentStep_assigneeId_status_idx" ON "DocumentStep"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "DocumentStep_departmentId_kind_status_idx" ON "DocumentStep"("departmentId", "kind", "status");

-- CreateIndex
CREATE INDEX "DocumentStep_doneById_doneAt_idx" ON "DocumentStep"("doneById", "doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRegister_departmentId_kind_key" ON "DocumentRegister"("departmentId", "kind");

-- CreateIndex
CREATE INDEX "DocumentReceipt_documentId_idx" ON "DocumentReceipt"("documentId");

-- CreateIndex
CREATE INDEX "DocumentReceipt_departmentId_status_idx" ON "DocumentReceipt"("departmentId", "status");

-- CreateIndex
CREATE INDEX "DocumentReceipt_officerId_status_idx" ON "DocumentReceipt"("officerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingDocument_receiptId_key" ON "IncomingDocument"("receiptId");

-- CreateIndex
CREATE INDEX "IncomingDocument_departmentId_status_idx" ON "IncomingDocument"("departmentId", "status");

-- CreateIndex
CREATE INDEX "IncomingDocument_leaderId_status_idx" ON "IncomingDocument"("leaderId", "status");

-- CreateIndex
CREATE INDEX "IncomingDocument_handlerDepartmentId_status_idx" ON "IncomingDocument"("handlerDepartmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingDocument_departmentId_registerYear_registerSeq_key" ON "IncomingDocument"("departmentId", "registerYear", "registerSeq");

-- CreateIndex
CREATE INDEX "IncomingReader_officerId_readAt_idx" ON "IncomingReader"("officerId", "readAt");

-- AddForeignKey
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFile" ADD CONSTRAINT "DocumentFile_incomingId_fkey" FOREIGN KEY ("incomingId") REFERENCES "IncomingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentStep" ADD CONSTRAINT "DocumentStep_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReceipt" ADD CONSTRAINT "DocumentReceipt_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficialDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingDocument" ADD CONSTRAINT "IncomingDocument_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "DocumentReceipt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingReader" ADD CONSTRAINT "IncomingReader_incomingId_fkey" FOREIGN KEY ("incomingId") REFERENCES "IncomingDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One receipt per recipient unit and per named officer (NULLs are distinct in a plain unique).
CREATE UNIQUE INDEX "DocumentReceipt_unit_key" ON "DocumentReceipt"("documentId", "departmentId") WHERE "officerId" IS NULL;
CREATE UNIQUE INDEX "DocumentReceipt_officer_key" ON "DocumentReceipt"("documentId", "officerId") WHERE "officerId" IS NOT NULL;

-- The supervision engine's partial indexes (kinds document_step and incoming_document): open,
-- unwarned rows only, so a sweep reads the due rows and nothing else.
CREATE INDEX "DocumentStep_yellow_due_idx" ON "DocumentStep"("yellowAt") WHERE "status" = 'OPEN' AND "yellowWarnedAt" IS NULL AND "yellowAt" IS NOT NULL;
CREATE INDEX "DocumentStep_red_due_idx" ON "DocumentStep"("dueAt") WHERE "status" = 'OPEN' AND "redAt" IS NULL AND "dueAt" IS NOT NULL;
CREATE INDEX "DocumentStep_open_due_idx" ON "DocumentStep"("departmentId", "dueAt") WHERE "status" = 'OPEN' AND "dueAt" IS NOT NULL;
CREATE INDEX "IncomingDocument_yellow_due_idx" ON "IncomingDocument"("yellowAt") WHERE "status" = 'HANDLING' AND "yellowWarnedAt" IS NULL AND "yellowAt" IS NOT NULL;
CREATE INDEX "IncomingDocument_red_due_idx" ON "IncomingDocument"("dueAt") WHERE "status" = 'HANDLING' AND "redAt" IS NULL AND "dueAt" IS NOT NULL;
CREATE INDEX "IncomingDocument_open_due_idx" ON "IncomingDocument"("handlerDepartmentId", "dueAt") WHERE "status" = 'HANDLING' AND "dueAt" IS NOT NULL;
