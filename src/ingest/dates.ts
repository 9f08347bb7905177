// Dates in a sentence, resolved against the article's published date: "on Friday", "yesterday",
// "last year", "on 3 May". chrono-node reads the words; what it resolves is kept as inferred, with
// the reasoning, unless the sentence states the whole date.
import * as chrono from 'chrono-node';
import type { DateFact } from '../knowledge/schema.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "Saturday 12 January 2019". */
export function longDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function publishedFact(iso: string, basis: string): DateFact {
  return { value: iso, precision: 'day', provenance: 'printed', basis };
}

export interface FoundDate {
  date: DateFact;
  /** The words it was read from. */
  text: string;
  index: number;
}

/** Every date the sentence gives, resolved against `published` (YYYY-MM-DD), most precise first. */
export function datesIn(sentence: string, published: string): FoundDate[] {
  const ref = new Date(`${published}T12:00:00Z`);
  const results = chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false });
  const out: FoundDate[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const known = (c: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(c);
    let text = r.text;
    let year = r.start.get('year')!;
    const month = r.start.get('month')!;
    const day = r.start.get('day')!;
    let yearKnown = known('year');
    // "in January last year": chrono reads the month and "last year" apart.
    const next = results[i + 1];
    if (next && known('month') && !known('day') && !yearKnown && /^(?:last|this|next) year$/i.test(next.text) && sentence.slice(r.index + r.text.length, next.index).trim() === '') {
      year = next.start.get('year')!;
      yearKnown = true;
      text = sentence.slice(r.index, next.index + next.text.length);
      i++;
    }
    // A past report: a month or day with no year that would fall after publication is last year's.
    if (!yearKnown && known('month')) {
      const candidate = `${year}-${pad(month)}${known('day') ? `-${pad(day)}` : ''}`;
      if (candidate > published.slice(0, candidate.length) && !/\b(?:next|will|to be|planned|scheduled|expected)\b/i.test(sentence)) year -= 1;
    }
    let value: string;
    let precision: DateFact['precision'];
    if (known('day') || known('weekday') || /^(?:yesterday|today|tonight|this morning|last night)$/i.test(r.text.trim())) {
      value = `${year}-${pad(month)}-${pad(day)}`;
      precision = 'day';
    } else if (known('month')) {
      value = `${year}-${pad(month)}`;
      precision = 'month';
    } else if (known('year') || yearKnown) {
      value = String(year);
      precision = 'year';
    } else continue;
    const stated = known('year') && (precision === 'year' || known('month')) && (precision !== 'day' || known('day'));
    const shown = precision === 'day' ? longDate(value) : precision === 'month' ? `${MONTHS[month - 1]} ${year}` : value;
    const date: DateFact = stated
      ? { value, precision, provenance: 'stated', basis: `The sentence says “${text}”.` }
      : { value, precision, provenance: 'inferred', basis: `“${text}” in a report published on ${longDate(published)}: ${shown}.` };
    out.push({ date, text, index: r.index });
  }
  return out;
}
