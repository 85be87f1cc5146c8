import Link from "next/link";
import { setDisplaySize } from "@/app/actions/display";

export const PUBLIC_NAV = [
  { href: "/", label: "首页" },
  { href: "/complaints/new", label: "我要投诉" },
  { href: "/complaints/published", label: "办理结果" },
  { href: "/policies", label: "政策文件" },
  { href: "/guides", label: "办事指南" },
  { href: "/investment", label: "招商引资" },
  { href: "/trace", label: "农产品溯源" },
  { href: "/search", label: "搜索" },
] as const;

export function SiteHeader({ siteName, isLarge }: { siteName: string; isLarge: boolean }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="border-b-4 border-accent-600">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href="/" className="flex items-center gap-3 no-underline">
            <span aria-hidden className="flex h-11 w-11 items-center justify-center rounded-full bg-accent-600 text-xl font-bold">
              政
            </span>
            <span>
              <span className="block text-xl font-bold leading-tight tracking-wide sm:text-2xl">{siteName}</span>
              <span className="block text-xs text-brand-100 sm:text-sm">政务服务门户 · 为民办事 限时督办</span>
            </span>
          </Link>
          {/* On a phone the search box takes its own full-width row under the site name. */}
          <form action="/search" method="get" role="search" className="order-last flex w-full sm:order-none sm:ml-auto sm:w-auto">
            <label htmlFor="header-search" className="sr-only">
              搜索政策、指南、项目
            </label>
            <input
              id="header-search"
              name="q"
              type="search"
              placeholder="搜索政策、指南、项目"
              className="min-w-0 flex-1 rounded-l border-0 bg-white px-3 py-2 text-slate-900 sm:w-56 sm:flex-none"
            />
            <button type="submit" className="shrink-0 rounded-r bg-accent-600 px-4 py-2 font-semibold hover:bg-accent-700">
              搜索
            </button>
          </form>
          <div className="flex items-center gap-2">
            <form action={setDisplaySize}>
              <input type="hidden" name="size" value={isLarge ? "normal" : "large"} />
              <button
                type="submit"
                className="rounded border border-white/60 px-3 py-2 text-sm font-semibold hover:bg-white/10"
                aria-pressed={isLarge}
              >
                {isLarge ? "标准字号" : "大字模式"}
              </button>
            </form>
          </div>
        </div>
      </div>
      <nav aria-label="主导航" className="bg-brand-800">
        <ul className="mx-auto grid max-w-6xl grid-cols-4 px-2 sm:flex sm:flex-wrap sm:px-4">
          {PUBLIC_NAV.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block px-2 py-3 text-center text-[0.95rem] font-medium hover:bg-brand-600 sm:px-4"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
