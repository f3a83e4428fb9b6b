/** Turns a command's <code|title> argument into one occupation code, or fails with suggestions. */
import { createEngine } from '../engine/engine.js';
import type { Engine } from '../engine/types.js';
import { notFound } from '../errors.js';
import type { Resolution } from '../resolve/types.js';
import type { DB } from '../store/open.js';

interface Picked {
  code: string;
  resolution: Resolution;
}

/** Resolves through the engine (a store handle gets one made for it). */
export function pickOccupation(from: Engine | DB, text: string): Picked {
  const engine = 'resolvePair' in from ? from : createEngine(from);
  const resolution = engine.resolve(text, 5);
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
