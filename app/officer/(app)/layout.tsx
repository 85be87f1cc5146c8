import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/officer/sign-out-button";
import { officerNavFor } from "@/lib/auth/officer-nav";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { siteConfig } from "@/lib/site";
import { requestTodoCounts } from "@/lib/todo/request-todo-counts";
import { OFFICE_APP } from "@/lib/office-app";

// The office as an app on the phone's home screen: its own manifest (start_url /officer).
export const metadata: Metadata = {
  robots: { index: false },
  manifest: OFFICE_APP.manifestPath,
  appleWebApp: { capable: true, title: OFFICE_APP.shortName, statusBarStyle: "default" },
  // Replaces the root layout's icons as a whole: the favicon is named again.
  icons: { icon: [{ url: "/favicon.ico", sizes: "16x16 32x32" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/office-icons/apple-touch-icon.png" },
};
export const viewport: Viewport = { themeColor: OFFICE_APP.themeColor };

export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const nav = officerNavFor(actor.role, actor.duties);
  const todo = (await requestTodoCounts(actor)).todo;
  return (
    <div className="min-h-screen bg-slate-100">
      <header className="bg-brand-800 text-white">
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/officer" className="font-bold">
            {siteConfig().name} · 政务工作平台
          </Link>
          {/* Phones: the 待办 count stays in sight while the menu is folded. */}
          <Link href="/officer" className="rounded bg-white/10 px-3 py-1 text-sm font-semibold md:hidden">
            待办 <span className={`ml-1 rounded-full px-2 ${todo > 0 ? "bg-accent-600" : "bg-white/20"}`}>{todo}</span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {actor.name}（{ROLE_LABELS[actor.role]}）
            </span>
            <Link href="/officer/password" className="underline">
              修改密码
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="md:flex">
        {/* Phones: the menu folds behind a button that says how many items it holds; from md up
            it is the sidebar (the summary is hidden and the content always shows: .fold-on-phone). */}
        <details className="fold-on-phone bg-white shadow-sm md:min-h-[calc(100vh-3.5rem)] md:w-52 md:shrink-0">
          <summary className="flex cursor-pointer items-center justify-between px-4 py-3 font-semibold text-brand-700 md:hidden">
            <span>☰ 功能菜单（{nav.length}项）</span>
            <span aria-hidden className="text-sm text-slate-500">点开查看全部</span>
          </summary>
          <nav aria-label="工作平台导航">
            <ul className="grid grid-cols-2 gap-1 p-2 md:flex md:flex-col">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="flex items-center justify-between gap-2 whitespace-nowrap rounded px-3 py-2 font-medium text-brand-700 hover:bg-brand-50">
                    {item.label}
                    {item.badge === "todo" && (
                      <span className={`rounded-full px-2 text-sm font-semibold ${todo > 0 ? "bg-accent-600 text-white" : "bg-slate-100 text-slate-600"}`} aria-label={`待办${todo}项`}>
                        {todo}
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </details>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 focus:outline-none md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
