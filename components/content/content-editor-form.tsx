"use client";
// The editor's form for every content type: the common fields, then the fields of the type
// (lib/content/content.schema.ts validates the same names). GOV.UK pattern: error summary at the
// top, the same words beside each field, answers kept; a stale save says who changed the item
// and keeps what was typed.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/form";
import { Field, TextArea, TextInput } from "@/components/complaints/fields";
import type { ActionState } from "@/lib/form-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Option = { value: string; label: string };

interface Spec {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  kind?: "text" | "textarea" | "date" | "datetime-local" | "select" | "number";
  options?: Option[];
  rows?: number;
}

const LEVELS: Option[] = [
  { value: "BLUE", label: "蓝色预警（IV级，一般）" },
  { value: "YELLOW", label: "黄色预警（III级，较重）" },
  { value: "ORANGE", label: "橙色预警（II级，严重）" },
  { value: "RED", label: "红色预警（I级，特别严重）" },
];

const RURAL: Option[] = ["天气", "灾害防御", "养老保险", "医疗保障", "养殖技术", "种植技术", "其他"].map((v) => ({ value: v, label: v }));

const POLICY_FIELDS = (docOptional: boolean): Spec[] => [
  { name: "issuingBody", label: "发文机关", hint: "如 桐川县人民政府" },
  { name: "docNumber", label: "文号", hint: "如 桐政发〔2026〕5号", optional: docOptional },
  { name: "issuedAt", label: "成文日期", kind: "date" },
  { name: "effectiveAt", label: "施行日期", kind: "date", optional: true },
  { name: "supersededBySlug", label: "被以下文件替代", hint: "本文件已废止时，填写新文件的网址名称；公开页面会标明“已被替代”并链接到新文件", optional: true },
];

/** Types with English pages for investors (/en/investment). */
const ENGLISH_TYPES = ["INVESTMENT_PROJECT", "PARK", "INCENTIVE"];

const TYPE_FIELDS: Record<string, Spec[]> = {
  POLICY: POLICY_FIELDS(false),
  NOTICE: POLICY_FIELDS(true),
  SERVICE_GUIDE: [
    { name: "applicants", label: "申请对象", hint: "谁可以申请" },
    { name: "conditions", label: "申请条件", kind: "textarea", hint: "每行一条", optional: true, rows: 4 },
    { name: "materials", label: "申请材料", kind: "textarea", hint: "每行一项，公开页面显示为可勾选的清单", rows: 6 },
    { name: "steps", label: "办理流程", kind: "textarea", hint: "每行一步，按先后顺序", rows: 6 },
    { name: "promisedDays", label: "承诺时限（工作日）", kind: "number" },
    { name: "statutoryDays", label: "法定时限（工作日）", kind: "number" },
    { name: "fees", label: "收费标准", hint: "不收费请填“不收费”" },
    { name: "place", label: "办理地点" },
    { name: "hours", label: "办理时间" },
    { name: "onlineUrl", label: "网上办理地址", hint: "以 https:// 开头", optional: true },
  ],
  WARNING: [
    { name: "hazard", label: "预警种类", hint: "如 寒潮、暴雨、森林火险、地质灾害" },
    { name: "warningLevel", label: "预警级别", kind: "select", options: LEVELS },
    { name: "area", label: "影响区域", hint: "如 全县，或 清溪镇、石门乡" },
    { name: "validFrom", label: "生效时间", kind: "datetime-local", hint: "北京时间" },
    { name: "validUntil", label: "解除时间", kind: "datetime-local", hint: "北京时间；过了解除时间，公开页面会标明“已过期”" },
  ],
  RURAL_INFO: [
    { name: "category", label: "信息类别", kind: "select", options: RURAL },
    { name: "area", label: "适用区域", optional: true },
    { name: "validFrom", label: "生效时间", kind: "datetime-local", optional: true },
    { name: "validUntil", label: "截止时间", kind: "datetime-local", optional: true },
  ],
  INVESTMENT_PROJECT: [
    { name: "industry", label: "所属行业" },
    { name: "location", label: "项目地点或所在园区" },
    { name: "amount", label: "投资规模", hint: "如 总投资约3.2亿元" },
    { name: "mode", label: "合作方式", hint: "如 独资、合资或合作" },
    { name: "projectStatus", label: "项目状态", hint: "如 洽谈中、已签约" },
    { name: "contact", label: "联系方式", hint: "单位和电话" },
  ],
  PARK: [
    { name: "parkArea", label: "规划面积", hint: "如 3.5平方公里" },
    { name: "industries", label: "主导产业", kind: "textarea", hint: "每行一项", rows: 4 },
    { name: "facilities", label: "配套设施", kind: "textarea", hint: "每行一项", optional: true, rows: 4 },
  ],
  INCENTIVE: [
    { name: "issuingBody", label: "发布机关", optional: true },
    { name: "effectiveAt", label: "施行日期", kind: "date", optional: true },
    { name: "beneficiaries", label: "适用对象", optional: true },
  ],
};

const BODY_LABEL: Record<string, { label: string; optional: boolean }> = {
  SERVICE_GUIDE: { label: "补充说明", optional: true },
  INVESTMENT_PROJECT: { label: "项目介绍", optional: true },
  PARK: { label: "园区介绍", optional: true },
};

const RELATED_HINT: Record<string, string> = {
  SERVICE_GUIDE: "相关政策文件的网址名称，每行一个",
  POLICY: "相关办事指南的网址名称，每行一个",
  NOTICE: "相关办事指南的网址名称，每行一个",
  INCENTIVE: "所依据政策文件的网址名称，每行一个",
};

function Input({ spec, value, error }: { spec: Spec; value?: string; error?: string }) {
  const kind = spec.kind ?? "text";
  return (
    <Field name={spec.name} label={spec.label} hint={spec.hint} optional={spec.optional} error={error}>
      {kind === "textarea" ? (
        <TextArea name={spec.name} defaultValue={value} error={error} hint={spec.hint} rows={spec.rows ?? 4} />
      ) : kind === "select" ? (
        <select id={`field-${spec.name}`} name={spec.name} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} className={`mt-1 block w-full max-w-md rounded border-2 bg-white px-3 py-3 ${error ? "border-accent-600" : "border-slate-500"}`}>
          <option value="">请选择</option>
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <TextInput name={spec.name} type={kind === "number" ? "text" : kind} inputMode={kind === "number" ? "numeric" : undefined} defaultValue={value} error={error} hint={spec.hint} className={kind === "text" ? "" : "max-w-xs"} />
      )}
    </Field>
  );
}

export function ContentEditorForm({
  action,
  type,
  typeLabel,
  departments,
  initialValues,
  contentId,
  version,
  slugLocked,
  submitLabel,
}: {
  action: Action;
  type: string;
  typeLabel: string;
  departments: Option[];
  initialValues: Record<string, string>;
  contentId?: string;
  version?: number;
  slugLocked?: boolean;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? initialValues;
  const e = state.errors ?? {};
  const body = BODY_LABEL[type] ?? { label: "正文", optional: false };
  const conflict = !!state.message && !state.errors && !state.ok;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {conflict && (
        <div role="alert" tabIndex={-1} className="mb-5 border-4 border-accent-600 bg-white p-4">
          <p className="font-semibold text-accent-700">{state.message}</p>
          {contentId && (
            <p className="mt-2 text-sm">
              <a href={`/officer/content/${contentId}#versions`} target="_blank" rel="noopener" className="text-brand-600 underline">
                在新窗口查看最新版本和版本记录
              </a>
            </p>
          )}
        </div>
      )}
      <input type="hidden" name="type" value={type} />
      {contentId && <input type="hidden" name="contentId" value={contentId} />}
      {version !== undefined && <input type="hidden" name="expectedVersion" value={v.expectedVersion ?? String(version)} />}
      <p className="mb-4 text-slate-600">类型：{typeLabel}</p>
      <Input spec={{ name: "title", label: "标题" }} value={v.title} error={e.title} />
      {slugLocked ? (
        <p className="mb-6 text-sm text-slate-600">
          网址名称：<code>{v.slug}</code>（已发布过，不能再修改）
          <input type="hidden" name="slug" value={v.slug} />
        </p>
      ) : (
        <Input spec={{ name: "slug", label: "网址名称", optional: true, hint: "出现在网址中，小写字母、数字和连字符，如 guide-medical-insurance；不填则按类型和日期自动生成" }} value={v.slug} error={e.slug} />
      )}
      <Input spec={{ name: "summary", label: "摘要", optional: true, kind: "textarea", rows: 2, hint: "列表和搜索结果中显示，300字以内" }} value={v.summary} error={e.summary} />
      <Field name="departmentId" label="发布部门" optional error={e.departmentId}>
        <select id="field-departmentId" name="departmentId" defaultValue={v.departmentId ?? ""} className="mt-1 block w-full max-w-md rounded border-2 border-slate-500 bg-white px-3 py-3">
          <option value="">不指定</option>
          {departments.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </Field>
      {(TYPE_FIELDS[type] ?? []).map((spec) => (
        <Input key={spec.name} spec={spec} value={v[spec.name]} error={e[spec.name]} />
      ))}
      <Input
        spec={{ name: "body", label: body.label, optional: body.optional, kind: "textarea", rows: 14, hint: "支持 Markdown：## 标题、1. 编号列表、- 列表、[链接文字](https://…)。不支持 HTML，输入的 HTML 会原样显示为文字。" }}
        value={v.body}
        error={e.body}
      />
      {ENGLISH_TYPES.includes(type) && (
        <fieldset className="mb-6 rounded border border-slate-300 p-4" aria-describedby="english-hint">
          <legend className="px-1 font-bold">英文版（供境外投资者，/en 页面）</legend>
          <p id="english-hint" className="mb-3 text-sm text-slate-600">
            不填时英文页面显示中文原文，并注明“尚无英文版”。
          </p>
          <Input spec={{ name: "titleEn", label: "英文标题", optional: true }} value={v.titleEn} error={e.titleEn} />
          <Input spec={{ name: "summaryEn", label: "英文摘要", optional: true, kind: "textarea", rows: 2 }} value={v.summaryEn} error={e.summaryEn} />
          <Input spec={{ name: "bodyEn", label: "英文正文", optional: true, kind: "textarea", rows: 8, hint: "支持 Markdown，与中文正文相同。" }} value={v.bodyEn} error={e.bodyEn} />
          <Input
            spec={{ name: "keywordsEn", label: "英文关键词", optional: true, kind: "textarea", rows: 3, hint: "英文搜索用，每行一个或用逗号分隔，如 industrial park、tea processing、land、tax" }}
            value={v.keywordsEn}
            error={e.keywordsEn}
          />
        </fieldset>
      )}
      <Input spec={{ name: "relatedSlugs", label: "相关内容", optional: true, kind: "textarea", rows: 3, hint: RELATED_HINT[type] ?? "相关内容的网址名称，每行一个" }} value={v.relatedSlugs} error={e.relatedSlugs} />
      <button type="submit" className="rounded bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700">
        {submitLabel}
      </button>
    </form>
  );
}
