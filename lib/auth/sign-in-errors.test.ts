import { describe, expect, it } from "vitest";
import { SIGN_IN_MESSAGES, signInErrorMessage, signInNotice } from "./sign-in-errors";

describe("sign-in page messages", () => {
  it("maps known codes, ours and next-auth's, to fixed messages", () => {
    expect(signInErrorMessage("ACCOUNT_LOCKED")).toBe(SIGN_IN_MESSAGES.ACCOUNT_LOCKED);
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_MESSAGES.INVALID_CREDENTIALS);
    expect(signInErrorMessage("SessionRequired")).toBe(SIGN_IN_MESSAGES.SESSION_ENDED);
    expect(signInNotice("password-changed")).toContain("请用新密码登录");
  });

  it("shows nothing for text a link supplies", () => {
    for (const code of ["您的账户已被冻结，请拨打 400-000-0000", "<b>x</b>", "toString", "__proto__", "constructor", "", undefined, null]) {
      expect(signInErrorMessage(code)).toBeUndefined();
      expect(signInNotice(code)).toBeUndefined();
    }
  });
});
