// GET /contact: 联系我们, from the site settings (lib/env.ts SITE_*), never hard-coded.
import type { Metadata } from "next";
import Link from "next/link";
import { publicPageMetadata } from "@/lib/page-metadata";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ path: "/contact", title: "联系我们", description: "网站主办单位的地址、电话和政务服务便民热线。" });
}

export default function ContactPage() {
  const site = siteConfig();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">联系我们</h1>
      <dl className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        <div className="p-4">
          <dt className="text-slate-700">主办单位</dt>
          <dd className="text-lg font-semibold">{site.organizer}</dd>
        </div>
        <div className="p-4">
          <dt className="text-slate-700">地址</dt>
          <dd className="text-lg">{site.contactAddress}</dd>
        </div>
        <div className="p-4">
          <dt className="text-slate-700">网站联系电话</dt>
          <dd className="text-lg">
            <a href={`tel:${site.contactPhone.replace(/[^\d+]/g, "")}`} className="text-brand-600 underline">
              {site.contactPhone}
            </a>
            <span className="block text-base text-slate-700">工作日 8:30—12:00，14:30—17:30</span>
          </dd>
        </div>
        {site.contactEmail && (
          <div className="p-4">
            <dt className="text-slate-700">电子邮箱</dt>
            <dd className="text-lg">
              <a href={`mailto:${site.contactEmail}`} className="text-brand-600 underline">
                {site.contactEmail}
              </a>
            </dd>
          </div>
        )}
        <div className="p-4">
          <dt className="text-slate-700">政务服务便民热线</dt>
          <dd className="text-lg">
            <a href={`tel:${site.hotline}`} className="text-2xl font-bold text-brand-600 underline">
              {site.hotline}
            </a>
            <span className="block text-base text-slate-700">7×24小时受理咨询、求助、投诉和建议</span>
          </dd>
        </div>
      </dl>
      <p className="text-lg">
        反映具体问题，请用
        <Link href="/complaints/new" className="text-brand-600 underline">网上投诉</Link>
        ，有受理编号、办理期限和答复，可以随时
        <Link href="/complaints/track" className="text-brand-600 underline">查询进度</Link>
        。
      </p>
    </div>
  );
}
