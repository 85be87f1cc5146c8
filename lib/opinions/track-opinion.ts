// The citizen's view of a suggestion or letter, opened with the tracking number and access code.
// Guessing is limited per client as for complaints (track-complaint.ts's limits, own keys).
import "server-only";
import { CLIENT_LOOKUP_LIMIT, WRONG_CODE_LIMIT } from "../complaints/track-complaint";
import { accessCodeMatches } from "../complaints/tracking-codes";
import { prisma } from "../db";
import { AppError } from "../errors";
import { hitRateLimit, undoRateLimitHit } from "../rate-limit";
import { parseInput } from "../validation";
import { ZTrackOpinionInput } from "./opinion.schema";

const LOCKED = "查询码错误次数过多，请15分钟后再试。如忘记查询码，请拨打12345热线。";

export async function trackOpinion({ input, clientKey }: { input: unknown; clientKey: string }) {
  const { trackingNo, accessCode } = parseInput(ZTrackOpinionInput, input);
  const limits = [
    { key: `opinion-track:${clientKey}:${trackingNo}`, rule: WRONG_CODE_LIMIT },
    { key: `track:client:${clientKey}`, rule: CLIENT_LOOKUP_LIMIT },
  ];
  const hits = await Promise.all(limits.map(({ key, rule }) => hitRateLimit(key, rule)));
  if (hits.some((h) => !h.allowed)) throw new AppError("RATE_LIMITED", LOCKED, { fieldErrors: { accessCode: LOCKED } });
  const o = await prisma.opinion.findUnique({
    where: { trackingNo },
    select: {
      accessCodeHash: true,
      trackingNo: true,
      kind: true,
      title: true,
      body: true,
      topicLabel: true,
      status: true,
      outcome: true,
      reply: true,
      dueAt: true,
      answeredAt: true,
      publishedAt: true,
      createdAt: true,
      department: { select: { name: true } },
    },
  });
  if (!o || !accessCodeMatches(trackingNo, accessCode, o.accessCodeHash)) {
    const left = Math.min(...hits.map((h) => h.remaining));
    throw new AppError("VALIDATION", "受理编号或查询码不正确", { fieldErrors: { accessCode: left > 0 ? `受理编号或查询码不正确，请核对短信（还可尝试${left}次）` : LOCKED } });
  }
  await Promise.all(limits.map(({ key, rule }) => undoRateLimitHit(key, rule)));
  const { accessCodeHash: _, ...view } = o;
  return view;
}
