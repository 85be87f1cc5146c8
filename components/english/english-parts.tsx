// Pieces of the English investment pages: the card of a project, park or incentive, the note of a
// missing translation, the key facts (entered in Chinese, so marked lang="zh-CN").
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { EnglishInvestmentCard, EnglishText } from "@/lib/content/english-investment";

/** A text in English, or its Chinese original marked as such (and lang="zh-CN"). */
export function EnglishOrOriginal({ value, as: Tag = "span", className }: { value: EnglishText; as?: "span" | "p" | "h1" | "h2"; className?: string }) {
  return (
    <Tag className={className} lang={value.isTranslated ? undefined : "zh-CN"}>
      {value.text}
    </Tag>
  );
}

export async function UntranslatedBadge() {
  const t = await getTranslations("Translation");
  return <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("titleMissing")}</span>;
}

export async function MissingTranslationNote({ children }: { children?: React.ReactNode }) {
  const t = await getTranslations("Translation");
  return (
    <p className="my-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3" role="note" data-testid="translation-missing">
      {children ?? t("missingNotice")}
    </p>
  );
}

const fieldText = (fields: Record<string, unknown>, key: string) => {
  const v = fields[key];
  return Array.isArray(v) ? v.join("、") : v ? String(v) : "";
};

/** The structured facts of an item, labelled in English; the values are the Chinese ones entered. */
export async function KeyFacts({ type, fields }: { type: string; fields: Record<string, unknown> }) {
  const t = await getTranslations("Investment");
  const keys: [string, string][] =
    type === "INVESTMENT_PROJECT"
      ? [["industry", "industry"], ["location", "location"], ["amount", "amount"], ["mode", "mode"], ["projectStatus", "status"], ["contact", "contact"]]
      : type === "PARK"
        ? [["area", "area"], ["industries", "industries"], ["facilities", "facilities"]]
        : [["beneficiaries", "beneficiaries"]];
  const rows = keys.map(([key, label]) => [t(label as "industry"), fieldText(fields, key)] as const).filter(([, v]) => v);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="facts-title" className="my-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="facts-title" className="font-bold">
        {t("details")}
      </h2>
      <p className="text-sm text-slate-600">{t("detailsInChinese")}</p>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold text-slate-600">{k}</dt>
            <dd lang="zh-CN">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export async function InvestmentCard({ card }: { card: EnglishInvestmentCard }) {
  const t = await getTranslations("Investment");
  const kind = card.type === "INVESTMENT_PROJECT" ? t("kindProject") : card.type === "PARK" ? t("kindPark") : t("kindIncentive");
  return (
    <li className="rounded border border-slate-200 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{kind}</p>
      <Link href={`/en/investment/${card.slug}`} className="text-[1.05rem] font-semibold text-brand-700 hover:underline">
        <EnglishOrOriginal value={card.title} />
      </Link>
      {!card.title.isTranslated && <UntranslatedBadge />}
      {card.summary && <EnglishOrOriginal value={card.summary} as="p" className="mt-1 text-sm text-slate-700" />}
    </li>
  );
}
