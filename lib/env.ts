// Every setting the portal reads, validated once with zod. A bad value stops the start with a
// message that names the variable (scripts/prepare-db.ts and instrumentation.ts call getEnv()).
import { z } from "zod";
import { isPostgresUrl } from "./db-adapter";

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
    SITE_URL: z.url("must be a URL such as https://portal.example.gov.cn").default("http://localhost:3000"),
    MEILISEARCH_HOST: optional(z.url("must be a URL such as http://127.0.0.1:7700")),
    MEILISEARCH_API_KEY: optional(z.string()),
    // Produce traceability (lib/trace): cache safety net, scan-log batching, counterfeit warning.
    TRACE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    TRACE_SCAN_FLUSH_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    TRACE_SCAN_STATS_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    TRACE_WARN_WINDOW_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24),
    TRACE_WARN_MAX_LOOKUPS: z.coerce.number().int().min(1).default(200),
    TRACE_WARN_MAX_PLACES: z.coerce.number().int().min(1).default(20),
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
  });

export type TEnv = z.infer<typeof ZEnv> & {
  DATABASE_URL?: string;
  NEXTAUTH_SECRET?: string;
  NEXTAUTH_URL?: string;
  MEILISEARCH_HOST?: string;
  MEILISEARCH_API_KEY?: string;
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
        const shown = value === undefined ? "" : ` (got "${name.includes("SECRET") || name.includes("KEY") ? "***" : value}")`;
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
