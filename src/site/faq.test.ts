/** The comparison page publishes the article's questions and answers as schema.org FAQPage JSON-LD. */
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
