// GET /investment/inquiry/sent/[trackingNo]: the confirmation. The browser that sent the inquiry
// holds the tracking number and access code in an http-only cookie (a day), so a reload or a
// bookmark shows it all; the code is checked like any tracking lookup.
import Link from "next/link";
import { ReceiptBanner } from "@/components/complaints/receipt-banner";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { receiptFromCookie } from "../../../../complaints/client-key";

export const metadata = { title: "投资咨询已提交", robots: { index: false, follow: false } };

export default async function InquirySentPage({ params }: PageProps<"/investment/inquiry/sent/[trackingNo]">) {
  const trackingNo = (await params).trackingNo.toUpperCase();
  const receipt = await receiptFromCookie(trackingNo);
  return (
    <div className="mx-auto max-w-2xl">
      <ReceiptBanner title="投资咨询已提交" trackingNo={trackingNo} accessCode={receipt?.accessCode ?? null} withoutCode="查询码在提交时已显示；留了手机号码的，也已通过短信发送。" />
      {receipt && (
        <section aria-labelledby="next-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="next-title" className="text-2xl font-bold">
            接下来会怎样
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg">
            <li>
              您的咨询已交 <strong data-testid="department">{receipt.departmentName}</strong> 办理。
            </li>
            <li>
              最迟在 <strong data-testid="deadline">{formatDeadline(receipt.deadlineAt)}</strong> 前答复您。超过期限会被县政府督查室督办。
            </li>
            <li>{receipt.hasPhone ? "我们已向您的手机发送短信，内含受理编号和查询码；答复后也会短信告知。" : "您留下的是固定电话，不会收到短信；办理部门会打电话联系您，答复也可以在“进度查询”中查看。"}</li>
          </ol>
        </section>
      )}
      <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-lg">
        请保存<strong>受理编号和查询码</strong>，凭这两项在“进度查询”页面查看办理进度和答复。
      </p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href={`/complaints/track?no=${trackingNo}`} className="min-h-12 rounded bg-brand-600 px-6 py-3 text-center text-lg font-bold text-white hover:bg-brand-700">
          查询办理进度
        </Link>
        <Link href="/investment" className="min-h-12 rounded border-2 border-slate-500 bg-white px-6 py-3 text-center text-lg font-bold hover:bg-slate-100">
          返回招商引资
        </Link>
      </div>
    </div>
  );
}
