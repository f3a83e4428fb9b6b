/**
 * Official category labels turned into phrases that fit a sentence: BLS EP education / experience / training
 * categories, O*NET education and duration categories, job zone names and similarity components. Unknown
 * labels fall back to the label itself in lower case, never to an invented phrase.
 */
import { lowerFirst, withArticle } from './grammar.js';

const EP_EDUCATION: Record<string, string> = {
  'no formal educational credential': 'no formal educational credential',
  'high school diploma or equivalent': 'a high school diploma or equivalent',
  'some college, no degree': 'some college but no degree',
  'postsecondary nondegree award': 'a postsecondary nondegree award',
  "associate's degree": "an associate's degree",
  "bachelor's degree": "a bachelor's degree",
  "master's degree": "a master's degree",
  'doctoral or professional degree': 'a doctoral or professional degree',
};

/** "Bachelor's degree" → "a bachelor's degree". */
export function epEducation(label: string): string {
  const key = label.trim().toLowerCase().replace(/’/g, "'");
  return EP_EDUCATION[key] ?? withArticle(key);
}

/** BLS EP work experience in a related occupation: "None" → null (nothing to add), else "less than 5 years". */
export function epExperience(label: string): string | null {
  const key = label.trim().toLowerCase();
  if (key === 'none' || key === '') return null;
  return key;
}

/** BLS EP typical on-the-job training: "Moderate-term on-the-job training" → as is, lower case; None → null. */
export function epTraining(label: string): string | null {
  const key = label.trim();
  if (/^none$/i.test(key) || key === '') return null;
  if (/^internship\/residency$/i.test(key)) return 'an internship or residency';
  if (/^apprenticeship$/i.test(key)) return 'an apprenticeship';
  return lowerFirst(key);
}

/** O*NET Required Level of Education (RL) categories 1–12 as phrases. */
const RL: Record<number, string> = {
  1: 'less than a high school diploma',
  2: 'a high school diploma or equivalent',
  3: 'a post-secondary certificate',
  4: 'some college courses',
  5: "an associate's degree",
  6: "a bachelor's degree",
  7: 'a post-baccalaureate certificate',
  8: "a master's degree",
  9: "a post-master's certificate",
  10: 'a first professional degree',
  11: 'a doctoral degree',
  12: 'post-doctoral training',
};

/** Strip O*NET's explanatory tails: "Post-Secondary Certificate - awarded for …" → "post-secondary certificate". */
function bareLabel(label: string): string {
  return label
    .replace(/\s+-\s+.*$/, '')
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim()
    .toLowerCase();
}

/** An RL category as a phrase, by number when the label agrees with the standard scale. */
export function educationLevel(category: number, label: string): string {
  const std = RL[category];
  const bare = bareLabel(label);
  if (std?.replace(/^(a|an) /, '').startsWith(bare.slice(0, 8))) return std;
  return bare.startsWith('less') || bare.startsWith('some') ? bare : withArticle(bare);
}

/** "Job Zone Four: Considerable Preparation Needed" → "considerable preparation needed". */
export function jobZoneLabel(name: string): string {
  const tail = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  return tail.trim().toLowerCase();
}

/** What each similarity component measures, in words. */
const COMPONENTS: Record<string, string> = {
  dwa: 'detailed work activities',
  iwa: 'broader work activities',
  tasks_text: 'the wording of their tasks',
  skills: 'skills',
  knowledge: 'knowledge areas',
  abilities: 'abilities',
  interests: 'interest profiles',
  job_zone: 'preparation needed',
  family: 'occupational family',
  title: 'job titles',
  technology: 'technology used',
  education: 'education',
};

export function componentLabel(name: string, description: string): string {
  return COMPONENTS[name] ?? lowerFirst(description || name.replace(/_/g, ' '));
}
