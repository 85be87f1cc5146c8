import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addOfficer, createComplaintSetup, fileTestComplaint } from "@/test/complaint-fixtures";
import { createDepartment, unique } from "@/test/factories";
import { acceptComplaint } from "@/lib/complaints/accept-complaint";
import { resolveComplaint } from "@/lib/complaints/resolve-complaint";
import { getScorecards } from "@/lib/supervision/scorecard";
import { exportUsageCsv, getUsageScorecard, saveUsageSettings, weightedUsageScore } from "./usage-scorecard";
import { officersActiveMetric } from "./metrics/officers-active";
import { casesOnTimeMetric } from "./metrics/cases-on-time";
import { vehicleTripsMetric } from "./metrics/vehicle-trips";
import { USAGE_METRICS } from "./metrics";
import { defineUsageMetric } from "./define-metric";

const month = { monthStart: new Date("2034-02-01T00:00:00+08:00"), monthEnd: new Date("2034-03-01T00:00:00+08:00") };

describe("usage metrics", () => {
  it("counts officers who signed in that month (audit rows) over the unit's active officers", async () => {
    const d = await createDepartment(unique("乡镇"));
    const [a, b] = [await addOfficer(d.id, "HANDLER"), await addOfficer(d.id, "HANDLER")];
    await addOfficer(d.id, "HANDLER");
    await prisma.auditLog.createMany({
      data: [
        { actorId: a.id, action: "officer.signed_in", targetType: "Officer", createdAt: new Date("2034-02-03T01:00:00Z") },
        { actorId: a.id, action: "officer.signed_in", targetType: "Officer", createdAt: new Date("2034-02-20T01:00:00Z") },
        // January 31st 23:00 Beijing is not February.
        { actorId: b.id, action: "officer.signed_in", targetType: "Officer", createdAt: new Date("2034-01-31T15:00:00Z") },
        { actorId: b.id, action: "officer.sign_in_failed", targetType: "Officer", createdAt: new Date("2034-02-05T01:00:00Z") },
      ],
    });
    // The officers were created now; count them as on the list in that month.
    await prisma.officer.updateMany({ where: { departmentId: d.id }, data: { createdAt: new Date("2033-01-01T00:00:00Z") } });
    expect(await officersActiveMetric.compute(prisma, { ...month, departmentId: d.id })).toEqual([{ departmentId: d.id, value: 1, denominator: 3 }]);
  });

  it("reads cases on time from the same figures as the supervision scorecard", async () => {
    const { category, department, head } = await createComplaintSetup();
    const supervisor = await addOfficer(department.id, "SUPERVISOR");
    const filed = new Date("2034-02-06T02:00:00Z");
    for (let i = 0; i < 2; i++) {
      const { complaint } = await fileTestComplaint(category.id, {}, filed);
      if (i === 0) {
        await acceptComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 1, now: new Date("2034-02-06T03:00:00Z") });
        await resolveComplaint({ actor: head, complaintId: complaint.id, expectedVersion: 2, input: { reply: "已安排施工队修复路面，并设置警示标志。" }, now: new Date("2034-02-07T03:00:00Z") });
      }
    }
    const now = new Date("2034-03-20T00:00:00Z");
    const [figure] = await casesOnTimeMetric.compute(prisma, { ...month, departmentId: department.id, now });
    const card = await getScorecards({ actor: { ...supervisor, role: "SUPERVISOR" }, month: "2034-02", now });
    const row = card.rows.find((r) => r.departmentId === department.id)!;
    expect(figure).toEqual({ departmentId: department.id, value: row.onTime.numerator, denominator: row.onTime.denominator });
    expect(figure).toMatchObject({ value: 1, denominator: 2 });
  });

  it("counts vehicle trips booked by the unit in the month, not refused or cancelled ones", async () => {
    const d = await createDepartment(unique("局"));
    const o = await addOfficer(d.id, "HANDLER");
    const base = { bookerId: o.id, departmentId: d.id, fromPlace: "县政府", toPlace: "乡里", passengerCount: 1, passengerNames: "甲", reason: "检查" };
    const at = (day: string) => ({ startAt: new Date(`${day}T09:00:00+08:00`), endAt: new Date(`${day}T10:00:00+08:00`) });
    await prisma.vehicleBooking.createMany({
      data: [
        { ...base, ...at("2034-02-02"), status: "RETURNED" },
        { ...base, ...at("2034-02-03"), status: "ASSIGNED" },
        { ...base, ...at("2034-02-04"), status: "REFUSED" },
        { ...base, ...at("2034-02-05"), status: "CANCELLED" },
        { ...base, ...at("2034-03-01"), status: "RETURNED" },
      ],
    });
    expect(await vehicleTripsMetric.compute(prisma, { ...month, departmentId: d.id })).toEqual([{ departmentId: d.id, value: 2 }]);
  });
});

describe("usage scorecard", () => {
  it("weights the scores a unit has, rescaling when one drops out", () => {
    expect(weightedUsageScore({ a: { score: 1 }, b: { score: 0.5 } }, { a: 50, b: 50 })).toBe(75);
    expect(weightedUsageScore({ a: { score: 1 }, b: { score: null } }, { a: 50, b: 50 })).toBe(100);
    expect(weightedUsageScore({ a: { score: null } }, { a: 50 })).toBeNull();
  });

  it("ranks units, shows the paper estimate, and lets only an admin set weights and the page cost", async () => {
    const office = await createDepartment(unique("政府办"));
    const staff = await addOfficer(office.id, "OFFICE_STAFF");
    const admin = await addOfficer(office.id, "ADMIN");
    const [high, low] = [await createDepartment(unique("甲局")), await createDepartment(unique("乙局"))];
    // A metric registered by a later domain: pages of documents per unit.
    const pages = defineUsageMetric({ key: "paper_pages", label: "电子流转页数", kind: "count", unit: "页", defaultWeight: 0, compute: async () => [{ departmentId: high.id, value: 40 }, { departmentId: low.id, value: 10 }] });
    const trips = defineUsageMetric({ key: "trips", label: "派车", kind: "count", defaultWeight: 50, compute: async () => [{ departmentId: high.id, value: 4 }, { departmentId: low.id, value: 1 }] });
    const rate = defineUsageMetric({ key: "rate", label: "登录率", kind: "rate", defaultWeight: 50, compute: async () => [{ departmentId: high.id, value: 1, denominator: 1 }, { departmentId: low.id, value: 1, denominator: 2 }] });
    const metrics = [rate, trips, pages];

    const card = await getUsageScorecard({ actor: staff, month: "2034-02", metrics });
    const [h, l] = [card.rows.find((r) => r.departmentId === high.id)!, card.rows.find((r) => r.departmentId === low.id)!];
    expect(h).toMatchObject({ score: 100, rank: 1, paperPages: 40, paperSavedFen: 1200 });
    expect(l).toMatchObject({ score: 37.5, paperPages: 10 });
    expect(l.rank).toBeGreaterThan(1);
    expect(card.rows.findIndex((r) => r.departmentId === high.id)).toBeLessThan(card.rows.findIndex((r) => r.departmentId === low.id));

    await expect(saveUsageSettings({ actor: staff, input: {}, metrics })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveUsageSettings({ actor: admin, input: { w_rate: "0", w_trips: "0", w_paper_pages: "0", pageCost: "0.3" }, metrics })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { w_rate: "至少一项权重应大于0" } });
    await expect(saveUsageSettings({ actor: admin, input: { w_rate: "10", w_trips: "0", w_paper_pages: "0", pageCost: "0.333" }, metrics })).rejects.toMatchObject({ fieldErrors: { pageCost: expect.stringContaining("两位小数") } });
    await saveUsageSettings({ actor: admin, input: { w_rate: "100", w_trips: "0", w_paper_pages: "0", pageCost: "0.50" }, metrics });
    const again = await getUsageScorecard({ actor: staff, month: "2034-02", metrics });
    expect(again.rows.find((r) => r.departmentId === low.id)).toMatchObject({ score: 50, paperSavedFen: 500 });
    expect(again.settings.pageCostFen).toBe(50);
    await expect(getUsageScorecard({ actor: { ...admin }, month: "2034-02", metrics })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("counts documents sent, signed for within 24 hours, and the pages they saved", async () => {
    const sender = await createDepartment(unique("发文单位"));
    const [fast, slow] = [await createDepartment(unique("收文单位")), await createDepartment(unique("收文单位"))];
    const at = new Date("2034-02-10T02:00:00Z");
    const doc = await prisma.officialDocument.create({
      data: { departmentId: sender.id, drafterId: "drafter", kind: "NOTICE", title: "关于做好冬季安全生产工作的通知", status: "DISTRIBUTED", pageCount: 4, distributedAt: at },
    });
    await prisma.documentReceipt.createMany({
      data: [
        { documentId: doc.id, departmentId: fast.id, createdAt: at, status: "SIGNED", signedAt: new Date(at.getTime() + 3600_000) },
        { documentId: doc.id, departmentId: slow.id, createdAt: at, status: "SIGNED", signedAt: new Date(at.getTime() + 30 * 3600_000) },
        { documentId: doc.id, officerId: "named-officer", createdAt: at },
      ],
    });
    const by = async (key: string, departmentId: string) => (await USAGE_METRICS.find((m) => m.key === key)!.compute(prisma, { ...month, departmentId }));
    expect(await by("documents_sent", sender.id)).toEqual([{ departmentId: sender.id, value: 1 }]);
    expect(await by("paper_pages", sender.id)).toEqual([{ departmentId: sender.id, value: 12 }]);
    expect(await by("documents_signed_24h", fast.id)).toEqual([{ departmentId: fast.id, value: 1, denominator: 1 }]);
    expect(await by("documents_signed_24h", slow.id)).toEqual([{ departmentId: slow.id, value: 0, denominator: 1 }]);
  });

  it("lists the production metrics and exports CSV", async () => {
    expect(USAGE_METRICS.map((m) => m.key)).toEqual(["officers_active", "cases_on_time", "documents_sent", "documents_signed_24h", "tasks_on_time", "meeting_replies_on_time", "reports_adopted", "vehicle_trips", "paper_pages"]);
    expect(USAGE_METRICS.filter((m) => m.note)).toEqual([]);
    const office = await createDepartment(unique("政府办"));
    const staff = await addOfficer(office.id, "OFFICE_STAFF");
    const csv = await exportUsageCsv({ actor: staff, month: "2034-02" });
    expect(csv.body.split("\r\n")[0]).toBe("\uFEFF月份,名次,单位,得分,人员登录率,诉求按时办结率,网上发文件数,收文24小时内签收率,交办任务按时办结率,会议按时回复率,信息采用条数,网上派车次数,电子流转页数,节约纸张费用（元）");
    expect(csv.body).toContain(office.name);
  });
});
