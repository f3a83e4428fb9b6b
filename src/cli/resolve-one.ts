/** Turns a command's <code|title> argument into one occupation code, or fails with suggestions. */
import { notFound } from '../errors.js';
import { loadTitles } from '../resolve/load.js';
import { createResolver } from '../resolve/resolver.js';
import type { Resolution } from '../resolve/types.js';
import type { DB } from '../store/open.js';

export interface Picked {
  code: string;
  resolution: Resolution;
}

export function pickOccupation(db: DB, text: string): Picked {
  const resolution = createResolver(loadTitles(db)).resolve(text, 5);
  const top = resolution.candidates[0];
  if (!top) {
    const s = resolution.suggestions ?? [];
    throw notFound(`no occupation matches "${text}"${s.length ? `; did you mean ${s.slice(0, 5).map((x) => `"${x}"`).join(', ')}?` : ''}`, {
      suggestions: s,
    });
  }
  return { code: top.code, resolution };
}
