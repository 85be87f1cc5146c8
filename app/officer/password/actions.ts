"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionOfficer } from "@/lib/auth/session";
import { failureState, type ActionState } from "@/lib/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { changeOwnPassword } from "@/lib/officers/change-own-password";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const session = await getSessionOfficer();
  if (!session) redirect("/officer/login");
  try {
    await changeOwnPassword({ actor: session.actor, input: Object.fromEntries(formData), clientAddress: clientAddress(await headers()) });
  } catch (err) {
    // Passwords are never echoed back into the form.
    return failureState(err, {});
  }
  // Every session has ended (this one too): drop the dead cookie and sign in with the new password.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete(name);
  redirect("/officer/login?notice=password-changed");
}
