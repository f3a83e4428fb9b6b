/**
 * Search-engine output: schema.org JSON-LD (Article for comparisons, Occupation for profiles), the sitemap
 * and robots.txt. JSON-LD is embedded through html.ts `jsonForHtml`, so no value can close its <script>.
 */
import type { ProfileData } from './pages/profile-ors.js';
import type { Catalog } from './catalog.js';
import { escapeHtml } from '../escape.js';

export function articleJsonLd(o: {
  baseUrl: string;
  path: string;
  headline: string;
  description: string;
  siteName: string;
  about: { code: string; title: string; path: string }[];
  sources: string[];
}): unknown {
  const url = `${o.baseUrl}${o.path}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: o.headline.slice(0, 110),
    description: o.description,
    url,
    mainEntityOfPage: url,
    inLanguage: 'en-US',
    author: { '@type': 'Organization', name: o.siteName },
    publisher: { '@type': 'Organization', name: o.siteName },
    about: o.about.map((a) => ({
      '@type': 'Occupation',
      name: a.title,
      url: `${o.baseUrl}${a.path}`,
      occupationalCategory: { '@type': 'CategoryCode', codeValue: a.code, inCodeSet: 'O*NET-SOC 2019' },
    })),
    isBasedOn: o.sources.map((name) => ({ '@type': 'Dataset', name })),
  };
}

/** schema.org FAQPage for the questions an article answers; null when there are none. */
export function faqJsonLd(faq: { question: string; answer: string }[] | undefined): unknown | null {
  if (!faq || faq.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((f) => ({
      '@type': 'Question',
      name: f.question,
      acceptedAnswer: { '@type': 'Answer', text: f.answer },
    })),
  };
}

export function occupationJsonLd(baseUrl: string, path: string, p: ProfileData): unknown {
  const occ = p.onet.occupation;
  const w = p.wages;
  const salary =
    w && (w.annual.median !== null || w.annual.p10 !== null)
      ? [
          {
            '@type': 'MonetaryAmountDistribution',
            name: `Annual wage, ${w.period} (BLS OEWS${w.level === 'detailed' ? '' : `, ${w.title}`})`,
            currency: 'USD',
            duration: 'P1Y',
            ...(w.annual.p10 !== null ? { percentile10: w.annual.p10 } : {}),
            ...(w.annual.p25 !== null ? { percentile25: w.annual.p25 } : {}),
            ...(w.annual.median !== null ? { median: w.annual.median } : {}),
            ...(w.annual.p75 !== null ? { percentile75: w.annual.p75 } : {}),
            ...(w.annual.p90 !== null ? { percentile90: w.annual.p90 } : {}),
          },
        ]
      : undefined;
  const education = p.projections?.entryEducation ?? p.onet.jobZone?.education ?? undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: occ.title,
    description: occ.description,
    url: `${baseUrl}${path}`,
    occupationalCategory: { '@type': 'CategoryCode', codeValue: occ.code, inCodeSet: 'O*NET-SOC 2019' },
    occupationLocation: { '@type': 'Country', name: 'United States' },
    ...(salary ? { estimatedSalary: salary } : {}),
    ...(education ? { educationRequirements: education } : {}),
    ...(p.projections?.workExperience ? { experienceRequirements: p.projections.workExperience } : {}),
    ...(p.onet.skills.length
      ? {
          skills: p.onet.skills
            .slice(0, 8)
            .map((s) => s.name)
            .join(', '),
        }
      : {}),
    ...(p.onet.alternateTitles.length ? { alternateName: p.onet.alternateTitles.slice(0, 8) } : {}),
    responsibilities: p.onet.tasks.slice(0, 5).map((t) => t.text),
  };
}

/** Every canonical page the site has, for the sitemap and the export. */
export function sitePaths(cat: Catalog, comparisonLimit = Number.POSITIVE_INFINITY): string[] {
  return [
    '/',
    '/compare',
    ...cat.families.map((f) => f.path),
    ...cat.zones.filter((z) => z.occupations.length > 0).map((z) => z.path),
    ...cat.occupations.map((o) => o.path),
    ...cat.occupations.map((o) => `${o.path}/moves`),
    ...cat.pairs.slice(0, comparisonLimit).map((p) => p.path),
  ];
}

export function sitemapXml(baseUrl: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeHtml(`${baseUrl}${p}`)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}
