// "3 working days": the inquiry answer time in English, from the SLA class (next-intl plurals).
import "server-only";
import { getTranslations } from "next-intl/server";
import { getInquirySla } from "@/lib/investment/file-investment-inquiry";

export async function inquiryDeadlineEn(): Promise<string> {
  const [sla, t] = await Promise.all([getInquirySla(), getTranslations("Units")]);
  return sla.unit === "HOURS" ? t("hours", { count: sla.amount }) : t("workingDays", { count: sla.amount });
}
