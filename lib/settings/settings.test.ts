import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createDepartment, createOfficer, unique } from "@/test/factories";
import { importPublicHolidays } from "./import-public-holidays";
import { listCalendarDays } from "./list-settings";
import { removeCalendarDay } from "./remove-calendar-day";
import { saveCalendarDay } from "./save-calendar-day";
import { updateCategoryMapping } from "./update-category-mapping";
import { updateSlaClass } from "./update-sla-class";

const admin = async () => (await createOfficer({ role: "ADMIN" })).actor;
const slaClass = () => prisma.slaClass.create({ data: { code: unique("SLA_"), name: "一般类", unit: "WORKING_DAYS", amount: 7 } });
const audits = (targetId: string) => prisma.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" } });

describe("SLA classes", () => {
  it("changes a class and records before and after in the audit log", async () => {
    const actor = await admin();
    const sla = await slaClass();
    await updateSlaClass({ actor, input: { slaClassId: sla.id, name: "加急类", unit: "HOURS", amount: "48", acceptHours: "1" } });
    expect(await prisma.slaClass.findUniqueOrThrow({ where: { id: sla.id } })).toMatchObject({ name: "加急类", unit: "HOURS", amount: 48, acceptHours: 1 });
    const [entry] = await audits(sla.id);
    expect(entry).toMatchObject({ actorId: actor.id, action: "sla_class.updated", targetType: "SlaClass" });
    expect(entry.details).toMatchObject({ before: { name: "一般类", unit: "WORKING_DAYS", amount: 7, acceptHours: 2 }, after: { amount: 48, unit: "HOURS" } });
  });

  it("gives a message for each bad field and changes nothing", async () => {
    const actor = await admin();
    const sla = await slaClass();
    const err = await updateSlaClass({ actor, input: { slaClassId: sla.id, name: " ", unit: "", amount: "1.5", acceptHours: "" } }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fieldErrors).toEqual({
      name: "请填写名称",
      unit: "请选择计时方式",
      amount: "办理时限应为1至720之间的整数",
      acceptHours: "请填写签收时限",
    });
    const tooLong = await updateSlaClass({ actor, input: { slaClassId: sla.id, name: "一般类", unit: "WORKING_DAYS", amount: "90", acceptHours: "2" } }).catch((e) => e);
    expect(tooLong.fieldErrors).toEqual({ amount: "按工作日计时的办理时限不能超过60个工作日" });
    expect((await prisma.slaClass.findUniqueOrThrow({ where: { id: sla.id } })).amount).toBe(7);
    expect(await audits(sla.id)).toHaveLength(0);
  });

  it("refuses officers without settings.manage", async () => {
    const { actor } = await createOfficer({ role: "SUPERVISOR" });
    const sla = await slaClass();
    await expect(updateSlaClass({ actor, input: { slaClassId: sla.id, name: "x", unit: "HOURS", amount: "2", acceptHours: "2" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.slaClass.findUniqueOrThrow({ where: { id: sla.id } })).name).toBe("一般类");
  });
});

describe("category mapping", () => {
  it("moves a category to another department and SLA class, and audits it", async () => {
    const actor = await admin();
    const [from, to] = [await createDepartment(), await createDepartment()];
    const [slaA, slaB] = [await slaClass(), await slaClass()];
    const category = await prisma.complaintCategory.create({ data: { code: unique("CAT_"), name: "道路", departmentId: from.id, slaClassId: slaA.id } });
    // Unticked checkboxes are simply absent from the form.
    await updateCategoryMapping({ actor, input: { categoryId: category.id, departmentId: to.id, slaClassId: slaB.id, isActive: "on" } });
    expect(await prisma.complaintCategory.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({
      departmentId: to.id,
      slaClassId: slaB.id,
      isActive: true,
      isPublic: false,
    });
    const [entry] = await audits(category.id);
    expect(entry).toMatchObject({ actorId: actor.id, action: "complaint_category.updated" });
    expect(entry.details).toMatchObject({ before: { departmentId: from.id, slaClassId: slaA.id, isPublic: true }, after: { departmentId: to.id, isPublic: false } });
  });

  it("names the missing choices", async () => {
    const actor = await admin();
    const dept = await createDepartment();
    const sla = await slaClass();
    const category = await prisma.complaintCategory.create({ data: { code: unique("CAT_"), name: "道路", departmentId: dept.id, slaClassId: sla.id } });
    const err = await updateCategoryMapping({ actor, input: { categoryId: category.id, departmentId: "", slaClassId: "" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ departmentId: "请选择承办部门", slaClassId: "请选择时限类别" });
    const gone = await updateCategoryMapping({ actor, input: { categoryId: category.id, departmentId: "nope", slaClassId: sla.id } }).catch((e) => e);
    expect(gone.fieldErrors).toEqual({ departmentId: "所选承办部门不存在" });
  });
});

describe("work calendar", () => {
  it("adds, changes and removes a day, each with an audit row", async () => {
    const actor = await admin();
    await expect(saveCalendarDay({ actor, input: { date: "2031-10-01", isWorkingDay: "false", holidayName: "国庆节" } })).resolves.toEqual({ date: "2031-10-01", isCreated: true });
    await saveCalendarDay({ actor, input: { date: "2031-10-01", isWorkingDay: "true", holidayName: "" } });
    expect((await listCalendarDays({ actor, year: 2031 })).days).toEqual([{ date: "2031-10-01", isWorkingDay: true, holidayName: null }]);
    await removeCalendarDay({ actor, date: "2031-10-01" });
    expect((await listCalendarDays({ actor, year: 2031 })).days).toEqual([]);
    expect((await audits("2031-10-01")).map((a) => a.action)).toEqual(["calendar_day.created", "calendar_day.updated", "calendar_day.removed"]);
  });

  it("explains bad days in plain words", async () => {
    const actor = await admin();
    const err = await saveCalendarDay({ actor, input: { date: "2031-02-30", holidayName: "很长很长很长很长很长很长很长很长很长很长的名字" } }).catch((e) => e);
    expect(err.fieldErrors).toEqual({ date: "日期不是有效的日期", isWorkingDay: "请选择当天上班还是放假", holidayName: "节日名称不能超过20个字" });
    const empty = await saveCalendarDay({ actor, input: { date: "", isWorkingDay: "false" } }).catch((e) => e);
    expect(empty.fieldErrors).toEqual({ date: "请填写日期" });
  });

  it("imports the official table once, keeping days an admin entered", async () => {
    const actor = await admin();
    await saveCalendarDay({ actor, input: { date: "2026-10-08", isWorkingDay: "false", holidayName: "本县调整" } });
    await saveCalendarDay({ actor, input: { date: "2026-10-01", isWorkingDay: "true", holidayName: "测试" } });
    const first = await importPublicHolidays({ actor, year: "2026" });
    expect(first.added + first.kept).toBeGreaterThan(30);
    expect(first.kept).toBe(1);
    const days = (await listCalendarDays({ actor, year: 2026 })).days;
    expect(days.find((d) => d.date === "2026-10-01")).toEqual({ date: "2026-10-01", isWorkingDay: true, holidayName: "测试" });
    expect(days.find((d) => d.date === "2026-10-02")).toEqual({ date: "2026-10-02", isWorkingDay: false, holidayName: "国庆节" });
    expect(days.find((d) => d.date === "2026-10-10")).toMatchObject({ isWorkingDay: true });
    expect((await importPublicHolidays({ actor, year: 2026 })).added).toBe(0);
    const [entry] = await audits("2026");
    expect(entry).toMatchObject({ action: "calendar.holidays_imported", actorId: actor.id });
    await expect(importPublicHolidays({ actor, year: 2040 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses officers without settings.manage", async () => {
    const { actor } = await createOfficer({ role: "DEPARTMENT_HEAD" });
    await expect(saveCalendarDay({ actor, input: { date: "2032-01-01", isWorkingDay: "false" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importPublicHolidays({ actor, year: 2026 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.workCalendarDay.count({ where: { date: new Date("2032-01-01T00:00:00Z") } }))).toBe(0);
  });
});
