/** Tests of the English helpers: a/an by sound, plurals of words and titles, title case, running text, lists. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  capitalize,
  indefiniteArticle,
  joinList,
  lowerFirst,
  pluralizeTitle,
  pluralizeWord,
  runningText,
  smallNumber,
  stripPeriod,
  titleCase,
  withArticle,
} from './grammar.js';

test('a/an follows the sound of the first word', () => {
  const cases: [string, 'a' | 'an'][] = [
    ['associate producer', 'an'],
    ['Associate Producer', 'an'],
    ['production assistant', 'a'],
    ['RN', 'an'],
    ['RN case manager', 'an'],
    ['LPN', 'an'],
    ['MBA', 'an'],
    ['SQL developer', 'an'],
    ['HR manager', 'an'],
    ['EMT', 'an'],
    ['FBI agent', 'an'],
    ['CPA', 'a'],
    ['UX designer', 'a'],
    ['CNA', 'a'],
    ['union organizer', 'a'],
    ['university professor', 'a'],
    ['user experience designer', 'a'],
    ['utility worker', 'a'],
    ['usher', 'an'],
    ['umpire', 'an'],
    ['uninsured driver', 'an'],
    ['unusual role', 'an'],
    ['undertaker', 'an'],
    ['urologist', 'a'],
    ['hour', 'an'],
    ['hourly wage', 'an'],
    ['honest answer', 'an'],
    ['hospital worker', 'a'],
    ['historian', 'a'],
    ['one-year program', 'a'],
    ['once-a-year event', 'a'],
    ['only child', 'an'],
    ['European firm', 'a'],
    ['electrician', 'an'],
    ['owner', 'an'],
    ['x-ray technician', 'an'],
    ['8-hour shift', 'an'],
    ['11% raise', 'an'],
    ['18-month program', 'an'],
    ['110-hour course', 'a'],
    ['80% share', 'an'],
    ['11,000 jobs', 'an'],
    ['$90,360 salary', 'a'],
    ['iOS developer', 'an'],
    ['NASA engineer', 'a'],
    ['HIPAA officer', 'a'],
    ['OSHA inspector', 'an'],
    ['IT manager', 'an'],
    ['U.S. citizen', 'a'],
    ['(RN)', 'an'],
    ['', 'a'],
  ];
  for (const [phrase, want] of cases) assert.equal(indefiniteArticle(phrase), want, phrase);
  assert.equal(withArticle('associate producer'), 'an associate producer');
  assert.equal(withArticle('Production Assistant'), 'a Production Assistant');
});

test('plural of single words', () => {
  const cases: [string, string][] = [
    ['assistant', 'assistants'],
    ['secretary', 'secretaries'],
    ['attorney', 'attorneys'],
    ['boss', 'bosses'],
    ['coach', 'coaches'],
    ['tech', 'techs'],
    ['clerk', 'clerks'],
    ['chief', 'chiefs'],
    ['chef', 'chefs'],
    ['thief', 'thieves'],
    ['man', 'men'],
    ['salesman', 'salesmen'],
    ['Foreman', 'Foremen'],
    ['woman', 'women'],
    ['human', 'humans'],
    ['person', 'people'],
    ['analysis', 'analyses'],
    ['hero', 'heroes'],
    ['studio', 'studios'],
    ['RN', 'RNs'],
    ['CEO', 'CEOs'],
    ['RNs', 'RNs'],
    ['nurses', 'nurses'],
    ['staff', 'staff'],
    ['Secretary', 'Secretaries'],
    ['tax', 'taxes'],
    ['actress', 'actresses'],
    ['', ''],
  ];
  for (const [w, want] of cases) assert.equal(pluralizeWord(w), want, w);
});

test('plural of job titles pluralises the head noun', () => {
  const cases: [string, string][] = [
    ['production assistant', 'production assistants'],
    ['associate producer', 'associate producers'],
    ['chief of police', 'chiefs of police'],
    ['Director of Operations', 'Directors of Operations'],
    ['attorney', 'attorneys'],
    ['legal secretary', 'legal secretaries'],
    ['Registered Nurse (RN)', 'Registered Nurses (RNs)'],
    ['mother-in-law', 'mothers-in-law'],
    ['sales manager', 'sales managers'],
    ['pharmacy tech', 'pharmacy techs'],
    ['Teacher, Postsecondary', 'Teachers, Postsecondary'],
    ['software developer - backend', 'software developers - backend'],
    ['handyman', 'handymen'],
    ['RN', 'RNs'],
    ['  ', ''],
  ];
  for (const [t, want] of cases) assert.equal(pluralizeTitle(t), want, t);
});

test('title case for headings', () => {
  const cases: [string, string][] = [
    ['associate producer', 'Associate Producer'],
    ['production assistant', 'Production Assistant'],
    ['chief of police', 'Chief of Police'],
    ['rn', 'RN'],
    ['rn case manager', 'RN Case Manager'],
    ['it project manager', 'IT Project Manager'],
    ['ios developer', 'Ios Developer'],
    ['iOS developer', 'iOS Developer'],
    ['DevOps engineer', 'DevOps Engineer'],
    ['full-stack developer', 'Full-Stack Developer'],
    ['PRODUCTION ASSISTANT', 'PRODUCTION ASSISTANT'],
    ['a day in the life', 'A Day in the Life'],
    ['software engineer ii', 'Software Engineer II'],
    ['Director Of Sales', 'Director of Sales'],
    ['  spaced   out  ', 'Spaced Out'],
  ];
  for (const [t, want] of cases) assert.equal(titleCase(t), want, t);
});

test('running text lowers titles but keeps acronyms, brands and proper nouns', () => {
  const cases: [string, string][] = [
    ['Associate Producer', 'associate producer'],
    ['associate producer', 'associate producer'],
    ['RN', 'RN'],
    ['rn', 'RN'],
    ['RN Case Manager', 'RN case manager'],
    ['iOS Developer', 'iOS developer'],
    ['Java Developer', 'Java developer'],
    ['Producers and Directors', 'producers and directors'],
    ['HR Generalist', 'HR generalist'],
    ['Chief of Police', 'chief of police'],
    ['Full-Stack Developer', 'full-stack developer'],
    ['English teacher', 'English teacher'],
    // An acronym's plural typed in lower case keeps the acronym ("lpn" pluralised in the prose).
    ['lpns', 'LPNs'],
    ['cnas', 'CNAs'],
    ['its', 'its'],
    ['news anchors', 'news anchors'],
    // "it"/"er" opening a title is the acronym ("It managers belong to …" was printed for "it manager").
    ['it manager', 'IT manager'],
    ['It Managers', 'IT managers'],
    ['er nurse', 'ER nurse'],
    ['it', 'it'],
  ];
  for (const [t, want] of cases) assert.equal(runningText(t), want, t);
  assert.equal(titleCase('lpns'), 'LPNs');
});

test('list joining', () => {
  assert.equal(joinList([]), '');
  assert.equal(joinList(['a']), 'a');
  assert.equal(joinList(['a', 'b']), 'a and b');
  assert.equal(joinList(['a', 'b', 'c']), 'a, b and c');
  assert.equal(joinList(['a', 'b', 'c'], 'or'), 'a, b or c');
  assert.equal(joinList(['a', '', '  ', 'b']), 'a and b');
  assert.equal(joinList(['Judges, Magistrates', 'Clerks', 'Bailiffs']), 'Judges, Magistrates; Clerks; and Bailiffs');
  assert.equal(joinList(['sound, light or video', 'logs']), 'sound, light or video and logs');
  assert.equal(
    joinList(['communications and media', 'sociology and anthropology']),
    'communications and media, as well as sociology and anthropology',
  );
  assert.equal(
    joinList(['fine arts', 'sales and marketing', 'history']),
    'fine arts; sales and marketing; and history',
  );
  assert.equal(joinList(['a or b', 'c'], 'or'), 'a or b or c');
});

test('sentence helpers', () => {
  assert.equal(capitalize('associate producers earn more'), 'Associate producers earn more');
  assert.equal(capitalize('iOS developers earn more'), 'iOS developers earn more');
  assert.equal(lowerFirst('Direct productions.'), 'direct productions.');
  assert.equal(lowerFirst('RN duties'), 'RN duties');
  assert.equal(stripPeriod('Direct productions. '), 'Direct productions');
  assert.equal(smallNumber(3), 'three');
  assert.equal(smallNumber(12), '12');
});

test('a word that is a property of every object ("Constructor") is an ordinary word, not an irregular plural', async () => {
  const { singularizeWord } = await import('./names.js');
  assert.equal(pluralizeWord('constructor'), 'constructors');
  assert.equal(singularizeWord('Constructors'), 'Constructor');
  assert.equal(singularizeWord('toString'), 'toString');
});
