/**
 * The little XML the .xlsx reader needs: decoding of text (the five named entities, numeric character
 * references, CDATA sections and Excel's `_xHHHH_` escapes), the attributes of one tag, the local name of a tag,
 * and the text of a string item (`<si>` / `<is>`: plain `<t>` or rich-text runs `<r><t>`, phonetic `<rPh>` skipped).
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;

function entity(m: string, name: string | undefined, dec: string | undefined, hex: string | undefined): string {
  if (name) return NAMED[name]!;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
}

/** Entities first, then `_xHHHH_` (Excel's escape for control characters; `_x005F_` is a literal "_"). */
export function decodeText(s: string): string {
  const cdata = s.indexOf('<![CDATA[');
  if (cdata >= 0) {
    const end = s.indexOf(']]>', cdata);
    const stop = end < 0 ? s.length : end;
    return decodeText(s.slice(0, cdata)) + s.slice(cdata + 9, stop) + (end < 0 ? '' : decodeText(s.slice(end + 3)));
  }
  let out = s;
  if (out.indexOf('&') >= 0) out = out.replace(ENTITY, entity);
  if (out.indexOf('_x') >= 0 || out.indexOf('_X') >= 0) {
    out = out.replace(EXCEL_ESCAPE, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  }
  return out;
}

/** True for the characters that end a tag name: white space, '>' and '/'. */
const endsName = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** The end (exclusive) of the name of the tag whose name starts at `p`. */
export function nameEnd(xml: string, p: number): number {
  while (p < xml.length && !endsName(xml.charCodeAt(p))) p++;
  return p;
}

/** Where the local name starts in the tag name xml[from..end) (after a namespace prefix like "x:"). */
export function localStart(xml: string, from: number, end: number): number {
  let ls = from;
  for (let i = from; i < end; i++) if (xml.charCodeAt(i) === 58 /* : */) ls = i + 1;
  return ls;
}

/** The attributes of a tag, `<name a="1" b='2'>`, given the text between its name and its '>'; values decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m !== null; m = re.exec(tag)) out.set(m[1]!, decodeText(m[2] ?? m[3] ?? ''));
  return out;
}

/** An attribute by local name (`id` matches `r:id`), or undefined. */
export function attr(attrs: Map<string, string>, local: string): string | undefined {
  const direct = attrs.get(local);
  if (direct !== undefined) return direct;
  for (const [k, v] of attrs) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

/**
 * The text of the string item between `from` and `to` (the inside of `<si>` or `<is>`): the `<t>` elements
 * concatenated in order, except those inside phonetic runs (`<rPh>`). White space is kept as written
 * (with or without xml:space="preserve"), as SheetJS does.
 */
export function itemText(xml: string, from: number, to: number): string {
  let out = '';
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) return out;
    if (xml.charCodeAt(lt + 1) === 47 /* / */) {
      p = lt + 2;
      continue;
    }
    const ne = nameEnd(xml, lt + 1);
    const gt = xml.indexOf('>', ne);
    if (gt < 0) return out;
    const ls = localStart(xml, lt + 1, ne);
    const len = ne - ls;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (len === 1 && xml.charCodeAt(ls) === 116 /* t */) {
      if (selfClosing) {
        p = gt + 1;
        continue;
      }
      const close = xml.indexOf(`</${xml.slice(lt + 1, ne)}>`, gt + 1);
      if (close < 0) return out;
      out += decodeText(xml.slice(gt + 1, close));
      p = close + ne - lt + 2;
    } else if (len === 3 && xml.startsWith('rPh', ls)) {
      const close = selfClosing ? gt : xml.indexOf(`</${xml.slice(lt + 1, ne)}>`, gt + 1);
      p = close < 0 ? to : close + 1;
    } else p = gt + 1;
  }
}
