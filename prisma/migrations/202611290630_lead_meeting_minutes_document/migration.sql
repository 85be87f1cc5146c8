-- The formal 纪要 drafted from a meeting's minutes in the document workflow.
ALTER TABLE "Meeting" ADD COLUMN "minutesDocumentId" TEXT;
