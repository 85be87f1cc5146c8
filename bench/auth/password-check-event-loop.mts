// How much N parallel password checks delay everything else in the process (the /api/health
// stall the review measured with 60 parallel unknown-user sign-ins): bcryptjs, which ran on the
// event loop before, against @node-rs/bcrypt (lib/auth/password.ts), which runs on libuv's pool.
// Prints the total time and the worst event-loop delay seen by a 10 ms timer meanwhile.
//
//   npx tsx bench/auth/password-check-event-loop.mts [parallel=60]
import { monitorEventLoopDelay } from "node:perf_hooks";
import bcryptjs from "bcryptjs";
import { compare, hash } from "@node-rs/bcrypt";

const parallel = Number(process.argv[2] ?? 60);
const stored = await hash("not-a-real-password-0", { cost: 10 });

async function measure(label: string, check: (password: string) => Promise<boolean>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  // A timer standing in for every other request: how late does it fire?
  let worstLate = 0;
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLate = Math.max(worstLate, now - expected);
    expected = now + 10;
  }, 10);
  delay.enable();
  const started = performance.now();
  await Promise.all(Array.from({ length: parallel }, (_, i) => check(`guess-${i}`)));
  const total = performance.now() - started;
  delay.disable();
  clearInterval(timer);
  console.log(
    `${label.padEnd(18)} ${parallel} checks in ${total.toFixed(0).padStart(6)} ms; ` +
      `event loop: worst timer lateness ${worstLate.toFixed(0).padStart(5)} ms, p99 delay ${(delay.percentile(99) / 1e6).toFixed(0).padStart(5)} ms`,
  );
}

await measure("bcryptjs (before)", (password) => bcryptjs.compare(password, stored));
await measure("@node-rs/bcrypt", (password) => compare(password, stored));
