// GET /complaints/followed?no=...&sms=1: after "这也是我反映的问题".
import Link from "next/link";
import { TRACKING_NO_PATTERN } from "@/lib/complaints/complaint.schema";

export const metadata = { title: "已关注", robots: { index: false, follow: false } };

export default async function FollowedPage({ searchParams }: PageProps<"/complaints/followed">) {
  const { no, sms } = await searchParams;
  const trackingNo = typeof no === "string" && TRACKING_NO_PATTERN.test(no) ? no : null;
  return (
    <div className="mx-auto max-w-2xl">
      <div className="rounded bg-green-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">已关注</h1>
        <p className="mt-2 text-lg">您没有重复投诉，已加入关注同一问题的群众。</p>
        {trackingNo && (
          <>
            <p className="mt-4 text-lg">该问题的受理编号</p>
            <p className="mt-1 break-all font-mono text-3xl font-bold sm:text-4xl">{trackingNo}</p>
          </>
        )}
      </div>
      <p className="mt-6 text-lg">
        {sms === "1" ? "办结后，我们会发短信通知您留下的手机号码。" : "您没有留手机号码，不会收到短信。办结并经审核公开后，可在“办理结果”中查看。"}
      </p>
      <p className="mt-2 text-lg">关注的人数会计入该问题的督办情况，帮助它得到更快的处理。</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link href="/complaints/published" className="min-h-12 rounded bg-brand-600 px-6 py-3 text-center text-lg font-bold text-white">查看办理结果</Link>
        <Link href="/complaints/new" className="min-h-12 rounded border-2 border-slate-500 bg-white px-6 py-3 text-center text-lg font-bold">反映其他问题</Link>
      </div>
    </div>
  );
}
