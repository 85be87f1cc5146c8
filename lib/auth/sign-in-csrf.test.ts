import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signInCsrf } from "./sign-in-csrf";

// next-auth's own check, read from its files (the package does not export it).
const require = createRequire(import.meta.url);
const { createCSRFToken } = require(path.resolve("node_modules/next-auth/core/lib/csrf-token.js")) as {
  createCSRFToken(params: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }): {
    csrfTokenVerified?: boolean;
    csrfToken: string;
    cookie?: string;
  };
};

describe("signInCsrf", () => {
  const secret = "test-secret-0123456789-abcdefghijklmnop";

  it("makes a cookie next-auth accepts with the token the form posts", () => {
    const { token, newCookie } = signInCsrf(undefined, secret);
    expect(newCookie).toBeTruthy();
    const checked = createCSRFToken({ options: { secret }, cookieValue: newCookie, isPost: true, bodyValue: token });
    expect(checked).toMatchObject({ csrfTokenVerified: true, csrfToken: token });
  });

  it("reads the token back from next-auth's own cookie, and replaces a forged one", () => {
    const issued = createCSRFToken({ options: { secret }, isPost: false });
    expect(signInCsrf(issued.cookie, secret)).toEqual({ token: issued.csrfToken });
    const forged = signInCsrf(`${"a".repeat(64)}|${"b".repeat(64)}`, secret);
    expect(forged.token).not.toBe("a".repeat(64));
    expect(forged.newCookie).toBeTruthy();
    expect(signInCsrf("garbage", secret).newCookie).toBeTruthy();
  });
});
