import { cookies } from "next/headers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { FocusOnLoad } from "@/components/layout/focus-on-load";
import { DISPLAY_COOKIE, siteConfig } from "@/lib/site";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  const isLarge = (await cookies()).get(DISPLAY_COOKIE)?.value === "large";
  return (
    <>
      <SiteHeader siteName={site.name} isLarge={isLarge} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter site={site} />
      <FocusOnLoad />
    </>
  );
}
