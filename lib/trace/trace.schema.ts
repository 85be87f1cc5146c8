// Input schemas for the trace operators' forms, shared by the server actions and the lib
// functions (CONVENTIONS.md: one *.schema.ts beside the code that owns the input).
import { z } from "zod";
import { GS1_CHARSET_82 } from "./gs1-element-string";
import { isValidGtin } from "./gtin";
import { creditCodeProblem } from "./credit-code";
import { COUNTY_TOWNS } from "../broadcast/county-towns";

const text = (message: string, max = 100) => z.string().trim().min(1, message).max(max, `不能超过${max}个字`);
const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `不能超过${max}个字`)
    .optional()
    .transform((v) => v || null);

/** A date field (YYYY-MM-DD) as UTC midnight, the form @db.Date columns store. */
const date = (message: string) =>
  z
    .string()
    .trim()
    .min(1, message)
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "日期格式应为 年-月-日，例如 2026-11-12")
    .transform((v) => new Date(`${v}T00:00:00Z`));
const optionalDate = () =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "日期格式应为 年-月-日，例如 2026-11-12")
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null));
/** A date and time typed in Beijing time (datetime-local), stored as an instant. */
const beijingDateTime = (message: string) =>
  z
    .string()
    .trim()
    .min(1, message)
    .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}:00+08:00`)), "时间格式应为 年-月-日 时:分")
    .transform((v) => new Date(`${v}:00+08:00`));

export const PRODUCER_KINDS = { FARM: "家庭农场", COOPERATIVE: "农民专业合作社", HOUSEHOLD: "农户" } as const;
export const EVENT_TYPES = { COMMISSIONING: "采收", INSPECTING: "检测", PACKING: "分拣包装", SHIPPING: "发货运输", RECEIVING: "到货验收" } as const;
export const CERTIFICATE_TYPES = { COMMITMENT: "承诺达标合格证", GREEN_FOOD: "绿色食品", ORGANIC: "有机产品", GEOGRAPHICAL_INDICATION: "农产品地理标志" } as const;
export const COMMITMENT_BASES = { SELF_TEST: "自我检测", COMMISSIONED_TEST: "委托检测", QUALITY_CONTROL: "内部质量控制" } as const;

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const ZCreateProducerInput = z.object({
  name: text("请填写生产主体名称", 60),
  kind: z.enum(keys(PRODUCER_KINDS), { message: "请选择主体类型" }),
  // The county's own town list (lib/broadcast/county-towns.ts), so labels and statistics agree.
  town: z
    .string({ error: "请选择所在乡镇" })
    .trim()
    .min(1, "请选择所在乡镇")
    .refine((v) => COUNTY_TOWNS.some((t) => t.name === v), "请从列表中选择所在乡镇"),
  village: text("请填写所在村", 30),
  address: optionalText(100),
  contactName: optionalText(20),
  phone: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v), "联系电话应为11位手机号或带区号的固定电话")
    .transform((v) => v || null),
  commitment: optionalText(300),
  creditCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : ""))
    .superRefine((v, ctx) => {
      const problem = v ? creditCodeProblem(v) : null;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((v) => v || null),
});
export type TCreateProducerInput = z.infer<typeof ZCreateProducerInput>;

export const ZCreateProductInput = z.object({
  producerId: z.string().min(1, "请选择生产主体"),
  name: text("请填写产品名称", 40),
  category: text("请填写品类，例如 水果、蔬菜", 20),
  gtin: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\s/g, "") : ""))
    .refine((v) => v === "" || /^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(v), "商品条码应为8、12、13或14位数字")
    .refine((v) => v === "" || !/^\d+$/.test(v) || ![8, 12, 13, 14].includes(v.length) || isValidGtin(v), "商品条码的校验位不对，请核对最后一位")
    .transform((v) => (v ? v.padStart(14, "0") : null)),
});
export type TCreateProductInput = z.infer<typeof ZCreateProductInput>;

const lot = z
  .string()
  .trim()
  .min(1, "请填写批次号")
  .max(20, "批次号不能超过20位")
  .refine((v) => GS1_CHARSET_82.test(v), "批次号只能用字母、数字和 - . / 等符号，不能有汉字或空格");

export const ZCreateBatchInput = z
  .object({
    productId: z.string().min(1, "请选择产品"),
    lot,
    harvestStart: date("请填写采收日期"),
    harvestEnd: optionalDate(),
    packedAt: optionalDate(),
    expiresAt: optionalDate(),
    quantity: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || (/^\d+(\.\d{1,3})?$/.test(v) && Number(v) > 0), "数量应为大于0的数字，最多3位小数")
      .transform((v) => v || null),
    unit: optionalText(10),
    originPlace: text("请填写产地（具体到村组或基地）", 100),
    commitmentBasis: z.enum(keys(COMMITMENT_BASES), { message: "请选择承诺依据" }),
  })
  .superRefine((v, ctx) => {
    if (v.harvestEnd && v.harvestEnd < v.harvestStart) ctx.addIssue({ code: "custom", path: ["harvestEnd"], message: "采收结束日期不能早于开始日期" });
    if (v.packedAt && v.packedAt < v.harvestStart) ctx.addIssue({ code: "custom", path: ["packedAt"], message: "包装日期不能早于采收日期" });
    if (v.expiresAt && v.expiresAt < (v.packedAt ?? v.harvestStart)) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "保质期截止日期不能早于包装或采收日期" });
    if (v.quantity && !v.unit) ctx.addIssue({ code: "custom", path: ["unit"], message: "填写了数量时请填写单位，例如 千克" });
  });
export type TCreateBatchInput = z.infer<typeof ZCreateBatchInput>;

// Audited edits (edit-trace-record.ts): the same rules as creating, plus the version the form
// showed. A product's GTIN and a batch's lot are printed in its codes: edit-trace-record.ts lets
// them be corrected only until a consumer has scanned one.
const version = z.coerce.number().int().min(1);
export const ZEditProducerInput = ZCreateProducerInput.extend({ producerId: z.string().min(1), expectedVersion: version });
export const ZEditProductInput = z.object({
  productId: z.string().min(1),
  expectedVersion: version,
  name: text("请填写产品名称", 40),
  category: text("请填写品类，例如 水果、蔬菜", 20),
  gtin: ZCreateProductInput.shape.gtin,
});
export const ZEditBatchInput = z
  .object({
    batchId: z.string().min(1),
    expectedVersion: version,
    lot,
    harvestStart: date("请填写采收日期"),
    harvestEnd: optionalDate(),
    packedAt: optionalDate(),
    expiresAt: optionalDate(),
    quantity: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || (/^\d+(\.\d{1,3})?$/.test(v) && Number(v) > 0), "数量应为大于0的数字，最多3位小数")
      .transform((v) => v || null),
    unit: optionalText(10),
    originPlace: text("请填写产地（具体到村组或基地）", 100),
  })
  .superRefine((v, ctx) => {
    if (v.harvestEnd && v.harvestEnd < v.harvestStart) ctx.addIssue({ code: "custom", path: ["harvestEnd"], message: "采收结束日期不能早于开始日期" });
    if (v.packedAt && v.packedAt < v.harvestStart) ctx.addIssue({ code: "custom", path: ["packedAt"], message: "包装日期不能早于采收日期" });
    if (v.expiresAt && v.expiresAt < (v.packedAt ?? v.harvestStart)) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "保质期截止日期不能早于包装或采收日期" });
    if (v.quantity && !v.unit) ctx.addIssue({ code: "custom", path: ["unit"], message: "填写了数量时请填写单位，例如 千克" });
  });

export const ZRecordTraceEventInput = z.object({
  batchId: z.string().min(1),
  type: z.enum(["COMMISSIONING", "PACKING", "SHIPPING", "RECEIVING"], { message: "请选择环节" }),
  occurredAt: beijingDateTime("请填写发生时间"),
  place: text("请填写地点", 100),
  actor: text("请填写经办单位或人员", 60),
  note: optionalText(200),
});
export type TRecordTraceEventInput = z.infer<typeof ZRecordTraceEventInput>;

export const ZRecordInspectionInput = z.object({
  batchId: z.string().min(1),
  item: text("请填写检测项目，例如 农药残留", 60),
  result: z.enum(["PASS", "FAIL"], { message: "请选择检测结论" }),
  value: optionalText(60),
  agency: text("请填写检测机构", 60),
  reportNo: optionalText(40),
  inspectedAt: beijingDateTime("请填写检测时间"),
});
export type TRecordInspectionInput = z.infer<typeof ZRecordInspectionInput>;

export const ZAddCertificateInput = z
  .object({
    batchId: z.string().min(1),
    type: z.enum(keys(CERTIFICATE_TYPES), { message: "请选择证书类型" }),
    number: text("请填写证书编号", 40),
    basis: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || v in COMMITMENT_BASES, "请选择承诺依据"),
    issuer: optionalText(60),
    issuedAt: date("请填写发证日期"),
    validUntil: optionalDate(),
  })
  .superRefine((v, ctx) => {
    if (v.type === "COMMITMENT" && !v.basis) ctx.addIssue({ code: "custom", path: ["basis"], message: "承诺达标合格证请选择承诺依据" });
    if (v.validUntil && v.validUntil < v.issuedAt) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "有效期截止日期不能早于发证日期" });
  });
export type TAddCertificateInput = z.infer<typeof ZAddCertificateInput>;

export const ZRecallBatchInput = z.object({
  batchId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  reason: text("请填写召回原因，消费者会在查询页面看到", 300),
});
export type TRecallBatchInput = z.infer<typeof ZRecallBatchInput>;

export const ZLiftRecallInput = z.object({
  batchId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
  reason: text("请填写解除召回的理由，例如 复检合格的报告编号", 300),
});
export type TLiftRecallInput = z.infer<typeof ZLiftRecallInput>;

export const ZDeactivateProductInput = z.object({
  productId: z.string().min(1),
  reason: text("请填写停用原因", 200),
});
export type TDeactivateProductInput = z.infer<typeof ZDeactivateProductInput>;
