// The officers' office as an installable web app (its manifest: app/office.webmanifest/route.ts,
// linked from the officer layout; icons made by scripts/generate-office-icons.ts).
import { siteConfig } from "./site";

export const OFFICE_APP = {
  manifestPath: "/office.webmanifest",
  startUrl: "/officer",
  scope: "/officer",
  shortName: "移动办公",
  /** Tailwind's brand-700 (app/globals.css): the officer header's colour. */
  themeColor: "#163f76",
  backgroundColor: "#f1f5f9",
  iconDir: "/office-icons",
} as const;

/** 桐川县移动办公: the county's name from SITE_NAME (without 人民政府) and 移动办公. */
export function officeAppName(): string {
  const county = siteConfig().name.replace(/人民政府$/, "") || siteConfig().name;
  return `${county}移动办公`;
}
