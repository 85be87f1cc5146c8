// The reference data a production county needs before its first case: departments (with the
// fallback owner), SLA classes, complaint categories and the work calendar of public holidays.
// Seeded on every database, PostgreSQL production included (scripts/prepare-db.ts), and edited
// afterwards by admins. No officers and no demo content: those are demo data
// (seed-demo-county.ts). Idempotent: rows are created only when their code is missing.
import { DEFAULT_SYNONYMS } from "../search/synonyms";
import type { PrismaClient } from "@/generated/prisma/client";
import type { DepartmentKind, SlaUnit } from "@/generated/prisma/enums";
import { publicHolidaysOf } from "../calendar/cn-public-holidays";

const DEPARTMENTS: { code: string; name: string; kind: DepartmentKind; isFallbackOwner?: boolean }[] = [
  { code: "GOV_OFFICE", name: "县人民政府办公室", kind: "GOVERNMENT_OFFICE", isFallbackOwner: true },
  { code: "SUPERVISION", name: "县政府督查室", kind: "SUPERVISION_OFFICE" },
  { code: "TRANSPORT", name: "县交通运输局", kind: "AGENCY" },
  { code: "MARKET", name: "县市场监督管理局", kind: "AGENCY" },
  { code: "AGRI", name: "县农业农村局", kind: "AGENCY" },
  // Weather warnings are issued by the meteorological service (气象台 under 县气象局), not the
  // agriculture bureau.
  { code: "METEO", name: "县气象局", kind: "AGENCY" },
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

/** Seeds what is missing; returns department ids by code. */
export async function seedReferenceData(
  prisma: PrismaClient,
  options: { year?: number; log?: (line: string) => void } = {},
): Promise<Map<string, string>> {
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

  await seedSearchSynonyms(prisma);

  return departmentIds;
}

/**
 * The search synonyms of lib/search/synonyms.ts, once: only while the table has never held any
 * (the 'search-synonyms' version is still the migration's 1), so groups the editors deleted do
 * not come back at the next start.
 */
export async function seedSearchSynonyms(prisma: PrismaClient): Promise<void> {
  const version = await prisma.settingsVersion.findUnique({ where: { scope: "search-synonyms" } });
  if ((version?.version ?? 1) > 1 || (await prisma.searchSynonym.count()) > 0) return;
  await prisma.searchSynonym.createMany({
    data: [
      ...DEFAULT_SYNONYMS.groups.map((terms) => ({ kind: "GROUP", term: null, terms: [...terms] })),
      ...Object.entries(DEFAULT_SYNONYMS.expansions).map(([term, terms]) => ({ kind: "EXPANSION", term, terms: [...terms] })),
    ],
  });
}
