// Demo data for the early-warning SMS broadcast: a warning in force (its validity counts from
// the first start, like the demo cases, so it has not expired when someone tries the demo) and
// one subscriber per town, so /officer/broadcasts has something to send. Created only if missing.
import type { PrismaClient } from "@/generated/prisma/client";
import { snapshotOf } from "../content/content-snapshot";

export const DEMO_BROADCAST_WARNING_SLUG = "warning-geohazard-shimen-demo";

const DAY = 86_400_000;

export async function seedDemoBroadcast(prisma: PrismaClient, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const department = await prisma.department.findUnique({ where: { code: "GOV_OFFICE" }, select: { id: true } });
  const warning = await prisma.contentItem.upsert({
    where: { slug: DEMO_BROADCAST_WARNING_SLUG },
    create: {
      slug: DEMO_BROADCAST_WARNING_SLUG,
      type: "WARNING",
      title: "石门乡、清溪镇地质灾害气象风险黄色预警",
      summary: "受持续降雨影响，石门乡、清溪镇山区发生崩塌、滑坡的风险较高，请远离陡坡和沟谷。",
      body: `## 防御指南

1. 山区村组加强巡查，发现裂缝、异响立即撤离；
2. 暂停陡坡下的施工和采石作业；
3. 不在沟谷、河边停留。`,
      status: "PUBLISHED",
      publishedAt: new Date(now.getTime() - 3_600_000),
      departmentId: department?.id,
      warningLevel: "YELLOW",
      area: "石门乡、清溪镇",
      validFrom: new Date(now.getTime() - 3_600_000),
      validUntil: new Date(now.getTime() + 30 * DAY),
    },
    update: {},
  });
  // The first entry of its version history, as every seeded item has (seed-demo-county.ts).
  await prisma.contentVersion.upsert({
    where: { contentId_version: { contentId: warning.id, version: 1 } },
    create: { contentId: warning.id, version: 1, snapshot: snapshotOf(warning, "初始发布（演示数据）") },
    update: {},
  });
  // Demo numbers (13900002xxx), fictional like every other number of the demo county.
  await prisma.warningSubscription.createMany({
    data: [
      { phone: "13900002101", town: "chengguan" },
      { phone: "13900002102", town: "qingxi" },
      { phone: "13900002103", town: "shimen", wantsRuralInfo: false },
    ],
    skipDuplicates: true,
  });
}
