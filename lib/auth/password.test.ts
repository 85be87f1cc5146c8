import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Qinghe2026");
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(hash).not.toContain("Qinghe2026");
    expect(await verifyPassword("Qinghe2026", hash)).toBe(true);
    expect(await verifyPassword("qinghe2026", hash)).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("Same1234")).not.toBe(await hashPassword("Same1234"));
  });

  it("explains what a weak password lacks", () => {
    expect(passwordProblem("abc12")).toBe("密码至少需要8位");
    expect(passwordProblem("abcdefgh")).toBe("密码需同时包含字母和数字");
    expect(passwordProblem("12345678")).toBe("密码需同时包含字母和数字");
    expect(passwordProblem("abcd1234")).toBeNull();
  });
});
