// Demo fleet of the government office: three cars (one new-energy, one in maintenance), an
// insurance renewal falling due within the month (yellow on the board) and a service by mileage.
// Dates count from the first start. Created only while the fleet is empty.
import type { PrismaClient } from "@/generated/prisma/client";

const DAY = 86_400_000;

export async function seedDemoVehicles(prisma: PrismaClient, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  if ((await prisma.vehicle.count()) > 0) return;
  const office = await prisma.department.findUnique({ where: { code: "GOV_OFFICE" }, select: { id: true } });
  const keeper = await prisma.officer.findUnique({ where: { username: "office" }, select: { id: true } });
  if (!office || !keeper) return;
  const cars = [
    { plate: "浙J00001", type: "SEDAN" as const, seats: 5, odometerKm: 86420, note: "领导用车" },
    { plate: "浙JD00002", type: "MPV" as const, seats: 7, odometerKm: 23150, note: "新能源商务车" },
    { plate: "浙J00003", type: "SUV" as const, seats: 5, odometerKm: 142300, note: "下乡越野车", status: "MAINTENANCE" as const },
  ];
  for (const c of cars) {
    const v = await prisma.vehicle.create({ data: { ...c, departmentId: office.id } });
    if (c.plate === "浙J00001") {
      const dueDate = new Date(now.getTime() + 20 * DAY);
      await prisma.vehicleDue.create({ data: { vehicleId: v.id, kind: "INSURANCE", dueDate, yellowAt: new Date(dueDate.getTime() - 30 * DAY), dueAt: dueDate, keeperId: keeper.id, departmentId: office.id, note: "交强险和商业险" } });
      await prisma.vehicleDue.create({ data: { vehicleId: v.id, kind: "SERVICE", dueOdometerKm: 90000, keeperId: keeper.id, departmentId: office.id, note: "每1万公里保养" } });
    }
  }
}
