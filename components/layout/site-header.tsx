import Link from "next/link";
import { setDisplaySize } from "@/app/actions/display";

export const PUBLIC_NAV = [
  { href: "/", label: "首页" },
  { href: "/complaints/new", label: "我要投诉" },
  { href: "/complaints/track", label: "进度查询" },
  { href: "/complaints/published", label: "办理结果" },
  { href: "/opinions", label: "民意征集" },
  { href: "/warnings", label: "预警" },
  { href: "/policies", label: "政策文件" },
  { href: "/guides", label: "办事指南" },
  { href: "/investment", label: "招商引资" },
  { href: "/trace", label: "农产品溯源" },
  { href: "/search", label: "搜索" },
] as const;

// On a phone the header is three short rows (name and text size, search, one scrolling row of
// navigation), so large text (适老化) never breaks a label mid-word and the content starts high.
export function SiteHeader({ siteName, isLarge }: { siteName: string; isLarge: boolean }) {
  return (
    <header className="bg-brand-700 text-white">
      <div className="border-b-4 border-accent-600">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 sm:py-4">
          <Link href="/" className="flex min-w-0 items-center gap-3 no-underline">
            <span aria-hidden className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-accent-600 text-xl font-bold sm:h-11 sm:w-11">
              政
            </span>
            <span className="min-w-0">
              <span className="block text-xl font-bold leading-tight tracking-wide large:max-sm:text-lg large:max-sm:tracking-normal sm:text-2xl">{siteName}</span>
              <span className="hidden text-sm text-brand-100 sm:block">政务服务门户 · 为民办事 限时督办</span>
            </span>
          </Link>
          <form action={setDisplaySize} className="sm:order-last">
            <input type="hidden" name="size" value={isLarge ? "normal" : "large"} />
            <button
              type="submit"
              className="whitespace-nowrap rounded border border-white/70 px-3 py-2 text-sm font-semibold hover:bg-white/10 large:max-sm:px-2"
              aria-pressed={isLarge}
            >
              {isLarge ? "标准字号" : "大字模式"}
            </button>
          </form>
          <form action="/search" method="get" role="search" className="flex w-full sm:ml-auto sm:w-auto">
            <label htmlFor="header-search" className="sr-only">
              搜索政策、指南、项目
            </label>
            <input
              id="header-search"
              name="q"
              type="search"
              placeholder="搜索政策、指南、项目"
              className="min-w-0 flex-1 rounded-l border-0 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-600 sm:w-56 sm:flex-none"
            />
            <button type="submit" className="shrink-0 whitespace-nowrap rounded-r bg-accent-600 px-4 py-2 font-semibold hover:bg-accent-700">
              搜索
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="主导航" className="bg-brand-800">
        {/* The fading right edge on a phone says the row scrolls on. */}
        <ul className="mx-auto flex max-w-6xl overflow-x-auto px-2 [scrollbar-width:none] max-sm:pr-12 max-sm:[mask-image:linear-gradient(to_right,#000_88%,transparent)] sm:flex-wrap sm:overflow-visible sm:px-4">
          {PUBLIC_NAV.map((item) => (
            <li key={item.href} className="shrink-0">
              <Link href={item.href} className="block whitespace-nowrap px-3 py-3 text-center text-[0.95rem] font-medium hover:bg-brand-600 sm:px-4">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
