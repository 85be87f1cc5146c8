// GET /office.webmanifest: the web app manifest of the officers' mobile office (start_url
// /officer), so officers add the office to the phone's home screen. The public site keeps its own
// (app/manifest.ts, start_url /). It lives outside /officer because browsers fetch manifests
// without cookies, and the proxy sends cookie-less /officer requests to the sign-in page.
import type { MetadataRoute } from "next";
import { OFFICE_APP, officeAppName } from "@/lib/office-app";

export const dynamic = "force-dynamic";

export function GET(): Response {
  const icons = OFFICE_APP.iconDir;
  const manifest: MetadataRoute.Manifest = {
    id: OFFICE_APP.startUrl,
    name: officeAppName(),
    short_name: OFFICE_APP.shortName,
    description: "待办、案件办理、公文流转与督办提醒，随时在手机上处理。",
    lang: "zh-CN",
    start_url: OFFICE_APP.startUrl,
    scope: OFFICE_APP.scope,
    display: "standalone",
    orientation: "portrait",
    background_color: OFFICE_APP.backgroundColor,
    theme_color: OFFICE_APP.themeColor,
    icons: [
      { src: `${icons}/icon-192.png`, sizes: "192x192", type: "image/png", purpose: "any" },
      { src: `${icons}/icon-512.png`, sizes: "512x512", type: "image/png", purpose: "any" },
      { src: `${icons}/maskable-512.png`, sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
