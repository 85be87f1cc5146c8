"use server";
import { redirect } from "next/navigation";
import { decodePhoto } from "@/lib/trace/decode-photo";

/** The photo form without JavaScript: decode on the server, then look the code up. */
export async function decodePhotoAction(formData: FormData) {
  const file = formData.get("photo");
  const result = await decodePhoto({ file: file instanceof File ? file : null });
  // Only the error's key travels in the link: the page shows its own text for it.
  if (!result.ok) redirect(`/trace?photoError=${result.code}`);
  redirect(`/trace?code=${encodeURIComponent(result.text)}`);
}
