// Site-wide settings the pages show.
import { getEnv } from "./env";

export function siteConfig() {
  const env = getEnv();
  return {
    name: env.SITE_NAME,
    nameEn: env.SITE_NAME_EN,
    url: env.SITE_URL,
    organizer: env.SITE_ORGANIZER,
    idCode: env.SITE_ID_CODE,
    icp: env.SITE_ICP,
    psbRecord: env.SITE_PSB_RECORD,
    contactPhone: env.SITE_CONTACT_PHONE,
    contactAddress: env.SITE_CONTACT_ADDRESS,
    contactEmail: env.SITE_CONTACT_EMAIL ?? null,
    hotline: env.SITE_HOTLINE,
  };
}

export type SiteConfig = ReturnType<typeof siteConfig>;

export const DISPLAY_COOKIE = "display-size";

/** A same-site path to go back to after a form post, from the Referer header. */
export function safeReturnPath(referer: string | null | undefined, fallback = "/"): string {
  if (!referer) return fallback;
  try {
    const url = new URL(referer, "http://localhost");
    const path = url.pathname + url.search;
    return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
  } catch {
    return fallback;
  }
}
