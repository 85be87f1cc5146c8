// The outbox worker inside the web process (started from instrumentation.ts). Kept on globalThis
// so that a dev-server reload, or Next loading the instrumentation entry twice, never starts a
// second loop in one process.
import type { TEnv } from "../env";
import { selectSmsProvider } from "./select-sms-provider";
import { selectWorkMessageProvider } from "./create-work-message-provider";
import { sweepComplaintDeadlines } from "../complaints/sweep-deadlines";
import { syncSearchIndex } from "../search/sync-search-index";
import { startOutboxWorker, type OutboxWorker } from "./start-outbox-worker";

const store = globalThis as unknown as { __portalOutboxWorker?: OutboxWorker };

export function startWebOutboxWorker({ env }: { env: TEnv }): void {
  if (store.__portalOutboxWorker) return;
  const provider = selectSmsProvider({ env });
  const workProvider = selectWorkMessageProvider({ env });
  store.__portalOutboxWorker = startOutboxWorker({ provider, workProvider, keepProcessAlive: false, beforeBatch: [sweepComplaintDeadlines, syncSearchIndex] });
  console.log(`[outbox] worker started in the web process (${provider.name} provider${workProvider ? `, work messages through ${workProvider.name}` : ""}; OUTBOX_WORKER=off to run it separately)`);
}
