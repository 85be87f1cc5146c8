// Sign-out ends the session for good: the officer's session version moves on, so the cookie
// (and any copy of it) no longer opens /officer even though its signature and expiry are valid.
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";

export async function signOutOfficer({ officerId, sessionVersion }: { officerId: string; sessionVersion: unknown }): Promise<boolean> {
  if (typeof sessionVersion !== "number") return false;
  return prisma.$transaction(async (tx) => {
    // Only the session's own version: a stale cookie's sign-out must not end a newer session.
    const { count } = await tx.officer.updateMany({
      where: { id: officerId, sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count === 0) return false;
    await writeAudit(tx, { actorId: officerId, action: "officer.signed_out", targetType: "Officer", targetId: officerId });
    return true;
  });
}
