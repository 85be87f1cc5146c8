-- CreateTable
CREATE TABLE "SettingsVersion" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SettingsVersion_pkey" PRIMARY KEY ("scope")
);

-- Filing a complaint reads categories, SLA classes, departments and the work calendar from a
-- per-process cache (lib/complaints/filing-settings.ts). Every change to those tables bumps this
-- counter in the changing transaction, whoever makes it (admin pages, seed, plain SQL), and every
-- filing reads the counter together with its draft: an edit committed through any server instance
-- is used by the next filing on every instance. Not expressible in schema.prisma.
INSERT INTO "SettingsVersion" ("scope", "version") VALUES ('complaints', 1);

CREATE FUNCTION "bump_complaint_settings_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SettingsVersion" SET "version" = "version" + 1, "updatedAt" = CURRENT_TIMESTAMP WHERE "scope" = 'complaints';
  RETURN NULL;
END
$$;

CREATE TRIGGER "SlaClass_settings_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SlaClass"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_complaint_settings_version"();
CREATE TRIGGER "ComplaintCategory_settings_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ComplaintCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_complaint_settings_version"();
CREATE TRIGGER "WorkCalendarDay_settings_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "WorkCalendarDay"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_complaint_settings_version"();
CREATE TRIGGER "Department_settings_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Department"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_complaint_settings_version"();

-- The officer inbox (lib/complaints/list-inbox.ts) lists open cases by deadline. Open cases are a
-- small part of all the cases ever filed; these partial indexes hold only them, in the inbox's
-- order, so the first page, a deep page (keyset cursor) and the overdue and near-due filters read
-- about a page of index entries however many closed cases there are. Not expressible in
-- schema.prisma; the inbox query names the open statuses as literals so the planner can use them.
CREATE INDEX "Complaint_open_department_deadline_idx" ON "Complaint"("departmentId", "deadlineAt", "id")
  WHERE "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
CREATE INDEX "Complaint_open_deadline_idx" ON "Complaint"("deadlineAt", "id")
  WHERE "status" IN ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
-- The "transfers waiting for us" tab.
CREATE INDEX "Complaint_pending_transfer_idx" ON "Complaint"("pendingTransferDepartmentId", "deadlineAt", "id")
  WHERE "pendingTransferDepartmentId" IS NOT NULL;
