// GET /en/investment[?q=…]: projects, parks and incentives in English, with an English search
// (lib/search indexes the English titles and keywords). The search is a GET form: no JavaScript.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvestmentCard } from "@/components/english/english-parts";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { listInvestmentEn, searchInvestmentEn, type EnglishInvestmentCard } from "@/lib/content/english-investment";
import { languageAlternates } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Investment");
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: "/en/investment", languages: languageAlternates("/investment") },
    openGraph: { title: t("title"), description: t("description"), url: "/en/investment", locale: "en_US", type: "website" },
  };
}

function Cards({ cards, empty }: { cards: EnglishInvestmentCard[]; empty: string }) {
  if (cards.length === 0) return <p className="py-3 text-slate-600">{empty}</p>;
  return (
    <ul className="mt-2 grid gap-3 md:grid-cols-2">
      {cards.map((c) => (
        <InvestmentCard key={c.id} card={c} />
      ))}
    </ul>
  );
}

export default async function EnglishInvestmentPage({ searchParams }: PageProps<"/en/investment">) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const t = await getTranslations("Investment");
  const [{ projects, parks, incentives }, search] = await Promise.all([listInvestmentEn(), query.trim() ? searchInvestmentEn({ query }) : null]);
  return (
    <div className="rounded-md border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-end justify-between gap-2 border-b-2 border-brand-600 pb-2">
        <h1 className="text-2xl font-bold text-brand-700">{t("title")}</h1>
        <LanguageSwitch to="zh-CN" href="/investment" />
      </div>
      <form method="get" action="/en/investment" role="search" className="mt-4 flex flex-wrap items-end gap-2 rounded bg-slate-50 p-3">
        <label className="block w-full sm:w-auto sm:flex-1">
          <span className="text-sm font-semibold">{t("searchLabel")}</span>
          <input name="q" type="search" defaultValue={query} placeholder={t("searchPlaceholder")} className="mt-1 block w-full rounded border-2 border-slate-500 bg-white px-3 py-2" />
        </label>
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
          {t("searchButton")}
        </button>
      </form>
      {search && (
        <section aria-labelledby="results-title" className="mt-4" data-testid="search-results">
          <h2 id="results-title" className="text-lg font-bold" role="status">
            {t("searchResults", { count: search.cards.length, query: search.query })}
          </h2>
          <Cards cards={search.cards} empty="" />
          <p className="mt-2">
            <Link href="/en/investment" className="text-brand-600 underline">
              {t("clearSearch")}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="projects-title" className="mt-6">
        <h2 id="projects-title" className="text-lg font-bold">
          {t("projects")}
        </h2>
        <Cards cards={projects} empty={t("noProjects")} />
      </section>
      <section aria-labelledby="parks-title" className="mt-6">
        <h2 id="parks-title" className="text-lg font-bold">
          {t("parks")}
        </h2>
        <Cards cards={parks} empty={t("noParks")} />
      </section>
      <section aria-labelledby="incentives-title" className="mt-6">
        <h2 id="incentives-title" className="text-lg font-bold">
          {t("incentives")}
        </h2>
        <Cards cards={incentives} empty={t("noIncentives")} />
      </section>
    </div>
  );
}
