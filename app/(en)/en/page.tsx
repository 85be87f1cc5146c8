// GET /en: the investors' entry in English (the home page's 招商引资 entry), with the language switch.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvestmentCard } from "@/components/english/english-parts";
import { inquiryDeadlineEn } from "@/components/english/english-deadline";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { listInvestmentEn } from "@/lib/content/english-investment";
import { languageAlternates } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Home");
  return { title: { absolute: t("title") }, alternates: { canonical: "/en", languages: languageAlternates("/") } };
}

export default async function EnglishHome() {
  const [t, { projects, parks, incentives }, deadline] = await Promise.all([getTranslations("Home"), listInvestmentEn(), inquiryDeadlineEn()]);
  const entries = [
    { href: "/en/investment#projects-title", title: t("projects"), text: t("projectsText") },
    { href: "/en/investment#parks-title", title: t("parks"), text: t("parksText") },
    { href: "/en/investment#incentives-title", title: t("incentives"), text: t("incentivesText") },
    { href: "/en/investment/inquiry", title: t("inquiry"), text: t("inquiryText", { deadline }) },
  ];
  const latest = [...projects, ...parks, ...incentives].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0)).slice(0, 3);
  return (
    <div className="space-y-6">
      <div className="rounded-md border border-slate-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-3xl font-bold text-brand-700">{t("title")}</h1>
          <LanguageSwitch to="zh-CN" href="/investment" />
        </div>
        <p className="mt-3 max-w-3xl text-lg">{t("intro")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {entries.map((e) => (
          <li key={e.href}>
            <Link href={e.href} className="block h-full rounded-md border-2 border-brand-600 bg-white p-4 hover:bg-brand-50">
              <span className="block text-lg font-bold text-brand-700">{e.title}</span>
              <span className="mt-1 block text-slate-700">{e.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      {latest.length > 0 && (
        <section aria-labelledby="latest-title" className="rounded-md border border-slate-200 bg-white p-5">
          <h2 id="latest-title" className="text-xl font-bold">
            {t("latest")}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-3">
            {latest.map((c) => (
              <InvestmentCard key={c.id} card={c} />
            ))}
          </ul>
          <p className="mt-4">
            <Link href="/en/investment" className="font-semibold text-brand-600 underline">
              {t("browse")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
