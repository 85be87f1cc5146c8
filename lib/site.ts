// Site-wide settings the pages show.
import { getEnv } from "./env";

export function siteConfig() {
  const env = getEnv();
  return { name: env.SITE_NAME, url: env.SITE_URL };
}

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
