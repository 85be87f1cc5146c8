// The signed-in officer for pages and server actions.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import { loadSessionOfficer, type SessionOfficer } from "./authenticate-officer";
import type { Actor } from "./actor";
import { hasPermission, type Permission } from "./permissions";

/** The officer id and session version the request's cookie carries, once its signature checks. */
async function readSessionToken(): Promise<{ id: string; sessionVersion: unknown } | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; sessionVersion?: unknown } | undefined;
  return user?.id ? { id: user.id, sessionVersion: user.sessionVersion } : null;
}

/** The session's officer, also while they still owe a password change. */
export async function getSessionOfficer(): Promise<SessionOfficer | null> {
  const token = await readSessionToken();
  return token ? loadSessionOfficer(token.id, token.sessionVersion) : null;
}

/** The acting officer; null for no session, an ended one, or an officer who must change their password first. */
export async function getActor(): Promise<Actor | null> {
  const session = await getSessionOfficer();
  return session && !session.mustChangePassword ? session.actor : null;
}

/** For officer pages: anonymous visitors go to the sign-in page; an officer who must choose a
 * new password goes to /officer/password, and nowhere else, until they have. */
export async function requireActor(): Promise<Actor> {
  const session = await getSessionOfficer();
  if (!session) redirect("/officer/login");
  if (session.mustChangePassword) redirect("/officer/password");
  return session.actor;
}

/** For officer pages: the actor, and whether they hold the permission the page needs. */
export async function requirePagePermission(permission: Permission): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await requireActor();
  return { actor, allowed: hasPermission(actor.role, permission, actor.duties) };
}
