// GET /complaints/track (?no= prefills the tracking number): the lookup form. The lookup itself
// is a POST to a server action, so the access code stays out of URLs and history.
import { TrackForm } from "@/components/complaints/track-form";
import { siteConfig } from "@/lib/site";
import { trackComplaintAction } from "../actions";

// The form renders the <title> itself, so an error rendered without JavaScript can prefix it.
export const metadata = { title: null, robots: { index: false } };

export default async function TrackPage({ searchParams }: PageProps<"/complaints/track">) {
  const { no } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">查询办理进度</h1>
      <p className="mt-2 text-lg">输入回执或短信中的受理编号和查询码，查看办理部门、期限、过程和答复；办结后可以评价。</p>
      <div className="mt-6">
        <TrackForm action={trackComplaintAction} initialTrackingNo={typeof no === "string" ? no.slice(0, 20) : undefined} title={`查询办理进度 - ${siteConfig().name}`} />
      </div>
      <p className="mt-6 text-slate-700">忘记查询码？请拨打{siteConfig().hotline}政务服务便民热线，核实身份后查询。</p>
    </div>
  );
}
