// GS1 Application Identifiers used on produce labels and GS1-128 element strings.
// Sources: GS1 General Specifications (section 3: AI definitions; 5.4.7: GS1-128 FNC1 rules;
// 7.8.5: predefined-length AIs; 7.12: century of YYMMDD dates; 7.11: character set 82).
import { isValidGtin } from "./gtin";

/** The "AI encodable character set 82" (GS1 General Specifications figure 7.11-1). */
export const GS1_CHARSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;

/** ASCII GS, which a scanner transmits where the symbol has a separator FNC1. */
export const GS = "\x1d";

export type SupportedAi = "01" | "10" | "11" | "13" | "17" | "21" | "7007";

interface AiRule {
  title: string;
  /** Fixed length in characters, or the maximum for variable-length AIs. */
  length: number;
  isFixed: boolean;
  kind: "gtin" | "alnum" | "date" | "dateRange";
  minLength?: number;
}

export const AI_RULES: Record<SupportedAi, AiRule> = {
  "01": { title: "GTIN", length: 14, isFixed: true, kind: "gtin" },
  "10": { title: "BATCH/LOT", length: 20, isFixed: false, kind: "alnum", minLength: 1 },
  "11": { title: "PROD DATE", length: 6, isFixed: true, kind: "date" },
  "13": { title: "PACK DATE", length: 6, isFixed: true, kind: "date" },
  "17": { title: "USE BY OR EXPIRY", length: 6, isFixed: true, kind: "date" },
  "21": { title: "SERIAL", length: 20, isFixed: false, kind: "alnum", minLength: 1 },
  // N6 harvest date or N12 range (YYMMDD[YYMMDD]); variable length, so it needs a separator.
  "7007": { title: "HARVEST DATE", length: 12, isFixed: false, kind: "dateRange", minLength: 6 },
};

/** AIs whose first two digits are in the predefined-length table never need FNC1 after them. */
const PREDEFINED_LENGTH_PREFIXES = new Set(["00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "31", "32", "33", "34", "35", "36", "41"]);

export class Gs1Error extends Error {
  constructor(
    readonly code: "UNKNOWN_AI" | "BAD_LENGTH" | "BAD_CHARACTERS" | "BAD_CHECK_DIGIT" | "BAD_DATE" | "EMPTY",
    readonly userMessage: string,
    readonly ai?: string,
  ) {
    super(`${code}${ai ? ` (AI ${ai})` : ""}: ${userMessage}`);
    this.name = "Gs1Error";
  }
}

export interface Gs1Field {
  ai: SupportedAi;
  value: string;
}

function isSupportedAi(ai: string): ai is SupportedAi {
  return ai in AI_RULES;
}

/** Year of a YYMMDD date by the GS1 sliding window (General Specifications 7.12). */
export function centuryYear(yy: number, today = new Date()): number {
  const current = today.getUTCFullYear();
  const century = Math.floor(current / 100) * 100;
  const diff = yy - (current % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

/**
 * A YYMMDD date as a UTC midnight Date. DD = 00 means "the last day of the month" for the
 * date AIs that allow it (11, 13, 17); AI 7007 harvest dates must name the day.
 */
export function parseGs1Date(value: string, options: { allowDay00?: boolean; today?: Date } = {}): Date {
  if (!/^\d{6}$/.test(value)) throw new Gs1Error("BAD_DATE", `日期“${value}”应为6位数字（年年月月日日）`);
  const year = centuryYear(Number(value.slice(0, 2)), options.today);
  const month = Number(value.slice(2, 4));
  let day = Number(value.slice(4, 6));
  if (month < 1 || month > 12) throw new Gs1Error("BAD_DATE", `日期“${value}”的月份不存在`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === 0 && options.allowDay00) day = lastDay;
  if (day < 1 || day > lastDay) throw new Gs1Error("BAD_DATE", `日期“${value}”的日期不存在`);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A Date as YYMMDD (UTC calendar date). */
export function formatGs1Date(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return p(date.getUTCFullYear() % 100) + p(date.getUTCMonth() + 1) + p(date.getUTCDate());
}

/** Throws Gs1Error when the value does not satisfy its AI's format. */
export function validateAiValue(ai: string, value: string): void {
  if (!isSupportedAi(ai)) throw new Gs1Error("UNKNOWN_AI", `不支持的应用标识符（${ai}）`, ai);
  const rule = AI_RULES[ai];
  if (!value) throw new Gs1Error("EMPTY", `${rule.title}（${ai}）不能为空`, ai);
  if (rule.isFixed ? value.length !== rule.length : value.length > rule.length || value.length < (rule.minLength ?? 1)) {
    throw new Gs1Error("BAD_LENGTH", `${rule.title}（${ai}）长度不对：${rule.isFixed ? `应为${rule.length}位` : `最多${rule.length}位`}`, ai);
  }
  switch (rule.kind) {
    case "gtin":
      if (!/^\d{14}$/.test(value)) throw new Gs1Error("BAD_CHARACTERS", "商品条码（GTIN）只能是数字", ai);
      if (!isValidGtin(value)) throw new Gs1Error("BAD_CHECK_DIGIT", "商品条码（GTIN）的校验位不对，请核对每一位数字", ai);
      break;
    case "alnum":
      if (!GS1_CHARSET_82.test(value)) throw new Gs1Error("BAD_CHARACTERS", `${rule.title}（${ai}）含有GS1不允许的字符`, ai);
      break;
    case "date":
      parseGs1Date(value, { allowDay00: true });
      break;
    case "dateRange":
      if (!/^(\d{6}|\d{12})$/.test(value)) throw new Gs1Error("BAD_LENGTH", "采收日期（7007）应为6位日期或12位日期范围", ai);
      parseGs1Date(value.slice(0, 6));
      if (value.length === 12 && parseGs1Date(value.slice(6)) < parseGs1Date(value.slice(0, 6))) {
        throw new Gs1Error("BAD_DATE", "采收日期范围的结束早于开始", ai);
      }
      break;
  }
}

export function needsSeparator(ai: string): boolean {
  return !PREDEFINED_LENGTH_PREFIXES.has(ai.slice(0, 2));
}

export interface ElementString {
  /** Human readable interpretation, e.g. "(01)09506000134352(10)ABC". bwip-js's gs1-128 takes this. */
  hri: string;
  /** What a scanner transmits: symbology identifier ]C1, then the fields with GS after each
   * variable-length field that is not last. */
  transmitted: string;
}

/**
 * Builds a GS1-128 element string. Predefined-length fields go first and variable-length ones
 * last (General Specifications 5.4.7.5 recommends this: it saves separators); FNC1 (sent as GS)
 * follows each variable-length field except the last.
 */
export function buildElementString(fields: Gs1Field[]): ElementString {
  if (!fields.length) throw new Gs1Error("EMPTY", "至少需要一个应用标识符");
  for (const f of fields) validateAiValue(f.ai, f.value);
  const ordered = [...fields.filter((f) => !needsSeparator(f.ai)), ...fields.filter((f) => needsSeparator(f.ai))];
  const hri = ordered.map((f) => `(${f.ai})${f.value}`).join("");
  let transmitted = "]C1";
  ordered.forEach((f, i) => {
    transmitted += f.ai + f.value;
    if (needsSeparator(f.ai) && i < ordered.length - 1) transmitted += GS;
  });
  return { hri, transmitted };
}

/**
 * Parses "(01)...(10)..." or scanner output ("]C1" / "]Q3" / "]d2" prefix optional, GS
 * separators) into fields, validating each.
 */
export function parseElementString(input: string): Gs1Field[] {
  const text = input.trim();
  const fields: Gs1Field[] = [];
  if (text.startsWith("(")) {
    const re = /\((\d{2,4})\)([^(]*)/g;
    let consumed = 0;
    for (const m of text.matchAll(re)) {
      if (m.index !== consumed) break;
      consumed += m[0].length;
      fields.push({ ai: m[1] as SupportedAi, value: m[2] });
    }
    if (consumed !== text.length || !fields.length) throw new Gs1Error("BAD_CHARACTERS", "括号格式的GS1编码无法识别");
  } else {
    let rest = text.replace(/^\](C1|Q3|d2|e0)/, "");
    while (rest.length) {
      const ai = ["01", "10", "11", "13", "17", "21", "7007"].find((a) => rest.startsWith(a));
      if (!ai) throw new Gs1Error("UNKNOWN_AI", `不支持的应用标识符（${rest.slice(0, 4)}）`);
      const rule = AI_RULES[ai as SupportedAi];
      rest = rest.slice(ai.length);
      let value: string;
      if (rule.isFixed) {
        value = rest.slice(0, rule.length);
        rest = rest.slice(rule.length);
      } else {
        const end = rest.indexOf(GS);
        value = end === -1 ? rest : rest.slice(0, end);
        rest = end === -1 ? "" : rest.slice(end + 1);
      }
      fields.push({ ai: ai as SupportedAi, value });
    }
  }
  for (const f of fields) validateAiValue(f.ai, f.value);
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.ai)) throw new Gs1Error("BAD_CHARACTERS", `应用标识符（${f.ai}）重复出现`, f.ai);
    seen.add(f.ai);
  }
  return fields;
}
