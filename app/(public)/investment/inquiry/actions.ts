"use server";
// The investor's inquiry: parse the form, file it through lib/investment (the complaint engine),
// keep the receipt in an http-only cookie for the confirmation page, redirect there.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { fileInvestmentInquiry } from "@/lib/investment/file-investment-inquiry";
import { failureState, formValues, type ActionState } from "@/lib/form-state";
import { clientKey, receiptCookieName } from "../../complaints/client-key";

export async function sendInquiryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  let trackingNo: string;
  try {
    const receipt = await fileInvestmentInquiry({ inquiryId: values.inquiryId ?? "", input: values, clientKey: await clientKey() });
    trackingNo = receipt.trackingNo;
    if (receipt.accessCode) (await cookies()).set(receiptCookieName(receipt.trackingNo), `${receipt.trackingNo}:${receipt.accessCode}`, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://"),
      path: "/investment/inquiry",
      maxAge: 86_400,
    });
  } catch (err) {
    return failureState(err, values);
  }
  redirect(`/investment/inquiry/sent/${trackingNo}`);
}
