// Which series a meeting belongs to. Kept apart from the loader so that rendering a card loads
// no validator.
import type { Knowledge } from './load.js';
import type { Meeting, Series } from './schema.js';
import { escapeRegExp } from './text.js';

/** The series a meeting belongs to: the one it names, or the only one there is. */
export function seriesOf(k: Pick<Knowledge, 'series'>, m: Meeting): Series {
  return (m.series === undefined ? undefined : k.series.get(m.series)) ?? k.series.values().next().value!;
}

/** The words that mean a meeting of these series, as a pattern source: escaped, spaces and hyphens loose, "+" spaced or not. */
export function seriesWordsPattern(series: Iterable<Series>): string {
  return [...series]
    .flatMap((s) => s.words)
    .map((w) => escapeRegExp(w).replace(/[- ]/g, '[- ]?').replace(/\\\+/g, '\\s?\\+\\s?'))
    .join('|');
}
