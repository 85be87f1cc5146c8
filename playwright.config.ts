import { defineConfig, devices } from "@playwright/test";
import { FIRST_ADMIN, FIRST_ADMIN_PASSWORD } from "./e2e/helpers";

// End-to-end tests against the production build in Debian's Chromium (never Playwright's own
// browser download). CHROMIUM_PATH points elsewhere when Chromium lives somewhere else.
const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const usesPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh embedded database for every run (PostgreSQL runs get a fresh database from
    // .ci/run); build, migrate and seed, then serve the production build.
    command: [
      usesPostgres ? "true" : "rm -rf .data/e2e-pglite",
      "npx next build",
      "npx tsx scripts/prepare-db.ts",
      // The demo admin exists already, hence --another; a database kept from an earlier run has it.
      "(npx tsx scripts/create-admin.ts --another || true)",
      // The portal's own server entry (server.mjs: the client address from the socket).
      `node server.mjs -H 127.0.0.1 -p ${PORT}`,
    ].join(" && "),
    url: `${baseURL}/api/health`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DATA_DIR: ".data/e2e-pglite",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-only-secret-not-for-production-0123456789",
      // Required in production on PostgreSQL (lib/env.ts), like NEXTAUTH_SECRET.
      SEAL_KEY_SECRET: process.env.SEAL_KEY_SECRET || "e2e-only-seal-key-not-for-production-0123456789",
      NEXTAUTH_URL: baseURL,
      SITE_URL: baseURL,
      // The suite signs in as the demo officers: on PostgreSQL they exist only with SEED_DEMO=1.
      SEED_DEMO: process.env.SEED_DEMO || "1",
      // Every test signs in from this one machine; the per-address limit has its own unit test.
      SIGN_IN_ADDRESS_LIMIT: process.env.SIGN_IN_ADDRESS_LIMIT || "100",
      // The first administrator, made by `npm run officer:create-admin` (e2e/auth/first-admin.spec.ts).
      ADMIN_USERNAME: FIRST_ADMIN,
      ADMIN_NAME: "首位管理员",
      ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      // /fault-injection throws, for the 500 page's headers (e2e/hardening/headers.spec.ts).
      FAULT_INJECTION: "1",
    },
  },
});
