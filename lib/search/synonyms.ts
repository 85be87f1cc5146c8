// What people type and what documents say. Citizens search for what they say (医保, 低保, 社保,
// 包菜, 个体户), documents use the official name (医疗保险, 最低生活保障, 社会保险, 甘蓝, 个体工商户),
// investors often type English; either should find the other. Used by both backends: the
// embedded backend ORs the group into every query term, Meilisearch receives the same groups as
// its `synonyms` setting. The words are also the vocabulary that typos and pinyin are corrected
// to (tokenize.ts), so a group names the colloquial and the official forms of one thing.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Social security and assistance.
  ["医保", "医疗保险", "基本医疗保险"],
  ["低保", "最低生活保障"],
  ["养老保险", "养老保障", "养老金", "农保", "新农保"],
  ["五保", "特困供养", "特困人员"],
  ["新农合", "城乡居民医保"],
  ["残疾证", "残疾人证"],
  ["公积金", "住房公积金"],
  // Papers and registrations.
  ["营业执照", "工商执照"],
  ["个体户", "个体工商户", "个体经营"],
  ["身份证", "居民身份证"],
  ["户口", "户籍", "户口簿"],
  ["不动产证", "房产证", "不动产权证书"],
  ["驾照", "驾驶证"],
  ["退役军人", "复员军人"],
  // Farming.
  ["包菜", "甘蓝", "卷心菜", "圆白菜", "洋白菜"],
  ["橘子", "柑橘", "桔子", "柑桔", "蜜橘"],
  ["麦子", "小麦"],
  ["过冬", "越冬"],
  // Weather and hazards.
  ["大雨", "暴雨"],
  ["高温", "炎热", "酷暑"],
  ["山洪", "洪水"],
  // Investment.
  ["招商", "招商引资"],
];

/**
 * One-way: a broad or colloquial word also finds these, but not the other way round (社保 finds
 * 养老保险 and 医疗保险; 养老保险 does not find 医疗保险). English words for investors are here too.
 */
export const SYNONYM_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  社保: ["社会保险", "养老保险", "医疗保险"],
  交: ["缴费", "缴纳"],
  报销: ["结算"],
  开店: ["个体工商户", "营业执照"],
  橙子: ["脐橙", "柑橘"],
  养猪: ["生猪", "生猪养殖"],
  猪瘟: ["非洲猪瘟", "疫病"],
  农机: ["农业机械", "农机购置"],
  拖拉机: ["农机", "农业机械"],
  收割机: ["农机", "农业机械"],
  种地: ["春耕", "种植"],
  贷款: ["信贷", "小额信贷"],
  农民: ["农户"],
  下雨: ["暴雨", "降雨"],
  热: ["高温"],
  降温: ["寒潮", "冷空气"],
  滑坡: ["地质灾害", "山体滑坡"],
  修路: ["道路", "路面"],
  卫生: ["食品安全"],
  优惠政策: ["政策措施", "若干措施", "支持措施"],
  扶持政策: ["政策措施", "若干措施", "支持措施"],
  厂房: ["标准厂房"],
  park: ["园区", "工业园区", "产业园"],
  incentive: ["优惠政策", "招商引资", "奖励", "补助"],
  incentives: ["优惠政策", "招商引资", "奖励", "补助"],
  investment: ["投资", "招商引资"],
  invest: ["投资", "招商引资"],
  land: ["用地", "土地"],
  tax: ["税收", "税费"],
  rent: ["租金"],
  subsidy: ["补贴", "补助"],
  factory: ["厂房", "工厂"],
  citrus: ["柑橘"],
  orange: ["柑橘", "脐橙"],
  processing: ["加工", "精深加工"],
  project: ["项目"],
  industrial: ["工业", "产业"],
  agriculture: ["农业"],
  loan: ["贷款", "信贷"],
  license: ["营业执照", "许可"],
  business: ["营业执照", "个体工商户", "企业"],
  company: ["企业"],
  enterprise: ["企业"],
  insurance: ["保险"],
  pension: ["养老保险"],
  medical: ["医保", "医疗保险"],
  warning: ["预警"],
  cold: ["寒潮", "低温"],
  rain: ["暴雨", "降雨"],
  rainstorm: ["暴雨"],
  heat: ["高温"],
  flood: ["山洪", "洪水"],
  landslide: ["滑坡", "地质灾害"],
  wheat: ["小麦"],
  pig: ["生猪"],
  cabbage: ["甘蓝"],
  product: ["农产品", "产品"],
  farm: ["农场", "农业"],
};

/**
 * Words people misspell and search for by pinyin: a Han query word that sounds like one of these
 * (底保 → 低保, 营业直照 → 营业执照) and pinyin or initials (dibao, yyzz) are read as it. The synonym
 * words are in it too.
 */
export const SEARCH_VOCABULARY: readonly string[] = [
  "营业执照", "个体工商户", "最低生活保障", "养老保险", "医疗保险", "社会保险", "参保登记", "参保缴费", "农机购置",
  "购置补贴", "寒潮", "暴雨", "高温", "预警", "柑橘", "脐橙", "甘蓝", "生猪", "小麦", "春耕", "备耕", "信贷", "园区",
  "加工", "招商引资", "住房公积金", "不动产登记", "残疾人", "临时救助", "特困", "补贴", "申请", "登记", "标准",
  "缴费", "办事指南", "户籍", "身份证", "地质灾害", "疫病", "防控", "冬前", "田间管理", "设立登记", "合作社",
];

/** A set of synonyms as the search uses them: equivalence groups and one-way expansions. */
export interface SynonymSet {
  groups: readonly (readonly string[])[];
  expansions: Readonly<Record<string, readonly string[]>>;
}

/** The code list above: what a new database is seeded with (lib/seed/seed-reference-data.ts). */
export const DEFAULT_SYNONYMS: SynonymSet = { groups: SYNONYM_GROUPS, expansions: SYNONYM_EXPANSIONS };

// The synonyms in force in this process. The code list until the database's list is loaded
// (lib/search/load-search-synonyms.ts replaces it before every search when the editors changed it).
let active: SynonymSet = DEFAULT_SYNONYMS;
let groupsOf = new Map<string, (readonly string[])[]>();
const listeners: ((words: string[]) => void)[] = [];

function indexGroups(set: SynonymSet) {
  const next = new Map<string, (readonly string[])[]>();
  for (const group of set.groups) for (const term of group) next.set(term, [...(next.get(term) ?? []), group]);
  return next;
}
groupsOf = indexGroups(active);

/** Replaces the synonyms in force (the editors' list from the database). */
export function setActiveSynonyms(set: SynonymSet): void {
  active = set;
  groupsOf = indexGroups(set);
  const words = synonymWords(set);
  for (const listener of listeners) listener(words);
}

/** The synonyms in force. */
export function activeSynonyms(): SynonymSet {
  return active;
}

/** Called with the words of every new synonym set (tokenize.ts makes them words of its dictionary). */
export function onSynonymsChange(listener: (words: string[]) => void): void {
  listeners.push(listener);
}

function synonymWords(set: SynonymSet): string[] {
  return [...set.groups.flat(), ...Object.entries(set.expansions).flat(2)];
}

/** The terms a query word also finds: its group's others and its one-way expansions (empty when none). */
export function synonymsOf(term: string): string[] {
  const expansions = Object.prototype.hasOwnProperty.call(active.expansions, term) ? active.expansions[term] : [];
  return [...new Set([...(groupsOf.get(term) ?? []).flat(), ...expansions])].filter((t) => t !== term);
}

/** Every word the search knows by name: vocabulary, the code list's synonyms and those in force. */
export function vocabulary(): string[] {
  return [...new Set([...SEARCH_VOCABULARY, ...synonymWords(DEFAULT_SYNONYMS), ...synonymWords(active)])];
}

/** Meilisearch's `synonyms` setting (one-way per key): every term maps to what it also finds. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const term of new Set([...groupsOf.keys(), ...Object.keys(active.expansions)])) out[term] = synonymsOf(term);
  return out;
}
