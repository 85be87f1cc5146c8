// GET /manifest.webmanifest: the web app manifest, named from the settings (SITE_NAME), so a
// county that renames the site does not also edit a file in public/ (the icons live there).
import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site";

export const dynamic = "force-dynamic";

export default function manifest(): MetadataRoute.Manifest {
  const site = siteConfig();
  return {
    name: `${site.name}门户网站`,
    short_name: site.name,
    description: "网上投诉与限时督办、政策文件、办事指南、预警信息、招商引资、农产品质量追溯。",
    lang: "zh-CN",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#163f76",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
