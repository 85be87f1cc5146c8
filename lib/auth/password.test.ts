import bcryptjs from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, isGuessablePassword, passwordProblem, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Qinghe2026");
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(hash).not.toContain("Qinghe2026");
    expect(await verifyPassword("Qinghe2026", hash)).toBe(true);
    expect(await verifyPassword("qinghe2026", hash)).toBe(false);
  });

  it("keeps verifying hashes made by bcryptjs before the switch", async () => {
    const old = bcryptjs.hashSync("Demo2026", 10);
    expect(await verifyPassword("Demo2026", old)).toBe(true);
    expect(await verifyPassword("Demo2027", old)).toBe(false);
    expect(await verifyPassword("Demo2026", "not-a-hash")).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("Same1234")).not.toBe(await hashPassword("Same1234"));
  });

  it("checks the hash off the event loop", async () => {
    const hash = await hashPassword("Qinghe2026");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await Promise.all(Array.from({ length: 6 }, () => verifyPassword("Qinghe2026", hash)));
    clearInterval(timer);
    // bcryptjs ran on the event loop: the timer could not fire while six checks ran.
    expect(ticks).toBeGreaterThan(5);
  });
});

describe("passwordProblem", () => {
  it("refuses short passwords", () => {
    expect(passwordProblem("abc12")).toBe("密码至少需要10位");
  });

  it("refuses the published demo password however it is padded", () => {
    expect(passwordProblem("Demo2026Demo2026")).toContain("已公开");
    expect(passwordProblem("my-Demo2026-x!")).toContain("已公开");
    expect(passwordProblem("password12345")).toContain("太常见");
  });

  it.each(["Demo2026", "password1", "12345678a", "Password123", "qwertyuiop1", "1qaz2wsx3edc", "tongchuan2026", "Admin12345"])(
    "refuses the known or common password %s",
    (weak) => {
      expect(isGuessablePassword(weak)).toBe(true);
      expect(passwordProblem(weak)).not.toBeNull();
    },
  );

  it("refuses a password built from the person's own login name or name", () => {
    expect(passwordProblem("zhangming-2026!", ["zhangming", "张明"])).toBe("密码不能包含登录名或姓名");
  });

  it.each(["river-lamp-47", "Tongchuan#88!ok", "Xk9mQ2vLp7", "晚霞落在铁轨上的47号"])("accepts the strong password %s", (strong) => {
    expect(passwordProblem(strong)).toBeNull();
  });

  it("refuses more than bcrypt reads", () => {
    expect(passwordProblem("汉".repeat(25) + "x1")).toContain("72");
  });
});
