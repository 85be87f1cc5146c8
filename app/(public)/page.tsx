import Link from "next/link";
import { ContentList } from "@/components/content/content-list";
import { WarningBadge } from "@/components/content/content-article";
import { Section } from "@/components/ui/section";
import { getHomePageContent } from "@/lib/content/public-content";
import { formatDateTime } from "@/lib/format";
import { siteConfig } from "@/lib/site";
import { languageAlternates } from "@/lib/i18n/locales";

const BAND_EDGE = { RED: "border-red-700", ORANGE: "border-orange-500", YELLOW: "border-yellow-400", BLUE: "border-blue-700" } as const;

export async function generateMetadata() {
  const site = siteConfig();
  return {
    alternates: { canonical: "/", languages: languageAlternates("/") },
    openGraph: { title: site.name, description: `${site.name}门户网站：网上投诉与限时督办、政策文件、办事指南、预警信息、招商引资、农产品质量追溯。`, url: "/", siteName: site.name, locale: "zh_CN", type: "website" },
  };
}

const SERVICES = [
  { href: "/complaints/new", title: "我要投诉", text: "反映问题，限时办理", icon: "诉" },
  { href: "/complaints/track", title: "进度查询", text: "凭受理编号查办理进度", icon: "查" },
  { href: "/guides", title: "办事指南", text: "材料清单、办理流程", icon: "办" },
  { href: "/trace", title: "农产品溯源", text: "扫码查产地和检测", icon: "溯" },
];

export default async function HomePage() {
  const { policies, guides, warnings, investment } = await getHomePageContent();
  return (
    <div className="space-y-6">
      <h1 className="sr-only">{siteConfig().name}门户网站</h1>
      {warnings.length > 0 && (
        // Active warnings only (published, in force now), most severe first; the band's edge
        // takes the colour of the most severe one, and every item says its level in words.
        <section aria-labelledby="warnings-title" className={`rounded-md border-2 border-l-8 bg-white p-4 ${BAND_EDGE[warnings[0].warningLevel ?? "BLUE"]}`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="warnings-title" className="text-lg font-bold text-slate-900">
              当前生效的预警（{warnings.length}）
            </h2>
            <Link href="/warnings" className="text-sm text-brand-600 underline">
              全部预警与惠农信息 ›
            </Link>
          </div>
          <ul className="mt-2 space-y-2">
            {warnings.map((w) => (
              <li key={w.slug} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                {w.warningLevel && <WarningBadge level={w.warningLevel} />}
                <Link href={`/warnings/${w.slug}`} className="font-semibold text-brand-700 underline">
                  {w.title}
                </Link>
                <span className="text-sm text-slate-600">
                  {w.area && <>{w.area} · </>}
                  {w.validUntil && <>至 {formatDateTime(w.validUntil)}</>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* Large text on a phone: one card a row, so a title never breaks into one or two characters a line. */}
      <section aria-label="便民服务" className="grid grid-cols-2 gap-3 sm:grid-cols-4 large:max-sm:grid-cols-1">
        {SERVICES.map((s) => (
          <Link
            key={s.href}
            href={s.href}
            className="flex flex-col items-start gap-2 rounded-md border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:shadow sm:flex-row sm:items-center sm:gap-3 large:flex-row large:items-center large:gap-3"
          >
            <span aria-hidden className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xl font-bold text-white">
              {s.icon}
            </span>
            <span>
              <span className="block text-lg font-bold text-brand-700">{s.title}</span>
              <span className="block text-sm text-slate-600">{s.text}</span>
            </span>
          </Link>
        ))}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <Section title="政策文件" moreHref="/policies">
          <ContentList items={policies} basePath="/policies" />
        </Section>
        <Section title="办事指南" moreHref="/guides">
          <ContentList items={guides} basePath="/guides" />
        </Section>
      </div>
      <Section title="招商引资" moreHref="/investment">
        <ContentList items={investment} basePath="/investment" />
        {/* Investors abroad: the investment section in English (/en). */}
        <p className="border-t border-slate-200 py-3">
          <Link href="/en" hrefLang="en" lang="en" className="font-semibold text-brand-600 underline" data-testid="english-entry">
            Invest in Tongchuan: projects, parks and incentives in English
          </Link>
        </p>
      </Section>
    </div>
  );
}
