// The confirmation page again (reload, bookmark), for the browser that filed the case: it holds
// the tracking number and access code in an http-only cookie. The cookie comes from the client,
// so the code is checked like any tracking lookup, with the same wrong-code limits.
import "server-only";
import { prisma } from "../db";
import { MOBILE_PATTERN } from "../normalize-input";
import { verifyCitizenAccess } from "./track-complaint";

export async function getFiledReceipt({ trackingNo, accessCode, clientKey, now = new Date() }: { trackingNo: string; accessCode: string; clientKey?: string; now?: Date }) {
  const found = await verifyCitizenAccess({ trackingNo, accessCode, clientKey, now });
  const [c, receiptSms] = await Promise.all([
    prisma.complaint.findUniqueOrThrow({
      where: { id: found.id },
      select: { trackingNo: true, deadlineAt: true, citizenPhone: true, createdAt: true, department: { select: { name: true } }, category: { select: { name: true } } },
    }),
    prisma.outboxMessage.findUnique({ where: { dedupeKey: `received:${found.id}` }, select: { id: true } }),
  ]);
  return {
    trackingNo: c.trackingNo,
    accessCode,
    createdAt: c.createdAt,
    deadlineAt: c.deadlineAt,
    departmentName: c.department.name,
    categoryName: c.category.name,
    // Whether SMS reach the person: only a mobile number does (an investor may give a landline).
    hasPhone: !!c.citizenPhone && MOBILE_PATTERN.test(c.citizenPhone),
    /** False when the number had reached today's SMS cap (lib/notify/enqueue-message.ts). */
    receiptSmsQueued: !!receiptSms,
  };
}
