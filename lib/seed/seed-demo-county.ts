// Seeds the fictional demonstration county: the reference data (seed-reference-data.ts), then
// demo officers with the published password DEMO_PASSWORD, content, produce, cases and messages.
// Only for the embedded demo database, or PostgreSQL with SEED_DEMO=1 (scripts/prepare-db.ts):
// never a production start. Idempotent: every row is created only when its
// natural key is missing and never updated, so running it twice changes nothing and never
// undoes what officers changed since (a deactivated demo officer stays deactivated).
import type { PrismaClient } from "@/generated/prisma/client";
import type { OfficerDuty, OfficerRole } from "@/generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { toGtin14 } from "../trace/gtin";
import { withCheckDigit } from "../trace/trace-code";
import { DEMO_CONTENT } from "./demo-content";
import { snapshotOf } from "../content/content-snapshot";
import { seedDemoOutbox } from "./demo-outbox";
import { seedDemoComplaints } from "./demo-complaints";
import { seedDemoCases } from "./demo-cases";
import { seedDemoSeals } from "./demo-seals";
import { seedDemoOpinions } from "./demo-opinions";
import { seedDemoBroadcast } from "./demo-broadcast";
import { seedDemoVehicles } from "./demo-vehicles";
import { enqueueSearchSync } from "../search/enqueue-search-sync";
import { seedReferenceData } from "./seed-reference-data";

export const DEMO_PASSWORD = "Demo2026";

const OFFICERS: { username: string; name: string; role: OfficerRole; department: string; phone: string; duties?: OfficerDuty[] }[] = [
  { username: "admin", name: "周敏", role: "ADMIN", department: "GOV_OFFICE", phone: "13800000001" },
  { username: "handler", name: "张明", role: "HANDLER", department: "TRANSPORT", phone: "13800000002" },
  { username: "head", name: "李华", role: "DEPARTMENT_HEAD", department: "TRANSPORT", phone: "13800000003" },
  { username: "supervisor", name: "王芳", role: "SUPERVISOR", department: "SUPERVISION", phone: "13800000004" },
  { username: "editor", name: "赵静", role: "CONTENT_EDITOR", department: "GOV_OFFICE", phone: "13800000005" },
  { username: "trace", name: "陈强", role: "TRACE_OPERATOR", department: "AGRI", phone: "13800000006" },
  { username: "invest", name: "孙悦", role: "DEPARTMENT_HEAD", department: "INVEST", phone: "13800000007" },
  // The county 12345 desk: dispatches 安全隐患 and 其他 (routed to the government office) and sent-back cases, records call-backs.
  { username: "dispatcher", name: "刘洋", role: "DISPATCHER", department: "GOV_OFFICE", phone: "13800000008" },
  // The mobile office: a county leader, the government office's clerk (who also keeps the
  // county government's seal and organises meetings), a department's clerk and information
  // officer, a town's information officer, and a driver.
  { username: "leader", name: "黄建国", role: "LEADER", department: "GOV_OFFICE", phone: "13800000009" },
  { username: "office", name: "吴丽", role: "OFFICE_STAFF", department: "GOV_OFFICE", phone: "13800000010", duties: ["DOCUMENT_CLERK", "SEAL_KEEPER", "MEETING_ORGANISER"] },
  { username: "clerk", name: "郑伟", role: "HANDLER", department: "TRANSPORT", phone: "13800000011", duties: ["DOCUMENT_CLERK", "SEAL_KEEPER", "INFO_OFFICER"] },
  { username: "towninfo", name: "何静", role: "HANDLER", department: "TOWN_QINGXI", phone: "13800000012", duties: ["INFO_OFFICER", "DOCUMENT_CLERK"] },
  { username: "driver", name: "冯军", role: "DRIVER", department: "GOV_OFFICE", phone: "13800000013" },
  // The 12345 centre's call-back operator (回访员).
  { username: "callback", name: "许婷", role: "CALLBACK_OPERATOR", department: "GOV_OFFICE", phone: "13800000014" },
  // The county head's office (县长信箱): answers letters or assigns them, and suggestions (民意).
  { username: "mailbox", name: "钱芳", role: "DEPARTMENT_HEAD", department: "GOV_OFFICE", phone: "13800000015" },
];

export interface SeedOptions {
  /** The calendar year to seed holidays for (the current year by default). */
  year?: number;
  log?: (line: string) => void;
  /** The moment the demo cases' deadlines count from (now by default). */
  now?: Date;
}

export async function seedDemoCounty(prisma: PrismaClient, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  const year = options.year ?? new Date().getFullYear();

  const departmentIds = await seedReferenceData(prisma, { year, log });
  const dept = (code: string) => departmentIds.get(code)!;

  const existing = new Set((await prisma.officer.findMany({ select: { username: true } })).map((o) => o.username));
  for (const o of OFFICERS) {
    if (existing.has(o.username)) continue;
    await prisma.officer.create({
      data: {
        username: o.username,
        name: o.name,
        role: o.role,
        duties: o.duties ?? [],
        phone: o.phone,
        departmentId: dept(o.department),
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  }

  const seededAt = options.now ?? new Date();
  for (const c of DEMO_CONTENT) {
    const date = (v?: string) => (v ? new Date(v) : null);
    const hour = 3600_000;
    const active = c.activeForHours !== undefined;
    const existingItem = await prisma.contentItem.findUnique({ where: { slug: c.slug }, select: { id: true } });
    if (existingItem) continue;
    const item = await prisma.contentItem.create({
      data: {
        slug: c.slug,
        type: c.type,
        title: c.title,
        summary: c.summary,
        body: c.body,
        status: "PUBLISHED",
        publishedAt: active ? new Date(seededAt.getTime() - hour) : new Date(c.publishedAt),
        departmentId: dept(c.department),
        issuingBody: c.issuingBody,
        docNumber: c.docNumber,
        issuedAt: date(c.issuedAt),
        effectiveAt: date(c.effectiveAt),
        supersededById: c.supersededBy ? (await prisma.contentItem.findUnique({ where: { slug: c.supersededBy }, select: { id: true } }))?.id : undefined,
        warningLevel: c.warningLevel,
        area: c.area,
        validFrom: active ? new Date(seededAt.getTime() - hour) : date(c.validFrom),
        validUntil: active ? new Date(seededAt.getTime() + c.activeForHours! * hour) : date(c.validUntil),
        fields: c.fields as object | undefined,
        titleEn: c.titleEn,
        summaryEn: c.summaryEn,
        bodyEn: c.bodyEn,
        keywordsEn: c.keywordsEn ?? [],
      },
    });
    // The first entry of the version history, so an edited demo item can be restored.
    await prisma.contentVersion.create({ data: { contentId: item.id, version: 1, snapshot: snapshotOf(item, "初始发布（演示数据）") } });
  }

  await seedProduce(prisma);
  await seedDemoOutbox(prisma);
  await seedDemoComplaints(prisma);
  await seedDemoCases(prisma, { now: options.now });
  await seedDemoOpinions(prisma, { now: options.now });
  await seedDemoBroadcast(prisma, { now: options.now });
  await seedDemoVehicles(prisma, { now: options.now });
  await seedDemoSeals(prisma);
  await queueSearchIndexing(prisma);
  log("Demo county seeded.");
}

async function seedProduce(prisma: PrismaClient): Promise<void> {
  const producers = [
    {
      id: "seed-producer-orchard",
      name: "桐川县清溪柑橘专业合作社",
      kind: "COOPERATIVE" as const,
      town: "清溪镇",
      village: "桃花村",
      contactName: "刘建国",
      phone: "13900000011",
      commitment: "本合作社承诺：严格执行农药安全间隔期，不使用禁限用农药，产品质量符合食品安全国家标准。",
      product: { id: "seed-product-orange", name: "清溪脐橙", gtin: "690000000001", category: "水果" },
      batches: [
        { id: "seed-batch-orange-1", lot: "QX2611A", body: "20261101001", harvestStart: "2026-11-10", harvestEnd: "2026-11-12", packedAt: "2026-11-13", expiresAt: "2027-01-13", quantity: "5000", unit: "千克", originPlace: "清溪镇桃花村3组果园" },
      ],
    },
    {
      id: "seed-producer-farm",
      name: "石门乡王家湾家庭农场",
      kind: "FARM" as const,
      town: "石门乡",
      village: "王家湾村",
      contactName: "王德明",
      phone: "13900000012",
      commitment: "本农场承诺：蔬菜上市前自检农药残留，合格后方可销售。",
      product: { id: "seed-product-cabbage", name: "高山甘蓝", gtin: "690000000002", category: "蔬菜" },
      batches: [
        { id: "seed-batch-cabbage-1", lot: "SM2611B", body: "20261102002", harvestStart: "2026-11-18", harvestEnd: "2026-11-18", packedAt: "2026-11-19", expiresAt: "2026-12-03", quantity: "1200", unit: "千克", originPlace: "石门乡王家湾村高山蔬菜基地" },
      ],
    },
  ];

  for (const p of producers) {
    await prisma.producer.upsert({
      where: { id: p.id },
      create: { id: p.id, name: p.name, kind: p.kind, town: p.town, village: p.village, contactName: p.contactName, phone: p.phone, commitment: p.commitment },
      update: {},
    });
    // The demo GTINs use a made-up company prefix; the check digit is computed, not typed.
    const gtin = toGtin14(withCheckDigit(p.product.gtin));
    await prisma.product.upsert({
      where: { id: p.product.id },
      create: { id: p.product.id, producerId: p.id, name: p.product.name, gtin, category: p.product.category },
      update: {},
    });
    for (const b of p.batches) {
      const d = (v: string) => new Date(`${v}T00:00:00Z`);
      const batch = await prisma.batch.findUnique({ where: { id: b.id } });
      if (batch) continue;
      await prisma.batch.create({
        data: {
          id: b.id,
          productId: p.product.id,
          lot: b.lot,
          traceCode: withCheckDigit(b.body),
          harvestStart: d(b.harvestStart),
          harvestEnd: d(b.harvestEnd),
          packedAt: d(b.packedAt),
          expiresAt: d(b.expiresAt),
          quantity: b.quantity,
          unit: b.unit,
          originPlace: b.originPlace,
          events: {
            create: [
              { type: "COMMISSIONING", occurredAt: new Date(`${b.harvestEnd}T17:00:00+08:00`), place: b.originPlace, actor: p.name, note: "采收" },
              { type: "INSPECTING", occurredAt: new Date(`${b.packedAt}T09:00:00+08:00`), place: `${p.town}农产品质量安全监管站`, actor: `${p.town}农产品质量安全监管站`, note: "农药残留快速检测" },
              { type: "PACKING", occurredAt: new Date(`${b.packedAt}T15:00:00+08:00`), place: `${p.town}${p.village}分拣包装点`, actor: p.name, note: "分拣包装" },
            ],
          },
          inspections: {
            create: [
              { item: "农药残留（有机磷和氨基甲酸酯类）", result: "PASS", value: "抑制率 < 50%", agency: `${p.town}农产品质量安全监管站`, reportNo: `JC-${b.lot}`, inspectedAt: new Date(`${b.packedAt}T09:00:00+08:00`) },
            ],
          },
          certificates: {
            create: [
              { type: "COMMITMENT", number: `CN-${b.lot}`, basis: "SELF_TEST", issuer: p.name, issuedAt: new Date(`${b.packedAt}T16:00:00+08:00`) },
            ],
          },
        },
      });
    }
  }
}

/**
 * Queues every searchable document for the search index, so search works right after a fresh
 * start: the worker in the web process (or `npm run worker`) indexes them within seconds. The job
 * processor decides what is public; queuing a document that is not does no harm.
 */
async function queueSearchIndexing(prisma: PrismaClient): Promise<void> {
  const [content, products, cases] = await Promise.all([
    prisma.contentItem.findMany({ select: { id: true } }),
    prisma.product.findMany({ select: { id: true } }),
    prisma.complaint.findMany({ where: { publicationApprovedAt: { not: null } }, select: { id: true } }),
  ]);
  await enqueueSearchSync(prisma, [
    ...content.map((c) => ({ type: "content" as const, id: c.id })),
    ...products.map((p) => ({ type: "product" as const, id: p.id })),
    ...cases.map((c) => ({ type: "complaint" as const, id: c.id })),
  ]);
}
