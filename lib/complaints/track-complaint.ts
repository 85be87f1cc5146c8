// The citizen's view of a case, opened with the tracking number and the private access code.
// Guessing is limited per client: per client and case (5 tries in 15 minutes) and per client over
// all cases (20 in an hour). Each try is counted atomically before the code is checked, so a burst
// of parallel guesses is counted in full and only the first ones are checked; a right code takes
// its count back. Nothing is keyed by the case alone: case numbers are public, and a stranger's
// wrong codes must never lock the citizen out of their own case.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { hitRateLimit, undoRateLimitHit, type RateLimit } from "../rate-limit";
import { parseInput } from "../validation";
import { ZTrackInput } from "./complaint.schema";
import { isOverdue, REOPEN_WINDOW_DAYS } from "./complaint-format";
import { accessCodeMatches } from "./tracking-codes";

export const WRONG_CODE_LIMIT: RateLimit = { limit: 5, windowSeconds: 15 * 60 };
/** One client's tries over all cases, so a client cannot walk the public case numbers. */
export const CLIENT_LOOKUP_LIMIT: RateLimit = { limit: 20, windowSeconds: 3600 };
const LOCKED_MESSAGE = "查询码错误次数过多，请15分钟后再试。如忘记查询码，请拨打12345热线。";

export async function verifyCitizenAccess({ trackingNo, accessCode, clientKey = "unknown" }: { trackingNo: string; accessCode: string; clientKey?: string; now?: Date }) {
  const input = parseInput(ZTrackInput, { trackingNo, accessCode });
  const limits = [
    { key: `track:case:${clientKey}:${input.trackingNo}`, rule: WRONG_CODE_LIMIT },
    { key: `track:client:${clientKey}`, rule: CLIENT_LOOKUP_LIMIT },
  ];
  const hits = await Promise.all(limits.map(({ key, rule }) => hitRateLimit(key, rule)));
  if (hits.some((h) => !h.allowed)) throw new AppError("RATE_LIMITED", LOCKED_MESSAGE, { fieldErrors: { accessCode: LOCKED_MESSAGE } });
  const complaint = await prisma.complaint.findUnique({ where: { trackingNo: input.trackingNo } });
  if (!complaint || !accessCodeMatches(input.trackingNo, input.accessCode, complaint.accessCodeHash)) {
    const left = Math.min(...hits.map((h) => h.remaining));
    throw new AppError("VALIDATION", "受理编号或查询码不正确", {
      fieldErrors: { accessCode: left > 0 ? `受理编号或查询码不正确，请核对回执或短信（还可尝试${left}次）` : LOCKED_MESSAGE },
    });
  }
  await Promise.all(limits.map(({ key, rule }) => undoRateLimitHit(key, rule)));
  return complaint;
}

export async function trackComplaint({ trackingNo, accessCode, clientKey, now = new Date() }: { trackingNo: string; accessCode: string; clientKey?: string; now?: Date }) {
  const found = await verifyCitizenAccess({ trackingNo, accessCode, clientKey, now });
  const c = await prisma.complaint.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      category: { select: { name: true } },
      department: { select: { name: true, phone: true } },
      events: { where: { isPublic: true }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, createdAt: true } },
      attachments: { where: { isEvidence: false }, select: { id: true, fileName: true } },
      // A merged duplicate shows the master's progress and result (merge-complaints.ts).
      mergedInto: { select: { trackingNo: true, status: true, reply: true, resolvedAt: true, publicationApprovedAt: true, department: { select: { name: true } } } },
    },
  });
  const canRate = c.status === "RESOLVED";
  return {
    id: c.id,
    trackingNo: c.trackingNo,
    title: c.title,
    description: c.description,
    status: c.status,
    version: c.version,
    categoryName: c.category.name,
    departmentName: c.department.name,
    departmentPhone: c.department.phone,
    createdAt: c.createdAt,
    deadlineAt: c.deadlineAt,
    isOverdue: isOverdue(c, now),
    reply: c.reply,
    repliedAt: c.repliedAt,
    resolvedAt: c.resolvedAt,
    satisfaction: c.satisfaction,
    isSolved: c.isSolved,
    canRate,
    canReopen: canRate && !!c.resolvedAt && now.getTime() - c.resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * 86_400_000,
    events: c.events,
    photoCount: c.attachments.length,
    mergedInto: c.mergedInto
      ? { trackingNo: c.mergedInto.trackingNo, status: c.mergedInto.status, reply: c.mergedInto.reply, resolvedAt: c.mergedInto.resolvedAt, departmentName: c.mergedInto.department.name, isPublished: !!c.mergedInto.publicationApprovedAt }
      : null,
  };
}
export type TTrackedComplaint = Awaited<ReturnType<typeof trackComplaint>>;
