// GET /robots.txt: public pages open to crawlers; officer pages, APIs and citizens' private
// pages (tracking, receipts) are not.
import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = siteConfig().url.replace(/\/$/, "");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/officer", "/api/", "/complaints/track", "/complaints/filed", "/complaints/followed", "/complaints/photos"] }],
    sitemap: `${base}/sitemap.xml`,
    host: base,
  };
}
