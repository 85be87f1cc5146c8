import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { unique } from "@/test/factories";
import { subscribeToWarnings, unsubscribeFromWarnings } from "./manage-subscription";

const phone = () => `138${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

afterEach(() => vi.useRealTimers());

describe("warning subscriptions", () => {
  it("names each wrong answer in plain words", async () => {
    const err = await subscribeToWarnings({ input: { phone: "12345", town: "atlantis" }, clientKey: unique("ip") }).catch((e) => e);
    expect(err).toMatchObject({ code: "VALIDATION", fieldErrors: { phone: "手机号码应为11位手机号，例如 13812345678", town: "请选择乡镇" } });
    const empty = await subscribeToWarnings({ input: { phone: "", town: "" }, clientKey: unique("ip") }).catch((e) => e);
    expect(empty.fieldErrors).toEqual({ phone: "请填写手机号码", town: "请选择乡镇" });
    expect(await prisma.warningSubscription.count({ where: { phone: "12345" } })).toBe(0);
  });

  it("subscribes once however often the form is sent, and confirms by SMS with how to unsubscribe", async () => {
    const p = phone();
    const first = await subscribeToWarnings({ input: { phone: `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`, town: "qingxi", kinds: ["warnings", "rural"] }, clientKey: unique("ip") });
    expect(first).toEqual({ maskedPhone: `${p.slice(0, 3)}****${p.slice(-4)}`, townName: "清溪镇", kinds: "预警和惠农信息", changed: true, smsSent: true });
    const again = await subscribeToWarnings({ input: { phone: p, town: "qingxi", kinds: ["warnings", "rural"] }, clientKey: unique("ip") });
    expect(again.changed).toBe(false);
    await Promise.all([1, 2].map(() => subscribeToWarnings({ input: { phone: p, town: "qingxi" }, clientKey: unique("ip") })));
    expect(await prisma.warningSubscription.count({ where: { phone: p } })).toBe(1);

    const sms = await prisma.outboxMessage.findMany({ where: { recipient: p, template: "warning.subscribed" } });
    expect(sms).toHaveLength(1);
    expect(sms[0].body).toContain("您已订阅清溪镇的预警和惠农信息短信");
    expect(sms[0].body).toContain("/warnings/subscribe");
    expect(sms[0].body).toContain("退订");

    // Changing the kinds updates the same row and confirms the change.
    const warningsOnly = await subscribeToWarnings({ input: { phone: p, town: "qingxi", kinds: "warnings" }, clientKey: unique("ip") });
    expect(warningsOnly).toMatchObject({ kinds: "预警信息", changed: true });
    expect(await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "qingxi" } } })).toMatchObject({ wantsWarnings: true, wantsRuralInfo: false, isActive: true });

    // Two first subscriptions of a new number at once (double click) are one row too.
    const fresh = phone();
    const both = await Promise.all([1, 2].map(() => subscribeToWarnings({ input: { phone: fresh, town: "chengguan" }, clientKey: unique("ip") })));
    expect(both.map((r) => r.townName)).toEqual(["城关镇", "城关镇"]);
    expect(await prisma.warningSubscription.count({ where: { phone: fresh } })).toBe(1);

    // Another town is another subscription.
    await subscribeToWarnings({ input: { phone: p, town: "shimen" }, clientKey: unique("ip") });
    expect(await prisma.warningSubscription.count({ where: { phone: p, isActive: true } })).toBe(2);
  });

  it("unsubscribes one town, answers the same for a number that never subscribed, and can subscribe again", async () => {
    const p = phone();
    await subscribeToWarnings({ input: { phone: p, town: "chengguan" }, clientKey: unique("ip") });
    await subscribeToWarnings({ input: { phone: p, town: "shimen" }, clientKey: unique("ip") });
    const done = await unsubscribeFromWarnings({ input: { phone: p, town: "chengguan" }, clientKey: unique("ip") });
    expect(done).toMatchObject({ townName: "城关镇", changed: true });
    expect(await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "chengguan" } } })).toMatchObject({ isActive: false });
    expect((await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "shimen" } } })).isActive).toBe(true);
    expect(await prisma.outboxMessage.count({ where: { recipient: p, template: "warning.unsubscribed" } })).toBe(1);

    const repeat = await unsubscribeFromWarnings({ input: { phone: p, town: "chengguan" }, clientKey: unique("ip") });
    expect(repeat.changed).toBe(false);
    const stranger = phone();
    const never = await unsubscribeFromWarnings({ input: { phone: stranger, town: "qingxi" }, clientKey: unique("ip") });
    expect(never).toMatchObject({ townName: "清溪镇", changed: false });
    expect(await prisma.outboxMessage.count({ where: { recipient: stranger } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { recipient: p, template: "warning.unsubscribed" } })).toBe(1);

    await subscribeToWarnings({ input: { phone: p, town: "chengguan" }, clientKey: unique("ip") });
    expect(await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "chengguan" } } })).toMatchObject({ isActive: true, unsubscribedAt: null });
    expect(await prisma.warningSubscription.count({ where: { phone: p } })).toBe(2);
  });

  it("rate-limits one client and one phone number", async () => {
    const ip = unique("ip");
    for (let i = 0; i < 20; i++) await subscribeToWarnings({ input: { phone: phone(), town: "qingxi" }, clientKey: ip });
    await expect(subscribeToWarnings({ input: { phone: phone(), town: "qingxi" }, clientKey: ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const p = phone();
    for (let i = 0; i < 10; i++) await subscribeToWarnings({ input: { phone: p, town: i % 2 ? "qingxi" : "shimen" }, clientKey: unique("ip") });
    await expect(unsubscribeFromWarnings({ input: { phone: p, town: "qingxi" }, clientKey: unique("ip") })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("caps the confirmation SMS at 3 per number per day: later changes are saved without an SMS", async () => {
    const p = phone();
    const day = new Date("2026-11-20T02:00:00Z");
    const at = (minutes: number) => new Date(day.getTime() + minutes * 60_000);
    // The limiter counts on the clock: move the clock with `now`.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(day);
    const results = [];
    for (const [i, town] of (["qingxi", "shimen", "chengguan"] as const).entries()) {
      results.push(await subscribeToWarnings({ input: { phone: p, town }, clientKey: unique("ip"), now: at(i) }));
    }
    expect(results.map((r) => r.smsSent)).toEqual([true, true, true]);
    // A fourth change that day (unsubscribing counts too) is saved, without an SMS.
    const unsub = await unsubscribeFromWarnings({ input: { phone: p, town: "shimen" }, clientKey: unique("ip"), now: at(10) });
    expect(unsub).toMatchObject({ changed: true, smsSent: false });
    const fourth = await subscribeToWarnings({ input: { phone: p, town: "shimen", kinds: "warnings" }, clientKey: unique("ip"), now: at(20) });
    expect(fourth).toMatchObject({ changed: true, smsSent: false });
    expect(await prisma.warningSubscription.findUniqueOrThrow({ where: { phone_town: { phone: p, town: "shimen" } } })).toMatchObject({ isActive: true, wantsRuralInfo: false });
    expect(await prisma.outboxMessage.count({ where: { recipient: p } })).toBe(3);

    // The next day the number gets its confirmation again.
    vi.setSystemTime(at(24 * 60 + 30));
    const nextDay = await subscribeToWarnings({ input: { phone: p, town: "shimen" }, clientKey: unique("ip"), now: at(24 * 60 + 30) });
    expect(nextDay).toMatchObject({ changed: true, smsSent: true });
    const last = await prisma.outboxMessage.findFirstOrThrow({ where: { recipient: p }, orderBy: { createdAt: "desc" } });
    expect(last.body).toContain("退订请访问");
    expect(await prisma.outboxMessage.count({ where: { recipient: p } })).toBe(4);
  });
});
