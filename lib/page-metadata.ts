// Canonical URL and Open Graph tags for a public page (relative paths resolve against SITE_URL,
// the root layout's metadataBase). Pages with their own title handling pass title: null.
import type { Metadata } from "next";
import { siteConfig } from "./site";

export function publicPageMetadata({ path, title, description, type = "website" }: { path: string; title: string | null; description?: string; type?: "website" | "article" }): Metadata {
  const site = siteConfig();
  return {
    title,
    ...(description ? { description } : {}),
    alternates: { canonical: path },
    openGraph: { title: title ? `${title} - ${site.name}` : site.name, description, url: path, siteName: site.name, locale: "zh_CN", type },
  };
}
