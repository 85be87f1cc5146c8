import Link from "next/link";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ContentType, WarningLevel } from "@/generated/prisma/enums";
import { Markdown } from "./markdown";
import { PrintButton } from "./print-button";

// Colour AND words: the level reads the same to someone who cannot tell the colours apart, and
// on a black-and-white printout. The levels follow the national four-colour warning scale.
const WARNING_STYLE: Record<WarningLevel, { label: string; grade: string; className: string }> = {
  BLUE: { label: "蓝色预警", grade: "IV级 一般", className: "bg-blue-700 text-white" },
  YELLOW: { label: "黄色预警", grade: "III级 较重", className: "bg-yellow-300 text-black" },
  ORANGE: { label: "橙色预警", grade: "II级 严重", className: "bg-orange-500 text-black" },
  RED: { label: "红色预警", grade: "I级 特别严重", className: "bg-red-700 text-white" },
};

export function WarningBadge({ level, withGrade = false }: { level: WarningLevel; withGrade?: boolean }) {
  const style = WARNING_STYLE[level];
  return (
    <span className={`inline-block rounded border border-black/20 px-2 py-0.5 text-sm font-bold print:border-black ${style.className}`}>
      {style.label}
      {withGrade && <span className="font-normal">（{style.grade}）</span>}
    </span>
  );
}

type Fields = Record<string, unknown>;
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const asText = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : String(v));

export interface ArticleItem {
  type: ContentType;
  slug?: string;
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
  attachments?: { id: string; fileName: string; mimeType: string; size: number }[];
  related?: { path: string; title: string; type: ContentType }[];
}

function Facts({ rows, label }: { rows: [string, React.ReactNode][]; label?: string }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (shown.length === 0) return null;
  return (
    <dl aria-label={label} className="my-4 grid grid-cols-1 gap-x-6 gap-y-1 rounded border border-slate-200 bg-slate-50 p-4 text-sm sm:grid-cols-[8rem_1fr] print:bg-white">
      {shown.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold text-slate-600">{k}</dt>
          <dd className="mb-2 sm:mb-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const FILE_KIND: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
};
const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

function Attachments({ items }: { items: NonNullable<ArticleItem["attachments"]> }) {
  if (items.length === 0) return null;
  return (
    <section className="mt-6 border-t border-slate-200 pt-4">
      <h2 className="text-lg font-bold">附件</h2>
      <ul className="mt-2 space-y-1">
        {items.map((a) => (
          <li key={a.id}>
            <a href={`/attachments/${a.id}`} className="text-brand-700 underline">
              {a.fileName}
            </a>{" "}
            <span className="text-sm text-slate-500">
              （{FILE_KIND[a.mimeType] ?? "图片"}，{sizeText(a.size)}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const RELATED_TITLE: Partial<Record<ContentType, string>> = {
  POLICY: "相关办事指南",
  NOTICE: "相关办事指南",
  SERVICE_GUIDE: "相关政策",
  INCENTIVE: "政策依据",
};

function Related({ type, items }: { type: ContentType; items: NonNullable<ArticleItem["related"]> }) {
  if (items.length === 0) return null;
  return (
    <section className="mt-6 border-t border-slate-200 pt-4 print:hidden">
      <h2 className="text-lg font-bold">{RELATED_TITLE[type] ?? "相关内容"}</h2>
      <ul className="mt-2 space-y-1">
        {items.map((r) => (
          <li key={r.path}>
            <Link href={r.path} className="text-brand-700 underline">
              {r.title}
            </Link>{" "}
            <span className="text-sm text-slate-500">{CONTENT_TYPE_LABELS[r.type]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WarningFacts({ item, now }: { item: ArticleItem; now: Date }) {
  const f = (item.fields ?? {}) as Fields;
  const expired = !!item.validUntil && item.validUntil <= now;
  const pending = !expired && !!item.validFrom && item.validFrom > now;
  return (
    <>
      {item.warningLevel && (
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <WarningBadge level={item.warningLevel} withGrade />
          {asText(f.hazard) && <span className="font-semibold">{asText(f.hazard)}</span>}
        </p>
      )}
      {expired && (
        <p role="note" className="mt-3 rounded border-l-4 border-slate-500 bg-slate-100 p-3 font-semibold">
          {item.type === "WARNING" ? "本预警已过期" : "本信息已过有效期"}（{formatDateTime(item.validUntil)} 已解除），仅供查阅。
        </p>
      )}
      {pending && (
        <p role="note" className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3 font-semibold">
          尚未生效，将于 {formatDateTime(item.validFrom)} 生效。
        </p>
      )}
      <Facts
        label="预警信息"
        rows={[
          ["信息类别", item.type === "RURAL_INFO" ? asText(f.category) : null],
          ["影响区域", item.area],
          ["生效时间", formatDateTime(item.validFrom)],
          [item.type === "WARNING" ? "解除时间" : "截止时间", item.validUntil ? `${formatDateTime(item.validUntil)}${expired ? "（已过期）" : ""}` : null],
          ["发布单位", item.department?.name],
          ["发布时间", formatDateTime(item.publishedAt)],
        ]}
      />
    </>
  );
}

export function ContentArticle({ item, supersededPath, now = new Date() }: { item: ArticleItem; supersededPath: string; now?: Date }) {
  const f = (item.fields ?? {}) as Fields;
  const isPolicy = item.type === "POLICY" || item.type === "NOTICE";
  const isWarning = item.type === "WARNING" || item.type === "RURAL_INFO";
  const isInvestment = item.type === "INVESTMENT_PROJECT" || item.type === "PARK";
  return (
    <article className="rounded-md border border-slate-200 bg-white p-5 shadow-sm sm:p-8 print:border-0 print:p-0 print:shadow-none">
      <p className="text-sm text-slate-500">{CONTENT_TYPE_LABELS[item.type]}</p>
      <h1 className="mt-1 text-2xl font-bold leading-snug text-slate-900">{item.title}</h1>
      {item.supersededBy && (
        <p role="note" className="mt-3 rounded border-l-4 border-accent-600 bg-red-50 p-3 text-sm">
          <strong>本文件已被替代（已废止）。</strong>现行文件：
          <Link href={`${supersededPath}/${item.supersededBy.slug}`} className="font-semibold text-accent-700 underline">
            {item.supersededBy.title}
          </Link>
        </p>
      )}
      {isWarning && <WarningFacts item={item} now={now} />}
      {isPolicy && (
        <Facts
          label="文件信息"
          rows={[
            ["发文机关", item.issuingBody],
            ["文号", item.docNumber],
            ["成文日期", formatDate(item.issuedAt)],
            ["施行日期", formatDate(item.effectiveAt)],
            ["发布部门", item.department?.name],
            ["发布日期", formatDate(item.publishedAt)],
            ["效力状态", item.supersededBy ? "已废止" : null],
          ]}
        />
      )}
      {item.type === "INVESTMENT_PROJECT" && (
        <Facts
          label="项目信息"
          rows={[
            ["所属行业", asText(f.industry)],
            ["项目地点", asText(f.location)],
            ["投资规模", asText(f.amount)],
            ["合作方式", asText(f.mode)],
            ["项目状态", asText(f.projectStatus)],
            ["联系方式", asText(f.contact)],
            ["发布日期", formatDate(item.publishedAt)],
          ]}
        />
      )}
      {item.type === "PARK" && (
        <Facts
          label="园区信息"
          rows={[
            ["规划面积", asText(f.area)],
            ["主导产业", asList(f.industries).join("、") || null],
            ["配套设施", asList(f.facilities).join("、") || null],
            ["管理单位", item.department?.name],
          ]}
        />
      )}
      {item.type === "INCENTIVE" && (
        <Facts
          label="政策信息"
          rows={[
            ["发布机关", item.issuingBody],
            ["文号", item.docNumber],
            ["适用对象", asText(f.beneficiaries)],
            ["施行日期", formatDate(item.effectiveAt)],
            ["发布日期", formatDate(item.publishedAt)],
          ]}
        />
      )}
      {isInvestment && item.slug && (
        <p className="my-4 print:hidden">
          <Link href={`/investment/inquiry?project=${encodeURIComponent(item.slug)}`} className="inline-block rounded bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700">
            我要咨询
          </Link>
          <span className="ml-3 text-sm text-slate-600">投资促进中心限时答复</span>
        </p>
      )}
      {item.type === "SERVICE_GUIDE" && <GuideDetails fields={f} department={item.department?.name ?? null} summary={item.summary} />}
      {item.summary && item.type !== "SERVICE_GUIDE" && <p className="my-4 text-slate-700">{item.summary}</p>}
      {item.body && <Markdown text={item.body} />}
      {item.attachments && <Attachments items={item.attachments} />}
      {item.related && <Related type={item.type} items={item.related} />}
    </article>
  );
}

function GuideDetails({ fields: f, department, summary }: { fields: Fields; department: string | null; summary: string | null }) {
  const materials = asList(f.materials);
  const steps = asList(f.steps);
  const conditions = asList(f.conditions);
  const onlineUrl = asText(f.onlineUrl);
  return (
    <div className="space-y-5">
      <p className="mt-3 print:hidden">
        <PrintButton />
      </p>
      {summary && <p className="text-slate-700">{summary}</p>}
      <Facts
        label="办理信息"
        rows={[
          ["办理部门", department],
          ["申请对象", asText(f.applicants)],
          ["承诺时限", f.promisedDays !== undefined && f.promisedDays !== null ? `${f.promisedDays}个工作日` : null],
          ["法定时限", f.statutoryDays !== undefined && f.statutoryDays !== null ? `${f.statutoryDays}个工作日` : null],
          ["收费标准", asText(f.fees)],
          ["办理地点", asText(f.place)],
          ["办理时间", asText(f.hours)],
          [
            "网上办理",
            onlineUrl ? (
              <a href={onlineUrl} className="break-all text-brand-700 underline" rel="noopener">
                {onlineUrl}
              </a>
            ) : (
              "暂不支持，请到窗口办理"
            ),
          ],
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
          <p className="text-sm text-slate-600 print:hidden">可勾选已准备好的材料（仅在本机显示，不会提交）。</p>
          <ul className="mt-2 space-y-2">
            {materials.map((m, i) => (
              <li key={m}>
                <label className="flex items-start gap-3">
                  <input type="checkbox" className="mt-1 h-5 w-5 shrink-0" id={`material-${i}`} />
                  <span>{m}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {steps.length > 0 && (
        <section>
          <h2 className="text-lg font-bold">办理流程</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
