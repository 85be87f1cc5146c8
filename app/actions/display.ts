"use server";
// Large-text mode (适老化): a plain form post, so it works without JavaScript; kept in a
// cookie for a year.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { DISPLAY_COOKIE, safeReturnPath } from "@/lib/site";

export async function setDisplaySize(formData: FormData) {
  const size = formData.get("size") === "large" ? "large" : "normal";
  (await cookies()).set(DISPLAY_COOKIE, size, { path: "/", maxAge: 365 * 86400, sameSite: "lax", httpOnly: true });
  redirect(safeReturnPath((await headers()).get("referer")));
}
