/**
 * The shared string table (`xl/sharedStrings.xml`): one string per `<si>`, in order. An item is a plain `<t>` or
 * rich-text runs `<r><t>…</t></r>` (concatenated); phonetic runs `<rPh>` are left out; entities and `_xHHHH_`
 * escapes are decoded; white space is kept. Namespace prefixes (`<x:si>`) are accepted.
 */
import { itemText, localStart, nameEnd } from './xml.js';

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) return out;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 33 /* ! */) {
      p = lt + 2;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const gt = xml.indexOf('>', ne);
    if (gt < 0) return out;
    const ls = localStart(xml, lt + 1, ne);
    if (ne - ls !== 2 || !xml.startsWith('si', ls)) {
      p = gt + 1;
      continue;
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      p = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${xml.slice(lt + 1, ne)}>`, gt + 1);
    const end = close < 0 ? xml.length : close;
    // Fast path for the usual item, <si><t>text</t></si>, without entities, escapes or runs.
    const first = gt + 1;
    if (xml.startsWith('<t>', first)) {
      const tEnd = xml.indexOf('</t>', first + 3);
      if (tEnd + 4 === end) {
        const s = xml.slice(first + 3, tEnd);
        if (s.indexOf('&') < 0 && s.indexOf('_x') < 0 && s.indexOf('_X') < 0 && s.indexOf('<') < 0) {
          out.push(s);
          p = end;
          continue;
        }
      }
    }
    out.push(itemText(xml, first, end));
    p = end;
  }
}
