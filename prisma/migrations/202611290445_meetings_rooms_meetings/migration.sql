-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingInviteeKind" AS ENUM ('OFFICER', 'UNIT');

-- CreateEnum
CREATE TYPE "MeetingReplyStatus" AS ENUM ('PENDING', 'ATTEND', 'LEAVE', 'DELEGATE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingSeatArea" AS ENUM ('ROSTRUM', 'HALL');

-- CreateTable
CREATE TABLE "MeetingRoom" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL DEFAULT 0,
    "seatsPerRow" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "roomId" TEXT NOT NULL,
    "organiserId" TEXT NOT NULL,
    "replyDueAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "checkinToken" TEXT NOT NULL,
    "rostrumSeats" INTEGER NOT NULL DEFAULT 0,
    "seatRows" INTEGER NOT NULL DEFAULT 0,
    "seatsPerRow" INTEGER NOT NULL DEFAULT 0,
    "minutes" TEXT,
    "minutesById" TEXT,
    "minutesAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,

    CONSTRAINT "MeetingAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "MeetingInviteeKind" NOT NULL,
    "officerId" TEXT,
    "departmentId" TEXT NOT NULL,
    "status" "MeetingReplyStatus" NOT NULL DEFAULT 'PENDING',
    "attendeeId" TEXT,
    "attendeeName" TEXT,
    "leaveReason" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedById" TEXT,
    "replyDueAt" TIMESTAMP(3) NOT NULL,
    "yellowWarnAt" TIMESTAMP(3) NOT NULL,
    "yellowWarnedAt" TIMESTAMP(3),
    "redCardAt" TIMESTAMP(3),
    "rankOrder" INTEGER,
    "seatArea" "MeetingSeatArea",
    "seatRow" INTEGER,
    "seatNumber" INTEGER,
    "dining" TEXT,
    "lodging" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMaterial" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "MeetingMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "departmentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dueAt" TIMESTAMP(3),
    "taskId" TEXT,
    "convertedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCalendarFeed" (
    "officerId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingCalendarFeed_pkey" PRIMARY KEY ("officerId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRoom_name_key" ON "MeetingRoom"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_checkinToken_key" ON "Meeting"("checkinToken");

-- CreateIndex
CREATE INDEX "Meeting_roomId_startAt_idx" ON "Meeting"("roomId", "startAt");

-- CreateIndex
CREATE INDEX "Meeting_startAt_idx" ON "Meeting"("startAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAgendaItem_meetingId_position_key" ON "MeetingAgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "MeetingInvitation_meetingId_idx" ON "MeetingInvitation"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingInvitation_officerId_status_idx" ON "MeetingInvitation"("officerId", "status");

-- CreateIndex
CREATE INDEX "MeetingInvitation_attendeeId_idx" ON "MeetingInvitation"("attendeeId");

-- CreateIndex
CREATE INDEX "MeetingInvitation_departmentId_kind_status_idx" ON "MeetingInvitation"("departmentId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingInvitation_meetingId_officerId_key" ON "MeetingInvitation"("meetingId", "officerId");

-- CreateIndex
CREATE INDEX "MeetingMaterial_meetingId_idx" ON "MeetingMaterial"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_position_key" ON "MeetingDecision"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingCalendarFeed_token_key" ON "MeetingCalendarFeed"("token");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "MeetingRoom"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "Officer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_attendeeId_fkey" FOREIGN KEY ("attendeeId") REFERENCES "Officer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMaterial" ADD CONSTRAINT "MeetingMaterial_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Supervision of replies (kind meeting_reply): the sweeper claims due, unwarned, pending
-- invitations through these partial indexes, so its cost follows the due rows only.
CREATE INDEX "MeetingInvitation_reply_yellow_idx" ON "MeetingInvitation" ("yellowWarnAt") WHERE "status" = 'PENDING' AND "yellowWarnedAt" IS NULL;
CREATE INDEX "MeetingInvitation_reply_red_idx" ON "MeetingInvitation" ("replyDueAt") WHERE "status" = 'PENDING' AND "redCardAt" IS NULL;
-- One invitation per unit and meeting (officers are unique by the (meetingId, officerId) key).
CREATE UNIQUE INDEX "MeetingInvitation_unit_key" ON "MeetingInvitation" ("meetingId", "departmentId") WHERE "kind" = 'UNIT';
