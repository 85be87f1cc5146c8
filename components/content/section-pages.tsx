// The list and document pages of the public content sections (policies, guides, investment,
// warnings). Routes pass their section key and the URL's parameters. Filters are GET forms, so
// every list works with JavaScript off.
import type { Metadata } from "next";
import Link from "next/link";
import { getPublishedContent, listInvestment, listPolicies, listPublishedContent, listWarningsPage } from "@/lib/content/public-content";
import { CONTENT_SECTIONS, type SectionKey } from "@/lib/content/sections";
import { isAppError } from "@/lib/errors";
import { formatDate, formatDateTime, isoDate } from "@/lib/format";
import { siteConfig } from "@/lib/site";
import { languageAlternates } from "@/lib/i18n/locales";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { NOT_FOUND_METADATA, NotFoundPanel } from "@/components/layout/not-found-panel";
import { Pagination } from "@/components/ui/pagination";
import { ContentArticle, WarningBadge } from "./content-article";
import { ContentList } from "./content-list";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function pageNumber(value: string | string[] | undefined): number {
  const n = Number(first(value));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

const SECTION_DESCRIPTIONS: Record<SectionKey, string> = {
  policies: "县政府及各部门发布的政策文件和通知公告，可按类型、发布部门和年份查找。",
  guides: "办事指南：申请对象、条件、材料清单、办理流程、时限、收费和办理地点。",
  investment: "招商引资：招商项目、产业园区和投资优惠政策。",
  warnings: "气象和灾害预警，养老保险、医疗保障、种植养殖等惠农信息。",
};

/** Canonical URL and Open Graph tags of a section's list page. */
export function sectionListMetadata(section: SectionKey): Metadata {
  const config = CONTENT_SECTIONS[section];
  const site = siteConfig();
  return {
    title: config.title,
    description: SECTION_DESCRIPTIONS[section],
    // The investment section has English pages for investors (/en/investment).
    alternates: { canonical: config.path, ...(section === "investment" ? { languages: languageAlternates(config.path) } : {}) },
    openGraph: { title: `${config.title} - ${site.name}`, description: SECTION_DESCRIPTIONS[section], url: config.path, siteName: site.name, locale: "zh_CN", type: "website" },
  };
}

function ListShell({ title, children, aside }: { title: string; children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-end justify-between gap-2 border-b-2 border-brand-600 pb-2">
        <h1 className="text-2xl font-bold text-brand-700">{title}</h1>
        {aside}
      </div>
      {children}
    </div>
  );
}

export async function SectionListPage({ section, searchParams }: { section: SectionKey; searchParams: SearchParams }) {
  if (section === "policies") return <PoliciesListPage searchParams={searchParams} />;
  if (section === "warnings") return <WarningsListPage />;
  if (section === "investment") return <InvestmentListPage />;
  const config = CONTENT_SECTIONS[section];
  const page = pageNumber(searchParams.page);
  const result = await listPublishedContent({ types: config.types, page });
  return (
    <ListShell title={config.title}>
      <ContentList items={result.items} basePath={config.path} />
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => `${config.path}?page=${p}`} />
    </ListShell>
  );
}

async function PoliciesListPage({ searchParams }: { searchParams: SearchParams }) {
  const type = first(searchParams.type);
  const departmentId = first(searchParams.department);
  const yearText = first(searchParams.year);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const result = await listPolicies({
    type: type === "POLICY" || type === "NOTICE" ? type : undefined,
    departmentId: departmentId || undefined,
    year,
    page: pageNumber(searchParams.page),
  });
  const params = (page: number) => {
    const q = new URLSearchParams();
    if (type) q.set("type", type);
    if (departmentId) q.set("department", departmentId);
    if (year) q.set("year", String(year));
    q.set("page", String(page));
    return `/policies?${q}`;
  };
  const select = "mt-1 block w-full rounded border-2 border-slate-500 bg-white px-3 py-2 sm:w-auto";
  const filtered = !!(type || departmentId || year);
  return (
    <ListShell title="政策文件">
      <form method="get" action="/policies" className="mt-4 flex flex-wrap items-end gap-3 rounded bg-slate-50 p-3" aria-label="筛选政策文件">
        <label className="block w-full sm:w-auto">
          <span className="text-sm font-semibold">类型</span>
          <select name="type" defaultValue={type} className={select}>
            <option value="">全部</option>
            <option value="POLICY">政策文件</option>
            <option value="NOTICE">通知公告</option>
          </select>
        </label>
        <label className="block w-full sm:w-auto">
          <span className="text-sm font-semibold">发布部门</span>
          <select name="department" defaultValue={departmentId} className={select}>
            <option value="">全部部门</option>
            {result.departments.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block w-full sm:w-auto">
          <span className="text-sm font-semibold">发布年份</span>
          <select name="year" defaultValue={year ? String(year) : ""} className={select}>
            <option value="">全部年份</option>
            {result.years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          筛选
        </button>
        {filtered && (
          <Link href="/policies" className="py-2 text-brand-600 underline">
            清除筛选
          </Link>
        )}
      </form>
      <p className="mt-3 text-sm text-slate-600" role="status">
        共 {result.total} 件
      </p>
      {result.items.length === 0 ? (
        <p className="py-6 text-slate-600">没有符合条件的文件。</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {result.items.map((item) => (
            <li key={item.id} className="py-3">
              <Link href={`/policies/${item.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
                {item.title}
              </Link>
              {item.isSuperseded && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700">已废止</span>}
              {item.summary && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{item.summary}</p>}
              <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-500">
                <span>{item.type === "NOTICE" ? "通知公告" : "政策文件"}</span>
                {item.docNumber && <span>{item.docNumber}</span>}
                {item.department && <span>{item.department.name}</span>}
                {item.publishedAt && <time dateTime={isoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={params} />
    </ListShell>
  );
}

async function WarningsListPage() {
  const { active, expired, rural } = await listWarningsPage();
  type Row = (typeof active)[number];
  const row = (w: Row) => (
    <li key={w.id} className="py-3">
      <p className="flex flex-wrap items-center gap-2">
        {w.warningLevel && <WarningBadge level={w.warningLevel} />}
        {w.type === "RURAL_INFO" && w.category && <span className="rounded bg-green-100 px-2 py-0.5 text-sm font-semibold text-green-900">{w.category}</span>}
        <Link href={`/warnings/${w.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
          {w.title}
        </Link>
        {w.isExpired && <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-700">已过期</span>}
      </p>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
        {w.area && <span>区域：{w.area}</span>}
        {w.validUntil && <span>{w.type === "WARNING" ? "解除时间" : "截止"}：{formatDateTime(w.validUntil)}</span>}
        {w.publishedAt && <span>发布：{formatDateTime(w.publishedAt)}</span>}
      </p>
    </li>
  );
  return (
    <ListShell
      title="预警与惠农信息"
      aside={
        <Link href="/warnings/subscribe" className="rounded border-2 border-brand-600 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
          短信订阅预警
        </Link>
      }
    >
      <section aria-labelledby="active-title" className="mt-4">
        <h2 id="active-title" className="text-lg font-bold">生效中的预警</h2>
        {active.length === 0 ? <p className="py-3 text-slate-600">目前没有生效中的预警。</p> : <ul className="divide-y divide-slate-200">{active.map(row)}</ul>}
      </section>
      <section aria-labelledby="rural-title" className="mt-6">
        <h2 id="rural-title" className="text-lg font-bold">惠农信息</h2>
        {rural.length === 0 ? <p className="py-3 text-slate-600">暂无惠农信息。</p> : <ul className="divide-y divide-slate-200">{rural.map(row)}</ul>}
      </section>
      {expired.length > 0 && (
        <section aria-labelledby="expired-title" className="mt-6">
          <h2 id="expired-title" className="text-lg font-bold text-slate-700">已过期的预警</h2>
          <ul className="divide-y divide-slate-200">{expired.map(row)}</ul>
        </section>
      )}
    </ListShell>
  );
}

async function InvestmentListPage() {
  const { projects, parks, incentives } = await listInvestment();
  const field = (f: unknown, k: string) => {
    const v = (f as Record<string, unknown> | null)?.[k];
    return Array.isArray(v) ? v.join("、") : v ? String(v) : "";
  };
  return (
    <ListShell title="招商引资" aside={<LanguageSwitch to="en" href="/en/investment" />}>
      <section aria-labelledby="projects-title" className="mt-4">
        <h2 id="projects-title" className="text-lg font-bold">招商项目</h2>
        {projects.length === 0 ? (
          <p className="py-3 text-slate-600">暂无招商项目。</p>
        ) : (
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {projects.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-4">
                <Link href={`/investment/${p.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
                  <dt className="text-slate-600">行业</dt>
                  <dd>{field(p.fields, "industry")}</dd>
                  <dt className="text-slate-600">地点</dt>
                  <dd>{field(p.fields, "location")}</dd>
                  <dt className="text-slate-600">投资规模</dt>
                  <dd>{field(p.fields, "amount")}</dd>
                  <dt className="text-slate-600">状态</dt>
                  <dd>{field(p.fields, "projectStatus")}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="parks-title" className="mt-6">
        <h2 id="parks-title" className="text-lg font-bold">产业园区</h2>
        {parks.length === 0 ? (
          <p className="py-3 text-slate-600">暂无园区信息。</p>
        ) : (
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {parks.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-4">
                <Link href={`/investment/${p.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <p className="mt-1 text-sm">规划面积：{field(p.fields, "area")}</p>
                <p className="text-sm">主导产业：{field(p.fields, "industries")}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="incentives-title" className="mt-6">
        <h2 id="incentives-title" className="text-lg font-bold">优惠政策</h2>
        <ContentList items={incentives} basePath="/investment" empty="暂无优惠政策。" />
      </section>
    </ListShell>
  );
}

async function load(section: SectionKey, slug: string) {
  try {
    return await getPublishedContent({ slug: decodeURIComponent(slug), types: CONTENT_SECTIONS[section].types });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return null;
    throw err;
  }
}

export async function sectionDetailMetadata(section: SectionKey, slug: string): Promise<Metadata> {
  const item = await load(section, slug);
  if (!item) return NOT_FOUND_METADATA;
  const site = siteConfig();
  const path = `${CONTENT_SECTIONS[section].path}/${item.slug}`;
  const description = item.summary ?? item.body.replace(/[#>*`_\[\]()-]/g, "").replace(/\s+/g, " ").trim().slice(0, 120);
  return {
    title: item.title,
    description,
    alternates: { canonical: path, ...(section === "investment" ? { languages: languageAlternates(path) } : {}) },
    openGraph: {
      title: item.title,
      description,
      url: path,
      siteName: site.name,
      locale: "zh_CN",
      type: "article",
      publishedTime: item.publishedAt?.toISOString(),
      modifiedTime: item.updatedAt.toISOString(),
    },
  };
}

export async function SectionDetailPage({ section, slug }: { section: SectionKey; slug: string }) {
  const item = await load(section, slug);
  // Rendered here rather than notFound(): see components/layout/not-found-panel.tsx (the page
  // carries robots noindex through sectionDetailMetadata).
  if (!item) return <NotFoundPanel />;
  const config = CONTENT_SECTIONS[section];
  return (
    <div className="space-y-3">
      {/* Reading mode (阅读模式, 适老化): the #reading target hides the site's header, navigation
          and footer with CSS alone (app/globals.css), so it works without JavaScript. */}
      <span id="reading" />
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <nav aria-label="当前位置" className="reading-hide text-sm text-slate-600">
          <Link href="/" className="underline">首页</Link> › <Link href={config.path} className="underline">{config.title}</Link>
        </nav>
        {section === "investment" && <LanguageSwitch to="en" href={`/en/investment/${item.slug}`} />}
        <a href="#reading" className="reading-enter text-sm font-semibold text-brand-600 underline">阅读模式</a>
        <a href="#main" className="reading-exit text-sm font-semibold text-brand-600 underline">退出阅读模式</a>
      </div>
      <ContentArticle item={item} supersededPath={config.path} />
    </div>
  );
}
