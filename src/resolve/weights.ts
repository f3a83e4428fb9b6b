/** How established a title is (0–1), shared by the store loader and the file reader. */

/** Alternate titles: more O*NET sources (comma list of codes) = more established. */
export function alternateWeight(sources: string | null): number {
  const n = sources ? sources.split(',').filter((s) => s.trim() !== '').length : 0;
  return Math.min(1, 0.5 + 0.1 * n);
}

/** Reported titles: from incumbents; those shown in My Next Move were picked as representative. */
export const reportedWeight = (shownInMyNextMove: boolean): number => (shownInMyNextMove ? 0.8 : 0.7);
