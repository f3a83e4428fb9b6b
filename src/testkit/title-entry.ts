/** Test helper: one entry of a hand-made title list for the resolver's unit tests (an alternate title unless told). */
import type { TitleEntry } from '../resolve/types.js';

export const titleEntry = (
  code: string,
  title: string,
  kind: TitleEntry['kind'] = 'alternate',
  weight = 0.8,
): TitleEntry => ({ code, title, kind, weight });
