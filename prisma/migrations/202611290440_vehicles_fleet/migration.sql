-- Official vehicles: fleet, bookings/trips, maintenance and insurance items (supervision kind
-- vehicle_due), and the usage scorecard's settings.
-- CreateEnum
CREATE TYPE "VehicleType" AS ENUM ('SEDAN', 'SUV', 'MPV', 'BUS', 'VAN', 'PICKUP');

-- CreateEnum
CREATE TYPE "VehicleStatus" AS ENUM ('AVAILABLE', 'MAINTENANCE', 'RETIRED');

-- CreateEnum
CREATE TYPE "VehicleBookingStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED', 'ASSIGNED', 'DEPARTED', 'ARRIVED', 'RETURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VehicleDueKind" AS ENUM ('INSPECTION', 'INSURANCE', 'SERVICE');

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" TEXT NOT NULL,
    "plate" TEXT NOT NULL,
    "type" "VehicleType" NOT NULL,
    "seats" INTEGER NOT NULL,
    "status" "VehicleStatus" NOT NULL DEFAULT 'AVAILABLE',
    "odometerKm" INTEGER NOT NULL DEFAULT 0,
    "departmentId" TEXT NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehicleBooking" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "bookerId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "fromPlace" TEXT NOT NULL,
    "toPlace" TEXT NOT NULL,
    "passengerCount" INTEGER NOT NULL,
    "passengerNames" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "VehicleBookingStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "vehicleId" TEXT,
    "driverId" TEXT,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3),
    "departedAt" TIMESTAMP(3),
    "departOdometer" INTEGER,
    "departPosition" JSONB,
    "arrivedAt" TIMESTAMP(3),
    "arrivePosition" JSONB,
    "returnedAt" TIMESTAMP(3),
    "returnOdometer" INTEGER,
    "returnPosition" JSONB,
    "fuelFen" INTEGER,
    "tollFen" INTEGER,
    "parkingFen" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VehicleBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehicleDue" (
    "id" TEXT NOT NULL,
    "vehicleId" TEXT NOT NULL,
    "kind" "VehicleDueKind" NOT NULL,
    "note" TEXT,
    "dueDate" TIMESTAMP(3),
    "dueOdometerKm" INTEGER,
    "yellowAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "yellowWarnedAt" TIMESTAMP(3),
    "redCardAt" TIMESTAMP(3),
    "keeperId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "completionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VehicleDue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageSettings" (
    "id" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "pageCostFen" INTEGER NOT NULL DEFAULT 30,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vehicle_plate_key" ON "Vehicle"("plate");

-- CreateIndex
CREATE INDEX "Vehicle_status_idx" ON "Vehicle"("status");

-- CreateIndex
CREATE UNIQUE INDEX "VehicleBooking_idempotencyKey_key" ON "VehicleBooking"("idempotencyKey");

-- CreateIndex
CREATE INDEX "VehicleBooking_status_startAt_idx" ON "VehicleBooking"("status", "startAt");

-- CreateIndex
CREATE INDEX "VehicleBooking_vehicleId_startAt_idx" ON "VehicleBooking"("vehicleId", "startAt");

-- CreateIndex
CREATE INDEX "VehicleBooking_driverId_startAt_idx" ON "VehicleBooking"("driverId", "startAt");

-- CreateIndex
CREATE INDEX "VehicleBooking_bookerId_createdAt_idx" ON "VehicleBooking"("bookerId", "createdAt");

-- CreateIndex
CREATE INDEX "VehicleBooking_departmentId_startAt_idx" ON "VehicleBooking"("departmentId", "startAt");

-- CreateIndex
CREATE INDEX "VehicleDue_vehicleId_completedAt_idx" ON "VehicleDue"("vehicleId", "completedAt");

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_bookerId_fkey" FOREIGN KEY ("bookerId") REFERENCES "Officer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_driverId_fkey" FOREIGN KEY ("driverId") REFERENCES "Officer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleDue" ADD CONSTRAINT "VehicleDue_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Sanity the application also checks (kept here so no other writer can break them).
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_seats_check" CHECK ("seats" BETWEEN 1 AND 80);
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_odometer_check" CHECK ("odometerKm" >= 0);
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_time_check" CHECK ("endAt" > "startAt");
ALTER TABLE "VehicleBooking" ADD CONSTRAINT "VehicleBooking_odometer_check" CHECK ("returnOdometer" IS NULL OR "departOdometer" IS NULL OR "returnOdometer" >= "departOdometer");
ALTER TABLE "VehicleDue" ADD CONSTRAINT "VehicleDue_due_check" CHECK ("dueDate" IS NOT NULL OR "dueOdometerKm" IS NOT NULL);

-- The sweeper's claims of kind vehicle_due read only open, unwarned, due rows.
CREATE INDEX "VehicleDue_yellow_due_idx" ON "VehicleDue"("yellowAt") WHERE "completedAt" IS NULL AND "yellowWarnedAt" IS NULL AND "yellowAt" IS NOT NULL;
CREATE INDEX "VehicleDue_red_due_idx" ON "VehicleDue"("dueAt") WHERE "completedAt" IS NULL AND "redCardAt" IS NULL AND "dueAt" IS NOT NULL;
CREATE INDEX "VehicleDue_open_idx" ON "VehicleDue"("departmentId", "dueAt") WHERE "completedAt" IS NULL;
-- Live trips of a car or driver (the overlap check under the assigners' row locks).
CREATE INDEX "VehicleBooking_live_vehicle_idx" ON "VehicleBooking"("vehicleId", "startAt", "endAt") WHERE "status" IN ('ASSIGNED', 'DEPARTED', 'ARRIVED');
CREATE INDEX "VehicleBooking_live_driver_idx" ON "VehicleBooking"("driverId", "startAt", "endAt") WHERE "status" IN ('ASSIGNED', 'DEPARTED', 'ARRIVED');
