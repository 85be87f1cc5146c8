// Scan counting off the request's critical path: a lookup pushes a row into this process's
// buffer and returns; the buffer is written with one INSERT every TRACE_SCAN_FLUSH_MS (or at
// 500 rows), and on SIGTERM/SIGINT it is flushed before the process exits, so a clean shutdown
// loses nothing. A failed write puts the rows back for the next flush.
//
// Next's own signal handler would exit without waiting for us; `npm start` sets
// NEXT_MANUAL_SIG_HANDLE=true so these handlers decide when to exit.
import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db";
import { getEnv } from "../env";
import { getAuthSecret } from "../auth/auth-secret";
import { assessScans, type ScanStats, type ScanWarning } from "./scan-warning";

interface PendingScan {
  batchId: string;
  scannedAt: Date;
  clientKey: string | null;
}

interface StatsEntry {
  stats: ScanStats;
  at: number;
}

interface State {
  buffer: PendingScan[];
  timer: NodeJS.Timeout | null;
  flushing: Promise<number> | null;
  hasSignalHandlers: boolean;
  stats: Map<string, StatsEntry>;
}

const FLUSH_AT = 500;
const store = globalThis as unknown as { __traceScans?: State };
const state: State = (store.__traceScans ??= { buffer: [], timer: null, flushing: null, hasSignalHandlers: false, stats: new Map() });

/**
 * A salted hash of the client's network (IPv4 /24, IPv6 /48): enough to count distinct places
 * for the counterfeit warning, not to identify a person.
 */
export function clientKeyOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const ip = address.split(",")[0].trim().replace(/^::ffff:/, "");
  const network = ip.includes(":") ? ip.split(":").slice(0, 3).join(":") : ip.split(".").slice(0, 3).join(".");
  return createHash("sha256").update(`${getAuthSecret()}|scan|${network}`).digest("base64url").slice(0, 22);
}

export function recordScan(scan: { batchId: string; clientKey: string | null; at?: Date }): void {
  state.buffer.push({ batchId: scan.batchId, clientKey: scan.clientKey, scannedAt: scan.at ?? new Date() });
  const cached = state.stats.get(scan.batchId);
  if (cached) {
    cached.stats = { ...cached.stats, total: cached.stats.total + 1, recent: cached.stats.recent + 1, firstAt: cached.stats.firstAt ?? new Date() };
  }
  ensureBackground();
  if (state.buffer.length >= FLUSH_AT) void flushScans();
}

function ensureBackground() {
  if (!state.timer) {
    state.timer = setInterval(() => void flushScans(), getEnv().TRACE_SCAN_FLUSH_MS);
    state.timer.unref();
  }
  if (!state.hasSignalHandlers) {
    state.hasSignalHandlers = true;
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        void shutdownScans().finally(() => process.exit(signal === "SIGTERM" ? 143 : 130));
      });
    }
  }
}

/** Writes the buffered scans; returns how many were written. */
export function flushScans(): Promise<number> {
  if (state.flushing) return state.flushing.then(() => flushScans());
  if (!state.buffer.length) return Promise.resolve(0);
  const rows = state.buffer.splice(0, state.buffer.length);
  state.flushing = prisma.scanLog
    .createMany({ data: rows })
    .then(() => rows.length)
    .catch((err) => {
      // Batches are never deleted, so a failure is the database being away: keep the rows.
      console.error("trace scans: flush failed, will retry", err);
      state.buffer.unshift(...rows);
      return 0;
    })
    .finally(() => {
      state.flushing = null;
    });
  return state.flushing;
}

/** Flushes until the buffer is empty (shutdown). */
export async function shutdownScans(): Promise<void> {
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
  for (let attempt = 0; attempt < 5 && (state.buffer.length || state.flushing); attempt++) await flushScans();
}

export function pendingScanCount(): number {
  return state.buffer.length;
}

/**
 * Lookup counts for a batch: written rows (cached for TRACE_SCAN_STATS_TTL_SECONDS) plus this
 * instance's lookups since. Other instances' recent lookups appear within the same delay.
 */
export async function getScanStats(batchId: string): Promise<ScanStats> {
  const env = getEnv();
  const hit = state.stats.get(batchId);
  if (hit && Date.now() - hit.at < env.TRACE_SCAN_STATS_TTL_SECONDS * 1000) return hit.stats;
  const since = new Date(Date.now() - env.TRACE_WARN_WINDOW_HOURS * 3600_000);
  const [row] = await prisma.$queryRaw<{ total: bigint; first_at: Date | null; recent: bigint; places: bigint }[]>`
    SELECT count(*) AS total, min("scannedAt") AS first_at,
           count(*) FILTER (WHERE "scannedAt" >= ${since}) AS recent,
           count(DISTINCT "clientKey") FILTER (WHERE "scannedAt" >= ${since}) AS places
    FROM "ScanLog" WHERE "batchId" = ${batchId}`;
  const pending = state.buffer.filter((s) => s.batchId === batchId);
  const stats: ScanStats = {
    total: Number(row.total) + pending.length,
    firstAt: row.first_at ?? pending[0]?.scannedAt ?? null,
    recent: Number(row.recent) + pending.length,
    recentPlaces: Number(row.places) + new Set(pending.map((p) => p.clientKey).filter((k) => k !== null)).size,
  };
  state.stats.set(batchId, { stats, at: Date.now() });
  return stats;
}

/** Records this lookup and returns the counts to show and whether to warn. */
export async function countLookup({ batchId, clientAddress }: { batchId: string; clientAddress: string | null }): Promise<{ stats: ScanStats; warning: ScanWarning }> {
  recordScan({ batchId, clientKey: clientKeyOf(clientAddress) });
  const stats = await getScanStats(batchId);
  const env = getEnv();
  return { stats, warning: assessScans(stats, { windowHours: env.TRACE_WARN_WINDOW_HOURS, maxLookups: env.TRACE_WARN_MAX_LOOKUPS, maxPlaces: env.TRACE_WARN_MAX_PLACES }) };
}

export function resetScanStats() {
  state.stats.clear();
}
