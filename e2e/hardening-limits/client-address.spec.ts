import { expect, test } from "@playwright/test";
import { submitForm } from "./raw-client";

// Seeded (lib/seed/demo-complaints.ts) and looked up by no other spec.
const CASE = { trackingNo: "TC260301000102", accessCode: "26030102" };
const LOCKED = "查询码错误次数过多";

function lookup(baseURL: string, from: string, trackingNo: string, accessCode: string, forgedAddress: string) {
  return submitForm(baseURL, "/complaints/track", 'name="accessCode"', { trackingNo, accessCode }, {
    from,
    // Each try claims another address; the server takes the socket's (server.mjs).
    headers: { "x-forwarded-for": forgedAddress, "x-real-ip": forgedAddress, "x-portal-client-address": forgedAddress },
  });
}

test("[citizen] a stranger's wrong codes lock only the stranger out, whatever X-Forwarded-For says", async ({ baseURL }) => {
  test.slow();
  const stranger = "127.0.0.21";
  for (let i = 1; i <= 6; i++) {
    const res = await lookup(baseURL!, stranger, CASE.trackingNo, String(10_000_000 + i), `198.51.100.${i}`);
    expect(res.status).toBe(200);
    if (i <= 4) expect(res.text).toMatch(/还可尝试\d次/);
    else expect(res.text).toContain(LOCKED);
  }
  // The stranger's own client stays locked out of this case, even with a fresh forged address...
  expect((await lookup(baseURL!, stranger, CASE.trackingNo, CASE.accessCode, "203.0.113.77")).text).toContain(LOCKED);
  // ...and the citizen, from their own address, opens their case.
  const citizen = await lookup(baseURL!, "127.0.0.22", CASE.trackingNo, CASE.accessCode, "198.51.100.1");
  expect(citizen.text).not.toContain(LOCKED);
  expect(citizen.text).toContain('data-testid="status"');
});

test("[citizen] one client walking case numbers with a rotating X-Forwarded-For is stopped after 20 wrong codes", async ({ baseURL }) => {
  test.slow();
  const walker = "127.0.0.23";
  const texts: string[] = [];
  for (let i = 1; i <= 21; i++) {
    const trackingNo = `TC26010100${String(i).padStart(4, "0")}`;
    texts.push((await lookup(baseURL!, walker, trackingNo, "12345678", `198.51.100.${i}`)).text);
  }
  expect(texts.slice(0, 19).every((t) => /还可尝试\d次/.test(t))).toBe(true);
  expect(texts[20]).toContain(LOCKED);
});
