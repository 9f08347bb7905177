// Which series a meeting belongs to. Kept apart from the loader so that rendering a card loads
// no validator.
import type { Knowledge } from './load.js';
import type { Meeting, Series } from './schema.js';

/** The series a meeting belongs to: the one it names, or the only one there is. */
export function seriesOf(k: Pick<Knowledge, 'series'>, m: Meeting): Series {
  return (m.series === undefined ? undefined : k.series.get(m.series)) ?? k.series.values().next().value!;
}
