// Seeds the fictional demonstration county. Idempotent: every row is created only when its
// natural key is missing and never updated, so running it twice changes nothing and never
// undoes what officers changed since (a deactivated demo officer stays deactivated).
import type { PrismaClient } from "@/generated/prisma/client";
import type { DepartmentKind, OfficerRole, SlaUnit } from "@/generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { publicHolidaysOf } from "../calendar/cn-public-holidays";
import { toGtin14 } from "../trace/gtin";
import { withCheckDigit } from "../trace/trace-code";
import { DEMO_CONTENT } from "./demo-content";
import { snapshotOf } from "../content/content-snapshot";
import { seedDemoOutbox } from "./demo-outbox";
import { seedDemoComplaints } from "./demo-complaints";
import { seedDemoCases } from "./demo-cases";
import { seedDemoBroadcast } from "./demo-broadcast";
import { enqueueSearchSync } from "../search/enqueue-search-sync";

export const DEMO_PASSWORD = "Demo2026";

const DEPARTMENTS: { code: string; name: string; kind: DepartmentKind; isFallbackOwner?: boolean }[] = [
  { code: "GOV_OFFICE", name: "县人民政府办公室", kind: "GOVERNMENT_OFFICE", isFallbackOwner: true },
  { code: "SUPERVISION", name: "县政府督查室", kind: "SUPERVISION_OFFICE" },
  { code: "TRANSPORT", name: "县交通运输局", kind: "AGENCY" },
  { code: "MARKET", name: "县市场监督管理局", kind: "AGENCY" },
  { code: "AGRI", name: "县农业农村局", kind: "AGENCY" },
  { code: "INVEST", name: "县投资促进中心", kind: "AGENCY" },
  { code: "HOUSING", name: "县住房和城乡建设局", kind: "AGENCY" },
  { code: "EDUCATION", name: "县教育局", kind: "AGENCY" },
  { code: "CIVIL", name: "县民政局", kind: "AGENCY" },
  { code: "HEALTHCARE", name: "县医疗保障局", kind: "AGENCY" },
  { code: "TOWN_CHENGGUAN", name: "城关镇人民政府", kind: "TOWN" },
  { code: "TOWN_QINGXI", name: "清溪镇人民政府", kind: "TOWN" },
  { code: "TOWN_SHIMEN", name: "石门乡人民政府", kind: "TOWN" },
];

// The 12345 hotline practice (DESIGN.md): emergencies 2 hours, utilities 24 hours, general
// cases 7 working days, complex cases 15 working days; online cases accepted within 2 hours.
const SLA_CLASSES: { code: string; name: string; unit: SlaUnit; amount: number; description: string }[] = [
  { code: "EMERGENCY", name: "紧急类", unit: "HOURS", amount: 2, description: "危及人身、财产安全的紧急事项，2小时内答复" },
  { code: "UTILITIES", name: "水电气暖类", unit: "HOURS", amount: 24, description: "供水、供电、供气、供暖，24小时内办结" },
  { code: "GENERAL", name: "一般类", unit: "WORKING_DAYS", amount: 7, description: "一般诉求，7个工作日内办结" },
  { code: "COMPLEX", name: "复杂类", unit: "WORKING_DAYS", amount: 15, description: "涉及多部门或需调查的复杂诉求，15个工作日内办结" },
  { code: "INVESTMENT", name: "投资咨询类", unit: "WORKING_DAYS", amount: 3, description: "投资者咨询，3个工作日内答复" },
];

const CATEGORIES: { code: string; name: string; department: string; sla: string; isPublic?: boolean; description: string }[] = [
  { code: "SAFETY_HAZARD", name: "安全隐患（危及人身财产安全）", department: "GOV_OFFICE", sla: "EMERGENCY", description: "如道路塌陷、危房、燃气泄漏等紧急情况" },
  { code: "UTILITIES", name: "供水供电供气", department: "HOUSING", sla: "UTILITIES", description: "停水、停电、停气、水质问题" },
  { code: "ROADS", name: "道路交通", department: "TRANSPORT", sla: "GENERAL", description: "道路破损、公交线路、客运班车" },
  { code: "FOOD_SAFETY", name: "食品安全", department: "MARKET", sla: "GENERAL", description: "食品质量、餐饮卫生、农贸市场" },
  { code: "CONSUMER", name: "市场价格与消费维权", department: "MARKET", sla: "GENERAL", description: "价格欺诈、假冒伪劣、消费纠纷" },
  { code: "RURAL", name: "农业生产与农村事务", department: "AGRI", sla: "GENERAL", description: "农资质量、农业补贴、农村人居环境" },
  { code: "HOUSING", name: "住房与物业", department: "HOUSING", sla: "COMPLEX", description: "物业服务、房屋质量、拆迁安置" },
  { code: "EDUCATION", name: "教育", department: "EDUCATION", sla: "GENERAL", description: "入学、校车、学校收费" },
  { code: "SOCIAL_SECURITY", name: "社会救助与医保", department: "CIVIL", sla: "GENERAL", description: "低保、特困供养、医保报销" },
  { code: "OTHER", name: "其他", department: "GOV_OFFICE", sla: "GENERAL", description: "不属于以上类别的诉求" },
  { code: "INVESTMENT_INQUIRY", name: "投资咨询", department: "INVEST", sla: "INVESTMENT", isPublic: false, description: "投资者对项目、园区和政策的咨询" },
];

const OFFICERS: { username: string; name: string; role: OfficerRole; department: string; phone: string }[] = [
  { username: "admin", name: "周敏", role: "ADMIN", department: "GOV_OFFICE", phone: "13800000001" },
  { username: "handler", name: "张明", role: "HANDLER", department: "TRANSPORT", phone: "13800000002" },
  { username: "head", name: "李华", role: "DEPARTMENT_HEAD", department: "TRANSPORT", phone: "13800000003" },
  { username: "supervisor", name: "王芳", role: "SUPERVISOR", department: "SUPERVISION", phone: "13800000004" },
  { username: "editor", name: "赵静", role: "CONTENT_EDITOR", department: "GOV_OFFICE", phone: "13800000005" },
  { username: "trace", name: "陈强", role: "TRACE_OPERATOR", department: "AGRI", phone: "13800000006" },
  { username: "invest", name: "孙悦", role: "DEPARTMENT_HEAD", department: "INVEST", phone: "13800000007" },
  // The county 12345 desk: dispatches 安全隐患 and 其他 (routed to the government office) and sent-back cases, records call-backs.
  { username: "dispatcher", name: "刘洋", role: "DISPATCHER", department: "GOV_OFFICE", phone: "13800000008" },
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

  const departmentIds = new Map<string, string>();
  for (const [sortOrder, d] of DEPARTMENTS.entries()) {
    const row = await prisma.department.upsert({
      where: { code: d.code },
      create: { ...d, isFallbackOwner: d.isFallbackOwner ?? false, sortOrder },
      update: {},
    });
    departmentIds.set(d.code, row.id);
  }
  const dept = (code: string) => departmentIds.get(code)!;

  const slaIds = new Map<string, string>();
  for (const s of SLA_CLASSES) {
    const row = await prisma.slaClass.upsert({ where: { code: s.code }, create: s, update: {} });
    slaIds.set(s.code, row.id);
  }

  for (const [sortOrder, c] of CATEGORIES.entries()) {
    await prisma.complaintCategory.upsert({
      where: { code: c.code },
      create: {
        code: c.code,
        name: c.name,
        description: c.description,
        departmentId: dept(c.department),
        slaClassId: slaIds.get(c.sla)!,
        isPublic: c.isPublic ?? true,
        sortOrder,
      },
      update: {},
    });
  }

  const holidays = publicHolidaysOf(year);
  await prisma.workCalendarDay.createMany({
    data: holidays.map((h) => ({ date: new Date(`${h.date}T00:00:00Z`), isWorkingDay: h.isWorkingDay, holidayName: h.holidayName })),
    skipDuplicates: true,
  });
  if (holidays.length === 0) log(`No official holiday table for ${year}: enter it in the work calendar.`);

  const existing = new Set((await prisma.officer.findMany({ select: { username: true } })).map((o) => o.username));
  for (const o of OFFICERS) {
    if (existing.has(o.username)) continue;
    await prisma.officer.create({
      data: {
        username: o.username,
        name: o.name,
        role: o.role,
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
      },
    });
    // The first entry of the version history, so an edited demo item can be restored.
    await prisma.contentVersion.create({ data: { contentId: item.id, version: 1, snapshot: snapshotOf(item, "初始发布（演示数据）") } });
  }

  await seedProduce(prisma);
  await seedDemoOutbox(prisma);
  await seedDemoComplaints(prisma);
  await seedDemoCases(prisma, { now: options.now });
  await seedDemoBroadcast(prisma, { now: options.now });
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
