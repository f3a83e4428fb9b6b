/**
 * Reads the BLS 2010→2018 SOC crosswalk (soc_2010_to_2018_crosswalk.xlsx: title lines, then "2010 SOC Code",
 * "2010 SOC Title", "2018 SOC Code", "2018 SOC Title"), which maps the 2018 ORS release onto SOC 2018.
 */
import type { IngestContext } from '../context.js';
import { openWorkbook, readSheet } from '../readers/xlsx.js';
import type { Crosswalk } from './mapping.js';

const CODE = /^\d\d-\d{4}$/;

export function readCrosswalk(ctx: IngestContext, rel: string): Crosswalk {
  const wb = openWorkbook(ctx.abs(rel), rel);
  const table = readSheet(wb, {
    sheet: (n) => /2010/.test(n) || wb.sheetNames.length === 1,
    required: ['2010 SOC Code', '2018 SOC Code'],
  });
  const sourceId = ctx.addSource(rel, {
    dataset: 'ors',
    publisher: 'U.S. Bureau of Labor Statistics (for OMB and the SOC Policy Committee)',
    title: '2010 to 2018 SOC crosswalk',
    release: '2018 SOC',
    period: 'November 2017',
    license: 'Public domain (U.S. federal government work)',
  });
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const from = row.str('2010 SOC Code');
    const to = row.str('2018 SOC Code');
    if (!CODE.test(from)) row.fail('2010 SOC Code', `not a SOC code (XX-XXXX): "${from.slice(0, 20)}"`);
    if (!CODE.test(to)) row.fail('2018 SOC Code', `not a SOC code (XX-XXXX): "${to.slice(0, 20)}"`);
    const key = `${from}>${to}`;
    const first = seen.get(key);
    if (first !== undefined) row.fail('2018 SOC Code', `duplicated mapping ${from} → ${to} (first on line ${first})`);
    seen.set(key, row.line);
    forward.set(from, [...(forward.get(from) ?? []), to]);
    backward.set(to, [...(backward.get(to) ?? []), from]);
  }
  ctx.setSourceRows(sourceId, table.rows.length);
  ctx.count('ors_crosswalk', table.rows.length);
  return { forward, backward, sourceId };
}
