// Proving the number before subscribing or unsubscribing (issue 15: "anyone can stop a
// neighbour's disaster alerts"). The form asks for a 6-digit code sent by SMS to the number; only
// the right code applies the change (manage-subscription.ts), so an unconfirmed number is never
// subscribed and never receives a warning. The code SMS goes through the outbox under the
// per-recipient daily cap and a cap of its own; each code takes 5 tries and lives 10 minutes.
import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getAuthSecret } from "../auth/auth-secret";
import { prisma } from "../db";
import { AppError } from "../errors";
import { enqueueMessages } from "../notify/enqueue-message";
import { maskPhone } from "../notify/mask-phone";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { siteConfig } from "../site";
import { parseInput } from "../validation";
import { townName } from "./county-towns";
import { subscribeToWarnings, unsubscribeFromWarnings, type SubscriptionResult } from "./manage-subscription";
import { ZSubscribeInput, ZUnsubscribeInput } from "./subscription.schema";

export const CODE_TTL_MINUTES = 10;
/** Code SMS per number per day (on top of the all-kinds cap of enqueueMessages). */
export const CODES_PER_DAY: RateLimit = { limit: 5, windowSeconds: 24 * 3600 };
/** Tries per code, and per client over all codes. */
export const CODE_TRIES: RateLimit = { limit: 5, windowSeconds: CODE_TTL_MINUTES * 60 };
const CLIENT_TRIES: RateLimit = { limit: 30, windowSeconds: 3600 };
const CLIENT_REQUESTS: RateLimit = { limit: 20, windowSeconds: 3600 };

const codeHash = (challengeId: string, code: string) => createHmac("sha256", getAuthSecret()).update(`warning-sub-code:${challengeId}:${code}`).digest("hex");

export interface CodeRequest {
  challengeId: string;
  maskedPhone: string;
  townName: string;
  action: "SUBSCRIBE" | "UNSUBSCRIBE";
}

/** Sends a code for a subscription (or an unsubscription); nothing changes until it is confirmed. */
export async function requestSubscriptionCode({ action, input, clientKey, now = new Date() }: { action: "SUBSCRIBE" | "UNSUBSCRIBE"; input: unknown; clientKey: string; now?: Date }): Promise<CodeRequest> {
  const parsed = action === "SUBSCRIBE" ? parseInput(ZSubscribeInput, input) : { ...parseInput(ZUnsubscribeInput, input), kinds: [] as string[] };
  const { phone, town } = parsed;
  const kinds = parsed.kinds;
  if (!(await hitRateLimit(`warning-sub:code-client:${clientKey}`, CLIENT_REQUESTS)).allowed) throw new AppError("RATE_LIMITED", "操作过于频繁，请一小时后再试。");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const site = siteConfig();
  return prisma.$transaction(async (tx) => {
    if (!(await hitRateLimit(`warning-sub:code-sms:${phone}`, CODES_PER_DAY, tx)).allowed) {
      throw new AppError("RATE_LIMITED", "该号码今天获取验证码的次数已用完，请明天再试。");
    }
    const challenge = await tx.subscriptionChallenge.create({
      data: {
        phone,
        town,
        action,
        wantsWarnings: kinds.length === 0 || kinds.includes("warnings"),
        wantsRuralInfo: kinds.length === 0 || kinds.includes("rural"),
        codeHash: "pending",
        expiresAt: new Date(now.getTime() + CODE_TTL_MINUTES * 60_000),
        createdAt: now,
      },
    });
    await tx.subscriptionChallenge.update({ where: { id: challenge.id }, data: { codeHash: codeHash(challenge.id, code) } });
    const verb = action === "SUBSCRIBE" ? "订阅" : "退订";
    const queued = await enqueueMessages(tx, [
      {
        recipient: phone,
        template: "warning.code",
        body: `【${site.name}】验证码${code}，用于${verb}${townName(town)}预警短信，${CODE_TTL_MINUTES}分钟内有效。如非本人操作，请忽略。`,
        dedupeKey: `warning-code:${challenge.id}`,
        relatedType: "SubscriptionChallenge",
        relatedId: challenge.id,
      },
    ]);
    // Past the number's daily SMS cap no code can arrive: say so rather than wait for nothing.
    if (queued === 0) throw new AppError("RATE_LIMITED", "该号码今天收到的短信已达上限，请明天再试。");
    return { challengeId: challenge.id, maskedPhone: maskPhone(phone), townName: townName(town), action };
  });
}

export const ZConfirmCodeInput = z.object({
  challengeId: z.string().min(1, "验证码已失效，请重新获取").max(40, "验证码已失效，请重新获取"),
  code: z
    .string({ error: "请填写短信验证码" })
    .transform((v) => v.replace(/\s/g, "").replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .pipe(z.string().min(1, "请填写短信验证码").regex(/^\d{6}$/, "验证码为6位数字")),
});

/** Applies the change the code was sent for. Wrong codes are counted; a used or old code is refused. */
export async function confirmSubscriptionCode({ input, clientKey, now = new Date() }: { input: unknown; clientKey: string; now?: Date }): Promise<SubscriptionResult & { action: "SUBSCRIBE" | "UNSUBSCRIBE" }> {
  const { challengeId, code } = parseInput(ZConfirmCodeInput, input);
  const [perCode, perClient] = await Promise.all([hitRateLimit(`warning-sub:code-try:${challengeId}`, CODE_TRIES), hitRateLimit(`warning-sub:code-try-client:${clientKey}`, CLIENT_TRIES)]);
  if (!perCode.allowed || !perClient.allowed) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { code: "验证码错误次数过多，请重新获取验证码" } });
  const challenge = await prisma.subscriptionChallenge.findUnique({ where: { id: challengeId } });
  if (!challenge || challenge.confirmedAt || challenge.expiresAt <= now) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { code: "验证码已失效，请重新获取" } });
  const expected = Buffer.from(challenge.codeHash, "hex");
  const given = Buffer.from(codeHash(challenge.id, code), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    const left = Math.min(perCode.remaining, perClient.remaining);
    throw new AppError("VALIDATION", "提交失败", { fieldErrors: { code: left > 0 ? `验证码不正确，请核对短信（还可尝试${left}次）` : "验证码错误次数过多，请重新获取验证码" } });
  }
  // One use: a second confirmation of the same code (double click) changes nothing more.
  const { count } = await prisma.subscriptionChallenge.updateMany({ where: { id: challenge.id, confirmedAt: null }, data: { confirmedAt: now } });
  if (count === 0) throw new AppError("VALIDATION", "提交失败", { fieldErrors: { code: "验证码已使用，如需再次操作请重新获取" } });
  const kinds = [...(challenge.wantsWarnings ? ["warnings"] : []), ...(challenge.wantsRuralInfo ? ["rural"] : [])];
  const result =
    challenge.action === "SUBSCRIBE"
      ? await subscribeToWarnings({ input: { phone: challenge.phone, town: challenge.town, kinds }, clientKey, now })
      : await unsubscribeFromWarnings({ input: { phone: challenge.phone, town: challenge.town }, clientKey, now });
  return { ...result, action: challenge.action as "SUBSCRIBE" | "UNSUBSCRIBE" };
}
