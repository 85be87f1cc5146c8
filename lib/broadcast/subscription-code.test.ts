// Subscribing and unsubscribing are proven with a 6-digit SMS code (issue 15): nothing changes
// before the code comes back, a wrong code is counted, a code works once and expires.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { CODE_TRIES, CODES_PER_DAY, confirmSubscriptionCode, requestSubscriptionCode } from "./subscription-code";

const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

async function codeSentTo(p: string) {
  const sms = await prisma.outboxMessage.findFirstOrThrow({ where: { recipient: p, template: "warning.code" }, orderBy: { createdAt: "desc" } });
  return /验证码(\d{6})/.exec(sms.body)![1];
}

describe("SMS code before a subscription changes", () => {
  it("subscribes only after the right code; unconfirmed numbers are never subscribed", async () => {
    const p = phone();
    const req = await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: p, town: "qingxi", kinds: ["warnings"] }, clientKey: unique("ip") });
    expect(req).toMatchObject({ maskedPhone: `${p.slice(0, 3)}****${p.slice(-4)}`, townName: "清溪镇", action: "SUBSCRIBE" });
    expect(await prisma.warningSubscription.count({ where: { phone: p } })).toBe(0);
    const code = await codeSentTo(p);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await confirmSubscriptionCode({ input: { challengeId: req.challengeId, code: code === "000000" ? "111111" : "000000" }, clientKey: unique("ip") }).catch((e) => e);
    expect(wrong.fieldErrors.code).toMatch(/验证码不正确.*还可尝试4次/);
    expect(await prisma.warningSubscription.count({ where: { phone: p } })).toBe(0);

    const done = await confirmSubscriptionCode({ input: { challengeId: req.challengeId, code: ` ${code} ` }, clientKey: unique("ip") });
    expect(done).toMatchObject({ action: "SUBSCRIBE", changed: true, kinds: "预警信息" });
    expect(await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "qingxi" } } })).toMatchObject({ isActive: true, wantsWarnings: true, wantsRuralInfo: false });
    const again = await confirmSubscriptionCode({ input: { challengeId: req.challengeId, code }, clientKey: unique("ip") }).catch((e) => e);
    expect(again.fieldErrors.code).toMatch(/已使用|已失效/);
  });

  it("unsubscribes only with the code sent to the number", async () => {
    const p = phone();
    const sub = await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: p, town: "shimen" }, clientKey: unique("ip") });
    await confirmSubscriptionCode({ input: { challengeId: sub.challengeId, code: await codeSentTo(p) }, clientKey: unique("ip") });
    const unsub = await requestSubscriptionCode({ action: "UNSUBSCRIBE", input: { phone: p, town: "shimen" }, clientKey: unique("ip") });
    // A neighbour without the phone cannot stop the alerts.
    expect((await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "shimen" } } })).isActive).toBe(true);
    const r = await confirmSubscriptionCode({ input: { challengeId: unsub.challengeId, code: await codeSentTo(p) }, clientKey: unique("ip") });
    expect(r).toMatchObject({ action: "UNSUBSCRIBE", changed: true });
    expect((await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "shimen" } } })).isActive).toBe(false);
  });

  it("limits tries per code, codes per number, and refuses an expired code", async () => {
    const p = phone();
    const req = await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: p, town: "chengguan" }, clientKey: unique("ip") });
    const code = await codeSentTo(p);
    const bad = code === "999999" ? "888888" : "999999";
    for (let i = 0; i < CODE_TRIES.limit; i++) await confirmSubscriptionCode({ input: { challengeId: req.challengeId, code: bad }, clientKey: unique("ip") }).catch(() => null);
    const locked = await confirmSubscriptionCode({ input: { challengeId: req.challengeId, code }, clientKey: unique("ip") }).catch((e) => e);
    expect(locked.fieldErrors.code).toMatch(/次数过多/);
    expect(await prisma.warningSubscription.count({ where: { phone: p } })).toBe(0);

    const old = await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: p, town: "chengguan" }, clientKey: unique("ip"), now: new Date(Date.now() - 11 * 60_000) });
    const expired = await confirmSubscriptionCode({ input: { challengeId: old.challengeId, code: await codeSentTo(p) }, clientKey: unique("ip") }).catch((e) => e);
    expect(expired.fieldErrors.code).toMatch(/已失效/);

    const q = phone();
    for (let i = 0; i < CODES_PER_DAY.limit; i++) await requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: q, town: "qingxi" }, clientKey: unique("ip") }).catch(() => null);
    await expect(requestSubscriptionCode({ action: "SUBSCRIBE", input: { phone: q, town: "qingxi" }, clientKey: unique("ip") })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.outboxMessage.count({ where: { recipient: q, template: "warning.code" } })).toBeLessThanOrEqual(CODES_PER_DAY.limit);
  });
});
