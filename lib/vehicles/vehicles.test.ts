import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addOfficer } from "@/test/complaint-fixtures";
import { createDepartment, unique } from "@/test/factories";
import { sweepSupervision } from "@/lib/supervision/sweep-supervision";
import { vehicleDueKind } from "@/lib/supervision/kinds/vehicle-due";
import { isValidPlate, normalizePlate } from "./plate";
import { createVehicle, setVehicleStatus } from "./manage-fleet";
import { approveBooking, bookVehicle, cancelBooking, refuseBooking } from "./booking-flow";
import { assignVehicle } from "./assign-vehicle";
import { markArrival, markDeparture, markReturn } from "./record-trip";
import { addVehicleDue, completeVehicleDue } from "./vehicle-dues";
import { getFleetBoard } from "./fleet-board";
import { exportVehicleStatsCsv, getVehicleStats } from "./vehicle-stats";
import { tripTodoSource } from "./trip-todo-source";

// Far in the future, so the fixed times never meet "now" checks; each test uses its own day.
const at = (day: string, time: string) => `${day}T${time}`;

let plateSeq = 0;
function freshPlate() {
  plateSeq += 1;
  const n = (Date.now() + plateSeq * 7919 + Math.floor(Math.random() * 1e5)) % 100000;
  return `浙A${String(n).padStart(5, "0")}`;
}

async function setup() {
  const office = await createDepartment(unique("政府办"));
  const unit = await createDepartment(unique("交通局"));
  const booker = await addOfficer(unit.id, "HANDLER");
  const staff = await addOfficer(office.id, "OFFICE_STAFF");
  const driver = await addOfficer(office.id, "DRIVER");
  const driver2 = await addOfficer(office.id, "DRIVER");
  return { office, unit, booker, staff, driver, driver2 };
}

async function car(staff: Actor, seats = 5, odometerKm = 10000) {
  return createVehicle({ actor: staff, input: { plate: freshPlate(), type: "SEDAN", seats: String(seats), odometerKm: String(odometerKm) } });
}

async function approved(booker: Actor, staff: Actor, day: string, from = "09:00", to = "12:00", passengers = 2) {
  const b = await bookVehicle({
    actor: booker,
    input: { startAt: at(day, from), endAt: at(day, to), fromPlace: "县政府", toPlace: "清溪镇", passengerCount: String(passengers), passengerNames: "张明、李华".split("、").slice(0, passengers).join("、"), reason: "现场检查道路修复" },
    now: new Date("2030-01-01T00:00:00Z"),
  });
  await approveBooking({ actor: staff, bookingId: b.id });
  return b;
}

describe("plates", () => {
  it("accepts ordinary and new-energy plates, normalises what people type", () => {
    expect(normalizePlate(" 浙a·12345 ")).toBe("浙A12345");
    expect(normalizePlate("浙Ａ１２３４５")).toBe("浙A12345");
    for (const ok of ["浙A12345", "京BZ8K31", "浙AD12345", "粤BDF1234", "浙A12345D"]) expect(isValidPlate(ok), ok).toBe(true);
    for (const bad of ["浙A1234", "浙I12345", "AB12345", "浙A123456", "浙AO1234", "X浙12345", ""]) expect(isValidPlate(bad), bad).toBe(false);
  });

  it("refuses a bad or taken plate beside the field", async () => {
    const { staff } = await setup();
    await expect(createVehicle({ actor: staff, input: { plate: "浙A1234", type: "SEDAN", seats: "5", odometerKm: "0" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { plate: expect.stringContaining("车牌号格式不正确") } });
    const v = await car(staff);
    await expect(createVehicle({ actor: staff, input: { plate: v.plate, type: "SEDAN", seats: "5", odometerKm: "0" } })).rejects.toMatchObject({ fieldErrors: { plate: "该车牌号已登记" } });
  });
});

describe("booking and approval", () => {
  it("books, approves with an SMS to the booker, refuses with a reason, and only the office decides", async () => {
    const { booker, staff } = await setup();
    const b = await bookVehicle({
      actor: booker,
      input: { startAt: "2030-03-04T09:00", endAt: "2030-03-04T11:30", fromPlace: "县政府", toPlace: "石门乡", passengerCount: "2", passengerNames: "张明，王芳", reason: "督查" },
      idempotencyKey: "booking-key-0001",
      now: new Date("2030-01-01T00:00:00Z"),
    });
    expect(b).toMatchObject({ status: "PENDING", passengerCount: 2, startAt: new Date("2030-03-04T01:00:00Z") });
    // A retried post books once.
    const again = await bookVehicle({ actor: booker, input: { startAt: "2030-03-04T09:00", endAt: "2030-03-04T11:30", fromPlace: "县政府", toPlace: "石门乡", passengerCount: "2", passengerNames: "张明，王芳", reason: "督查" }, idempotencyKey: "booking-key-0001", now: new Date("2030-01-01T00:00:00Z") });
    expect(again.id).toBe(b.id);

    await expect(approveBooking({ actor: booker, bookingId: b.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await approveBooking({ actor: staff, bookingId: b.id, expectedVersion: 1 });
    // A second approver with the same version loses.
    await expect(approveBooking({ actor: staff, bookingId: b.id, expectedVersion: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const phone = (await prisma.officer.findUniqueOrThrow({ where: { id: booker.id } })).phone!;
    expect(await prisma.outboxMessage.findFirst({ where: { relatedId: b.id, template: "vehicle.approved" } })).toMatchObject({ recipient: phone });

    const other = await bookVehicle({ actor: booker, input: { startAt: "2030-03-05T09:00", endAt: "2030-03-05T10:00", fromPlace: "县政府", toPlace: "石门乡", passengerCount: "1", passengerNames: "张明", reason: "督查" }, now: new Date("2030-01-01T00:00:00Z") });
    await expect(refuseBooking({ actor: staff, bookingId: other.id, input: { reason: " " } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: "请填写不批准的理由" } });
    await refuseBooking({ actor: staff, bookingId: other.id, input: { reason: "当日车辆已全部派出" } });
    expect(await prisma.outboxMessage.findFirst({ where: { relatedId: other.id, template: "vehicle.refused" } })).toMatchObject({ body: expect.stringContaining("当日车辆已全部派出") });
    await expect(assignVehicle({ actor: staff, bookingId: other.id, input: { vehicleId: "x", driverId: "y" } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.auditLog.count({ where: { targetId: { in: [b.id, other.id] }, action: { startsWith: "vehicle." } } })).toBe(4);
  });

  it("refuses a bad form with field messages", async () => {
    const { booker } = await setup();
    const input = { startAt: "2030-03-04T09:00", endAt: "2030-03-04T08:00", fromPlace: "", toPlace: "清溪镇", passengerCount: "1", passengerNames: "张明、李华", reason: "督查" };
    await expect(bookVehicle({ actor: booker, input, now: new Date("2030-01-01T00:00:00Z") })).rejects.toMatchObject({
      fieldErrors: { endAt: "返回时间应晚于出发时间", fromPlace: "请填写出发地" },
    });
    await expect(bookVehicle({ actor: booker, input: { ...input, endAt: "2030-03-04T10:00", fromPlace: "县政府" }, now: new Date("2030-01-01T00:00:00Z") })).rejects.toMatchObject({
      fieldErrors: { passengerNames: "填写了2位乘车人员，多于乘车人数1人" },
    });
  });
});

describe("assigning a car and a driver", () => {
  it("refuses a double booking of one car under concurrent assigns", async () => {
    const { booker, staff, driver, driver2 } = await setup();
    const v = await car(staff);
    const a = await approved(booker, staff, "2030-04-01", "09:00", "12:00");
    const b = await approved(booker, staff, "2030-04-01", "11:00", "14:00");
    const results = await Promise.allSettled([
      assignVehicle({ actor: staff, bookingId: a.id, input: { vehicleId: v.id, driverId: driver.id } }),
      assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver2.id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: "CONFLICT", fieldErrors: { vehicleId: `${v.plate}该时段已有出车任务` } });
    expect(await prisma.vehicleBooking.count({ where: { vehicleId: v.id, status: "ASSIGNED" } })).toBe(1);
    // Back to back is not an overlap.
    const c = await approved(booker, staff, "2030-04-01", "14:00", "16:00");
    await assignVehicle({ actor: staff, bookingId: c.id, input: { vehicleId: v.id, driverId: driver2.id } });
  });

  it("refuses a double booking of one driver under concurrent assigns", async () => {
    const { booker, staff, driver } = await setup();
    const [v1, v2] = [await car(staff), await car(staff)];
    const a = await approved(booker, staff, "2030-04-02", "09:00", "12:00");
    const b = await approved(booker, staff, "2030-04-02", "10:00", "11:00");
    const results = await Promise.allSettled([
      assignVehicle({ actor: staff, bookingId: a.id, input: { vehicleId: v1.id, driverId: driver.id } }),
      assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v2.id, driverId: driver.id } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", fieldErrors: { driverId: expect.stringContaining("该时段已有出车任务") } });
    expect(await prisma.vehicleBooking.count({ where: { driverId: driver.id, status: "ASSIGNED" } })).toBe(1);
  });

  it("many concurrent assigns of one car over one slot: exactly one wins", async () => {
    const { booker, staff, office } = await setup();
    const v = await car(staff, 7);
    const drivers = await Promise.all([1, 2, 3, 4].map(() => addOfficer(office.id, "DRIVER")));
    const bookings = [];
    for (let i = 0; i < 4; i++) bookings.push(await approved(booker, staff, "2030-04-03", `${String(8 + i).padStart(2, "0")}:00`, "13:00"));
    const results = await Promise.allSettled(bookings.map((b, i) => assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: drivers[i].id } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a car in maintenance, too few seats, a non-driver; tells the driver by SMS and lists the trip in 待办", async () => {
    const { booker, staff, driver } = await setup();
    const small = await car(staff, 2);
    const v = await car(staff, 5);
    const b = await approved(booker, staff, "2030-04-04", "09:00", "10:00", 2);
    await expect(assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: small.id, driverId: driver.id } })).rejects.toMatchObject({ fieldErrors: { vehicleId: expect.stringContaining("只有2座") } });
    await expect(assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: booker.id } })).rejects.toMatchObject({ fieldErrors: { driverId: "请选择在岗的驾驶员" } });
    await setVehicleStatus({ actor: staff, vehicleId: v.id, input: { status: "MAINTENANCE" } });
    await expect(assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver.id } })).rejects.toMatchObject({ fieldErrors: { vehicleId: expect.stringContaining("正在维修保养") } });
    await setVehicleStatus({ actor: staff, vehicleId: v.id, input: { status: "AVAILABLE" } });
    await assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver.id } });
    const sms = await prisma.outboxMessage.findFirstOrThrow({ where: { relatedId: b.id, template: "vehicle.trip_assigned" } });
    expect(sms.body).toContain(v.plate);
    const todo = await tripTodoSource.list(prisma, driver, "todo", new Date(), 20);
    expect(todo).toContainEqual(expect.objectContaining({ id: b.id, action: "出车", href: `/officer/vehicles/trips/${b.id}` }));
    expect(await tripTodoSource.count(prisma, driver, "todo", new Date())).toBe(1);
    // The booker cancels; the driver is told and the 待办 item goes.
    await cancelBooking({ actor: booker, bookingId: b.id });
    expect(await prisma.outboxMessage.count({ where: { relatedId: b.id, template: "vehicle.cancelled" } })).toBe(1);
    expect(await tripTodoSource.count(prisma, driver, "todo", new Date())).toBe(0);
  });
});

describe("待办", () => {
  it("puts bookings before the office (审批用车, 派车) and returned trips in the driver's 已办", async () => {
    const { booker, staff, driver } = await setup();
    const v = await car(staff);
    const pending = await bookVehicle({ actor: booker, input: { startAt: "2030-08-01T09:00", endAt: "2030-08-01T10:00", fromPlace: "县政府", toPlace: "待审批村", passengerCount: "1", passengerNames: "张明", reason: "调研" }, now: new Date("2030-01-01T00:00:00Z") });
    const toAssign = await approved(booker, staff, "2030-08-02");
    const todo = await tripTodoSource.list(prisma, staff, "todo", new Date(), 200);
    expect(todo).toContainEqual(expect.objectContaining({ id: pending.id, action: "审批用车", href: `/officer/vehicles/bookings/${pending.id}` }));
    expect(todo).toContainEqual(expect.objectContaining({ id: toAssign.id, action: "派车" }));
    expect(await tripTodoSource.list(prisma, booker, "todo", new Date(), 20)).toEqual([]);

    await assignVehicle({ actor: staff, bookingId: toAssign.id, input: { vehicleId: v.id, driverId: driver.id } });
    await markDeparture({ actor: driver, bookingId: toAssign.id, input: { odometer: "10000" } });
    expect(await tripTodoSource.list(prisma, driver, "todo", new Date(), 20)).toContainEqual(expect.objectContaining({ id: toAssign.id, action: "到达" }));
    await markReturn({ actor: driver, bookingId: toAssign.id, input: { odometer: "10020" } });
    expect(await tripTodoSource.list(prisma, driver, "done", new Date(), 20)).toContainEqual(expect.objectContaining({ id: toAssign.id, action: "已回车" }));
    expect(await tripTodoSource.count(prisma, driver, "todo", new Date())).toBe(0);
  });
});

describe("the driver's trip", () => {
  it("departs, arrives and returns; refuses a return odometer below departure; moves the car's odometer; the board follows", async () => {
    const { booker, staff, driver, driver2 } = await setup();
    const v = await car(staff, 5, 20000);
    const b = await approved(booker, staff, "2030-05-06");
    await assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver.id } });

    const now = new Date("2030-05-06T00:30:00Z");
    let board = await getFleetBoard({ actor: staff, now });
    expect(board.cars.find((c) => c.id === v.id)).toMatchObject({ state: "booked", trip: { toPlace: "清溪镇" } });

    await expect(markDeparture({ actor: driver2, bookingId: b.id, input: { odometer: "20010" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markDeparture({ actor: driver, bookingId: b.id, input: { odometer: "19990" } })).rejects.toMatchObject({ fieldErrors: { odometer: "出车里程不能小于该车上次记录的里程20000公里，请核对仪表读数" } });
    await markDeparture({ actor: driver, bookingId: b.id, input: { odometer: "20010", lat: "30.1", lng: "120.2", accuracy: "15" }, now });
    expect((await prisma.vehicleBooking.findUniqueOrThrow({ where: { id: b.id } })).departPosition).toEqual({ lat: 30.1, lng: 120.2, accuracy: 15 });
    board = await getFleetBoard({ actor: staff, now });
    expect(board.cars.find((c) => c.id === v.id)).toMatchObject({ state: "out", trip: { driverName: expect.any(String), departedAt: now } });

    await markArrival({ actor: driver, bookingId: b.id, input: {}, now: new Date("2030-05-06T01:30:00Z") });
    await expect(markReturn({ actor: driver, bookingId: b.id, input: { odometer: "20005", fuel: "100" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { odometer: "回车里程不能小于出车里程20010公里，请核对仪表读数" },
    });
    await expect(markReturn({ actor: driver, bookingId: b.id, input: { odometer: "20100", fuel: "12.345" } })).rejects.toMatchObject({ fieldErrors: { fuel: expect.stringContaining("最多两位小数") } });
    await markReturn({ actor: driver, bookingId: b.id, input: { odometer: "20096", fuel: "120.5", toll: "15", parking: "" }, now: new Date("2030-05-06T04:00:00Z") });
    const done = await prisma.vehicleBooking.findUniqueOrThrow({ where: { id: b.id } });
    expect(done).toMatchObject({ status: "RETURNED", returnOdometer: 20096, fuelFen: 12050, tollFen: 1500, parkingFen: 0, arrivePosition: null });
    expect((await prisma.vehicle.findUniqueOrThrow({ where: { id: v.id } })).odometerKm).toBe(20096);
    board = await getFleetBoard({ actor: staff, now: new Date("2030-05-06T05:00:00Z") });
    expect(board.cars.find((c) => c.id === v.id)).toMatchObject({ state: "available", trip: null });
    // No second return.
    await expect(markReturn({ actor: driver, bookingId: b.id, input: { odometer: "20200" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("maintenance and insurance due", () => {
  it("warns yellow before and red when due, once each, by date and by mileage", async () => {
    const { booker, staff, driver } = await setup();
    const v = await car(staff, 5, 9000);
    const insurance = await addVehicleDue({ actor: staff, vehicleId: v.id, input: { kind: "INSURANCE", dueDate: "2031-03-31" } });
    expect(insurance.yellowAt).toEqual(new Date("2031-02-28T16:00:00Z"));
    const service = await addVehicleDue({ actor: staff, vehicleId: v.id, input: { kind: "SERVICE", dueOdometerKm: "10000" } });
    expect(service).toMatchObject({ yellowAt: null, dueAt: null });
    await expect(addVehicleDue({ actor: staff, vehicleId: v.id, input: { kind: "SERVICE" } })).rejects.toMatchObject({ fieldErrors: { dueDate: "请填写到期日期或到期里程（至少一项）" } });

    const sweep = (now: string) => sweepSupervision({ now: new Date(now), kinds: [vehicleDueKind] });
    const keeperPhone = (await prisma.officer.findUniqueOrThrow({ where: { id: staff.id } })).phone!;
    const warnings = () => prisma.outboxMessage.findMany({ where: { relatedType: "vehicle_due", recipient: keeperPhone }, orderBy: { createdAt: "asc" } });

    expect((await sweep("2031-02-01T00:00:00Z")).yellow).toBe(0);
    expect((await sweep("2031-03-05T00:00:00Z")).yellow).toBe(1);
    expect((await sweep("2031-03-06T00:00:00Z")).yellow).toBe(0);
    expect((await sweep("2031-04-01T00:00:00Z")).red).toBe(1);
    expect((await sweep("2031-04-02T00:00:00Z")).red).toBe(0);
    expect((await warnings()).map((m) => m.template)).toEqual(["supervision.yellow", "supervision.red"]);
    expect((await warnings())[0].body).toContain("保险续保");

    // Mileage: a return within 500 km stamps yellow, reaching it stamps red.
    const trip = async (day: string, depart: string, back: string) => {
      const b = await approved(booker, staff, day);
      await assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver.id } });
      await markDeparture({ actor: driver, bookingId: b.id, input: { odometer: depart } });
      await markReturn({ actor: driver, bookingId: b.id, input: { odometer: back } });
    };
    await trip("2030-06-01", "9000", "9600");
    expect((await prisma.vehicleDue.findUniqueOrThrow({ where: { id: service.id } })).yellowAt).not.toBeNull();
    const r1 = await sweepSupervision({ now: new Date(), kinds: [vehicleDueKind] });
    expect(r1.yellow).toBeGreaterThanOrEqual(1);
    await trip("2030-06-02", "9600", "10050");
    const r2 = await sweepSupervision({ now: new Date(Date.now() + 1000), kinds: [vehicleDueKind] });
    expect(r2.red).toBe(1);
    expect((await sweepSupervision({ now: new Date(Date.now() + 2000), kinds: [vehicleDueKind] })).red).toBe(0);

    await completeVehicleDue({ actor: staff, dueId: service.id, note: "已在4S店保养" });
    await expect(completeVehicleDue({ actor: staff, dueId: service.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const counts = await vehicleDueKind.countDue(prisma, { departmentId: v.departmentId }, new Date("2031-04-02T00:00:00Z"));
    expect(counts).toEqual([{ departmentId: v.departmentId, overdue: 1, nearDue: 0 }]);
  });
});

describe("statistics", () => {
  it("sums trips, kilometres and costs per car and per unit for a Beijing month, and exports CSV", async () => {
    const { booker, staff, driver, unit } = await setup();
    const v = await car(staff, 5, 0);
    const trip = async (day: string, from: string, depart: number, back: number, fuel: string) => {
      const b = await approved(booker, staff, day, from, "23:00");
      await assignVehicle({ actor: staff, bookingId: b.id, input: { vehicleId: v.id, driverId: driver.id } });
      await markDeparture({ actor: driver, bookingId: b.id, input: { odometer: String(depart) } });
      await markReturn({ actor: driver, bookingId: b.id, input: { odometer: String(back), fuel, toll: "10.10" } });
    };
    await trip("2032-07-01", "00:30", 0, 120, "100.25"); // 2032-06-30 16:30 UTC: July in Beijing
    await trip("2032-07-15", "09:00", 120, 200, "50");
    await trip("2032-08-01", "09:00", 200, 260, "30"); // August
    const stats = await getVehicleStats({ actor: staff, month: "2032-07" });
    expect(stats.byCar.find((l) => l.key === v.id)).toMatchObject({ trips: 2, km: 200, fuelFen: 15025, tollFen: 2020, parkingFen: 0, costFen: 17045 });
    expect(stats.byUnit.find((l) => l.key === unit.id)).toMatchObject({ trips: 2, km: 200, costFen: 17045 });
    await expect(getVehicleStats({ actor: booker, month: "2032-07" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const csv = await exportVehicleStatsCsv({ actor: staff, month: "2032-07" });
    expect(csv.body).toContain(`2032-07,按车辆,${v.plate},2,200,150.25,20.20,0.00,170.45`);
  });
});
