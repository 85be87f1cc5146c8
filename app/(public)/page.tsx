import Link from "next/link";
import { ContentList } from "@/components/content/content-list";
import { WarningBadge } from "@/components/content/content-article";
import { Section } from "@/components/ui/section";
import { getHomePageContent } from "@/lib/content/public-content";

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
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-title" className="rounded-md border-2 border-amber-400 bg-amber-50 p-4">
          <h2 id="warnings-title" className="text-lg font-bold text-amber-900">
            当前预警
          </h2>
          <ul className="mt-2 space-y-2">
            {warnings.map((w) => (
              <li key={w.slug} className="flex flex-wrap items-center gap-2">
                {w.warningLevel && <WarningBadge level={w.warningLevel} />}
                <Link href={`/warnings/${w.slug}`} className="font-semibold underline">
                  {w.title}
                </Link>
                {w.area && <span className="text-sm text-slate-600">（{w.area}）</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="便民服务" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {SERVICES.map((s) => (
          <Link
            key={s.href}
            href={s.href}
            className="flex items-center gap-3 rounded-md border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:shadow"
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
      </Section>
    </div>
  );
}
