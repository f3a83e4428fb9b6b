/** SOC 2018 code helpers: the format check and the chain detailed → broad → minor → major used for links. */

export type SocLevel = 'detailed' | 'broad' | 'minor' | 'major';

export const SOC_RE = /^\d\d-\d{4}$/;

/**
 * The codes that can serve an occupation with SOC code `soc`, most specific first: its own code, its broad
 * group (XX-XXX0, also the code OEWS and EP use for an aggregate such as 13-1020), its minor group (XX-XX00)
 * and its major group (XX-0000). A level whose code equals a more specific one is left out.
 */
export function socCandidates(soc: string): { soc: string; level: SocLevel }[] {
  const out: { soc: string; level: SocLevel }[] = [{ soc, level: 'detailed' }];
  const add = (code: string, level: SocLevel) => {
    if (!out.some((c) => c.soc === code)) out.push({ soc: code, level });
  };
  add(`${soc.slice(0, 6)}0`, 'broad');
  add(`${soc.slice(0, 5)}00`, 'minor');
  add(`${soc.slice(0, 2)}-0000`, 'major');
  return out;
}
