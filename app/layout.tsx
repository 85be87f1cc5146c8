import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { DISPLAY_COOKIE, siteConfig } from "@/lib/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const site = siteConfig();
  return {
    title: { default: site.name, template: `%s - ${site.name}` },
    description: `${site.name}门户网站：网上投诉与限时督办、政策文件、办事指南、招商引资、农产品质量追溯。`,
    metadataBase: new URL(site.url),
    // Files in public/; the manifest is app/manifest.ts.
    icons: { icon: [{ url: "/favicon.ico", sizes: "16x16 32x32" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#163f76" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const isLarge = (await cookies()).get(DISPLAY_COOKIE)?.value === "large";
  // zh-CN, or en under /en (the language proxy.ts read from the path).
  const locale = await getLocale();
  const isEnglish = locale === "en";
  return (
    <html lang={locale} className={isLarge ? "text-large" : undefined}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-yellow-300 focus:px-4 focus:py-2 focus:text-black"
        >
          {isEnglish ? "Skip to main content" : "跳到主要内容"}
        </a>
        {children}
      </body>
    </html>
  );
}
