// The portal's languages. Chinese is the site; English covers what investors abroad need
// (/en/…: the investment section, its inquiry form and the site furniture; issue 15).
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Set by proxy.ts on every request (a client's own value is overwritten): the page's language. */
export const LOCALE_HEADER = "x-portal-locale";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The language of a path: /en and everything under it is English. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : DEFAULT_LOCALE;
}

/** The two addresses of a page that exists in both languages (hreflang alternates). */
export function languageAlternates(chinesePath: string) {
  const english = chinesePath === "/" ? "/en" : `/en${chinesePath}`;
  return { "zh-CN": chinesePath, en: english, "x-default": chinesePath };
}
