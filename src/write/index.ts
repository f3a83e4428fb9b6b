/**
 * The article writer's public API: pure functions from a Comparison to an article in Markdown, an HTML
 * fragment for the website's layout, a standalone HTML page for the CLI, and the title and description for
 * meta tags. Same input, same output: wording varies by a hash of the pair, never at random.
 */
import type { Comparison } from '../compare/types.js';
import { buildArticle } from './article.js';
import type { Article } from './doc.js';
import { articleToHtml, articleToPage } from './html.js';
import { articleToMarkdown } from './markdown.js';

export type { Article } from './doc.js';

/** The article as a document tree (for callers that render it themselves). */
export function articleOf(c: Comparison): Article {
  return buildArticle(c);
}

/** "Associate Producer vs. Production Assistant: What Are the Differences?" */
export function articleTitle(c: Comparison): string {
  return buildArticle(c).title;
}

/** One or two plain sentences for <meta name="description">. */
export function articleDescription(c: Comparison): string {
  return buildArticle(c).description;
}

export function renderMarkdown(c: Comparison): string {
  return articleToMarkdown(buildArticle(c));
}

/** A semantic <article> fragment with class names and no styles or scripts; the site wraps it in its layout. */
export function renderHtmlFragment(c: Comparison): string {
  return articleToHtml(buildArticle(c));
}

/** A standalone HTML page with minimal embedded CSS (for the CLI). */
export function renderHtmlPage(c: Comparison): string {
  return articleToPage(buildArticle(c));
}
