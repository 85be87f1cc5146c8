// Runs deliverOutboxBatch in a loop: again at once while batches come back full, otherwise after
// a pause. Used by the web process (instrumentation.ts) and by `npm run worker`
// (scripts/worker.ts). Any number of these loops may run against one PostgreSQL database; the
// claims in deliver-outbox.ts keep them from sending a row twice.
import "server-only";
import { deliverOutboxBatch, type OutboxBatchResult } from "./deliver-outbox";
import type { SmsProvider } from "./sms-provider";

export interface OutboxWorker {
  /** Stops the loop; resolves once the batch in progress (if any) has finished. */
  stop(): Promise<void>;
}

export function startOutboxWorker({
  provider,
  workProvider = null,
  intervalMs = 5000,
  limit = 20,
  log = { info: console.log, error: console.error },
  keepProcessAlive = true,
  beforeBatch,
}: {
  provider: SmsProvider;
  /** Sends WORK_MESSAGE rows (企业微信/钉钉); null when not configured. */
  workProvider?: SmsProvider | null;
  intervalMs?: number;
  limit?: number;
  log?: { info: (line: string) => void; error: (line: string) => void };
  /** false in the web process: the loop's timer must not keep a stopping server alive. */
  keepProcessAlive?: boolean;
  /**
   * Runs first on every tick (the deadline sweeper, the search index sync), so the warnings they
   * queue go out at once. Each job runs even if the one before it failed.
   */
  beforeBatch?: (() => Promise<void>) | (() => Promise<void>)[];
}): OutboxWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delay);
    if (!keepProcessAlive) timer.unref();
  };

  const tick = async () => {
    let result: OutboxBatchResult | undefined;
    for (const job of [beforeBatch ?? []].flat()) {
      try {
        await job();
      } catch (err) {
        log.error(`[outbox] before-batch job failed: ${(err as Error).message}`);
      }
    }
    try {
      result = await deliverOutboxBatch({ provider, workProvider, limit });
      if (result.claimed || result.recovered) {
        log.info(
          `[outbox] ${provider.name}: claimed ${result.claimed}, sent ${result.sent}, retry later ${result.retried}, failed ${result.failed}, recovered ${result.recovered}`,
        );
      }
    } catch (err) {
      // A database outage must not end the loop; the next tick tries again.
      log.error(`[outbox] batch failed: ${(err as Error).message}`);
    }
    schedule(result && result.claimed >= limit ? 0 : intervalMs);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
