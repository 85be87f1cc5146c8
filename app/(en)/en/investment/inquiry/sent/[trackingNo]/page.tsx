// GET /en/investment/inquiry/sent/{trackingNo}: the English confirmation. Like the Chinese one, the
// browser that sent the inquiry holds the number and access code in an http-only cookie (a day),
// checked like any tracking lookup, so a reload or a bookmark still shows them.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { receiptFromCookie } from "../../../../../../(public)/complaints/client-key";

export async function generateMetadata() {
  const t = await getTranslations("Sent");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function EnglishInquirySentPage({ params }: PageProps<"/en/investment/inquiry/sent/[trackingNo]">) {
  const trackingNo = (await params).trackingNo.toUpperCase();
  const [t, format, receipt] = await Promise.all([getTranslations("Sent"), getFormatter(), receiptFromCookie(trackingNo)]);
  return (
    <div className="mx-auto max-w-2xl">
      <div className="rounded bg-green-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-lg">{t("reference")}</p>
        <p className="mt-1 break-all font-mono text-3xl font-bold tracking-wide sm:text-4xl" data-testid="tracking-no">
          {trackingNo}
        </p>
        {receipt ? (
          <>
            <p className="mt-4 text-lg">{t("accessCode")}</p>
            <p className="mt-1 font-mono text-4xl font-bold tracking-[0.3em]" data-testid="access-code">
              {receipt.accessCode}
            </p>
          </>
        ) : (
          <p className="mt-4 text-lg">{t("expired", { trackingNo })}</p>
        )}
      </div>
      {receipt && (
        <section aria-labelledby="next-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="next-title" className="text-2xl font-bold">
            {t("next")}
          </h2>
          <p className="mt-3 text-lg" data-testid="deadline">
            {t("nextText", { deadlineAt: format.dateTime(receipt.deadlineAt, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}
          </p>
        </section>
      )}
      <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-lg">{t("keep")}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href={`/complaints/track?no=${trackingNo}`} hrefLang="zh-CN" className="min-h-12 rounded bg-brand-600 px-6 py-3 text-center text-lg font-bold text-white hover:bg-brand-700">
          {t("follow")}
        </Link>
        <Link href="/en/investment" className="min-h-12 rounded border-2 border-slate-500 bg-white px-6 py-3 text-center text-lg font-bold hover:bg-slate-100">
          {t("back")}
        </Link>
      </div>
    </div>
  );
}
