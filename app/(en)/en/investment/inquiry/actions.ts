"use server";
// The investor's inquiry in English: the same lib function as the Chinese form, with the English
// messages of next-intl's catalog; the receipt cookie is scoped to the English confirmation.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getMessages } from "next-intl/server";
import { fileInvestmentInquiry } from "@/lib/investment/file-investment-inquiry";
import { INQUIRY_MESSAGES_ZH, type InquiryMessages } from "@/lib/investment/investment-inquiry.schema";
import { isAppError } from "@/lib/errors";
import { formValues, type ActionState } from "@/lib/form-state";
import { clientKey, receiptCookieName } from "../../../../(public)/complaints/client-key";

export async function sendEnglishInquiryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const messages = { ...INQUIRY_MESSAGES_ZH, ...((await getMessages({ locale: "en" })).InquiryErrors as Partial<InquiryMessages>) };
  let trackingNo: string;
  try {
    const receipt = await fileInvestmentInquiry({ inquiryId: values.inquiryId ?? "", input: values, clientKey: await clientKey(), messages });
    trackingNo = receipt.trackingNo;
    (await cookies()).set(receiptCookieName(receipt.trackingNo), `${receipt.trackingNo}:${receipt.accessCode}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://"),
      path: "/en/investment/inquiry",
      maxAge: 86_400,
    });
  } catch (err) {
    if (isAppError(err, "VALIDATION") && err.fieldErrors) return { errors: err.fieldErrors, values };
    if (isAppError(err, "RATE_LIMITED")) return { message: err.userMessage, values };
    console.error(err);
    return { message: messages.generic, values };
  }
  redirect(`/en/investment/inquiry/sent/${trackingNo}`);
}
