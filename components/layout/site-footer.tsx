import Link from "next/link";
import type { SiteConfig } from "@/lib/site";

// The footer every government site carries (国务院办公厅《政府网站发展指引》): organiser, contact,
// the site identifier (网站标识码), the ICP and public-security filing numbers. All from settings.
export function SiteFooter({ site }: { site: SiteConfig }) {
  const psbDigits = site.psbRecord.replace(/\D/g, "");
  return (
    <footer className="mt-12 border-t-4 border-accent-600 bg-brand-800 text-sm text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-white">{site.name}</p>
          <p>主办：{site.organizer}</p>
          <p>
            政务服务便民热线：<a href={`tel:${site.hotline}`} className="font-semibold text-white underline">{site.hotline}</a>
          </p>
          <p>本站为演示站点，县名、电话和文件均为虚构。</p>
        </div>
        <div>
          <p className="font-semibold text-white">便民服务</p>
          <ul>
            <li>
              <Link href="/complaints/new" className="underline">网上投诉</Link>
            </li>
            <li>
              <Link href="/complaints/track" className="underline">进度查询</Link>
            </li>
            <li>
              <Link href="/warnings/subscribe" className="underline">预警短信订阅</Link>
            </li>
            <li>
              <Link href="/trace" className="underline">农产品溯源查询</Link>
            </li>
            <li>
              <Link href="/verify" className="underline">电子公文核验</Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-white">关于本站</p>
          <ul>
            <li>
              <Link href="/contact" className="underline">联系我们</Link>
            </li>
            <li>
              <Link href="/privacy" className="underline">隐私声明</Link>
            </li>
            <li>
              <Link href="/officer" className="underline">工作人员登录</Link>
            </li>
          </ul>
        </div>
      </div>
      <div className="border-t border-white/20">
        <p className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-4">
          <span>网站标识码：{site.idCode}</span>
          <a href="https://beian.miit.gov.cn/" className="underline" rel="noopener">
            {site.icp}
          </a>
          <a href={`https://beian.mps.gov.cn/#/query/webSearch?code=${psbDigits}`} className="underline" rel="noopener">
            {site.psbRecord}
          </a>
        </p>
      </div>
    </footer>
  );
}
