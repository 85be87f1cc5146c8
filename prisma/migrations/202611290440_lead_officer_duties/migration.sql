-- Roles for the mobile office (county leader, government office, driver) and per-unit duties.
ALTER TYPE "OfficerRole" ADD VALUE 'LEADER';
ALTER TYPE "OfficerRole" ADD VALUE 'OFFICE_STAFF';
ALTER TYPE "OfficerRole" ADD VALUE 'DRIVER';

CREATE TYPE "OfficerDuty" AS ENUM ('DOCUMENT_CLERK', 'SEAL_KEEPER', 'INFO_OFFICER', 'MEETING_ORGANISER');

ALTER TABLE "Officer" ADD COLUMN "duties" "OfficerDuty"[] NOT NULL DEFAULT ARRAY[]::"OfficerDuty"[];
