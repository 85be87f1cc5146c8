// next-intl's request configuration (createNextIntlPlugin in next.config.ts finds it here). The
// language comes from the header proxy.ts sets from the path (/en/… is English), or from an
// explicit `getTranslations({ locale })`.
import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "@/lib/i18n/locales";

export default getRequestConfig(async ({ locale }) => {
  const requested = locale ?? (await headers()).get(LOCALE_HEADER);
  const chosen = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const messages = chosen === "en" ? (await import("../messages/en.json")).default : (await import("../messages/zh-CN.json")).default;
  return { locale: chosen, messages, timeZone: "Asia/Shanghai" };
});
