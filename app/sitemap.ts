// GET /sitemap.xml: the main public pages and every public content item.
import type { MetadataRoute } from "next";
import { listSitemapContent, pathOf } from "@/lib/content/public-content";
import { siteConfig } from "@/lib/site";

export const dynamic = "force-dynamic";

const MAIN_PAGES = ["/", "/policies", "/guides", "/warnings", "/investment", "/complaints/new", "/complaints/track", "/complaints/published", "/trace"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteConfig().url.replace(/\/$/, "");
  const items = await listSitemapContent();
  return [
    ...MAIN_PAGES.map((path) => ({ url: `${base}${path === "/" ? "" : path}`, changeFrequency: "daily" as const, priority: path === "/" ? 1 : 0.8 })),
    ...items.map((item) => ({ url: `${base}${pathOf(item)}`, lastModified: item.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
  ];
}
