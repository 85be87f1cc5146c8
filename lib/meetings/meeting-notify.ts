// Who hears about a meeting and what the SMS say. Every message goes through enqueueMessages in
// the caller's transaction with a dedupe key, so a retry or a double click sends nothing twice.
import "server-only";
import type { Tx } from "../db";
import { formatDeadline } from "../complaints/complaint-format";
import { enqueueMessages, type OutboxInput } from "../notify/enqueue-message";

export type Contact = { id: string; phone: string };

/** The officers who reply for each unit: its document clerks, or its heads when it has none. */
export async function unitRepliers(db: Pick<Tx, "officer">, departmentIds: string[]): Promise<Map<string, Contact[]>> {
  const out = new Map<string, Contact[]>();
  if (departmentIds.length === 0) return out;
  const rows = await db.officer.findMany({
    // Duties are filtered here: the PGlite adapter cannot bind an enum array in `has`.
    where: { departmentId: { in: departmentIds }, isActive: true, phone: { not: null } },
    select: { id: true, phone: true, departmentId: true, duties: true, role: true },
    orderBy: { id: "asc" },
  });
  for (const d of departmentIds) {
    const unit = rows.filter((r) => r.departmentId === d && (r.role === "DEPARTMENT_HEAD" || r.duties.includes("DOCUMENT_CLERK")));
    const clerks = unit.filter((r) => r.duties.includes("DOCUMENT_CLERK"));
    out.set(d, (clerks.length ? clerks : unit).map((r) => ({ id: r.id, phone: r.phone! })));
  }
  return out;
}

type InvitationLike = { id: string; kind: "OFFICER" | "UNIT"; officerId: string | null; departmentId: string; attendeeId: string | null; status: string };

/**
 * Phones per invitation: the invited officer (and the attendee they named), or for a unit the
 * attendee when named, else its clerks. Those on leave hear nothing more.
 */
export async function invitationContacts(db: Pick<Tx, "officer">, invitations: InvitationLike[], opts: { includeLeave?: boolean } = {}): Promise<Map<string, Contact[]>> {
  const live = invitations.filter((i) => opts.includeLeave || i.status !== "LEAVE");
  const officerIds = [...new Set(live.flatMap((i) => [i.officerId, i.attendeeId]).filter((v): v is string => !!v))];
  const officers = officerIds.length ? await db.officer.findMany({ where: { id: { in: officerIds }, isActive: true, phone: { not: null } }, select: { id: true, phone: true } }) : [];
  const byId = new Map(officers.map((o) => [o.id, { id: o.id, phone: o.phone! }]));
  const unitsWithoutAttendee = [...new Set(live.filter((i) => i.kind === "UNIT" && !i.attendeeId).map((i) => i.departmentId))];
  const repliers = await unitRepliers(db, unitsWithoutAttendee);
  const out = new Map<string, Contact[]>();
  for (const i of live) {
    const list: Contact[] = [];
    if (i.kind === "OFFICER" && i.officerId && i.status !== "DELEGATE" && byId.has(i.officerId)) list.push(byId.get(i.officerId)!);
    if (i.attendeeId && byId.has(i.attendeeId)) list.push(byId.get(i.attendeeId)!);
    if (i.kind === "UNIT" && !i.attendeeId) list.push(...(repliers.get(i.departmentId) ?? []));
    const seen = new Set<string>();
    out.set(i.id, list.filter((c) => (seen.has(c.phone) ? false : (seen.add(c.phone), true))));
  }
  return out;
}

export function noticeText(m: { title: string; startAt: Date; roomName: string; replyDueAt: Date }): string {
  return `【会议通知】${m.title}，${formatDeadline(m.startAt)}在${m.roomName}召开。请于${formatDeadline(m.replyDueAt)}前登录政务工作平台回复参会（我的会议）。`;
}

export function changeText(m: { title: string; startAt: Date; roomName: string }): string {
  return `【会议变更】${m.title}调整为${formatDeadline(m.startAt)}在${m.roomName}召开，请以平台“我的会议”为准。`;
}

export function cancelText(m: { title: string; startAt: Date }, reason: string): string {
  return `【会议取消】原定${formatDeadline(m.startAt)}召开的${m.title}已取消。原因：${reason}`;
}

/** One message per contact of each invitation; the key names the invitation and the recipient. */
export async function sendToInvitations(
  tx: Tx,
  invitations: InvitationLike[],
  contacts: Map<string, Contact[]>,
  message: { template: string; body: string; key: string; meetingId: string },
): Promise<number> {
  const out: OutboxInput[] = [];
  const seen = new Set<string>();
  for (const inv of invitations) {
    for (const c of contacts.get(inv.id) ?? []) {
      // One phone hears once per message even when it stands for several invitations.
      if (seen.has(c.phone)) continue;
      seen.add(c.phone);
      out.push({ recipient: c.phone, template: message.template, body: message.body, dedupeKey: `${message.key}:${c.id}`, officerId: c.id, relatedType: "Meeting", relatedId: message.meetingId });
    }
  }
  return enqueueMessages(tx, out);
}
