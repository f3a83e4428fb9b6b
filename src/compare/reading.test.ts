import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  headNouns,
  decided,
  fieldWordsGained,
  namedBy,
  orderShared,
  sameWord,
  spellingsOf,
  type Weighed,
  weightOf,
  wordsHeld,
} from './reading.js';

describe('titles an occupation title names', () => {
  it('the head before a qualifier, and parts joined by "and" that stand alone', () => {
    assert.deepEqual(namedBy('Cooks, Restaurant').sort(), ['cook', 'cook restaurant']);
    assert.ok(namedBy('Teaching Assistants, Postsecondary').includes('teaching assistant'));
    assert.ok(namedBy('Veterinary Assistants and Laboratory Animal Caretakers').includes('veterinary assistant'));
    assert.ok(namedBy('Accountants and Auditors').includes('auditor'));
    assert.ok(namedBy('Maintenance and Repair Workers, General').includes('maintenance worker'));
    assert.ok(namedBy('Surgeons, All Other').includes('surgeon'));
  });

  it('each one-word job of a serial list "A, B, and C"', () => {
    assert.ok(namedBy('Farmers, Ranchers, and Other Agricultural Managers').includes('rancher'));
    assert.ok(namedBy('Plumbers, Pipefitters, and Steamfitters').includes('steamfitter'));
    assert.ok(namedBy('Molders, Shapers, and Casters, Except Metal and Plastic').includes('caster'));
    // Not where a modifier or qualifier is shared, nor helpers, nor fields, nor a list without ", and".
    assert.ok(!namedBy('Claims Adjusters, Examiners, and Investigators').includes('investigator'));
    assert.ok(!namedBy('Captains, Mates, and Pilots of Water Vessels').includes('mate'));
    assert.ok(!namedBy('Helpers--Pipelayers, Plumbers, Pipefitters, and Steamfitters').includes('plumber'));
    assert.ok(!namedBy('Securities, Commodities, and Financial Services Sales Agents').includes('commodity'));
    assert.ok(!namedBy('Hosts and Hostesses, Restaurant, Lounge, and Coffee Shop').includes('lounge'));
    assert.ok(!namedBy('Poets, Lyricists and Creative Writers').includes('lyricist'));
  });

  it('not a part that borrows a word from the other part, nor a field, nor the head of a residual pair', () => {
    assert.ok(!namedBy('Food Scientists and Technologists').includes('technologist'));
    assert.ok(!namedBy('Teachers and Instructors, All Other').includes('teacher'));
    assert.ok(!namedBy('Teachers and Instructors, All Other').includes('teacher and instructor'));
    assert.ok(!namedBy('Appraisers and Assessors of Real Estate').includes('appraiser'));
    assert.deepEqual(namedBy('Computer, Automated Teller, and Office Machine Repairers'), [
      'computer automated teller and office machine repairer',
    ]);
  });
});

describe('occupations sharing a title they list: workers weighed against O*NET evidence', () => {
  /** An occupation listing the title: sources, reported, OEWS employment of its own, typed words its title holds. */
  const occ = (code: string, title: string, sources: number, reported: boolean, employment: number, typed: string) => {
    const strength = sources + (reported ? 1 : 0);
    const titleWords = wordsHeld(typed, title);
    return {
      code,
      title,
      sources,
      reported,
      titleWords,
      oews: { soc: code.slice(0, 7), employment, period: 'May 2025', occupations: 1 },
      share: employment,
      strength,
      weight: weightOf(employment, strength + titleWords),
    } satisfies Weighed;
  };
  const read = (among: Weighed[]) => orderShared('listed', among, () => 0).map((x) => x.code);

  it("a typed word in one occupation's own title, in any form, counts as evidence", () => {
    assert.ok(sameWord('manager', 'management'));
    assert.ok(sameWord('engineer', 'engineering'));
    assert.ok(!sameWord('technician', 'technology'));
    assert.ok(!sameWord('chef', 'chief'));
    assert.equal(wordsHeld('project manager', 'Project Management Specialists'), 2);
    assert.equal(wordsHeld('project manager', 'Architectural and Engineering Managers'), 1);
    assert.equal(wordsHeld('pastry chef', 'Bakers'), 0);
    assert.equal(wordsHeld('pastry chef', 'Chefs and Head Cooks'), 1);
    // The jobs after ", Except" are not the occupation's words.
    assert.equal(wordsHeld('epidemiologist', 'Medical Scientists, Except Epidemiologists'), 0);
  });

  it('listed as firmly: the occupation whose own title holds the typed words ("pastry chef" is a chef)', () => {
    const typed = 'pastry chef';
    const among = [
      occ('51-3011.00', 'Bakers', 3, true, 200_000, typed),
      occ('35-1011.00', 'Chefs and Head Cooks', 4, false, 170_000, typed),
    ];
    assert.deepEqual(read(among), ['35-1011.00', '51-3011.00']);
    assert.equal(decided('listed', among), 'words');
  });

  it('one more source does not outweigh a job fifteen times as common ("IT manager")', () => {
    const typed = 'it manager';
    const among = [
      occ('15-1299.09', 'Information Technology Project Managers', 2, true, 43_537, typed),
      occ('11-3021.00', 'Computer and Information Systems Managers', 1, true, 667_000, typed),
    ];
    assert.deepEqual(read(among), ['11-3021.00', '15-1299.09']);
    assert.equal(decided('listed', among), 'workers');
  });

  it('but outweighs a job a few times as common, and the firmest listing is said so', () => {
    const typed = 'bus driver';
    const among = [
      occ('53-3051.00', 'School Bus Drivers', 1, true, 402_930, typed),
      occ('53-3052.00', 'Transit Bus Drivers', 2, true, 159_240, typed),
    ];
    assert.deepEqual(read(among), ['53-3052.00', '53-3051.00']);
    assert.equal(decided('listed', among), 'listing');
  });

  it('named by their own titles: the commonest job, as before', () => {
    const typed = 'social worker';
    const among = [
      occ('21-1022.00', 'Healthcare Social Workers', 3, true, 190_000, typed),
      occ('21-1021.00', 'Child, Family, and School Social Workers', 2, true, 350_000, typed),
    ];
    assert.deepEqual(
      orderShared('named', among, () => 0).map((x) => x.code),
      ['21-1021.00', '21-1022.00'],
    );
  });
});

describe('the same title spelled open or closed', () => {
  it('a closed compound opened, an open one closed, only where some title list has it', () => {
    const lists = new Set(['cyber security analyst', 'iron worker', 'deckhand']);
    const listed = (k: string) => lists.has(k);
    assert.deepEqual(spellingsOf('cybersecurity analyst', listed), ['cyber security analyst']);
    assert.deepEqual(spellingsOf('ironworker', listed), ['iron worker']);
    assert.deepEqual(spellingsOf('deck hand', listed), ['deckhand']);
    assert.deepEqual(spellingsOf('security analyst', listed), []);
  });
});

describe('a specialty listing the title, or the occupation it belongs to', () => {
  it('the broader occupation when its own title holds more of the field words, none the specialty holds', () => {
    assert.deepEqual(
      fieldWordsGained('network engineer', 'Telecommunications Engineering Specialists', 'Computer Network Architects'),
      ['network'],
    );
    assert.deepEqual(fieldWordsGained('data analyst', 'Business Intelligence Analysts', 'Data Scientists'), ['data']);
  });

  it('the specialty when its title holds a field word the broader one lacks, or neither holds more', () => {
    assert.deepEqual(
      fieldWordsGained(
        'border patrol agent',
        'Customs and Border Protection Officers',
        "Police and Sheriff's Patrol Officers",
      ),
      [],
    );
    assert.deepEqual(
      fieldWordsGained(
        'telecommunications engineer',
        'Telecommunications Engineering Specialists',
        'Computer Network Architects',
      ),
      [],
    );
    assert.deepEqual(
      fieldWordsGained('game designer', 'Video Game Designers', 'Web and Digital Interface Designers'),
      [],
    );
    // The kind of worker is no field word: "designer" in both titles decides nothing.
    assert.deepEqual(fieldWordsGained('designer', 'Video Game Designers', 'Web and Digital Interface Designers'), []);
  });
});

describe('head nouns of an occupation title', () => {
  it('the last word of each plural job in its list, not the jobs supervised or excluded', () => {
    assert.deepEqual(headNouns('Automotive Service Technicians and Mechanics'), ['technician', 'mechanic']);
    assert.deepEqual(headNouns('Heating, Air Conditioning, and Refrigeration Mechanics and Installers'), [
      'mechanic',
      'installer',
    ]);
    assert.deepEqual(headNouns('First-Line Supervisors of Mechanics, Installers, and Repairers'), ['supervisor']);
    assert.deepEqual(headNouns('Telecommunications Equipment Installers and Repairers, Except Line Installers'), [
      'installer',
      'repairer',
    ]);
    assert.deepEqual(headNouns('Surgeons, All Other'), ['surgeon']);
  });
});
