/**
 * SOC 2018 code helpers: the format check, the chain detailed → aggregate → broad → minor → major used for
 * links, and the inference of OEWS/EP-specific aggregates (e.g. 25-9045, 21-1018) from the SOC structure.
 */

export type SocLevel = 'detailed' | 'aggregate' | 'broad' | 'minor' | 'major';

const SOC_RE = /^\d\d-\d{4}$/;

/** The broad group (XX-XXX0) a SOC code belongs to. */
const broadOf = (soc: string): string => `${soc.slice(0, 6)}0`;

/**
 * The codes that can serve an occupation with SOC code `soc`, most specific first: its own code, the
 * OEWS/EP aggregate that contains it (when one was inferred, see `inferAggregates`), its broad group
 * (XX-XXX0, also the code OEWS and EP use for an aggregate such as 13-1020), its minor group (XX-XX00) and
 * its major group (XX-0000). A level whose code equals a more specific one is left out.
 */
export function socCandidates(soc: string, aggregate?: string): { soc: string; level: SocLevel }[] {
  const out: { soc: string; level: SocLevel }[] = [{ soc, level: 'detailed' }];
  const add = (code: string, level: SocLevel) => {
    if (!out.some((c) => c.soc === code)) out.push({ soc: code, level });
  };
  if (aggregate) add(aggregate, 'aggregate');
  add(broadOf(soc), 'broad');
  add(`${soc.slice(0, 5)}00`, 'minor');
  add(`${soc.slice(0, 2)}-0000`, 'major');
  return out;
}

/**
 * OEWS and EP publish some aggregates of detailed SOC codes under a code of their own, inside the broad
 * group (25-9045 "Teaching Assistants, Except Postsecondary" = 25-9042 + 25-9043 + 25-9049; 21-1018 =
 * 21-1011 + 21-1014). Their members are inferred from the SOC structure that O*NET's occupation list gives:
 * within one broad group, the O*NET SOC codes the dataset does not publish are the members of the one
 * published code that is neither the broad group nor any O*NET SOC code. When a broad group holds two or
 * more such codes the membership is not determined by the structure, and nothing is inferred there (those
 * occupations fall back to the broad group, which contains them for certain).
 * Returns member SOC → aggregate SOC.
 */
export function inferAggregates(onetSocs: Iterable<string>, published: ReadonlySet<string>): Map<string, string> {
  const onet = new Set(onetSocs);
  const unpublished = new Map<string, string[]>();
  for (const soc of onet) {
    if (published.has(soc) || soc.endsWith('0')) continue;
    const b = broadOf(soc);
    (unpublished.get(b) ?? unpublished.set(b, []).get(b)!).push(soc);
  }
  const extras = new Map<string, string[]>();
  for (const p of published) {
    if (!SOC_RE.test(p) || p.endsWith('0') || onet.has(p)) continue;
    const b = broadOf(p);
    (extras.get(b) ?? extras.set(b, []).get(b)!).push(p);
  }
  const out = new Map<string, string>();
  for (const [b, members] of unpublished) {
    const x = extras.get(b);
    if (x?.length !== 1) continue;
    for (const m of members) out.set(m, x[0]!);
  }
  return out;
}
