// The signed-in officer for pages and server actions.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import { loadActiveActor } from "./authenticate-officer";
import type { Actor } from "./actor";
import { hasPermission, type Permission } from "./permissions";

export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? loadActiveActor(id) : null;
}

/** For officer pages: anonymous visitors go to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/officer/login");
  return actor;
}

/** For officer pages: the actor, and whether they hold the permission the page needs. */
export async function requirePagePermission(permission: Permission): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await requireActor();
  return { actor, allowed: hasPermission(actor.role, permission) };
}
