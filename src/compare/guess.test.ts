/** Unit tests: which readings are guesses (isGuess), on hand-made resolutions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Candidate, Resolution } from '../resolve/types.js';
import { apprenticeTrade, isGuess } from './resolve.js';

const reading = (query: string, top: Partial<Candidate>, confidence: number): Resolution => ({
  query,
  ambiguous: true,
  confidence,
  candidates: [
    {
      code: '27-2012.00',
      soc: '27-2012',
      title: 'Producers and Directors',
      score: 0.6,
      matched: '',
      source: 'partial',
      ...top,
    },
  ],
});

describe('isGuess', () => {
  it('a partial reading whose title holds every typed word is a real reading, however low its confidence', () => {
    assert.equal(isGuess(reading('film director', { matched: 'Independent Film Director' }, 0.2)), false);
    assert.equal(isGuess(reading('film counsellor', { matched: 'Film Counselor' }, 0.2)), false);
    assert.equal(isGuess(reading('stockbroker', { matched: 'Senior Stock Broker' }, 0.2)), false);
    // A rank read around the title it holds: "assistant" before O*NET's "Principal".
    const rank = { matched: 'Principal', levelWords: ['assistant'] };
    assert.equal(isGuess(reading('assistant principal', rank, 0.2)), false);
    assert.equal(isGuess(reading('assistant principal', { matched: 'Principal' }, 0.9)), true);
  });
  it('a word the title does not explain, or a low-confidence correction, is still a guess', () => {
    assert.equal(isGuess(reading('film director', { matched: 'Film Technician' }, 0.9)), true);
    assert.equal(isGuess(reading('dragon trainer', { matched: 'Trainer' }, 0.2)), true);
    // A modifier alone, not the job the title names.
    assert.equal(isGuess(reading('banana', { matched: 'Banana Packer' }, 0.2)), true);
    const fixed = { matched: 'Wagon Trainer Helper', corrected: { dragon: 'wagon' } };
    assert.equal(isGuess(reading('dragon trainer', fixed, 0.9)), true);
    const typo = { matched: 'Producer Assistant', corrected: { prodcer: 'producer' } };
    assert.equal(isGuess(reading('prodcer assistant', typo, 0.2)), true);
    assert.equal(isGuess(reading('prodcer assistant', typo, 0.9)), false);
  });
});

describe('an apprentice or trainee title reads as its trade (the SOC classifies them with it, helpers apart)', () => {
  it('the typed words without "apprentice" or "trainee", in either order', () => {
    assert.equal(apprenticeTrade('apprentice plumber'), 'plumber');
    assert.equal(apprenticeTrade('Electrician Apprentice'), 'Electrician');
    assert.equal(apprenticeTrade('carpenter trainee'), 'carpenter');
    assert.equal(apprenticeTrade('plumber'), undefined);
    assert.equal(apprenticeTrade('apprentice'), undefined);
    assert.equal(apprenticeTrade('apprenticeship coordinator'), undefined);
  });
});
