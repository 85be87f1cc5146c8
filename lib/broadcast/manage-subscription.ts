// Citizens subscribe to (and unsubscribe from) the SMS warnings of their town. Public and
// without an account, so: rate limited per client and per phone number (an SMS goes to the
// number, so the form must not become a way to flood someone's phone), idempotent (one row per
// phone and town), and the confirmation SMS goes through the outbox in the same transaction.
// The confirmation SMS (subscribed or unsubscribed) is also capped per number per day: beyond the
// cap the change is still saved, but no SMS goes out and the page says so. The public forms reach
// these two only through subscription-code.ts, after the number was proven with an SMS code.
import "server-only";
import { prisma, type Tx } from "../db";
import { isUniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { hitRateLimit, type RateLimit } from "../rate-limit";
import { enqueueMessages } from "../notify/enqueue-message";
import { maskPhone } from "../notify/mask-phone";
import { siteConfig } from "../site";
import { parseInput } from "../validation";
import { townName } from "./county-towns";
import { ZSubscribeInput, ZUnsubscribeInput } from "./subscription.schema";

const PER_CLIENT: RateLimit = { limit: 20, windowSeconds: 3600 };
const PER_PHONE: RateLimit = { limit: 10, windowSeconds: 3600 };
const LIMITED = "操作过于频繁，请一小时后再试。";
/** Confirmation SMS per number per day (subscribe and unsubscribe together). */
export const CONFIRMATIONS_PER_DAY: RateLimit = { limit: 3, windowSeconds: 24 * 3600 };

/** Counts one confirmation SMS to `phone` inside `tx`; false when today's cap is used up. */
async function mayConfirmBySms(tx: Tx, phone: string): Promise<boolean> {
  return (await hitRateLimit(`warning-sub:sms:${phone}`, CONFIRMATIONS_PER_DAY, tx)).allowed;
}

async function limit(clientKey: string, phone: string) {
  const [byClient, byPhone] = await Promise.all([
    hitRateLimit(`warning-sub:client:${clientKey}`, PER_CLIENT),
    hitRateLimit(`warning-sub:phone:${phone}`, PER_PHONE),
  ]);
  if (!byClient.allowed || !byPhone.allowed) throw new AppError("RATE_LIMITED", LIMITED);
}

function kindsText(s: { wantsWarnings: boolean; wantsRuralInfo: boolean }) {
  return s.wantsWarnings && s.wantsRuralInfo ? "预警和惠农信息" : s.wantsWarnings ? "预警信息" : "惠农信息";
}

export interface SubscriptionResult {
  maskedPhone: string;
  townName: string;
  kinds: string;
  /** False when the same subscription was already active: nothing changed, no new SMS. */
  changed: boolean;
  /** Whether a confirmation SMS was queued: not when nothing changed or today's cap is used up. */
  smsSent: boolean;
}

export async function subscribeToWarnings({ input, clientKey, now = new Date() }: { input: unknown; clientKey: string; now?: Date }): Promise<SubscriptionResult> {
  const { phone, town, kinds } = parseInput(ZSubscribeInput, input);
  await limit(clientKey, phone);
  const wantsWarnings = kinds.length === 0 || kinds.includes("warnings");
  const wantsRuralInfo = kinds.length === 0 || kinds.includes("rural");

  // A concurrent first subscription of the same number and town may win the insert: try again,
  // and the second round finds that row.
  for (let attempt = 0; ; attempt++) {
    try {
      return await saveSubscription({ phone, town, wantsWarnings, wantsRuralInfo, now });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 1) throw err;
    }
  }
}

async function saveSubscription({ phone, town, wantsWarnings, wantsRuralInfo, now }: { phone: string; town: string; wantsWarnings: boolean; wantsRuralInfo: boolean; now: Date }): Promise<SubscriptionResult> {
  const site = siteConfig();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.warningSubscription.findUnique({ where: { phone_town: { phone, town } } });
    const same = existing?.isActive && existing.wantsWarnings === wantsWarnings && existing.wantsRuralInfo === wantsRuralInfo;
    const result = { maskedPhone: maskPhone(phone), townName: townName(town), kinds: kindsText({ wantsWarnings, wantsRuralInfo }), changed: !same, smsSent: false };
    if (same) return result;
    // Upsert on (phone, town): a second subscription, even a concurrent one, is the same row.
    const sub = await tx.warningSubscription.upsert({
      where: { phone_town: { phone, town } },
      create: { phone, town, wantsWarnings, wantsRuralInfo, createdAt: now, updatedAt: now },
      update: { wantsWarnings, wantsRuralInfo, isActive: true, unsubscribedAt: null, updatedAt: now },
    });
    if (!(await mayConfirmBySms(tx, phone))) return result;
    result.smsSent = true;
    await enqueueMessages(tx, [
      {
        recipient: phone,
        template: "warning.subscribed",
        body: `【${site.name}】您已订阅${result.townName}的${result.kinds}短信。退订请访问 ${site.url}/warnings/subscribe ，填写本手机号和乡镇即可。`,
        dedupeKey: `warning-sub:${sub.id}:${now.getTime()}`,
        relatedType: "WarningSubscription",
        relatedId: sub.id,
      },
    ]);
    return result;
  });
}

/**
 * Always answers the same way, whether or not the number was subscribed, so the form does not
 * tell strangers which numbers subscribe; only a real unsubscription sends the SMS.
 */
export async function unsubscribeFromWarnings({ input, clientKey, now = new Date() }: { input: unknown; clientKey: string; now?: Date }): Promise<SubscriptionResult> {
  const { phone, town } = parseInput(ZUnsubscribeInput, input);
  await limit(clientKey, phone);
  const site = siteConfig();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.warningSubscription.updateMany({ where: { phone, town, isActive: true }, data: { isActive: false, unsubscribedAt: now, updatedAt: now } });
    const smsSent = count > 0 && (await mayConfirmBySms(tx, phone));
    if (smsSent) {
      const sub = await tx.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone, town } }, select: { id: true } });
      await enqueueMessages(tx, [
        {
          recipient: phone,
          template: "warning.unsubscribed",
          body: `【${site.name}】您已退订${townName(town)}的预警短信，今后不再发送。如需重新订阅，请访问 ${site.url}/warnings/subscribe 。`,
          dedupeKey: `warning-unsub:${sub.id}:${now.getTime()}`,
          relatedType: "WarningSubscription",
          relatedId: sub.id,
        },
      ]);
    }
    return { maskedPhone: maskPhone(phone), townName: townName(town), kinds: "", changed: count > 0, smsSent };
  });
}
