// GET /opinions/sent/{trackingNo}: the receipt. The browser that sent it holds the number and
// access code in an http-only cookie (a day), checked like any lookup; others see the number only.
import Link from "next/link";
import { cookies } from "next/headers";
import { ReceiptBanner } from "@/components/complaints/receipt-banner";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { trackOpinion } from "@/lib/opinions/track-opinion";
import { OPINION_KIND_LABELS } from "@/lib/opinions/opinion.schema";
import { opinionReceiptCookie } from "../../actions";
import { clientKey } from "../../../complaints/client-key";

export const metadata = { title: "已提交", robots: { index: false, follow: false } };

export default async function OpinionSentPage({ params }: PageProps<"/opinions/sent/[trackingNo]">) {
  const trackingNo = (await params).trackingNo.toUpperCase();
  const [no, accessCode] = (await cookies()).get(await opinionReceiptCookie(trackingNo))?.value.split(":") ?? [];
  const view = no === trackingNo && accessCode ? await trackOpinion({ input: { trackingNo, accessCode }, clientKey: await clientKey() }).catch(() => null) : null;
  const noun = view ? OPINION_KIND_LABELS[view.kind] : "建议或来信";
  return (
    <div className="mx-auto max-w-2xl">
      <ReceiptBanner title={`${noun}已提交`} trackingNo={trackingNo} accessCode={view ? accessCode : null} withoutCode="查询码在提交时已显示，也已通过短信发送。" />
      {view && (
        <section aria-labelledby="next-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="next-title" className="text-2xl font-bold">
            接下来会怎样
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg">
            <li>
              由 <strong>{view.department.name}</strong> 办理。
            </li>
            <li>
              最迟在 <strong data-testid="deadline">{formatDeadline(view.dueAt)}</strong> 前答复您，超过期限会被县政府督查室督办。
            </li>
            <li>答复后会短信告知您；同意公开的，审核后在“民意征集”栏目公开。</li>
          </ol>
        </section>
      )}
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href="/opinions/track" className="min-h-12 rounded bg-brand-600 px-6 py-3 text-center text-lg font-bold text-white hover:bg-brand-700">
          查询答复
        </Link>
        <Link href="/opinions" className="min-h-12 rounded border-2 border-slate-500 bg-white px-6 py-3 text-center text-lg font-bold hover:bg-slate-100">
          返回民意征集
        </Link>
      </div>
    </div>
  );
}
