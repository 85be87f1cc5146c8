// What an editor may write into a ContentItem, per type. The form posts flat strings; this module
// turns them into the item's columns and its type-specific `fields` (validated with one zod
// schema per type), and back into form values for editing. Shared by the server actions, the
// lib functions and the editor form.
import { z } from "zod";
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";

export const CONTENT_TYPES = ["POLICY", "NOTICE", "SERVICE_GUIDE", "WARNING", "RURAL_INFO", "INVESTMENT_PROJECT", "PARK", "INCENTIVE"] as const satisfies readonly ContentType[];
export const WARNING_LEVELS = ["BLUE", "YELLOW", "ORANGE", "RED"] as const satisfies readonly WarningLevel[];
export const CONTENT_STATUSES = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const;

export const STATUS_LABELS: Record<(typeof CONTENT_STATUSES)[number], string> = {
  DRAFT: "草稿",
  SCHEDULED: "定时发布",
  PUBLISHED: "已发布",
  UNPUBLISHED: "已撤回",
};

/** Kinds of rural information (惠农信息) the public warnings page groups by. */
export const RURAL_CATEGORIES = ["天气", "灾害防御", "养老保险", "医疗保障", "养殖技术", "种植技术", "其他"] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ------------------------------------------------------------------ small parsers

const text = (message: string, max = 200) => z.string().trim().min(1, message).max(max, `不能超过${max}个字`);
const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字`)
    .optional()
    .transform((v) => (v ? v : null));

/** One item per line; blank lines dropped. */
const lines = (message: string | null, maxLine = 200) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(maxLine, `每行不能超过${maxLine}个字`))
        .max(60, "最多60行")
        .refine((a) => message === null || a.length > 0, message ?? ""),
    );

/**
 * A date or date-time typed into <input type="date"> / "datetime-local", read as Beijing time
 * (the county's clock, whatever the server's zone).
 */
export function parseBeijingDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00"] = m;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:00+08:00`);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1949 ? null : date;
}

const dateField = (required: string | null, label = "日期") =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) {
        if (required) ctx.addIssue({ code: "custom", message: required });
        return null;
      }
      const date = parseBeijingDate(v);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `${label}格式应为 年-月-日，如 2026-03-01` });
        return null;
      }
      return date;
    });

const days = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d{1,3}$/, `${label}应为0至999的整数（工作日）`)
    .transform(Number);

const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https?:\/\/[^\s<>"]+$/i.test(v), "网上办理地址应以 http:// 或 https:// 开头");

// ------------------------------------------------------------------ per-type structured fields

export const ZGuideFields = z.object({
  applicants: text("请填写申请对象"),
  conditions: lines(null),
  materials: lines("请至少填写一项申请材料"),
  steps: lines("请至少填写一个办理步骤"),
  promisedDays: days("承诺时限"),
  statutoryDays: days("法定时限"),
  fees: text("请填写收费标准，不收费请填“不收费”"),
  place: text("请填写办理地点"),
  hours: text("请填写办理时间"),
  onlineUrl: httpUrl,
});

export const ZProjectFields = z.object({
  industry: text("请填写所属行业"),
  location: text("请填写项目地点或所在园区"),
  amount: text("请填写投资规模"),
  mode: text("请填写合作方式"),
  projectStatus: text("请填写项目状态"),
  contact: text("请填写联系方式"),
});

export const ZParkFields = z.object({
  parkArea: text("请填写规划面积"),
  industries: lines("请至少填写一项主导产业"),
  facilities: lines(null),
});

export const ZIncentiveFields = z.object({
  beneficiaries: optionalText(200),
});

export const ZRuralFields = z.object({
  category: z.enum(RURAL_CATEGORIES, { message: "请选择信息类别" }),
});

export const ZWarningFields = z.object({
  hazard: text("请填写预警种类，如 寒潮、暴雨", 40),
});

/** The zod schema of each type's `fields` (types without structured fields have none). */
export const CONTENT_FIELD_SCHEMAS: Partial<Record<ContentType, z.ZodObject>> = {
  SERVICE_GUIDE: ZGuideFields,
  INVESTMENT_PROJECT: ZProjectFields,
  PARK: ZParkFields,
  INCENTIVE: ZIncentiveFields,
  RURAL_INFO: ZRuralFields,
  WARNING: ZWarningFields,
};

/** Names of the form inputs that hold lists (one per line). */
const LIST_FIELDS = ["conditions", "materials", "steps", "industries", "facilities", "relatedSlugs"];

// ------------------------------------------------------------------ the whole form

const ZCommon = z.object({
  type: z.enum(CONTENT_TYPES, { message: "请选择内容类型" }),
  title: text("请填写标题", 120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || (v.length >= 3 && v.length <= 80 && SLUG_PATTERN.test(v)), "网址名称应为3至80位小写字母、数字和连字符，如 guide-medical-insurance"),
  summary: optionalText(300),
  body: z.string().max(100_000, "正文不能超过10万字").optional().transform((v) => (v ?? "").replace(/\r\n/g, "\n")),
  departmentId: optionalText(40),
  relatedSlugs: lines(null, 80),
  // English text for /en (investment types; the other types ignore it on their pages).
  titleEn: optionalText(200),
  summaryEn: optionalText(500),
  bodyEn: z
    .string()
    .max(100_000, "英文正文不能超过10万字")
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n/g, "\n").trim() || null),
  keywordsEn: z
    .string()
    .optional()
    .transform((v) =>
      [...new Set((v ?? "").split(/[\r\n,，;；]+/).map((s) => s.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean))],
    )
    .pipe(
      z
        .array(z.string().max(60, "每个英文关键词不能超过60个字符").regex(/^[a-z0-9][a-z0-9 &'./-]*$/, "英文关键词只能用英文字母、数字、空格和连字符，如 industrial park"))
        .max(30, "英文关键词最多30个"),
    ),
});

export type TContentInput = {
  type: ContentType;
  title: string;
  slug: string | null;
  summary: string | null;
  body: string;
  departmentId: string | null;
  issuingBody: string | null;
  docNumber: string | null;
  issuedAt: Date | null;
  effectiveAt: Date | null;
  supersededBySlug: string | null;
  warningLevel: WarningLevel | null;
  area: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  /** Type-specific data plus `relatedSlugs` (links to related policies or guides). */
  fields: Record<string, unknown>;
  titleEn: string | null;
  summaryEn: string | null;
  bodyEn: string | null;
  keywordsEn: string[];
};

const ZPolicyColumns = z.object({
  issuingBody: text("请填写发文机关", 80),
  docNumber: optionalText(60),
  issuedAt: dateField("请填写成文日期", "成文日期"),
  effectiveAt: dateField(null, "施行日期"),
  supersededBySlug: optionalText(80),
});

const ZWarningColumns = z.object({
  warningLevel: z.enum(WARNING_LEVELS, { message: "请选择预警级别" }),
  area: text("请填写影响区域", 100),
  validFrom: dateField("请填写生效时间", "生效时间"),
  validUntil: dateField("请填写解除时间", "解除时间"),
});

const ZRuralColumns = z.object({
  area: optionalText(100),
  validFrom: dateField(null, "生效时间"),
  validUntil: dateField(null, "截止时间"),
});

const ZIncentiveColumns = z.object({
  issuingBody: optionalText(80),
  effectiveAt: dateField(null, "施行日期"),
});

const EMPTY_COLUMNS = {
  issuingBody: null,
  docNumber: null,
  issuedAt: null,
  effectiveAt: null,
  supersededBySlug: null,
  warningLevel: null,
  area: null,
  validFrom: null,
  validUntil: null,
};

function columnSchemaFor(type: ContentType): z.ZodType<Record<string, unknown>> | null {
  switch (type) {
    case "POLICY":
    case "NOTICE":
      return ZPolicyColumns;
    case "WARNING":
      return ZWarningColumns;
    case "RURAL_INFO":
      return ZRuralColumns;
    case "INCENTIVE":
      return ZIncentiveColumns;
    default:
      return null;
  }
}

/**
 * Parses the editor's form. All field messages of all parts are collected at once, so the
 * error summary lists every problem on the first submit.
 */
export function parseContentInput(input: Record<string, unknown>): TContentInput {
  const errors: Record<string, string> = {};
  const common = ZCommon.safeParse(input);
  if (!common.success) Object.assign(errors, fieldErrorsOf(common.error));
  const type = z.enum(CONTENT_TYPES).safeParse(input.type);
  if (!type.success) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: { type: "请选择内容类型", ...errors } });
  }
  // Guides, projects and parks are carried by their structured fields; the rest by their text.
  if (!["SERVICE_GUIDE", "INVESTMENT_PROJECT", "PARK"].includes(type.data) && common.success && !common.data.body.trim()) {
    errors.body ??= "请填写正文";
  }

  let columns: Record<string, unknown> = {};
  const columnSchema = columnSchemaFor(type.data);
  if (columnSchema) {
    const parsed = columnSchema.safeParse(input);
    if (parsed.success) columns = parsed.data;
    else for (const [k, v] of Object.entries(fieldErrorsOf(parsed.error))) errors[k] ??= v;
  }

  // Cross-field rules, checked on the raw answers so they show together with the other messages.
  const raw = (k: string) => (typeof input[k] === "string" ? (input[k] as string).trim() : "");
  if (type.data === "POLICY" && !raw("docNumber")) errors.docNumber ??= "请填写文号，如 桐政发〔2026〕5号";
  if (type.data === "WARNING" || type.data === "RURAL_INFO") {
    const from = parseBeijingDate(raw("validFrom"));
    const until = parseBeijingDate(raw("validUntil"));
    if (from && until && until <= from) errors.validUntil ??= type.data === "WARNING" ? "解除时间应晚于生效时间" : "截止时间应晚于生效时间";
  }

  let fields: Record<string, unknown> = {};
  const fieldSchema = CONTENT_FIELD_SCHEMAS[type.data];
  if (fieldSchema) {
    const parsed = fieldSchema.safeParse(input);
    if (parsed.success) fields = parsed.data as Record<string, unknown>;
    else for (const [k, v] of Object.entries(fieldErrorsOf(parsed.error))) errors[k] ??= v;
  }
  if (type.data === "SERVICE_GUIDE" && typeof fields.promisedDays === "number" && typeof fields.statutoryDays === "number" && fields.promisedDays > fields.statutoryDays) {
    errors.promisedDays ??= "承诺时限不能长于法定时限";
  }

  if (Object.keys(errors).length > 0 || !common.success) {
    throw new AppError("VALIDATION", "提交失败，请检查以下问题", { fieldErrors: errors });
  }
  // The park's area lives in fields.area (the column `area` is a warning's area).
  if (type.data === "PARK") {
    const { parkArea, ...rest } = fields;
    fields = { area: parkArea, ...rest };
  }
  const { relatedSlugs, ...rest } = common.data;
  return {
    ...rest,
    type: type.data,
    ...EMPTY_COLUMNS,
    ...(columns as Partial<TContentInput>),
    fields: { ...fields, relatedSlugs },
  } as TContentInput;
}

// ------------------------------------------------------------------ back to the form

export interface EditableContent {
  type: ContentType;
  slug: string;
  title: string;
  summary: string | null;
  body: string;
  departmentId: string | null;
  issuingBody: string | null;
  docNumber: string | null;
  issuedAt: Date | null;
  effectiveAt: Date | null;
  supersededBy?: { slug: string } | null;
  warningLevel: WarningLevel | null;
  area: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  fields: unknown;
  titleEn?: string | null;
  summaryEn?: string | null;
  bodyEn?: string | null;
  keywordsEn?: string[];
}

const beijing = (d: Date | null, withTime: boolean) => {
  if (!d) return "";
  const local = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return withTime ? local.slice(0, 16) : local.slice(0, 10);
};

/** The item as the editor form's values (strings, lists one per line). */
export function contentFormValues(item: EditableContent): Record<string, string> {
  const f = (item.fields ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {
    type: item.type,
    slug: item.slug,
    title: item.title,
    summary: item.summary ?? "",
    body: item.body,
    departmentId: item.departmentId ?? "",
    issuingBody: item.issuingBody ?? "",
    docNumber: item.docNumber ?? "",
    issuedAt: beijing(item.issuedAt, false),
    effectiveAt: beijing(item.effectiveAt, false),
    supersededBySlug: item.supersededBy?.slug ?? "",
    warningLevel: item.warningLevel ?? "",
    area: item.area ?? "",
    validFrom: beijing(item.validFrom, true),
    validUntil: beijing(item.validUntil, true),
    titleEn: item.titleEn ?? "",
    summaryEn: item.summaryEn ?? "",
    bodyEn: item.bodyEn ?? "",
    keywordsEn: (item.keywordsEn ?? []).join("\n"),
  };
  for (const [key, value] of Object.entries(f)) {
    const name = item.type === "PARK" && key === "area" ? "parkArea" : key;
    if (Array.isArray(value)) values[name] = value.map(String).join("\n");
    else if (value !== null && value !== undefined) values[name] = String(value);
  }
  for (const name of LIST_FIELDS) values[name] ??= "";
  return values;
}

export const ZContentRef = z.object({
  contentId: z.string().min(1).max(40),
  expectedVersion: z.coerce.number().int().positive(),
});

export const ZPublishInput = z.object({
  publishAt: dateField(null, "发布时间"),
});

export const ZContentListFilter = z.object({
  type: z.enum(CONTENT_TYPES).optional().catch(undefined),
  status: z.enum(CONTENT_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().positive().max(10_000).optional().catch(undefined),
});
