// GET /complaints/filed/[trackingNo]: the confirmation. The filing browser holds the tracking
// number and access code in an http-only cookie (a day), so a reload or bookmark shows it all;
// elsewhere the page says where the code was given.
import Link from "next/link";
import { ReceiptBanner } from "@/components/complaints/receipt-banner";
import { formatDeadline } from "@/lib/complaints/complaint-format";
import { TRACKING_NO_PATTERN } from "@/lib/complaints/complaint.schema";
import { receiptFromCookie } from "../../client-key";

export const metadata = { title: "投诉已提交", robots: { index: false, follow: false } };

export default async function FiledPage({ params }: PageProps<"/complaints/filed/[trackingNo]">) {
  const trackingNo = (await params).trackingNo.toUpperCase();
  const isTrackingNo = TRACKING_NO_PATTERN.test(trackingNo);
  const receipt = await receiptFromCookie(trackingNo);
  return (
    <div className="mx-auto max-w-2xl">
      <ReceiptBanner title="投诉已提交" trackingNo={trackingNo} accessCode={receipt?.accessCode ?? null} withoutCode={`查询码在提交时已显示${isTrackingNo ? "，留了手机号码的也已通过短信发送" : ""}。`} />

      <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-lg">
        请抄下或截图保存<strong>受理编号和查询码</strong>，凭这两项查询进度和评价办理结果。查询码只有您知道，工作人员不会向您索要。
      </p>

      {receipt && (
        <section aria-labelledby="next-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="next-title" className="text-2xl font-bold">接下来会怎样</h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg">
            <li>
              您反映的“{receipt.categoryName}”问题已交 <strong data-testid="department">{receipt.departmentName}</strong> 办理，受理后会安排专人处理。
            </li>
            <li>
              最迟在 <strong data-testid="deadline">{formatDeadline(receipt.deadlineAt)}</strong> 前办结或答复您。超过期限会被县政府督查室督办。
            </li>
            <li>办结后，您可以评价问题是否解决、是否满意；7日内评价“未解决”的，会退回重新办理。</li>
          </ol>
          <p className="mt-4 text-lg">
            {!receipt.hasPhone
              ? "您选择了匿名反映，不会收到短信，请自行记下受理编号和查询码。"
              : receipt.receiptSmsQueued
                ? "我们已向您留下的手机号码发送短信，内含受理编号和查询码；办理有进展时也会短信告知。"
                : "您的手机号码今天收到的短信已达上限，本次未发送回执短信，请务必记下受理编号和查询码。"}
          </p>
        </section>
      )}

      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href={`/complaints/track?no=${trackingNo}`} className="min-h-12 rounded bg-brand-600 px-6 py-3 text-center text-lg font-bold text-white hover:bg-brand-700">
          查询办理进度
        </Link>
        <Link href="/" className="min-h-12 rounded border-2 border-slate-500 bg-white px-6 py-3 text-center text-lg font-bold hover:bg-slate-100">
          返回首页
        </Link>
      </div>
    </div>
  );
}
