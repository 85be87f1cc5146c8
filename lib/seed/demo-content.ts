// Demonstration content of the fictional 桐川县. Every name, number and document here is
// invented for the demo; none belongs to a real county.
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";

export interface DemoContent {
  slug: string;
  type: ContentType;
  title: string;
  summary: string;
  body: string;
  department: string; // department code
  publishedAt: string;
  issuingBody?: string;
  docNumber?: string;
  issuedAt?: string;
  effectiveAt?: string;
  warningLevel?: WarningLevel;
  area?: string;
  validFrom?: string;
  validUntil?: string;
  fields?: Record<string, unknown>;
  /** Slug of the document that replaces this one (it must come earlier in the list). */
  supersededBy?: string;
  /**
   * For warnings that should be in force whenever the demo is started: published an hour
   * before seeding and valid for this many hours after it (the fixed dates above are ignored).
   */
  activeForHours?: number;
  /** English text for /en (investment items). */
  titleEn?: string;
  summaryEn?: string;
  bodyEn?: string;
  keywordsEn?: string[];
}

export const DEMO_CONTENT: DemoContent[] = [
  {
    slug: "rural-minimum-living-allowance-2026",
    type: "POLICY",
    title: "桐川县农村居民最低生活保障实施办法",
    summary: "明确农村低保的申请条件、审核确认程序、保障标准和动态管理要求。",
    department: "CIVIL",
    publishedAt: "2026-03-12T09:00:00+08:00",
    issuingBody: "桐川县人民政府",
    docNumber: "桐政发〔2026〕5号",
    issuedAt: "2026-03-10T00:00:00+08:00",
    effectiveAt: "2026-04-01T00:00:00+08:00",
    body: `## 第一章 总则

第一条　为保障农村困难群众基本生活，根据有关法律法规，结合本县实际，制定本办法。

第二条　本县户籍的农村居民，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定的，可以申请最低生活保障（低保）。

## 第二章 申请与审核

第三条　申请低保以家庭为单位，由申请人向户籍所在地乡镇人民政府（便民服务中心）提出书面申请，也可以在本门户网站“办事指南”中查看所需材料。

第四条　乡镇人民政府应当自受理之日起20个工作日内完成审核，并在村（居）务公开栏公示7日。

## 第三章 保障标准

第五条　2026年本县农村低保标准为每人每月620元，按补差方式发放。

第六条　本办法自2026年4月1日起施行。`,
  },
  {
    slug: "medical-insurance-2027-enrollment",
    type: "NOTICE",
    title: "关于做好2027年度城乡居民医保参保缴费工作的通知",
    summary: "2027年度城乡居民基本医疗保险集中缴费期为2026年9月1日至12月31日，个人缴费标准每人每年400元。",
    department: "HEALTHCARE",
    publishedAt: "2026-08-28T10:00:00+08:00",
    issuingBody: "桐川县医疗保障局",
    docNumber: "桐医保发〔2026〕18号",
    issuedAt: "2026-08-26T00:00:00+08:00",
    effectiveAt: "2026-09-01T00:00:00+08:00",
    body: `各乡镇人民政府，县直有关单位：

现将2027年度城乡居民基本医疗保险（医保）参保缴费有关事项通知如下。

一、缴费时间：2026年9月1日至12月31日。

二、缴费标准：个人缴费每人每年400元。特困人员、低保对象等困难群众按规定享受参保资助。

三、缴费方式：可通过手机银行、微信或到村（社区）便民服务站缴费。

四、咨询电话：0000-1234567（演示号码）。`,
  },
  {
    slug: "agricultural-machinery-subsidy-2026",
    type: "POLICY",
    title: "桐川县2026年农机购置与应用补贴实施方案",
    summary: "对购置目录内农业机械的农户和农业经营组织给予定额补贴，先购后补、县级结算、直补到卡。",
    department: "AGRI",
    publishedAt: "2026-02-20T09:30:00+08:00",
    issuingBody: "桐川县农业农村局",
    docNumber: "桐农发〔2026〕3号",
    issuedAt: "2026-02-18T00:00:00+08:00",
    effectiveAt: "2026-02-18T00:00:00+08:00",
    body: `## 一、补贴对象

从事农业生产的个人和农业生产经营组织。

## 二、补贴标准

按省级农机购置补贴额一览表执行，单机补贴额原则上不超过5万元。

## 三、办理流程

1. 自主购机；
2. 在线或到乡镇农技站提交补贴申请；
3. 乡镇核验、县级审核公示；
4. 补贴资金直接发放到购机者银行卡。`,
  },
  {
    slug: "investment-incentives-2026",
    type: "INCENTIVE",
    title: "桐川县促进招商引资若干政策措施",
    summary: "对新引进的农产品精深加工、新能源配套等产业项目，在用地、厂房租金、人才引进方面给予支持。",
    department: "INVEST",
    publishedAt: "2026-01-15T09:00:00+08:00",
    issuingBody: "桐川县人民政府办公室",
    docNumber: "桐政办发〔2026〕2号",
    issuedAt: "2026-01-12T00:00:00+08:00",
    effectiveAt: "2026-01-12T00:00:00+08:00",
    fields: { beneficiaries: "新引进的工业和农产品加工企业", relatedSlugs: ["agri-processing-support-2026"] },
    titleEn: "Tongchuan County Measures to Attract Investment",
    summaryEn: "Support with land, factory rent and talent for newly attracted agricultural processing and new-energy supply projects.",
    bodyEn: `1. New industrial projects with fixed-asset investment above CNY 50 million receive a reward in proportion to the actual investment.

2. Companies moving into standard factory buildings of the Tongchuan Agricultural Processing Park pay no rent for the first two years and half the rent in the third year.

3. High-level staff recruited by companies receive a housing subsidy and help with school places for their children.`,
    keywordsEn: ["investment incentives", "rent subsidy", "factory rent", "land", "tax", "talent"],
    body: `一、对固定资产投资5000万元以上的新建工业项目，按实际投资额给予一定比例奖励。

二、入驻桐川农产品加工园区标准厂房的企业，前两年厂房租金全额补助，第三年补助50%。

三、为企业引进的高层次人才提供住房补贴和子女入学便利。`,
  },
  {
    slug: "guide-rural-minimum-living-allowance",
    type: "SERVICE_GUIDE",
    title: "农村最低生活保障申请",
    summary: "家庭人均收入低于本县低保标准的农村居民，可向户籍所在地乡镇申请低保。",
    department: "CIVIL",
    publishedAt: "2026-03-15T09:00:00+08:00",
    body: "申请以家庭为单位提出。乡镇受理后入户调查、民主评议并公示，县民政局审核确认。",
    fields: {
      applicants: "本县户籍农村居民家庭",
      conditions: ["家庭人均收入低于当地低保标准", "家庭财产状况符合规定"],
      materials: ["户口簿、居民身份证原件及复印件", "家庭收入情况说明", "家庭经济状况核对授权书", "银行卡（存折）复印件"],
      steps: ["提出申请", "乡镇受理", "入户调查", "民主评议与公示", "县民政局审核确认", "按月发放"],
      promisedDays: 20,
      statutoryDays: 30,
      fees: "不收费",
      place: "户籍所在地乡镇便民服务中心",
      hours: "工作日 上午8:30-12:00，下午14:30-17:30",
      onlineUrl: null,
      relatedSlugs: ["rural-minimum-living-allowance-2026"],
    },
  },
  {
    slug: "guide-medical-insurance-enrollment",
    type: "SERVICE_GUIDE",
    title: "城乡居民医保参保登记",
    summary: "未参加职工医保的城乡居民可办理城乡居民医保参保登记并按年度缴费。",
    department: "HEALTHCARE",
    publishedAt: "2026-08-30T09:00:00+08:00",
    body: "新生儿、新迁入人员等可随时办理参保登记，缴费后按规定享受医保待遇。",
    fields: {
      applicants: "未参加城镇职工基本医疗保险的城乡居民",
      conditions: ["本县户籍或持本县居住证"],
      materials: ["居民身份证或户口簿", "新生儿提供出生医学证明"],
      steps: ["提交材料", "窗口登记", "缴纳保费", "参保生效"],
      promisedDays: 1,
      statutoryDays: 5,
      fees: "个人缴费每人每年400元（2027年度）",
      place: "县政务服务中心医保窗口，或各乡镇便民服务中心",
      hours: "工作日 上午8:30-12:00，下午14:30-17:30",
      onlineUrl: null,
      relatedSlugs: ["medical-insurance-2027-enrollment"],
    },
  },
  {
    slug: "guide-business-license",
    type: "SERVICE_GUIDE",
    title: "个体工商户设立登记",
    summary: "在本县从事个体经营的公民，可在县政务服务中心或网上办理个体工商户设立登记。",
    department: "MARKET",
    publishedAt: "2026-05-06T09:00:00+08:00",
    body: "材料齐全、符合法定形式的，当场办结，发放营业执照。",
    fields: {
      applicants: "有经营能力的公民",
      conditions: ["有固定的经营场所", "经营范围不属于禁止类项目"],
      materials: ["个体工商户登记（备案）申请书", "经营者身份证明", "经营场所使用证明"],
      steps: ["提交申请", "受理审查", "核准登记", "领取营业执照"],
      promisedDays: 1,
      statutoryDays: 15,
      fees: "不收费",
      place: "县政务服务中心市场监管窗口",
      hours: "工作日 上午8:30-12:00，下午14:30-17:30",
      onlineUrl: "https://zwfw.example.gov.cn/tongchuan/getihu",
    },
  },
  {
    slug: "warning-cold-wave-2026-11",
    type: "WARNING",
    title: "桐川县气象台发布寒潮蓝色预警",
    summary: "受强冷空气影响，预计未来48小时全县气温下降8至10℃，请注意防寒保暖，做好设施农业防冻。",
    department: "AGRI",
    publishedAt: "2026-11-22T16:00:00+08:00",
    warningLevel: "BLUE",
    area: "全县",
    validFrom: "2026-11-22T16:00:00+08:00",
    validUntil: "2026-11-30T16:00:00+08:00",
    fields: { hazard: "寒潮" },
    body: `## 防御指南

1. 设施大棚加盖草帘，检查棚膜，防止冻害；
2. 畜禽圈舍做好保温，防止煤炉一氧化碳中毒；
3. 老人儿童减少外出，注意添衣保暖。`,
  },
  {
    slug: "project-fruit-processing",
    type: "INVESTMENT_PROJECT",
    title: "桐川县柑橘精深加工项目",
    summary: "依托全县12万亩柑橘基地，建设果汁、果脯及副产品综合利用生产线。",
    department: "INVEST",
    publishedAt: "2026-06-10T09:00:00+08:00",
    body: "项目拟建设年加工柑橘5万吨生产线，配套冷链仓储和检测中心。",
    fields: {
      industry: "农产品加工",
      location: "桐川农产品加工园区",
      amount: "总投资约3.2亿元",
      mode: "独资、合资或合作",
      projectStatus: "洽谈中",
      contact: "县投资促进中心 0000-7654321（演示号码）",
      relatedSlugs: ["park-agri-processing", "investment-incentives-2026"],
    },
    titleEn: "Tongchuan Citrus Deep-Processing Project",
    summaryEn: "Juice, candied fruit and by-product lines built on the county's 8,000 hectares of citrus orchards.",
    bodyEn: "The project plans a line processing 50,000 tonnes of citrus a year, with cold-chain storage and a testing centre.",
    keywordsEn: ["citrus processing", "fruit processing", "juice", "food processing", "agriculture"],
  },
  {
    slug: "project-tea-processing",
    type: "INVESTMENT_PROJECT",
    title: "桐川县高山茶叶精深加工项目",
    summary: "依托石门乡、清溪镇高山茶园，建设茶叶精制、茶饮料和茶多酚提取生产线。",
    department: "INVEST",
    publishedAt: "2026-08-20T09:00:00+08:00",
    body: "项目拟建设年加工干茶3000吨的精制生产线和茶饮料车间，配套仓储和品牌展示中心。",
    fields: {
      industry: "农产品加工",
      location: "桐川农产品加工园区",
      amount: "总投资约1.5亿元",
      mode: "独资或合资",
      projectStatus: "招商中",
      contact: "县投资促进中心 0000-7654321（演示号码）",
      relatedSlugs: ["park-agri-processing"],
    },
    // Title and keywords translated, the text not yet: the English page says so.
    titleEn: "Highland Tea Processing Project",
    keywordsEn: ["tea processing", "tea", "food processing", "beverages"],
  },
  {
    slug: "park-agri-processing",
    type: "PARK",
    title: "桐川农产品加工园区",
    summary: "省级农业产业化示范园区，规划面积3.5平方公里，水电气路网配套齐全。",
    department: "INVEST",
    publishedAt: "2026-06-10T09:30:00+08:00",
    body: "园区重点发展果蔬加工、冷链物流和农业科技服务，已建成标准厂房12万平方米。",
    fields: {
      area: "3.5平方公里",
      industries: ["果蔬加工", "冷链物流", "农业科技服务"],
      facilities: ["标准厂房12万平方米", "日供水2万吨", "110千伏变电站", "污水处理厂"],
    },
    titleEn: "Tongchuan Agricultural Processing Park",
    summaryEn: "A provincial demonstration park for agricultural industrialisation: 3.5 km² planned, with water, power, gas and roads in place.",
    bodyEn: "The park focuses on fruit and vegetable processing, cold-chain logistics and agricultural technology services. 120,000 m² of standard factory buildings are complete; water supply 20,000 tonnes a day, a 110 kV substation and a sewage treatment plant.",
    keywordsEn: ["industrial park", "agricultural processing park", "factory", "cold chain", "logistics", "land"],
  },
  {
    slug: "rural-minimum-living-allowance-2023",
    type: "POLICY",
    title: "桐川县农村居民最低生活保障实施办法（2023年修订）",
    summary: "2023年修订的农村低保实施办法，已被2026年新办法替代。",
    department: "CIVIL",
    publishedAt: "2023-02-20T09:00:00+08:00",
    issuingBody: "桐川县人民政府",
    docNumber: "桐政发〔2023〕4号",
    issuedAt: "2023-02-16T00:00:00+08:00",
    effectiveAt: "2023-03-01T00:00:00+08:00",
    supersededBy: "rural-minimum-living-allowance-2026",
    body: `第一条　为保障农村困难群众基本生活，制定本办法。

第二条　2023年本县农村低保标准为每人每月520元。

第三条　本办法自2023年3月1日起施行。`,
  },
  {
    slug: "agri-processing-support-2026",
    type: "POLICY",
    title: "桐川县支持农产品精深加工产业发展的若干措施",
    summary: "从项目用地、厂房租金、贷款贴息和品牌建设四个方面支持农产品精深加工企业发展。",
    department: "INVEST",
    publishedAt: "2026-01-10T09:00:00+08:00",
    issuingBody: "桐川县人民政府",
    docNumber: "桐政发〔2026〕2号",
    issuedAt: "2026-01-08T00:00:00+08:00",
    effectiveAt: "2026-01-08T00:00:00+08:00",
    body: `一、优先保障农产品精深加工项目用地，工业用地出让价格按国家最低标准执行。

二、入驻园区标准厂房的，给予租金补助。

三、对企业技术改造贷款给予贴息，单个企业每年最高100万元。

四、对新获得省级以上品牌认定的企业给予一次性奖励。`,
  },
  {
    slug: "notice-spring-farming-loans-2026",
    type: "NOTICE",
    title: "关于开展2026年春耕备耕小额信贷服务的通知",
    summary: "各乡镇农村信用社开通春耕备耕小额信贷绿色通道，农户凭身份证和承包合同即可申请。",
    department: "AGRI",
    publishedAt: "2026-02-25T10:00:00+08:00",
    issuingBody: "桐川县农业农村局",
    docNumber: "桐农通〔2026〕6号",
    issuedAt: "2026-02-24T00:00:00+08:00",
    body: `各乡镇人民政府：

为保障春耕生产资金需求，县农业农村局会同县农村信用联社开展春耕备耕小额信贷服务。

一、对象：本县从事种植、养殖的农户和家庭农场。

二、额度：单户最高10万元，执行优惠利率。

三、办理：携带身份证、土地承包合同到所在乡镇信用社办理。`,
  },
  {
    slug: "warning-rainstorm-orange",
    type: "WARNING",
    title: "桐川县气象台发布暴雨橙色预警信号",
    summary: "预计未来24小时清溪镇、石门乡等地将出现50毫米以上降水，局地可达100毫米，请做好山洪和地质灾害防范。",
    department: "METEO",
    publishedAt: "2026-11-23T08:00:00+08:00",
    warningLevel: "ORANGE",
    area: "清溪镇、石门乡、城关镇",
    activeForHours: 72,
    fields: { hazard: "暴雨" },
    body: `## 防御指南

1. 山区、河道沿岸和地质灾害隐患点附近群众注意转移避险；
2. 暂停户外作业和露天集体活动；
3. 设施农业及时清沟排水，防止大棚积水垮塌；
4. 遇险请拨打 110、119 或乡镇值班电话。`,
  },
  {
    slug: "warning-heat-yellow-2026-07",
    type: "WARNING",
    title: "桐川县气象台发布高温黄色预警",
    summary: "7月18日至21日全县最高气温将达35℃以上，请注意防暑降温。",
    department: "METEO",
    publishedAt: "2026-07-18T07:00:00+08:00",
    warningLevel: "YELLOW",
    area: "全县",
    validFrom: "2026-07-18T07:00:00+08:00",
    validUntil: "2026-07-21T20:00:00+08:00",
    fields: { hazard: "高温" },
    body: "午后减少户外劳动，田间作业避开高温时段，畜禽圈舍注意通风降温。",
  },
  {
    slug: "rural-pension-contribution-2026",
    type: "RURAL_INFO",
    title: "2026年度城乡居民养老保险缴费提醒",
    summary: "城乡居民养老保险2026年度缴费将于12月31日截止，缴费档次200元至3000元，多缴多得。",
    department: "CIVIL",
    publishedAt: "2026-10-15T09:00:00+08:00",
    area: "全县",
    validFrom: "2026-10-15T00:00:00+08:00",
    validUntil: "2026-12-31T23:59:00+08:00",
    fields: { category: "养老保险" },
    body: `一、缴费对象：年满16周岁、未参加职工养老保险的城乡居民。

二、缴费档次：每年200元至3000元共12个档次，政府按档次给予补贴。

三、缴费方式：村（社区）代办员、手机银行或税务缴费小程序。`,
  },
  {
    slug: "rural-winter-wheat-management",
    type: "RURAL_INFO",
    title: "小麦冬前田间管理技术要点",
    summary: "抓住冬前有利时机，做好查苗补种、化学除草和冬灌，确保小麦安全越冬。",
    department: "AGRI",
    publishedAt: "2026-11-10T09:00:00+08:00",
    area: "全县小麦种植区",
    fields: { category: "种植技术" },
    body: `1. **查苗补种**：缺苗断垄处及时补种或移栽；
2. **化学除草**：日平均气温10℃以上时进行，避开寒潮；
3. **适时冬灌**：日平均气温稳定在3℃左右时灌水，夜冻昼消；
4. **防止畜禽啃青**。`,
  },
  {
    slug: "rural-pig-winter-epidemic-prevention",
    type: "RURAL_INFO",
    title: "生猪冬季养殖与疫病防控提示",
    summary: "入冬后注意圈舍保温和通风，做好非洲猪瘟等重大动物疫病防控。",
    department: "AGRI",
    publishedAt: "2026-11-05T09:00:00+08:00",
    area: "全县",
    fields: { category: "养殖技术" },
    body: `一、圈舍保温与通风兼顾，防止湿度过大。

二、严格车辆、人员消毒，不从疫区购进生猪。

三、发现生猪异常死亡，立即报告乡镇畜牧兽医站，不得私自处理。`,
  },
];
