/**
 * The one HTML-escaping helper: text made safe for element content and for double- or single-quoted
 * attribute values (& < > " '), used by the article writer, the site's templates and the charts.
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESC_RE = /[&<>"']/g;
const HAS_ESC = /[&<>"']/;

/** Escapes text for element content and quoted attribute values (a string without those characters is returned as is). */
export function escapeHtml(s: string): string {
  return HAS_ESC.test(s) ? s.replace(ESC_RE, (c) => ESC[c]!) : s;
}
