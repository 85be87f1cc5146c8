"use server";
import type { VerifyFileState } from "@/components/seals/verify-file-form";
import { verifyForVisitor } from "@/lib/seals/verify-for-visitor";
import { toVerifyView } from "@/lib/seals/verify-view";
import { clientKey } from "../complaints/client-key";

/** Checks an uploaded PDF against the seal records; the file itself is never stored. */
export async function verifyFileAction(_prev: VerifyFileState, formData: FormData): Promise<VerifyFileState> {
  const file = formData.get("file");
  try {
    const outcome = await verifyForVisitor({ clientKey: await clientKey(), input: { kind: "file", file: file instanceof File ? file : null } });
    if (!outcome.ok) return { error: outcome.message };
    return { view: toVerifyView(outcome.result, "file") };
  } catch (err) {
    console.error(err);
    return { error: "暂时无法核验，请稍后再试" };
  }
}
