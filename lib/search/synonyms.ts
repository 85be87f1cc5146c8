// Common Chinese government terms and their long or colloquial forms. People search for what
// they say (医保, 低保, 社保), documents use the full official name (医疗保险, 最低生活保障, 社会保险),
// and either should find the other. Used by both backends: the embedded backend ORs the group
// into the query, Meilisearch receives the same groups as its `synonyms` setting.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["医保", "医疗保险", "基本医疗保险"],
  ["低保", "最低生活保障"],
  ["社保", "社会保险"],
  ["养老保险", "养老保障"],
  ["公积金", "住房公积金"],
  ["营业执照", "工商执照"],
  ["身份证", "居民身份证"],
  ["户口", "户籍"],
  ["残疾证", "残疾人证"],
  ["五保", "特困供养", "特困人员"],
  ["新农合", "城乡居民医保"],
  ["不动产证", "房产证", "不动产权证书"],
  ["驾照", "驾驶证"],
  ["退役军人", "复员军人"],
  ["招商", "招商引资"],
];

const groupOf = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const term of group) groupOf.set(term, group);

/** The other terms that mean the same as `term` (empty when it has none). */
export function synonymsOf(term: string): string[] {
  return (groupOf.get(term) ?? []).filter((t) => t !== term);
}

/** Meilisearch's `synonyms` setting: every term maps to the others of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) for (const term of group) out[term] = group.filter((t) => t !== term);
  return out;
}
