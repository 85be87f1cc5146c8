// Each officer's private calendar feed (iCalendar, RFC 5545, by ical-generator): every meeting
// they are invited to or attend, for their phone's calendar app to subscribe to. The URL's secret
// is per officer and rotatable (the old URL stops at once). A meeting keeps one UID for life;
// SEQUENCE is Meeting.sequence, raised by every change participants must see, so calendar apps
// replace the old copy; a cancelled meeting stays in the feed with STATUS:CANCELLED.
import "server-only";
import { randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Actor } from "../auth/actor";
import { prisma } from "../db";
import { writeAudit } from "../audit/write-audit";
import { AppError } from "../errors";
import { getEnv } from "../env";

/** How far back the feed reaches; calendar apps keep what they already have. */
export const FEED_HISTORY_DAYS = 400;

const newToken = () => randomBytes(24).toString("base64url");

export function calendarFeedPath(token: string): string {
  return `/api/meetings/calendar/${token}`;
}

export async function getCalendarFeedToken({ actor }: { actor: Actor }): Promise<string> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  const row = await prisma.meetingCalendarFeed.upsert({ where: { officerId: actor.id }, create: { officerId: actor.id, token: newToken() }, update: {}, select: { token: true } });
  return row.token;
}

export async function rotateCalendarFeedToken({ actor }: { actor: Actor }): Promise<string> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "请先登录。");
  return prisma.$transaction(async (tx) => {
    const token = newToken();
    await tx.meetingCalendarFeed.upsert({ where: { officerId: actor.id }, create: { officerId: actor.id, token }, update: { token, createdAt: new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "meeting.calendar_rotated", targetType: "Officer", targetId: actor.id });
    return token;
  });
}

export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@${new URL(getEnv().SITE_URL).hostname}`;
}

/** The feed of the officer holding `token`, or null for an unknown (or rotated) token. */
export async function renderCalendarFeed({ token, now = new Date() }: { token: string; now?: Date }): Promise<string | null> {
  const feed = token.length >= 20 ? await prisma.meetingCalendarFeed.findUnique({ where: { token }, select: { officerId: true } }) : null;
  if (!feed) return null;
  const officerId = feed.officerId;
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 24 * 3600_000);
  const meetings = await prisma.meeting.findMany({
    where: {
      status: { in: ["PUBLISHED", "CANCELLED"] },
      endAt: { gte: since },
      invitations: {
        some: {
          OR: [
            { attendeeId: officerId },
            // Invited and not (yet) declined or handed to someone else.
            { officerId, status: { in: ["PENDING", "ATTEND", "CANCELLED"] } },
          ],
        },
      },
    },
    select: { id: true, title: true, kind: true, status: true, startAt: true, endAt: true, sequence: true, updatedAt: true, note: true, cancelReason: true, room: { select: { name: true, place: true } }, organiser: { select: { name: true } } },
    orderBy: { startAt: "asc" },
  });
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const calendar = ical({ name: "我的会议", prodId: { company: "county-portal", product: "meetings", language: "ZH" }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
  for (const m of meetings) {
    calendar.createEvent({
      id: meetingUid(m.id),
      sequence: m.sequence,
      stamp: m.updatedAt,
      start: m.startAt,
      end: m.endAt,
      summary: m.status === "CANCELLED" ? `【已取消】${m.title}` : m.title,
      location: `${m.room.name}（${m.room.place}）`,
      description: [`${m.kind} · 会务：${m.organiser.name}`, m.note, m.status === "CANCELLED" ? `取消原因：${m.cancelReason ?? ""}` : null].filter(Boolean).join("\n"),
      status: m.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: `${site}/officer/meetings/${m.id}`,
    });
  }
  return calendar.toString();
}
