// Header and footer of the English pages for investors (/en). The site furniture a Chinese
// government site must carry (organiser, site identifier, ICP and public-security filing numbers,
// hotline) comes from the same settings as the Chinese footer; the filing numbers stay as issued.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SiteConfig } from "@/lib/site";

export async function EnglishHeader({ site }: { site: SiteConfig }) {
  const t = await getTranslations("Site");
  const nav = [
    { href: "/en", label: t("navHome") },
    { href: "/en/investment", label: t("navInvestment") },
    { href: "/en/investment/inquiry", label: t("navInquiry") },
  ];
  return (
    <header className="bg-brand-700 text-white">
      <div className="border-b-4 border-accent-600">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 sm:py-4">
          <Link href="/en" className="flex min-w-0 items-center gap-3 no-underline">
            <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-accent-600 text-xl font-bold sm:h-11 sm:w-11">
              政
            </span>
            <span className="min-w-0">
              <span className="block text-lg font-bold leading-tight sm:text-2xl">{site.nameEn}</span>
              <span className="hidden text-sm text-brand-100 sm:block">{t("tagline")}</span>
            </span>
          </Link>
          <Link href="/" hrefLang="zh-CN" lang="zh-CN" className="whitespace-nowrap rounded border border-white/70 px-3 py-2 text-sm font-semibold hover:bg-white/10">
            {t("chineseSite")}
          </Link>
        </div>
      </div>
      <nav aria-label="Main" className="bg-brand-800">
        <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 [scrollbar-width:none] sm:flex-wrap sm:overflow-visible sm:px-4">
          {nav.map((item) => (
            <li key={item.href} className="shrink-0">
              <Link href={item.href} className="block whitespace-nowrap px-3 py-3 text-[0.95rem] font-medium hover:bg-brand-600 sm:px-4">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export async function EnglishFooter({ site }: { site: SiteConfig }) {
  const t = await getTranslations("Site");
  const psbDigits = site.psbRecord.replace(/\D/g, "");
  return (
    <footer className="mt-12 border-t-4 border-accent-600 bg-brand-800 text-sm text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="font-semibold text-white">{site.nameEn}</p>
          <p>
            {t("organizer")} <span lang="zh-CN">{site.organizer}</span>
          </p>
          <p>
            {t("hotline")}{" "}
            <a href={`tel:${site.hotline}`} className="font-semibold text-white underline">
              {site.hotline}
            </a>
          </p>
          <p>{t("demoNote")}</p>
        </div>
        <div>
          <p className="font-semibold text-white">{t("contact")}</p>
          <p>{t("contactPhone", { phone: site.contactPhone })}</p>
          <p>
            {t("contactAddress")}{" "}
            <span lang="zh-CN">{site.contactAddress}</span>
          </p>
          {site.contactEmail && (
            <p>
              <a href={`mailto:${site.contactEmail}`} className="underline">
                {site.contactEmail}
              </a>
            </p>
          )}
          <p>
            <Link href="/privacy" hrefLang="zh-CN" className="underline">
              {t("privacy")}
            </Link>
          </p>
        </div>
      </div>
      <div className="border-t border-white/20">
        <p className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-4" lang="zh-CN">
          <span lang="en">{t("siteId", { code: site.idCode })}</span>
          <a href="https://beian.miit.gov.cn/" className="underline" rel="noopener">
            {site.icp}
          </a>
          <a href={`https://beian.mps.gov.cn/#/query/webSearch?code=${psbDigits}`} className="underline" rel="noopener">
            {site.psbRecord}
          </a>
        </p>
      </div>
    </footer>
  );
}
