"use server";
import { redirect } from "next/navigation";
import { decodePhoto } from "@/lib/trace/decode-photo";

/** The photo form without JavaScript: decode on the server, then look the code up. */
export async function decodePhotoAction(formData: FormData) {
  const file = formData.get("photo");
  const result = await decodePhoto({ file: file instanceof File ? file : null });
  if (!result.ok) redirect(`/trace?photoError=${encodeURIComponent(result.message)}`);
  redirect(`/trace?code=${encodeURIComponent(result.text)}`);
}
