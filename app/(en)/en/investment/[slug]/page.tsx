// GET /en/investment/{slug}: a project, park or incentive in English. Where the editors have not
// entered the English text yet, the Chinese original is shown under a note saying so, never a
// blank page. hreflang alternates point at the Chinese page and back.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EnglishOrOriginal, InvestmentCard, KeyFacts, MissingTranslationNote, UntranslatedBadge } from "@/components/english/english-parts";
import { Markdown } from "@/components/content/markdown";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getInvestmentItemEn } from "@/lib/content/english-investment";
import { isAppError } from "@/lib/errors";
import { languageAlternates } from "@/lib/i18n/locales";

async function load(slug: string) {
  try {
    return await getInvestmentItemEn({ slug: decodeURIComponent(slug) });
  } catch (err) {
    if (isAppError(err, "NOT_FOUND")) return null;
    throw err;
  }
}

export async function generateMetadata({ params }: PageProps<"/en/investment/[slug]">): Promise<Metadata> {
  const item = await load((await params).slug);
  const t = await getTranslations("Investment");
  if (!item) return { title: t("notFoundTitle"), robots: { index: false, follow: false } };
  const path = `/investment/${item.slug}`;
  const description = item.summary?.text ?? t("description");
  return {
    title: item.title.text,
    description,
    alternates: { canonical: `/en${path}`, languages: languageAlternates(path) },
    openGraph: { title: item.title.text, description, url: `/en${path}`, locale: "en_US", type: "article", publishedTime: item.publishedAt?.toISOString(), modifiedTime: item.updatedAt.toISOString() },
  };
}

export default async function EnglishInvestmentItem({ params }: PageProps<"/en/investment/[slug]">) {
  const item = await load((await params).slug);
  const [t, tt] = await Promise.all([getTranslations("Investment"), getTranslations("Translation")]);
  if (!item) {
    return (
      <div className="rounded-md border border-slate-200 bg-white p-8">
        <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
        <p className="mt-3">{t("notFoundText")}</p>
        <p className="mt-3">
          <Link href="/en/investment" className="text-brand-600 underline">
            {t("backToList")}
          </Link>
        </p>
      </div>
    );
  }
  const untranslated = !item.title.isTranslated || (item.body !== null && !item.body.isTranslated);
  const canAsk = item.type === "INVESTMENT_PROJECT" || item.type === "PARK";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link href="/en" className="underline">
            {t("home")}
          </Link>{" "}
          ›{" "}
          <Link href="/en/investment" className="underline">
            {t("title")}
          </Link>
        </nav>
        <LanguageSwitch to="zh-CN" href={`/investment/${item.slug}`} />
      </div>
      <article className="rounded-md border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h1 className="text-2xl font-bold text-brand-700 sm:text-3xl">
          <EnglishOrOriginal value={item.title} />
        </h1>
        {!item.title.isTranslated && <UntranslatedBadge />}
        {untranslated && <MissingTranslationNote />}
        {item.summary && <EnglishOrOriginal value={item.summary} as="p" className="mt-3 text-lg text-slate-800" />}
        <KeyFacts type={item.type} fields={item.fields} />
        {item.body && (
          <div lang={item.body.isTranslated ? undefined : "zh-CN"}>
            {!item.body.isTranslated && item.title.isTranslated && <p className="mb-2 text-sm font-semibold text-amber-900">{tt("bodyMissing")}</p>}
            <Markdown text={item.body.text} />
          </div>
        )}
        {(item.issuingBody || item.docNumber) && (
          <dl className="mt-4 grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-[9rem_1fr]">
            {item.issuingBody && (
              <>
                <dt className="font-semibold text-slate-600">{t("issuingBody")}</dt>
                <dd lang="zh-CN">{item.issuingBody}</dd>
              </>
            )}
            {item.docNumber && (
              <>
                <dt className="font-semibold text-slate-600">{t("docNumber")}</dt>
                <dd lang="zh-CN">{item.docNumber}</dd>
              </>
            )}
          </dl>
        )}
        {canAsk && (
          <p className="mt-6">
            <Link href={`/en/investment/inquiry?project=${encodeURIComponent(item.slug)}`} className="inline-block rounded bg-brand-600 px-5 py-3 font-bold text-white hover:bg-brand-700">
              {t("ask")}
            </Link>
          </p>
        )}
      </article>
      {item.related.length > 0 && (
        <section aria-labelledby="related-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="related-title" className="text-lg font-bold">
            {t("related")}
          </h2>
          <ul className="mt-2 grid gap-3 md:grid-cols-2">
            {item.related.map((c) => (
              <InvestmentCard key={c.id} card={c} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
