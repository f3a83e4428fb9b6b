/**
 * Fact-checker findings on the real store (issue 8, "Every sentence true"): each case is a sentence a checker
 * found false on a real pair, asserted absent, with the true sentence that replaces it asserted present.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compare } from '../compare/compare.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { renderMarkdown } from './index.js';
import { repeatedSentences } from './measure.js';
import { StoreCache } from '../store/cache.js';

let db: DB;
let store: StoreCache;
const skip = needsRealData();
before(() => {
  if (!skip) {
    db = openStore(realStorePath());
    store = new StoreCache(db);
  }
});
after(() => db?.close());

const article = (a: string, b: string) => renderMarkdown(compare(store, a, b)).replace(/\\\*/g, '*');

describe('fact-checked sentences on the real store', { skip, timeout: 300_000 }, () => {
  it('one occupation only through careerdiff’s reading is never said to be one in the official data', () => {
    // The only exact "Graphics Designer" row of Alternate Titles.txt is under 15-1255.00.
    const md = article('graphic designer', 'graphics designer');
    assert.doesNotMatch(md, /same occupation in the official data/);
    assert.doesNotMatch(md, /In the official data, yes/);
    assert.match(md, /careerdiff reads both “graphic designer” and “graphics designer” as Graphic Designers/);
    assert.match(
      md,
      /O\*NET lists “Graphics Designer” as a title of Web and Digital Interface Designers \(15-1255\.00\)/,
    );
    // Both titles listed under 27-2012.00: the official claim stays.
    const film = article('film producer', 'tv producer');
    assert.match(film, /lead to the same occupation in the official data: Producers and Directors/);
    // The reader's titles as the prose spells them: an acronym typed in lower case keeps its capitals.
    assert.match(film, /“Film producer” and “TV producer” lead to/);
  });

  it('a specialty is “closer” only when it holds more of the title than the chosen occupation’s own titles', () => {
    // 27-2012.00 lists "Television Producer (TV Producer)"; 27-2012.03 only "TV Program Director".
    const md = article('film producer', 'tv producer');
    assert.doesNotMatch(md, /matches “tv producer” more closely/);
  });

  it('a duty with a counterpart of the same general activity and verb is not one side’s only', () => {
    // Truck drivers (53-3032.00) have the DWA "Maintain vehicles in good working condition" (Repairing and
    // Maintaining Mechanical Equipment), so delivery drivers' "Maintain work equipment or machinery" is shared work.
    const md = article('truck driver', 'delivery driver');
    assert.doesNotMatch(md, /maintain work equipment or machinery/i);
    assert.match(md, /maintain vehicles in good working condition/);
    // A DWA reached only through a supplemental task (idle-reduction power units) sets nothing apart.
    assert.doesNotMatch(md, /green energy/);
  });

  it('ORS figures published for another occupation say so before they are used, in every section', () => {
    // ORS 2018 publishes 39-1021 First-Line Supervisors of Personal Service Workers; it reaches 53-1044.00 through
    // the SOC crosswalk. Its 61.4% outdoors and 27 days of training are not the passenger-attendant supervisors' own.
    const md = article('53-1044.00', '49-9044.00');
    const we = md.slice(md.indexOf('### Work Environment'));
    const basis = we.indexOf(
      'For first-line supervisors of passenger attendants, BLS publishes these estimates for first-line supervisors of personal service workers, not for the occupation itself.',
    );
    assert.ok(basis >= 0, 'the Work Environment section names the published occupation');
    assert.ok(basis < we.indexOf('61.4%'), 'before the first figure');
    assert.match(
      md,
      /median on-the-job training at 27 days for first-line supervisors of passenger attendants \(BLS publishes it for first-line supervisors of personal service workers\)/,
    );
  });

  it('“most” hot technologies means more than half of those named', () => {
    // 10 technologies named, 5 of them hot: half is not most (teaching assistants vs teachers said so until the
    // technology order changed; civil engineers vs architects name 5 hot of 10 today).
    const md = article('civil engineer', 'architect');
    assert.doesNotMatch(md, /Most of these, including/);
    assert.match(md, /5 of the 10 named here, including [^.]* are what O\*NET calls hot technologies/);
  });

  it('the similarity score names the measures it actually combines', () => {
    const md = article('19-4099.00', '51-2099.00');
    assert.doesNotMatch(md, /from shared work activities to skills and interests/);
    assert.match(
      md,
      /The score combines 2 measures: (job titles and occupational family|occupational family and job titles)\./,
    );
  });

  it('interests: the same two in reverse order are the same interests; a 0 high-point is no interest', () => {
    const nurses = article('registered nurse', 'nurse practitioner');
    assert.doesNotMatch(nurses, /interest profiles overlap only in part: Social and Investigative/);
    assert.match(nurses, /share the same interests in a different order/);
    // Interests.txt gives 21-1021.00 Second Interest High-Point 0: Social only, never "Social and Conventional".
    const sw = article('21-1021.00', 'mental health counselor');
    assert.doesNotMatch(sw, /Social and Conventional for child, family, and school social workers/);
    assert.match(sw, /Social for child, family, and school social workers/);
  });

  it('no skill ratings: said once for both sides, and without a “yet” no survey promises', () => {
    const md = article('19-4099.00', '51-2099.00');
    assert.doesNotMatch(md, /has no skill ratings for [^.]* yet/);
    assert.equal(
      md.match(/has no skill ratings for/g)?.length,
      1,
      md.match(/[^.]*has no skill ratings[^.]*/g)?.join('\n'),
    );
  });

  it('a broader BLS group is flagged in Key Differences and the FAQ, as in the body and table', () => {
    const md = article('mental health counselor', 'social worker');
    const key = md.slice(md.indexOf('## Key Differences'), md.indexOf('\n## ', md.indexOf('## Key Differences') + 5));
    assert.match(key, /\$59,350 \(BLS group 21-1018\) for mental health counselors/);
    assert.match(key, /a master's degree \(BLS group 21-1018\) for mental health counselors/);
    assert.match(key, /16\.8% \(BLS group 21-1018\) for mental health counselors/);
    const faq = md.slice(md.indexOf('## Questions Readers Ask'));
    assert.match(faq, /\$59,350 \(BLS group 21-1018\)/);
    assert.match(faq, /16\.8% \(BLS group 21-1018\)/);
    const other = article('19-4099.00', '51-2099.00');
    assert.match(other, /\$44,650 \(BLS group 51-2090\)/);
    assert.match(other, /decline 0\.1% \(BLS group 51-2090\)/);
  });

  it('moving: a BLS step up in entry education is said, and never “on paper the move asks for nothing new”', () => {
    const md = article('19-4099.00', '51-2099.00');
    assert.doesNotMatch(md, /asks for nothing new/);
    assert.match(
      md,
      /BLS gives an associate's degree as the typical entry-level education for other life, physical, and social science technicians, against a high school diploma or equivalent \(BLS group 51-2090\)/,
    );
  });

  it('two sides’ ORS education clauses are two sentences, not joined by “as well as”', () => {
    const md = article('electrician', 'plumber');
    assert.doesNotMatch(md, /\), as well as the most common minimum education/);
    assert.match(md, /\(68\.1%\)\. The most common minimum education for plumbers/);
  });

  it('no “only X’s” duty where the other side lists a counterpart sharing its key words', () => {
    const cases: [string, string, RegExp][] = [
      // software developers: "Develop testing routines or procedures"
      ['web developer', 'software engineer', /test software performance/i],
      // registered nurses: "Develop and implement nursing care plans"
      ['nurse practitioner', 'registered nurse', /develop medical treatment plans/i],
      // teachers: "Plan educational activities"
      ['teaching assistant', 'teacher', /schedule instructional activities/i],
      // social workers: "Confer with clients to discuss treatment plans or progress"
      ['mental health counselor', 'social worker', /monitor clients to evaluate treatment progress/i],
    ];
    for (const [a, b, claim] of cases) assert.doesNotMatch(article(a, b), claim, `${a} vs ${b}`);
  });

  it('an “only X’s” duty is re-checked against the other side’s activity ratings and task statements', () => {
    // O*NET rates Controlling Machines and Processes 16 for legal secretaries and 15 for paralegals (O*NET 24.2),
    // and Inspecting Equipment, Structures, or Material 57 for chefs and 70 for restaurant cooks.
    const legal = article('legal secretary', 'paralegal');
    assert.doesNotMatch(legal, /operate office equipment/);
    const chefs = article('chef', 'cook');
    assert.doesNotMatch(
      chefs,
      /(Only chefs|chefs apart|Chefs and head cooks, unlike)[^.]*inspect facilities or equipment/i,
    );
  });

  it('one ORS release per statement: a 2018 figure is never set beside a 2020 one', () => {
    // Accountants' credential share is ORS 2020; financial analysts' only ORS 2018 (13-2051.00 "Financial Analysts").
    const md = article('accountant', 'financial analyst');
    assert.doesNotMatch(md, /36\.1% of accountants and auditors[^.]*, as well as 15\.1%/);
    assert.match(
      md,
      /In the ORS 2018 estimates, a license, a certification or an educational certificate is required for 15\.1% of financial and investment analysts/,
    );
    for (const sentence of md.split(/(?<=\.) (?=[A-Z\d])/))
      assert.ok(!(/ORS 2018/.test(sentence) && /ORS,? 2020/.test(sentence)), sentence);
  });

  it('equal sides said once in plain words: “Neither job can be done remotely”', () => {
    const md = article('electrician', 'plumber');
    assert.doesNotMatch(md, /Telework is not available to 100%/);
    assert.match(
      md,
      /Neither job can be done remotely: BLS finds telework not available to 100% of workers in either occupation\./,
    );
  });

  it('Moving Between Them never leads with “would also mean” when only activities follow', () => {
    for (const [a, b] of [
      ['legal secretary', 'paralegal'],
      ['associate producer', 'production assistant'],
      ['53-1044.00', '49-9044.00'],
    ]) {
      const md = article(a!, b!);
      for (const m of md.matchAll(/<summary>Moving From [^<]*<\/summary>\s*([^\n]+)/g))
        assert.doesNotMatch(m[1]!, /^The new job would also mean/, `${a} vs ${b}`);
    }
  });

  it('fresh fact check: duties the other side’s tasks or intermediate activities say are not “only X’s”', () => {
    // Electricians' task: "Inspect electrical systems … to ensure compliance with codes".
    const hvac = article('electrician', 'hvac technician');
    assert.doesNotMatch(hvac, /determine operational compliance with regulations or standards/);
    // HVAC technicians' task: "Estimate, order, pick up, deliver, and install materials …".
    assert.doesNotMatch(hvac, /estimate construction project costs/);
    // No contradiction with "none appears on both lists" when every activity has a counterpart.
    assert.doesNotMatch(hvac, /Neither side has a central activity the other lacks/);
    // Data scientists' "Write computer programming code" (IWA "Program computer systems …") against software
    // developers' "Modify software programs to improve performance".
    const ds = article('software engineer', 'data scientist');
    assert.doesNotMatch(ds, /write computer programming code/);
    // With no skill ratings for data scientists, the move answer says so instead of leaving the gap out.
    assert.match(ds, /skill gaps cannot be measured, as the data here has no O\*NET skill ratings for data scientists/);
  });

  it('fresh fact check: the same statement with two figures is said once, not twice with “while”', () => {
    const md = article('marketing manager', 'sales manager');
    assert.match(md, /Telework is available to 60\.2% of marketing managers and 50\.6% of sales managers\./);
    assert.match(
      md,
      /Both marketing managers and sales managers spend most of the workday sitting \(80\.8% and 70\.3% on average\)\./,
    );
    assert.doesNotMatch(md, /, while telework is available/);
    // A release other than the paragraph's is named readably: "In the ORS 2020 estimates (preliminary), …".
    const it = article('19-4051.00', '15-1299.09');
    assert.match(it, /In the ORS 2020 estimates \(preliminary\), dealing with the general public is required/);
    assert.doesNotMatch(it, /ORS 2020, preliminary estimates/);
  });

  it('fresh fact check: an O*NET specialisation gets its SOC code’s BLS figures, flagged as the group’s', () => {
    // 15-1299.09 IT project managers is one of the O*NET occupations in 15-1299 "Computer Occupations, All Other".
    const md = article('19-4051.00', '15-1299.09');
    assert.match(md, /\$116,580 \(BLS group 15-1299\) for information technology project managers/);
    assert.match(md, /BLS does not publish wages for information technology project managers separately/);
    assert.match(md, /\| \$116,580 \(broader group\) \|/);
  });

  it('lead’s fact check: a short name is used in running text, the full name where a BLS group is set against it', () => {
    // 25-9042.00's figures are those of 25-9045 "Teaching Assistants, Except Postsecondary": "BLS does not publish
    // wages for teaching assistants separately" would be false of that group, so the group notes name it in full.
    const md = article('25-9042.00', '25-9021.00');
    const full =
      'preschool, elementary, middle, and secondary school teaching assistants \\(except special education\\)';
    assert.match(md, new RegExp(`BLS does not publish wages for ${full} separately`));
    assert.match(md, new RegExp(`\\(25-9045\\), which includes ${full},`));
    assert.doesNotMatch(md, /publish wages for teaching assistants separately|which includes teaching assistants,/);
    assert.ok((md.match(/ teaching assistants /g) ?? []).length > 10, 'the short name in running text');
  });

  it('“only X’s” duties are said as what O*NET’s activity lists show, never as a bare fact about the job', () => {
    // O*NET links "Maintain safety." to welders and not machinists; machinists do work safely.
    const md = article('welder', 'machinist');
    const duties = md.slice(md.indexOf('### Job Duties'), md.indexOf('### Job Requirements'));
    assert.match(duties, /(In|By) O\*NET's activity lists|apart in O\*NET's activity lists/);
    assert.doesNotMatch(duties, /^(Only [a-z]|[A-Z][a-z ]+, unlike [a-z ]+, )/m);
  });

  it('two names that hold “and” are not run together as “both … and … and … and …”', () => {
    const md = article('legal secretary', 'paralegal');
    assert.doesNotMatch(md, /both legal secretaries and administrative assistants and paralegals/i);
    assert.match(
      md,
      /Legal secretaries as well as paralegals and legal assistants spend most of the workday sitting \(84\.2% and 86\.6% on average\)\./,
    );
  });

  it('tasks of one occupation under two titles are said to use a word, not to match the title', () => {
    // "Tasks … that mention the words of “staff nurse”" listed a unit-management task that uses "staff" for employees.
    const nurse = article('registered nurse', 'staff nurse');
    assert.doesNotMatch(nurse, /mention the words of/);
    assert.match(nurse, /Tasks in the occupation that use the word “staff”, which only “staff nurse” holds:/);
    // No task listed: no pointer to tasks "listed above".
    assert.doesNotMatch(article('lawyer', 'attorney'), /listed above/);
  });

  it('a long official title is said once, then shortened in the survey figures and the key differences', () => {
    // 25-9042.00's 15-word title was repeated in every ORS sentence, and mangled ("…, except special education
    // teaching assistants"); the figures are ORS 2020 25-9042's own, said of the reader's title after "compared as".
    const md = article('teacher assistant', 'teacher');
    assert.doesNotMatch(md, /except special education teaching assistants/);
    assert.doesNotMatch(md.slice(md.indexOf('## Teacher Assistant vs.')), /secondary school teaching assistants/);
    assert.match(md, /\$36,780 \(BLS group 25-9045\) for teacher assistants and \$63,970 for teachers/);
    assert.match(md, /the most common minimum education for teacher assistants is a high school diploma \(68\.2%\)/);
  });

  it('session 5: two specialties of one SOC code: BLS figures said of both, ORS figures each side’s own', () => {
    // OEWS and EP publish 15-1299 only; ORS 2018 publishes 15-1199.02 and 15-1199.09 apart (not outdoors: 100% and
    // 93.8%). The article said "publishes one set of estimates for the occupation" and gave the first side's figures
    // under "Both titles"; the FAQ answered "Neither" on education although O*NET's job zones differ (3 and 4).
    const md = article('15-1299.08', '15-1299.09');
    assert.doesNotMatch(md, /one set of estimates/);
    assert.doesNotMatch(md, /\| Both titles \|/);
    assert.match(
      md,
      /Among computer systems engineers\/architects, 100% are never exposed to outdoor conditions, while among information technology project managers, 93\.8%/,
    );
    assert.match(md, /\$116,580 for both \(one BLS figure for 15-1299, which includes both\)/);
    assert.match(md, /a bachelor's degree for both \(one BLS figure for 15-1299, which includes both\)/);
    assert.match(md, /BLS counted 435,370 jobs in Computer Occupations, All Other \(15-1299\), which includes both/);
    assert.doesNotMatch(md, /median annual wage for computer systems engineers\/architects was/);
    const faq = md.slice(md.indexOf('## Questions Readers Ask'));
    assert.match(
      faq,
      /By O\*NET's job zones, information technology project managers do: BLS gives one typical entry-level education, a bachelor's degree, for 15-1299/,
    );
    assert.doesNotMatch(faq, /Neither: BLS gives/);
    // The sources' disagreement on education is said per side by its own name (O*NET's survey is each side's own),
    // never the same sentence twice for "both".
    const ceo = article('11-1011.00', '11-1011.03');
    assert.deepEqual(repeatedSentences(ceo), []);
    assert.match(ceo, /The sources differ on the education chief executives need/);
  });

  it('session 5: FAQ: a far rank is not “among the closest”; “neither” on education is BLS’s, beside other job zones', () => {
    const far = article('47-2141.00', '29-1243.00');
    assert.doesNotMatch(far, /among the occupations closest/);
    assert.match(
      far,
      /pediatric surgeons rank 769th of all occupations by closeness to construction and maintenance painters/,
    );
    // Both a high school diploma (47-5043, and 47-2152 for 47-2152.04), but Job Zones 2 and 3.
    const md = article('47-5043.00', '47-2152.04');
    assert.match(
      md,
      /By BLS's measure, neither: BLS gives a high school diploma or equivalent as the typical entry-level education for both \(for solar thermal installers and technicians, the figure of BLS group 47-2152\)\. O\*NET puts/,
    );
  });

  it('session 5: no “largest published share” when the unpublished rest could hold a larger category', () => {
    // ORS 2020 publishes only "consistently slow" (12.1%) of gambling surveillance officers' work pace.
    const md = article('33-9031.00', '21-2011.00');
    assert.doesNotMatch(md, /largest published share[^.]*consistently slow/);
    // "Uses protective equipment for noise" (90%) is no noise level.
    assert.doesNotMatch(article('51-4051.00', '29-9092.00'), /noise level[^.]* is uses personal protective equipment/);
  });
});
