// The stretch of time a question bounds by its years ("since 2015", "from 2014 to 2017", "by
// January 2017", "2017年まで"), read from its words; what it says around a year and cannot be read
// is reported as such, so that no count is made over the wrong years.

/** A stretch of years: from a year (or just after it), up to a year or a month of it (or just before it). */
export interface YearSpan {
  from?: { year: number; exclusive?: true };
  to?: { year: number; month?: number; exclusive?: true };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${[...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept'].join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';
const monthOf = (word: string | undefined) => (word ? MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1 : undefined);

/** Read in order; the first that matches says the span. */
const FORMS: { pattern: RegExp; span: (m: RegExpExecArray) => YearSpan }[] = [
  { pattern: new RegExp(`\\b(?:between|entre)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|et)\\s+(?:${MONTH}\\s+)?${YEAR}\\b`), span: (m) => ({ from: { year: Number(m[1]) }, to: { year: Number(m[2]) } }) },
  { pattern: new RegExp(`\\b(?:from|de|du|d)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:to|until|till|through|thru|a|au|jusqu en|jusqu a)\\s+(?:${MONTH}\\s+)?${YEAR}\\b`), span: (m) => ({ from: { year: Number(m[1]) }, to: { year: Number(m[2]) } }) },
  { pattern: new RegExp(`\\b(?:by|as of|up to|until|till|through|thru|jusqu en|jusqu a|d ici)\\s+(?:(${MONTH})\\s+)?${YEAR}\\b`), span: (m) => ({ to: { year: Number(m[2]), ...(m[1] ? { month: monthOf(m[1])! } : {}) } }) },
  { pattern: new RegExp(`\\b(?:since|from|depuis|a partir de)\\s+${YEAR}\\b`), span: (m) => ({ from: { year: Number(m[1]) } }) },
  { pattern: new RegExp(`\\b(?:after|apres)\\s+${YEAR}\\b`), span: (m) => ({ from: { year: Number(m[1]), exclusive: true } }) },
  { pattern: new RegExp(`\\b${YEAR}\\s+(?:(?:or|and|ou|et)\\s+(?:later|after|since|plus tard|apres)|onwards?)\\b`), span: (m) => ({ from: { year: Number(m[1]) } }) },
  // "Before 2016", "before the January 2018 one", "avant celle de janvier 2018": up to just before it.
  {
    // Not "before the 2018 talks", which is beside a meeting: "the" comes with a month.
    pattern: new RegExp(`\\b(?:before|prior to|avant)\\s+(?:(?:the|celle de|celui de|le|la)\\s+(${MONTH})\\s+|(${MONTH})\\s+)?${YEAR}\\b`),
    span: (m) => {
      const month = monthOf(m[1] ?? m[2]);
      return month && month > 1 ? { to: { year: Number(m[3]), month: month - 1 } } : { to: { year: Number(m[3]), exclusive: true } };
    },
  },
];

/** Japanese marks the bound after the year: "2017年まで(に)", "2016年より前", "2015年以降", "2015年から". */
const JAPANESE: { pattern: RegExp; span: (m: RegExpExecArray) => YearSpan }[] = [
  { pattern: /((?:19|20)\d\d)\s*年\s*(?:から|より)\s*((?:19|20)\d\d)\s*年\s*(?:まで|の間|にかけて)/u, span: (m) => ({ from: { year: Number(m[1]) }, to: { year: Number(m[2]) } }) },
  { pattern: /((?:19|20)\d\d)\s*年\s*(?:(\d{1,2})\s*月\s*)?(?:まで|以前)/u, span: (m) => ({ to: { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}) } }) },
  { pattern: /((?:19|20)\d\d)\s*年\s*より\s*前/u, span: (m) => ({ to: { year: Number(m[1]), exclusive: true } }) },
  { pattern: /((?:19|20)\d\d)\s*年\s*(?:以降|から)/u, span: (m) => ({ from: { year: Number(m[1]) } }) },
  { pattern: /((?:19|20)\d\d)\s*年\s*より\s*後/u, span: (m) => ({ from: { year: Number(m[1]), exclusive: true } }) },
];

/** Words that bound time around a year, read or not: one of them unread makes the span unread. */
const BOUNDING = /\b(?:before|after|since|until|till|prior|post|pre|from|between|through|thru|within|earlier|later|onwards?|by|up to|as of|avant|apres|depuis|jusqu|entre|partir)\b|以前|以降|から|まで|より/u;

/**
 * The span a question's years bound, from its normalised words (months in English) and its text as
 * typed; "unread" where it bounds them in a way not read here ("in the three years before 2018");
 * undefined where it does not bound them (a year alone is that year).
 */
export function spanAsked(words: string, typed: string): YearSpan | 'unread' | undefined {
  for (const f of FORMS) {
    const m = f.pattern.exec(words);
    if (m) return /\b(?:years?|months?|ans|annees)\s+(?:before|after|earlier|later|prior|avant|apres)\b/.test(words) ? 'unread' : f.span(m);
  }
  for (const f of JAPANESE) {
    const m = f.pattern.exec(typed);
    if (m) return f.span(m);
  }
  return BOUNDING.test(words) || BOUNDING.test(typed) ? 'unread' : undefined;
}

/** Whether a year (and month, if the date gives one) falls in the span; undefined where the date is too coarse to say. */
export function inSpan(span: YearSpan, year: number, month?: number): boolean | undefined {
  const { from, to } = span;
  if (from && (from.exclusive ? year <= from.year : year < from.year)) return false;
  if (!to) return true;
  if (year < to.year) return true;
  if (year > to.year || to.exclusive) return false;
  if (to.month === undefined || to.month === 12) return true;
  return month === undefined ? undefined : month <= to.month;
}
