/**
 * Watches the store file under a running server. A store is only ever replaced whole (`careerdiff import`
 * renames a new file over it), so: a new file at the path (another inode) is reopened and handed to
 * `onReplaced`; a file changed in place, cut short, deleted or unreadable makes the store unhealthy, and the
 * site answers 503 with a clear message (src/site/app.ts) and /api/health says why, until it is fixed.
 */
import fs from 'node:fs';
import { asCareerdiffError } from '../errors.js';
import { type DB, isCurrent, openStore, probeStore, storeStatus, truncation } from '../store/open.js';

export interface StoreHealth {
  ok: boolean;
  /** Why the store cannot be used (only when not ok). */
  reason?: string;
}

export interface StoreWatch {
  /** The last known state (cheap: what the guard middleware reads on every request). */
  health(): StoreHealth;
  /** Checks the file now (stat, header, one query) and returns the new state. */
  check(): StoreHealth;
  /** The connection in use (a new one after a reopen). */
  db(): DB;
  stop(): void;
}

export interface WatchOptions {
  file: string;
  db: DB;
  /** How often the file is checked, in ms (0: only when check() is called). */
  intervalMs: number;
  /** Called with a new connection when an import replaced the file; the caller switches to it. Throwing keeps the old one. */
  onReplaced?: (db: DB) => void;
  log?: (line: string) => void;
}

interface Identity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

const identityOf = (st: fs.Stats): Identity => ({ dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs });

export function watchStore(o: WatchOptions): StoreWatch {
  const log = o.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  let db = o.db;
  let id: Identity | null = (() => {
    try {
      return identityOf(fs.statSync(o.file));
    } catch {
      return null;
    }
  })();
  let state: StoreHealth = { ok: true };
  let lastReason = '';

  const set = (next: StoreHealth): StoreHealth => {
    if (!next.ok && next.reason !== lastReason) log(`careerdiff: the store is unavailable: ${next.reason}`);
    if (next.ok && !state.ok) log(`careerdiff: the store at ${o.file} is readable again`);
    lastReason = next.ok ? '' : (next.reason ?? '');
    state = next;
    return state;
  };

  const reopen = (st: fs.Stats): StoreHealth => {
    const status = storeStatus(o.file);
    if (!isCurrent(status))
      return set({
        ok: false,
        reason: `the file at ${o.file} was replaced by ${status.kind === 'store' ? 'an outdated or incomplete store' : `something that is not a usable store (${status.detail ?? status.kind})`}`,
      });
    const t0 = performance.now();
    const next = openStore(o.file);
    try {
      o.onReplaced?.(next);
    } catch (err) {
      next.close();
      return set({
        ok: false,
        reason: `a new store was found but could not be loaded: ${asCareerdiffError(err).message}`,
      });
    }
    const old = db;
    db = next;
    id = identityOf(st);
    old.close();
    log(
      `careerdiff: the store at ${o.file} was replaced (careerdiff import); reopened it in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return set({ ok: true });
  };

  const check = (): StoreHealth => {
    let st: fs.Stats;
    try {
      st = fs.statSync(o.file);
    } catch {
      return set({ ok: false, reason: `the store file ${o.file} is gone; run "careerdiff import" to rebuild it` });
    }
    try {
      if (!id || st.dev !== id.dev || st.ino !== id.ino) return reopen(st);
      if (st.size !== id.size || st.mtimeMs !== id.mtimeMs) {
        const short = truncation(db, st.size);
        return set({
          ok: false,
          reason: short
            ? `the store file ${o.file} is damaged (${short}); run "careerdiff import" to rebuild it`
            : `the store file ${o.file} was changed in place (stores are only replaced whole); run "careerdiff import" to rebuild it`,
        });
      }
      probeStore(db);
      return set({ ok: true });
    } catch (err) {
      return set({ ok: false, reason: asCareerdiffError(err).message });
    }
  };

  const timer = o.intervalMs > 0 ? setInterval(check, o.intervalMs) : null;
  timer?.unref();
  return {
    health: () => state,
    check,
    db: () => db,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
