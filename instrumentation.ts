// Validates every setting once when the server starts, so a bad variable stops the start with
// a message naming it instead of failing on the first request. Then starts the outbox worker in
// this process unless OUTBOX_WORKER=off (deployments that run `npm run worker` instead).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnvOrExit } = await import("./lib/env");
    const env = getEnvOrExit();
    // `next build` may load this file while it collects pages; a build must not send messages.
    if (env.OUTBOX_WORKER === "on" && process.env.NEXT_PHASE !== "phase-production-build") {
      const { startWebOutboxWorker } = await import("./lib/notify/start-web-outbox-worker");
      startWebOutboxWorker({ env });
    }
  }
}
