/** Shared helpers of the site tests: a fresh app over the fake engine, and small HTML probes. */
import { createApp, type SiteApp } from './app.js';
import { fakeEngine } from './fake-engine.js';

export function testApp(o: Parameters<typeof createApp>[0] extends infer D ? Partial<D> : never = {}): SiteApp {
  return createApp({ engine: fakeEngine(), baseUrl: 'https://careers.test', onServerError: () => {}, ...o });
}

export const count = (s: string, re: RegExp): number =>
  (s.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? []).length;

/** The JSON-LD blocks of a page, parsed. */
export function jsonLd(htmlText: string): unknown[] {
  return [...htmlText.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );
}
