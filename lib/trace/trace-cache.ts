// The consumer pages' cache: batch and product views kept in each server's memory so a scan
// costs no database round trip while nothing has changed.
//
// Invalidation works across instances without shared memory: a trigger on every trace table
// sends NOTIFY trace_changed when a transaction commits (migration 20261123300000_trace); each
// instance LISTENs on a dedicated connection (PGlite: in-process) and empties its cache on any
// notification. Writes are rare (operators) and reads many, so "empty everything" is simple and
// cheap. The cache is trusted only while the listener is connected: before it is up, or after
// it is lost, every read goes to the database, and a lost listener reconnects and empties the
// cache. A time limit (TRACE_CACHE_TTL_SECONDS) bounds staleness even if a notification were lost.
import "server-only";
import { listenToDatabase } from "../db";
import { getEnv } from "../env";

interface Entry {
  value: unknown;
  at: number;
}

interface State {
  entries: Map<string, Entry>;
  /** Loads under way, so that concurrent misses of one key load once (no stampede at start). */
  loading: Map<string, { generation: number; promise: Promise<unknown> }>;
  isListening: boolean;
  starting: Promise<void> | null;
  generation: number;
  stop: (() => Promise<void>) | null;
}

const MAX_ENTRIES = 20_000;
const store = globalThis as unknown as { __traceCache?: State };
const state: State = (store.__traceCache ??= { entries: new Map(), loading: new Map(), isListening: false, starting: null, generation: 0, stop: null });
// A dev-server reload keeps the state of an older version of this module.
state.loading ??= new Map();

function invalidateAll() {
  state.generation++;
  state.entries.clear();
}

function startListening(): Promise<void> {
  state.starting ??= listenToDatabase(
    "trace_changed",
    () => invalidateAll(),
    (err) => {
      console.error("trace cache: lost the LISTEN connection; reading from the database until it is back", err);
      state.isListening = false;
      state.starting = null;
      state.stop = null;
      invalidateAll();
      setTimeout(() => void startListening().catch(() => undefined), 1000).unref?.();
    },
  )
    .then((stop) => {
      state.stop = stop;
      state.isListening = true;
      invalidateAll();
    })
    .catch((err) => {
      console.error("trace cache: LISTEN failed; not caching", err);
      state.starting = null;
      throw err;
    });
  return state.starting;
}

/** The cached value for `key`, loading it when absent, stale or while invalidation is down. */
export async function cachedTrace<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!state.isListening) {
    await startListening().catch(() => undefined);
    if (!state.isListening) return load();
  }
  const ttlMs = getEnv().TRACE_CACHE_TTL_SECONDS * 1000;
  const hit = state.entries.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as T;
  // A change that commits while we load must not leave the old value cached.
  const generation = state.generation;
  const pending = state.loading.get(key);
  if (pending && pending.generation === generation) return pending.promise as Promise<T>;
  const promise = load().then((value) => {
    if (generation === state.generation) {
      if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
      state.entries.set(key, { value, at: Date.now() });
    }
    return value;
  });
  state.loading.set(key, { generation, promise });
  const forget = () => {
    if (state.loading.get(key)?.promise === promise) state.loading.delete(key);
  };
  promise.then(forget, forget);
  return promise;
}

/** For tests and shutdown. */
export async function resetTraceCache() {
  await state.stop?.();
  state.stop = null;
  state.isListening = false;
  state.starting = null;
  invalidateAll();
}

export function traceCacheSize() {
  return state.entries.size;
}
