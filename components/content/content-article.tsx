import Link from "next/link";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";
import { Markdown } from "./markdown";

const WARNING_STYLE: Record<WarningLevel, { label: string; className: string }> = {
  BLUE: { label: "蓝色预警", className: "bg-blue-600 text-white" },
  YELLOW: { label: "黄色预警", className: "bg-yellow-400 text-black" },
  ORANGE: { label: "橙色预警", className: "bg-orange-500 text-black" },
  RED: { label: "红色预警", className: "bg-red-700 text-white" },
};

export function WarningBadge({ level }: { level: WarningLevel }) {
  const style = WARNING_STYLE[level];
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${style.className}`}>{style.label}</span>;
}

type Fields = Record<string, unknown>;
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const asText = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v));

export interface ArticleItem {
  type: ContentType;
  title: string;
  summary: string | null;
  body: string;
  publishedAt: Date | null;
  issuingBody: string | null;
  docNumber: string | null;
  issuedAt: Date | null;
  effectiveAt: Date | null;
  warningLevel: WarningLevel | null;
  area: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  fields: unknown;
  department: { name: string } | null;
  supersededBy: { slug: string; title: string } | null;
}

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="my-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-slate-200 bg-slate-50 p-4 text-sm sm:grid-cols-[8rem_1fr]">
      {shown.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold text-slate-600">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ContentArticle({ item, supersededPath }: { item: ArticleItem; supersededPath: string }) {
  const f = (item.fields ?? {}) as Fields;
  return (
    <article className="rounded-md border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
      <p className="text-sm text-slate-500">{CONTENT_TYPE_LABELS[item.type]}</p>
      <h1 className="mt-1 text-2xl font-bold leading-snug text-slate-900">{item.title}</h1>
      {item.supersededBy && (
        <p role="note" className="mt-3 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-sm">
          本文件已被新文件替代：
          <Link href={`${supersededPath}/${item.supersededBy.slug}`} className="font-semibold text-accent-700 underline">
            {item.supersededBy.title}
          </Link>
        </p>
      )}
      {item.warningLevel && (
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <WarningBadge level={item.warningLevel} />
          {item.area && <span>影响区域：{item.area}</span>}
          {item.validUntil && <span>有效期至：{formatDateTime(item.validUntil)}</span>}
        </p>
      )}
      <Facts
        rows={[
          ["发文机关", item.issuingBody],
          ["文号", item.docNumber],
          ["成文日期", formatDate(item.issuedAt)],
          ["施行日期", formatDate(item.effectiveAt)],
          ["发布部门", item.type === "SERVICE_GUIDE" ? null : item.department?.name],
          ["发布日期", formatDate(item.publishedAt)],
          ["所属行业", asText(f.industry)],
          ["项目地点", asText(f.location)],
          ["投资规模", asText(f.amount)],
          ["合作方式", asText(f.mode)],
          ["项目状态", asText(f.projectStatus)],
          ["联系方式", asText(f.contact)],
          ["规划面积", asText(f.area)],
          ["主导产业", asList(f.industries).join("、") || null],
          ["配套设施", asList(f.facilities).join("、") || null],
        ]}
      />
      {item.type === "SERVICE_GUIDE" && <GuideDetails fields={f} department={item.department?.name ?? null} />}
      {item.summary && item.type !== "SERVICE_GUIDE" && <p className="my-4 text-slate-700">{item.summary}</p>}
      <Markdown text={item.body} />
    </article>
  );
}

function GuideDetails({ fields: f, department }: { fields: Fields; department: string | null }) {
  const materials = asList(f.materials);
  const steps = asList(f.steps);
  const conditions = asList(f.conditions);
  return (
    <div className="space-y-5">
      <Facts
        rows={[
          ["办理部门", department],
          ["申请对象", asText(f.applicants)],
          ["承诺时限", f.promisedDays ? `${f.promisedDays}个工作日` : null],
          ["法定时限", f.statutoryDays ? `${f.statutoryDays}个工作日` : null],
          ["收费标准", asText(f.fees)],
          ["办理地点", asText(f.place)],
          ["办理时间", asText(f.hours)],
        ]}
      />
      {conditions.length > 0 && (
        <section>
          <h2 className="text-lg font-bold">申请条件</h2>
          <ul className="mt-2 list-disc pl-6">
            {conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {materials.length > 0 && (
        <section>
          <h2 className="text-lg font-bold">申请材料清单</h2>
          <ul className="mt-2 space-y-1">
            {materials.map((m) => (
              <li key={m} className="flex gap-2">
                <span aria-hidden className="mt-1 inline-block h-4 w-4 shrink-0 rounded-sm border-2 border-slate-500" />
                {m}
              </li>
            ))}
          </ul>
        </section>
      )}
      {steps.length > 0 && (
        <section>
          <h2 className="text-lg font-bold">办理流程</h2>
          <ol className="mt-2 list-decimal pl-6">
            {steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
