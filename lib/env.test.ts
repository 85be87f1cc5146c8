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

describe("notification settings", () => {
  it("defaults to the development provider with the worker in the web process", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ SMS_PROVIDER: "dev", OUTBOX_WORKER: "on", SMS_GATEWAY_TIMEOUT_MS: 10000 });
    expect(env.SMS_GATEWAY_TEMPLATE).toContain("{{to}}");
  });

  it("requires a gateway URL and a receipt token for the HTTP provider, in every environment", () => {
    expect(() => parseEnv({ SMS_PROVIDER: "http" })).toThrowError(/SMS_GATEWAY_URL is required when SMS_PROVIDER=http/);
    for (const NODE_ENV of ["production", "development"]) {
      expect(() => parseEnv({ NODE_ENV, SMS_PROVIDER: "http", SMS_GATEWAY_URL: "https://sms.example.com/send" })).toThrowError(/SMS_RECEIPT_TOKEN is required with SMS_PROVIDER=http/);
    }
    const token = "0123456789abcdef0123";
    expect(parseEnv({ SMS_PROVIDER: "http", SMS_GATEWAY_URL: "https://sms.example.com/send", SMS_RECEIPT_TOKEN: token }).SMS_GATEWAY_URL).toBe("https://sms.example.com/send");
  });

  it("reads the trusted proxy hops, 0 by default", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrowError(/TRUSTED_PROXY_HOPS must be 0 or more/);
  });

  it("names bad notification values and hides tokens", () => {
    try {
      parseEnv({ SMS_PROVIDER: "aliyun", SMS_GATEWAY_TEMPLATE: '{"to":"{{to}}"}', SMS_GATEWAY_TIMEOUT_MS: "50", SMS_RECEIPT_TOKEN: "short", OUTBOX_WORKER: "yes" });
      expect.unreachable();
    } catch (err) {
      const problems = (err as EnvError).problems;
      expect(problems.find((p) => p.startsWith("SMS_PROVIDER"))).toContain("must be dev");
      expect(problems.find((p) => p.startsWith("SMS_GATEWAY_TEMPLATE"))).toContain("must contain {{to}} and {{text}}");
      expect(problems.find((p) => p.startsWith("SMS_GATEWAY_TIMEOUT_MS"))).toContain("at least 1000");
      expect(problems.find((p) => p.startsWith("OUTBOX_WORKER"))).toContain("must be on");
      const token = problems.find((p) => p.startsWith("SMS_RECEIPT_TOKEN"))!;
      expect(token).toContain("at least 16 characters");
      expect(token).not.toContain("short");
    }
    expect(() => parseEnv({ SMS_GATEWAY_TEMPLATE: "to={{to}}&text={{text}}" })).toThrowError(/SMS_GATEWAY_TEMPLATE must be JSON/);
    expect(() => parseEnv({ SMS_GATEWAY_TEMPLATE: '{"to":"{{to}}","text":"{{text}}","x":"{{sign}}"}' })).toThrowError(/unknown placeholder \{\{sign\}\}/);
  });

  it("loads no demo county by default, and takes only 0 or 1", () => {
    expect(parseEnv({})).toMatchObject({ SEED_DEMO: "0", SIGN_IN_ADDRESS_LIMIT: 10 });
    expect(parseEnv({ SEED_DEMO: "1" }).SEED_DEMO).toBe("1");
    expect(() => parseEnv({ SEED_DEMO: "yes" })).toThrowError(/SEED_DEMO must be 1/);
    expect(() => parseEnv({ SIGN_IN_ADDRESS_LIMIT: "1" })).toThrowError(/SIGN_IN_ADDRESS_LIMIT/);
  });
});
