import Link from "next/link";

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-12 border-t-4 border-accent-600 bg-brand-800 text-sm text-brand-100">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-white">{siteName}</p>
          <p>主办：{siteName}办公室</p>
          <p>本站为演示站点，县名、电话和文件均为虚构。</p>
        </div>
        <div>
          <p className="font-semibold text-white">便民服务</p>
          <ul>
            <li>
              <Link href="/complaints/new" className="underline">网上投诉</Link>
            </li>
            <li>
              <Link href="/guides" className="underline">办事指南</Link>
            </li>
            <li>
              <Link href="/trace" className="underline">农产品溯源查询</Link>
            </li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-white">工作人员</p>
          <Link href="/officer" className="underline">工作人员登录</Link>
        </div>
      </div>
    </footer>
  );
}
