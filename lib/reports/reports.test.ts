import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addOfficer } from "@/test/complaint-fixtures";
import { unique } from "@/test/factories";
import { TINY_PNG } from "@/test/image-fixtures";
import { publishedWhere } from "../content/public-content";
import { createBulletin, issueBulletin, nextBulletinNumber } from "./bulletins";
import { publishReportToPortal } from "./publish-report";
import { exportReportRankingCsv, getReportRanking, saveLevelPoints } from "./report-ranking";
import { reportTodoSource } from "./report-todo-source";
import { adoptReport, declineReport, editReport } from "./review-report";
import { submitReport } from "./submit-report";

const bj = (local: string) => new Date(`${local}+08:00`);

async function infoOfficer(kind: "AGENCY" | "TOWN" = "TOWN") {
  const d = await prisma.department.create({ data: { code: unique("U_"), name: unique(kind === "TOWN" ? "测试镇" : "测试局"), kind } });
  const o = await addOfficer(d.id, "HANDLER");
  await prisma.officer.update({ where: { id: o.id }, data: { duties: ["INFO_OFFICER"] } });
  return { department: d, actor: { ...o, duties: ["INFO_OFFICER"] } as Actor };
}

const report = (title: string) => ({ title, category: "政务动态", body: `${title}：本镇召开专题会议，部署冬季安全生产工作。` });

describe("information reports (信息报送)", () => {
  let office: Actor;
  beforeAll(async () => {
    const gov = await prisma.department.create({ data: { code: unique("GOV_"), name: unique("县政府办"), kind: "GOVERNMENT_OFFICE" } });
    office = await addOfficer(gov.id, "OFFICE_STAFF");
  });

  it("submits, edits keeping the original, adopts with points, declines with a reason; only information officers submit", async () => {
    const town = await infoOfficer();
    await expect(submitReport({ actor: await addOfficer(town.department.id, "HANDLER"), input: report("x") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submitReport({ actor: town.actor, input: { title: "", category: "乱写", body: "" } })).rejects.toMatchObject({
      fieldErrors: { title: "请填写标题", category: "请选择信息类别", body: "请填写正文" },
    });
    const r = await submitReport({ actor: town.actor, input: report("清溪镇部署冬季安全生产"), images: [{ name: "会场.png", bytes: TINY_PNG }] });
    expect(r.departmentId).toBe(town.department.id);
    expect(await prisma.infoReportImage.count({ where: { reportId: r.id } })).toBe(1);
    expect((await reportTodoSource.list(prisma, office, "todo", new Date(), 500)).find((i) => i.id === r.id)?.action).toBe("编辑采用");

    const edited = await editReport({ actor: office, reportId: r.id, expectedVersion: 1, input: { editedTitle: "清溪镇扎实部署冬季安全生产", editedBody: "编辑后的正文。" } });
    expect(edited).toMatchObject({ title: "清溪镇部署冬季安全生产", editedTitle: "清溪镇扎实部署冬季安全生产" });
    await expect(editReport({ actor: town.actor, reportId: r.id, expectedVersion: 2, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const adopted = await adoptReport({ actor: office, reportId: r.id, expectedVersion: 2, input: { level: "COUNTY_SPECIAL" }, now: bj("2026-03-01T10:00:00") });
    expect(adopted).toMatchObject({ status: "ADOPTED", level: "COUNTY_SPECIAL", points: 5 });
    await expect(adoptReport({ actor: office, reportId: r.id, expectedVersion: 2, input: { level: "COUNTY_BRIEF" } })).rejects.toMatchObject({ code: "CONFLICT" });

    const other = await submitReport({ actor: town.actor, input: report("另一条") });
    await expect(declineReport({ actor: office, reportId: other.id, expectedVersion: 1, input: { reason: "" } })).rejects.toMatchObject({ fieldErrors: { reason: "请填写不采用的理由" } });
    expect(await declineReport({ actor: office, reportId: other.id, expectedVersion: 1, input: { reason: "内容重复。" } })).toMatchObject({ status: "DECLINED", declineReason: "内容重复。" });
    expect(await prisma.auditLog.count({ where: { targetId: r.id, action: { startsWith: "report." } } })).toBe(3);
  });

  it("numbers bulletins per kind and year without gaps or duplicates under concurrent issuing", async () => {
    const town = await infoOfficer();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await submitReport({ actor: town.actor, input: report(`专报素材${i}`) });
      await adoptReport({ actor: office, reportId: r.id, expectedVersion: 1, input: { level: "COUNTY_BRIEF" } });
      ids.push(r.id);
    }
    const now = bj("2027-02-01T10:00:00");
    const drafts = await Promise.all(ids.map((id, i) => createBulletin({ actor: office, input: { kind: "SPECIAL", title: `第${i}期`, reportIds: [id] }, now })));
    // A report already in an issue cannot go into a second one.
    await expect(createBulletin({ actor: office, input: { kind: "SPECIAL", title: "重复", reportIds: [ids[0]] } })).rejects.toMatchObject({ code: "VALIDATION" });
    // A rolled-back issue gives its number back.
    await expect(prisma.$transaction(async (tx) => { await nextBulletinNumber(tx, "SPECIAL", 2027); throw new Error("rollback"); })).rejects.toThrow("rollback");
    const issued = await Promise.all(drafts.map((b) => issueBulletin({ actor: office, bulletinId: b.id, expectedVersion: 1, now })));
    expect(issued.map((b) => b.seq).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issued.map((b) => b.number)).toContain("信息专报〔2027〕第6期");
    // Issuing twice is a conflict and takes no number; briefs count on their own.
    await expect(issueBulletin({ actor: office, bulletinId: drafts[0].id, expectedVersion: 2, now })).rejects.toMatchObject({ code: "CONFLICT" });
    const r = await submitReport({ actor: town.actor, input: report("简报素材") });
    await adoptReport({ actor: office, reportId: r.id, expectedVersion: 1, input: { level: "COUNTY_BRIEF" } });
    const brief = await createBulletin({ actor: office, input: { kind: "BRIEF", title: "简报", reportIds: [r.id] }, now });
    expect((await issueBulletin({ actor: office, bulletinId: brief.id, expectedVersion: 1, now })).number).toBe("简报〔2027〕第1期");
    // An issued report is no longer edited.
    await expect(editReport({ actor: office, reportId: r.id, expectedVersion: 3, input: { editedTitle: "a", editedBody: "b" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("ranks units by the points of the year's adoptions, with editable points, and exports CSV", async () => {
    const a = await infoOfficer();
    const b = await infoOfficer("AGENCY");
    await saveLevelPoints({ actor: office, input: { COUNTY_SPECIAL: "6", COUNTY_BRIEF: "2", SENT_TO_CITY: "4", CITY_ADOPTED: "12" } });
    await expect(saveLevelPoints({ actor: office, input: { COUNTY_SPECIAL: "六", COUNTY_BRIEF: "2", SENT_TO_CITY: "4", CITY_ADOPTED: "12" } })).rejects.toMatchObject({ fieldErrors: { COUNTY_SPECIAL: "县信息专报的分值应为0至999的整数" } });
    const at = bj("2025-06-01T10:00:00");
    const adopt = async (who: Actor, level: "COUNTY_SPECIAL" | "COUNTY_BRIEF" | "CITY_ADOPTED") => {
      const r = await submitReport({ actor: who, input: report(unique("信息")), now: at });
      return adoptReport({ actor: office, reportId: r.id, expectedVersion: 1, input: { level }, now: at });
    };
    await adopt(a.actor, "COUNTY_SPECIAL");
    await adopt(a.actor, "COUNTY_BRIEF");
    await adopt(b.actor, "CITY_ADOPTED");
    await submitReport({ actor: b.actor, input: report("未处理"), now: at });
    const ranking = await getReportRanking({ actor: office, year: 2025 });
    expect(ranking.map((r) => [r.rank, r.departmentName, r.submitted, r.adopted, r.points])).toEqual([
      [1, b.department.name, 2, 1, 12],
      [2, a.department.name, 2, 2, 8],
    ]);
    expect(await getReportRanking({ actor: office, year: 2024 })).toEqual([]);
    const csv = await exportReportRankingCsv({ actor: office, year: 2025 });
    expect(csv.startsWith("\uFEFF名次,单位,报送条数,采用条数,县信息专报,县简报,报送市级,被市级采用,积分\r\n")).toBe(true);
    expect(csv).toContain(`1,${b.department.name},2,1,0,0,0,1,12\r\n`);
  });

  it("publishes an adopted report to the portal's news once, audited", async () => {
    const town = await infoOfficer();
    const r = await submitReport({ actor: town.actor, input: report("清溪镇茶叶丰收") });
    await expect(publishReportToPortal({ actor: office, reportId: r.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await editReport({ actor: office, reportId: r.id, expectedVersion: 1, input: { editedTitle: "清溪镇春茶喜获丰收", editedBody: "今年春茶产量同比增长两成。" } });
    await adoptReport({ actor: office, reportId: r.id, expectedVersion: 2, input: { level: "COUNTY_BRIEF" } });
    const item = await publishReportToPortal({ actor: office, reportId: r.id });
    expect(item).toMatchObject({ type: "NOTICE", status: "PUBLISHED", title: "清溪镇春茶喜获丰收", body: "今年春茶产量同比增长两成。", issuingBody: town.department.name });
    expect(await prisma.contentItem.count({ where: { id: item.id, ...publishedWhere() } })).toBe(1);
    expect((await prisma.infoReport.findUniqueOrThrow({ where: { id: r.id } })).contentItemId).toBe(item.id);
    expect(await prisma.auditLog.count({ where: { targetId: item.id, action: "content.published" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetId: r.id, action: "report.published_to_portal" } })).toBe(1);
    expect(await prisma.contentVersion.count({ where: { contentId: item.id } })).toBe(1);
    await expect(publishReportToPortal({ actor: office, reportId: r.id })).rejects.toMatchObject({ code: "CONFLICT", userMessage: "该信息已发布到门户。" });
  });
});
