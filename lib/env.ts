// Every setting the portal reads, validated once with zod. A bad value stops the start with a
// message that names the variable (scripts/prepare-db.ts and instrumentation.ts call getEnv()).
import { z } from "zod";
import { isPostgresUrl } from "./db-adapter";
import { checkGatewayTemplate, DEFAULT_GATEWAY_TEMPLATE } from "./notify/render-gateway-body";

const optional = (schema: z.ZodType) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(
      z.string().refine(isPostgresUrl, "must be a PostgreSQL URL (postgresql://user@host:5432/db)"),
    ),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
    NEXTAUTH_URL: optional(z.url("must be a URL such as https://portal.example.gov.cn")),
    SITE_NAME: z.string().min(1).max(40).default("桐川县人民政府"),
    // The site's name on the English pages for investors (/en).
    SITE_NAME_EN: z.string().min(1).max(80).default("Tongchuan County People's Government"),
    SITE_URL: z.url("must be a URL such as https://portal.example.gov.cn").default("http://localhost:3000"),
    // Government-site footer (国务院办公厅《政府网站发展指引》): the organiser, the site identifier,
    // the ICP and public-security filing numbers, contact details and the service hotline. The
    // defaults are the fictional demo county's; a real site sets its own.
    SITE_ORGANIZER: z.string().min(1).max(60).default("桐川县人民政府办公室"),
    SITE_ID_CODE: z.string().regex(/^\d{10}$/, "must be the 10-digit 网站标识码").default("3399000001"),
    SITE_ICP: z.string().min(1).max(40).default("浙ICP备00000000号"),
    SITE_PSB_RECORD: z.string().regex(/^\D{0,8}\d{14}号?$/, "must be the 公安备案号 with its 14 digits, e.g. 浙公网安备33000000000001号").default("浙公网安备33000000000001号"),
    SITE_CONTACT_PHONE: z.string().min(1).max(40).default("0570-8000000"),
    SITE_CONTACT_ADDRESS: z.string().min(1).max(100).default("桐川县城关镇人民路1号 县政府办公室"),
    SITE_CONTACT_EMAIL: optional(z.email("must be an e-mail address")),
    SITE_HOTLINE: z.string().min(1).max(20).default("12345"),
    MEILISEARCH_HOST: optional(z.url("must be a URL such as http://127.0.0.1:7700")),
    MEILISEARCH_API_KEY: optional(z.string()),
    // Produce traceability (lib/trace): cache safety net, scan-log batching, counterfeit warning.
    TRACE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    TRACE_SCAN_FLUSH_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    TRACE_SCAN_STATS_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    TRACE_WARN_WINDOW_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24),
    TRACE_WARN_MAX_LOOKUPS: z.coerce.number().int().min(1).default(200),
    TRACE_WARN_MAX_PLACES: z.coerce.number().int().min(1).default(20),
    // The CJK font embedded (subset) in PDF label sheets: a .ttf/.otf, or a .ttc with the face's PostScript name.
    TRACE_LABEL_FONT: z.string().min(1).default("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    TRACE_LABEL_FONT_NAME: z.string().min(1).default("NotoSansCJKsc-Regular"),
    // Official documents (lib/seals): the faces GB/T 9704-2012 names, each a .ttf/.otf or a .ttc
    // with the face's PostScript name. A missing file falls back to the next: 仿宋 (body) → the
    // label font; 小标宋 (masthead, title) → 仿宋; 黑体 (first-level headings) → the label font;
    // 楷体 (second-level headings) → 仿宋.
    DOCUMENT_FONT_FANGSONG: z.string().min(1).default("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
    DOCUMENT_FONT_FANGSONG_NAME: z.string().min(1).default("NotoSerifCJKsc-Regular"),
    DOCUMENT_FONT_XIAOBIAOSONG: z.string().min(1).default("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"),
    DOCUMENT_FONT_XIAOBIAOSONG_NAME: z.string().min(1).default("NotoSerifCJKsc-Bold"),
    DOCUMENT_FONT_HEITI: z.string().min(1).default("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    DOCUMENT_FONT_HEITI_NAME: z.string().min(1).default("NotoSansCJKsc-Regular"),
    DOCUMENT_FONT_KAITI: optional(z.string().min(1)),
    DOCUMENT_FONT_KAITI_NAME: optional(z.string().min(1)),
    // The key that encrypts the units' SM2 private keys at rest (AES-256-GCM); 32+ characters.
    // Unset outside production on PostgreSQL: generated into .data/seal-key-secret.
    SEAL_KEY_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
    // Where the server asks itself to render a batch page for the page cache; default: loopback on PORT.
    TRACE_RENDER_ORIGIN: optional(z.url("must be a URL such as http://127.0.0.1:3000")),
    // Notifications (lib/notify): which SMS provider sends the outbox, and the worker that runs it.
    SMS_PROVIDER: z.enum(["dev", "http"], "must be dev (record messages only) or http (send through SMS_GATEWAY_URL)").default("dev"),
    SMS_GATEWAY_URL: optional(z.url("must be a URL such as https://sms.example.com/send")),
    SMS_GATEWAY_TEMPLATE: z
      .string()
      .default(DEFAULT_GATEWAY_TEMPLATE)
      .superRefine((template, ctx) => {
        const problem = checkGatewayTemplate(template);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    SMS_GATEWAY_TOKEN: optional(z.string()),
    SMS_GATEWAY_TIMEOUT_MS: z.coerce
      .number("must be a number of milliseconds")
      .int("must be a whole number of milliseconds")
      .min(1000, "must be at least 1000 (milliseconds)")
      .max(60_000, "must be at most 60000 (milliseconds)")
      .default(10_000),
    SMS_RECEIPT_TOKEN: optional(z.string().min(16, "must be at least 16 characters (openssl rand -hex 16)")),
    // Work messaging (企业微信 / 钉钉 application messages to officers, lib/notify/create-work-message-provider.ts):
    // set the URL to queue a work message beside every SMS to an officer. The URL is the vendor's
    // send endpoint (or the county's relay in front of it); the token goes as `access_token`.
    WORK_MESSAGING_URL: optional(z.url("must be a URL such as https://qyapi.weixin.qq.com/cgi-bin/message/send")),
    WORK_MESSAGING_TOKEN: optional(z.string()),
    WORK_MESSAGING_KIND: z.enum(["wecom", "dingtalk"], "must be wecom (企业微信) or dingtalk (钉钉)").default("wecom"),
    WORK_MESSAGING_AGENT_ID: optional(z.string().regex(/^\d{1,20}$/, "must be the application's numeric agent id (AgentId)")),
    WORK_MESSAGING_TIMEOUT_MS: z.coerce.number("must be a number of milliseconds").int().min(1000, "must be at least 1000 (milliseconds)").max(60_000, "must be at most 60000 (milliseconds)").default(10_000),
    // Officer sign-in: failed attempts one client address may make in 15 minutes, whatever the
    // names (lib/auth/authenticate-officer.ts). Raise it for an office whose staff share one address.
    SIGN_IN_ADDRESS_LIMIT: z.coerce.number("must be a number").int().min(3).max(10_000).default(10),
    // "1": `npm run db:prepare` loads the demo county (officers with the published demo password)
    // into PostgreSQL too; for CI and trial servers only. The embedded database always has it.
    SEED_DEMO: z.enum(["0", "1"], "must be 1 (load the demo county) or 0").default("0"),
    // Proxies (load balancer, reverse proxy) in front of the server that each append the address
    // they saw to X-Forwarded-For; 0 = the server faces clients directly (lib/http/client-address.ts).
    TRUSTED_PROXY_HOPS: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(10, "must be at most 10").default(0),
    // Text messages one phone number gets per day, all kinds together (lib/notify/enqueue-message.ts).
    SMS_DAILY_CAP_PER_RECIPIENT: z.coerce.number().int().min(1).max(1000).default(20),
    OUTBOX_WORKER: z.enum(["on", "off"], "must be on (send from the web process) or off (run `npm run worker` instead)").default("on"),
  })
  .superRefine((env, ctx) => {
    // Several instances on PostgreSQL must share one signing key; only the embedded
    // single-machine setup may generate its own.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "is required in production with DATABASE_URL (openssl rand -base64 32)",
      });
    }
    // Every instance must decrypt the seals' private keys with the same key, and a key generated
    // into one machine's data folder would be lost with it.
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.SEAL_KEY_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SEAL_KEY_SECRET"],
        message: "is required in production with DATABASE_URL (openssl rand -base64 32); keep it: sealed keys cannot be read without it",
      });
    }
    if (env.SMS_PROVIDER === "http" && !env.SMS_GATEWAY_URL) {
      ctx.addIssue({ code: "custom", path: ["SMS_GATEWAY_URL"], message: "is required when SMS_PROVIDER=http" });
    }
    if (env.WORK_MESSAGING_URL && !env.WORK_MESSAGING_AGENT_ID) {
      ctx.addIssue({ code: "custom", path: ["WORK_MESSAGING_AGENT_ID"], message: "is required when WORK_MESSAGING_URL is set (the application's AgentId)" });
    }
    // A real gateway's receipts change what admins see in the delivery log: only the gateway may
    // post them, in every environment (without the token anyone could mark a message failed).
    if (env.SMS_PROVIDER === "http" && !env.SMS_RECEIPT_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SMS_RECEIPT_TOKEN"],
        message: "is required with SMS_PROVIDER=http (openssl rand -hex 16)",
      });
    }
  });

export type TEnv = z.infer<typeof ZEnv> & {
  DATABASE_URL?: string;
  NEXTAUTH_SECRET?: string;
  NEXTAUTH_URL?: string;
  MEILISEARCH_HOST?: string;
  MEILISEARCH_API_KEY?: string;
  SMS_GATEWAY_URL?: string;
  SMS_GATEWAY_TOKEN?: string;
  SMS_RECEIPT_TOKEN?: string;
  WORK_MESSAGING_URL?: string;
  WORK_MESSAGING_TOKEN?: string;
  WORK_MESSAGING_AGENT_ID?: string;
  TRACE_RENDER_ORIGIN?: string;
  SITE_CONTACT_EMAIL?: string;
  SEAL_KEY_SECRET?: string;
  DOCUMENT_FONT_KAITI?: string;
  DOCUMENT_FONT_KAITI_NAME?: string;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses a set of variables; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        const value = source[name];
        const shown = value === undefined ? "" : ` (got "${name.includes("SECRET") || name.includes("KEY") || name.includes("TOKEN") ? "***" : value}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  return result.data as TEnv;
}

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  return (cached ??= parseEnv(process.env));
}

/** For process entry points (server start, scripts): a bad setting ends the process with a message naming it. */
export function getEnvOrExit(): TEnv {
  try {
    return getEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
