/**
 * Work environment: ORS physical demands, environmental conditions and cognitive requirements side by side
 * when BLS published them; O*NET Work Context items on the 0–100 scale (work-context.ts); as context what
 * else O*NET offers — tools, work styles, work values, interests, physical abilities — and a plain list of
 * what is missing. Nothing is invented. Pure.
 */
import type { OnetProfile } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import { elementRows, scoredRows } from './elements.js';
import { type OrsData, orsGaps, orsRows } from './ors.js';
import type { DataGap, Pair, WorkEnvironment } from './types.js';
import { CONTEXT_ITEMS, contextRows } from './work-context.js';

/** O*NET ability element ids of physical, psychomotor and sensory abilities (1.A.2, 1.A.3, 1.A.4). */
const PHYSICAL = /^1\.A\.[234]\./;

export function compareEnvironment(p: Pair<OnetProfile>, ors: Pair<OrsData>, o: CompareOptions): WorkEnvironment {
  const rows = orsRows(ors, 'workEnvironment');
  const missing: DataGap[] = orsGaps(ors, 'workEnvironment');
  const context = contextRows(p);
  for (const s of ['a', 'b'] as const) {
    const lacking = CONTEXT_ITEMS.filter((i) => !context.some((r) => r.elementId === i.elementId && r.values[s]));
    if (lacking.length === 0) continue;
    missing.push({
      section: 'workEnvironment',
      side: s,
      what:
        lacking.length === CONTEXT_ITEMS.length
          ? 'O*NET Work Context ratings'
          : lacking.length <= 3
            ? `O*NET Work Context rating of ${lacking.map((i) => i.label).join(', ')}`
            : `O*NET Work Context ratings of ${lacking.length} of the ${CONTEXT_ITEMS.length} items`,
      // Where the ratings here come from, and so why they can miss: 15-2051.00 Data Scientists is new in O*NET-SOC
      // 2019, and its only 2010 predecessor (15-2099.00, an "All Other" code) was never rated.
      reason:
        "the data folder's Work Context ratings (O*NET 24.2 exports on O*NET-SOC 2010 codes, carried over by the 2010→2019 crosswalk, and one O*NET OnLine export on 2019 codes) do not cover this occupation",
    });
  }
  for (const s of ['a', 'b'] as const) {
    if (p[s].tools.length === 0) missing.push({ section: 'workEnvironment', side: s, what: 'O*NET tools used' });
    if (p[s].abilities.length === 0)
      missing.push({ section: 'workEnvironment', side: s, what: 'O*NET abilities ratings' });
  }
  const tools = (x: OnetProfile) => [...new Set(x.tools.map((t) => t.commodityTitle))];
  const ta = tools(p.a);
  const tb = tools(p.b);
  const sb = new Set(tb);
  const sa = new Set(ta);
  return {
    ors: rows,
    onet: {
      tools: {
        shared: ta.filter((t) => sb.has(t)).slice(0, o.tools),
        distinct: {
          a: ta.filter((t) => !sb.has(t)).slice(0, o.tools),
          b: tb.filter((t) => !sa.has(t)).slice(0, o.tools),
        },
      },
      workStyles: scoredRows(p.a.workStyles, p.b.workStyles),
      workValues: scoredRows(p.a.workValues, p.b.workValues),
      interests: scoredRows(p.a.interests, p.b.interests),
      interestHighPoints: { a: p.a.interestHighPoints ?? [], b: p.b.interestHighPoints ?? [] },
      physicalAbilities: elementRows(
        p.a.abilities.filter((e) => PHYSICAL.test(e.elementId)),
        p.b.abilities.filter((e) => PHYSICAL.test(e.elementId)),
      ),
      context,
    },
    missing,
  };
}
