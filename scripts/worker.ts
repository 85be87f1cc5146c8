// `npm run worker`: sends the outbox (and keeps the search index current) from its own process until SIGTERM or SIGINT, then finishes
// the batch in progress and exits 0. For PostgreSQL deployments, where the web processes run with
// OUTBOX_WORKER=off; PGlite allows one process, so there the web process sends (the default).
import { describeTarget, resolveDatabaseTarget } from "../lib/db-adapter";
import { prisma } from "../lib/db";
import { getEnvOrExit } from "../lib/env";
import { selectSmsProvider } from "../lib/notify/select-sms-provider";
import { selectWorkMessageProvider } from "../lib/notify/create-work-message-provider";
import { sweepComplaintDeadlines } from "../lib/complaints/sweep-deadlines";
import { startOutboxWorker } from "../lib/notify/start-outbox-worker";
import { syncSearchIndex } from "../lib/search/sync-search-index";

function main() {
  const env = getEnvOrExit();
  const target = resolveDatabaseTarget(process.env);
  if (target.kind !== "postgres") {
    console.error(
      "[worker] needs DATABASE_URL (PostgreSQL). The embedded PGlite database allows one process, " +
        "so without DATABASE_URL the web process sends the outbox itself (OUTBOX_WORKER=on, the default).",
    );
    process.exit(1);
  }
  const provider = selectSmsProvider({ env });
  console.log(`[worker] sending the outbox of ${describeTarget(target)} with the ${provider.name} provider`);
  if (provider.name === "dev") console.log("[worker] SMS_PROVIDER=dev: messages are only written to this log, not sent");
  const workProvider = selectWorkMessageProvider({ env });
  if (workProvider) console.log(`[worker] work messages to officers through ${workProvider.name}`);
  const worker = startOutboxWorker({ provider, workProvider, beforeBatch: [sweepComplaintDeadlines, syncSearchIndex] });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing the current batch`);
    await worker.stop();
    await prisma.$disconnect();
    console.log("[worker] stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main();
