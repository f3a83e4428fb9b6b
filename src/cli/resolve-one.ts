/** Turns a command's <code|title> argument into one occupation code, or fails with suggestions. */
import { notFound } from '../errors.js';
import { storeResolver } from '../resolve/load.js';
import type { Resolution } from '../resolve/types.js';
import type { DB } from '../store/open.js';

export interface Picked {
  code: string;
  resolution: Resolution;
}

export function pickOccupation(db: DB, text: string): Picked {
  const resolution = storeResolver(db).resolve(text, 5);
  const top = resolution.candidates[0];
  if (!top) {
    const s = resolution.suggestions ?? [];
    throw notFound(
      `no occupation matches "${text}"${
        s.length
          ? `; did you mean ${s
              .slice(0, 5)
              .map((x) => `"${x}"`)
              .join(', ')}?`
          : ''
      }`,
      {
        suggestions: s,
      },
    );
  }
  return { code: top.code, resolution };
}
