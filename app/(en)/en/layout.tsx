// The English pages for investors (/en/…). The root layout sets <html lang="en"> here (proxy.ts
// reads the language from the path); next-intl's English catalog (messages/en.json) holds the words.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EnglishFooter, EnglishHeader } from "@/components/english/english-chrome";
import { siteConfig } from "@/lib/site";
import { FocusOnLoad } from "@/components/layout/focus-on-load";

export async function generateMetadata(): Promise<Metadata> {
  const site = siteConfig();
  const t = await getTranslations("Home");
  return {
    title: { default: `${t("title")} - ${site.nameEn}`, template: `%s - ${site.nameEn}` },
    description: t("intro"),
    openGraph: { siteName: site.nameEn, locale: "en_US" },
  };
}

export default async function EnglishLayout({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  return (
    <>
      <EnglishHeader site={site} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <EnglishFooter site={site} />
      <FocusOnLoad />
    </>
  );
}
