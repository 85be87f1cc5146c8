// GET /en/investment/inquiry[?project=slug]: the investor's inquiry form in English. Works without
// JavaScript (a plain form post; a failed post renders the page again with the answers kept).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inquiryDeadlineEn } from "@/components/english/english-deadline";
import { InquiryForm } from "@/components/investment/inquiry-form";
import type { InquiryFormText } from "@/components/investment/inquiry-text";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { newDraftId } from "@/lib/complaints/complaint-drafts";
import { listInquiryProjectsEn } from "@/lib/content/english-investment";
import { languageAlternates } from "@/lib/i18n/locales";
import { siteConfig } from "@/lib/site";
import { sendEnglishInquiryAction } from "./actions";

// The form renders the <title>, so a failed post rendered without JavaScript is titled "Error: ...".
export const metadata = { title: null, alternates: { canonical: "/en/investment/inquiry", languages: languageAlternates("/investment/inquiry") } };

export default async function EnglishInquiryPage({ searchParams }: PageProps<"/en/investment/inquiry">) {
  const { project } = await searchParams;
  const [t, ti, projects, deadline] = await Promise.all([getTranslations("Investment"), getTranslations("Inquiry"), listInquiryProjectsEn(), inquiryDeadlineEn()]);
  const chosen = typeof project === "string" ? projects.find((p) => p.slug === project) : undefined;
  const kind = (type: string) => (type === "PARK" ? t("kindPark") : t("kindProject"));
  const text: InquiryFormText = {
    contactName: ti("contactName"),
    organisation: ti("organisation"),
    phone: ti("phone"),
    phoneHint: ti("phoneHint"),
    email: ti("email"),
    optional: ti("optional"),
    project: ti("project"),
    projectAny: ti("projectAny"),
    question: ti("question"),
    questionHint: ti("questionHint"),
    consent: ti("consent"),
    consentHint: ti("consentHint"),
    submit: ti("submit"),
    after: ti("after", { deadline }),
    form: { heading: ti("errorSummary"), errorPrefix: ti("errorPrefix") },
    privacy: ti("privacy"),
  };
  return (
    <div className="mx-auto max-w-2xl">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-600">
          <Link href="/en/investment" className="text-brand-600 underline">
            {t("title")}
          </Link>
        </p>
        <LanguageSwitch to="zh-CN" href={`/investment/inquiry${chosen ? `?project=${encodeURIComponent(chosen.slug)}` : ""}`} />
      </div>
      <h1 className="mt-1 text-3xl font-bold">{ti("title")}</h1>
      <p className="mt-2 text-lg">{ti("intro", { deadline })}</p>
      {chosen && (
        <p className="mt-3 rounded border-l-4 border-brand-600 bg-brand-50 p-3" data-testid="chosen-project">
          {ti("chosen", { title: "" })}
          <strong lang={chosen.title.isTranslated ? undefined : "zh-CN"}>{chosen.title.text}</strong>
        </p>
      )}
      <div className="mt-6">
        <InquiryForm
          action={sendEnglishInquiryAction}
          inquiryId={newDraftId()}
          projects={projects.map((p) => ({ slug: p.slug, label: `${p.title.text} (${kind(p.type)})` }))}
          initialProject={chosen?.slug}
          title={`${ti("pageTitle")} - ${siteConfig().nameEn}`}
          text={text}
        />
      </div>
    </div>
  );
}
