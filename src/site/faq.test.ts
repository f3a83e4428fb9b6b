/**
 * The comparison page publishes the article's questions and answers as schema.org FAQPage JSON-LD, and its
 * "Compared as" note keeps what the reader typed beside how a typo was read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeEngine } from './fake-engine.js';
import { faqJsonLd } from './seo.js';
import { jsonLd, testApp } from './testing.js';

test('FAQPage JSON-LD beside the Article markup, one script block each', async () => {
  const base = fakeEngine();
  const faq = [
    { question: 'Which pays more, a producer or a technician?', answer: 'Producers do, by $30,790 at the median.' },
  ];
  const engine = { ...base, article: (c: Parameters<typeof base.article>[0]) => ({ ...base.article(c), faq }) };
  const { app } = testApp({ engine });
  const res = await app.request('/compare/producers-and-directors-vs-audio-and-video-technicians');
  assert.equal(res.status, 200);
  const ld = jsonLd(await res.text()) as {
    '@type': string;
    mainEntity?: { name: string; acceptedAnswer: { text: string } }[];
  }[];
  assert.deepEqual(
    ld.map((x) => x['@type']),
    ['Article', 'FAQPage'],
  );
  assert.equal(ld[1]!.mainEntity![0]!.name, faq[0]!.question);
  assert.equal(ld[1]!.mainEntity![0]!.acceptedAnswer.text, faq[0]!.answer);
  assert.equal(faqJsonLd([]), null);
});

test('the compared-as note shows the typed title and how a typo was read', async () => {
  const base = fakeEngine();
  const engine = {
    ...base,
    compare: (...args: Parameters<typeof base.compare>) => {
      const c = base.compare(...args);
      return {
        ...c,
        resolution: {
          ...c.resolution,
          a: {
            ...c.resolution.a,
            input: 'prodcers and directers',
            corrected: { prodcers: 'producer', directers: 'director' },
          },
        },
      };
    },
  };
  const { app } = testApp({ engine });
  const res = await app.request(
    '/compare/producers-and-directors-vs-audio-and-video-technicians?a=prodcers%20and%20directers&b=sound%20tech',
  );
  const body = await res.text();
  assert.match(body, /“prodcers and directers” \(read as “Producers and Directors”\) was compared as/);
});
