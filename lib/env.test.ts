import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults so the embedded setup needs no settings", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.SITE_NAME).toBe("桐川县人民政府");
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("names the bad variable and what it must be", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://root@localhost/portal" })).toThrowError(
      /DATABASE_URL must be a PostgreSQL URL .*got "mysql:\/\/root@localhost\/portal"/,
    );
  });

  it("reports every bad variable at once and hides secrets", () => {
    try {
      parseEnv({ MEILISEARCH_HOST: "not a url", NEXTAUTH_SECRET: "short" });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError);
      const problems = (err as EnvError).problems;
      expect(problems).toHaveLength(2);
      expect(problems.find((p) => p.startsWith("MEILISEARCH_HOST"))).toContain("must be a URL");
      const secret = problems.find((p) => p.startsWith("NEXTAUTH_SECRET"))!;
      expect(secret).toContain("at least 32 characters");
      expect(secret).not.toContain("short");
    }
  });

  it("requires a shared signing secret in production on PostgreSQL", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@h/db" })).toThrowError(/NEXTAUTH_SECRET is required/);
    expect(parseEnv({ NODE_ENV: "production" }).NEXTAUTH_SECRET).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", MEILISEARCH_HOST: " " }).DATABASE_URL).toBeUndefined();
  });
});
