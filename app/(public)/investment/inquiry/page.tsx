// GET /investment/inquiry[?project=slug]: the investor's inquiry form. The project or park of
// interest is preselected from ?project= and shown by its title. Works without JavaScript.
import Link from "next/link";
import { InquiryForm } from "@/components/investment/inquiry-form";
import { ZH_INQUIRY_TEXT } from "@/components/investment/inquiry-text";
import { newDraftId } from "@/lib/complaints/complaint-drafts";
import { CONTENT_TYPE_LABELS } from "@/lib/content/public-content";
import { getInquiryDeadlineText, listInquiryProjects } from "@/lib/investment/file-investment-inquiry";
import { siteConfig } from "@/lib/site";
import { languageAlternates } from "@/lib/i18n/locales";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { sendInquiryAction } from "./actions";

// The form renders the <title>, so a failed post rendered without JavaScript is titled "错误：...".
export const metadata = { title: null, alternates: { canonical: "/investment/inquiry", languages: languageAlternates("/investment/inquiry") } };

export default async function InquiryPage({ searchParams }: PageProps<"/investment/inquiry">) {
  const { project } = await searchParams;
  const [projects, deadlineText] = await Promise.all([listInquiryProjects(), getInquiryDeadlineText()]);
  const chosen = typeof project === "string" ? projects.find((p) => p.slug === project) : undefined;
  return (
    <div className="mx-auto max-w-2xl">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-slate-600">
          <Link href="/investment" className="text-brand-600 underline">
            招商引资
          </Link>
        </p>
        <LanguageSwitch to="en" href={`/en/investment/inquiry${chosen ? `?project=${encodeURIComponent(chosen.slug)}` : ""}`} />
      </div>
      <h1 className="mt-1 text-3xl font-bold">投资咨询</h1>
      <p className="mt-2 text-lg">对项目、园区或优惠政策有疑问，请留言。县投资促进中心专人办理，{deadlineText}内答复，办理全程受县政府督查室督办。</p>
      {chosen && (
        <p className="mt-3 rounded border-l-4 border-brand-600 bg-brand-50 p-3" data-testid="chosen-project">
          咨询的{CONTENT_TYPE_LABELS[chosen.type]}：<strong>{chosen.title}</strong>
        </p>
      )}
      <div className="mt-6">
        <InquiryForm
          action={sendInquiryAction}
          inquiryId={newDraftId()}
          projects={projects.map((p) => ({ slug: p.slug, label: `${p.title}（${CONTENT_TYPE_LABELS[p.type]}）` }))}
          initialProject={chosen?.slug}
          title={`投资咨询 - ${siteConfig().name}`}
          text={ZH_INQUIRY_TEXT(deadlineText)}
        />
      </div>
    </div>
  );
}
