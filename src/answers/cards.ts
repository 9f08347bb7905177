// What each answer says, built from the records: a neutral card, plain text and structure, that
// src/bot/ renders as Discord embeds and src/console/ as terminal text. Every fact line carries
// the numbers of the evidence it rests on.
import { ordinalSuffix, quoteDate, quoteSource } from '../knowledge/documents.js';
import type { Knowledge } from '../knowledge/load.js';
import { meetingsOfOffice, officeAt, officeOn } from '../knowledge/offices.js';
import { seriesOf } from '../knowledge/series.js';
import type { Agreement, Country, DateFact, Evidence, Meeting, Person, Quote } from '../knowledge/schema.js';
import type { Hit, Kind } from '../knowledge/search.js';
import { clip, compareKeys } from '../knowledge/text.js';
import { latestArticle, statusAsOf } from '../knowledge/time.js';
import { type Lang, countryName, flagOf, formatDateValue, placeName, roleName, t, weekdayName } from './i18n.js';

export type CardKind = Kind | 'answer' | 'timeline' | 'sources' | 'help' | 'miss';

/** One line of a card. Text is plain: renderers add whatever markup their medium has. */
export interface Line {
  text: string;
  /** Shown strong before the text: a date, a label. */
  lead?: string;
  /** item: a bullet; quote: verbatim words; note: small print (a basis, an inference). */
  style?: 'item' | 'quote' | 'note';
  flag?: Country;
  /** A command that shows more, such as `/quote <quote id>`. */
  command?: string;
  /** Numbers (1-based) of the card's sources this line rests on. */
  cites?: number[];
}

export interface Section {
  name: string;
  lines: Line[];
  inline?: boolean;
}

/** A passage the card cites, with the article it comes from. */
export interface Source {
  article: string;
  headline: string;
  /** The article's date as the reader should see it, provenance included. */
  date: string;
  text: string;
}

export interface Card {
  kind: CardKind;
  title: string;
  lead: Line[];
  sections: Section[];
  /** The evidence the cites point to, numbered in order from 1. */
  sources: Source[];
}

/** Numbers evidence as it is cited, so each passage appears once however often it is used. */
class Citations {
  readonly list: Source[] = [];
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly k: Knowledge,
    private readonly lang: Lang,
  ) {}

  cite(evidence: Evidence[], max = 3): number[] {
    const out: number[] = [];
    for (const e of evidence) {
      const key = `${e.article}\u0000${e.text}`;
      let n = this.seen.get(key);
      if (n === undefined) {
        if (out.length >= max) continue;
        const a = this.k.articles.get(e.article)!;
        this.list.push({ article: e.article, headline: headline(a, this.lang), date: formatDate(a.date, this.lang), text: e.text.replace(/\s+/g, ' ') });
        this.seen.set(key, (n = this.list.length));
      }
      if (!out.includes(n) && out.length < max) out.push(n);
    }
    return out;
  }
}

/** A date as the articles support it: `26 January 2018`, `January 2017 (inferred)`, `a Friday in 2015`. Never the external date. */
export function formatDate(d: DateFact, lang: Lang): string {
  const text = d.weekday ? t(lang, 'weekdayIn', { weekday: weekdayName(d.weekday, lang), year: d.value.slice(0, 4) }) : formatDateValue(d.value, d.precision, lang);
  // "A Friday in 2015" already reads as what the article gives; its lines say which part is inferred.
  return d.provenance === 'inferred' && !d.weekday ? `${text} (${t(lang, 'inferred')})` : text;
}

/** The date in a sentence: "on 26 January 2018", "in January 2017 (inferred)", "on a Friday in 2015". */
export function datePhrase(d: DateFact, lang: Lang): string {
  return t(lang, d.precision === 'day' ? 'onDate' : d.weekday ? 'onWeekday' : 'inDate', { date: formatDate(d, lang) });
}

/** "As of 26 January 2018"; in French "au 26 janvier 2018", but "à la date d’un vendredi de 2015". */
export function asOfPhrase(d: DateFact, lang: Lang): string {
  return t(lang, d.precision !== 'day' && d.weekday ? 'asOfWeekday' : 'asOf', { date: formatDate(d, lang) });
}

/** Lines for a date with its provenance: printed or inferred (with the reasoning), and any date known only from outside the articles. */
export function dateLines(d: DateFact, lang: Lang, always = false): Line[] {
  const lines: Line[] = [{ text: formatDate(d, lang) }];
  // A plain printed date needs no explanation, except where provenance is the point (/sources).
  // "A Friday in 2015": the weekday is printed, the year worked out; each is labelled as what it is.
  if (d.weekday && d.provenance === 'inferred') lines.push({ style: 'note', text: `${t(lang, 'printed')}: ${weekdayName(d.weekday, lang)}` });
  if (always || d.provenance === 'inferred' || d.weekday) lines.push({ style: 'note', text: `${t(lang, d.provenance === 'inferred' ? 'inferred' : 'printed')}: ${d.basis}` });
  if (d.external) lines.push({ text: `${formatDateValue(d.external.value, d.external.precision, lang)} — ${t(lang, 'notInSources')}`, style: 'note' });
  return lines;
}

export function ordinal(n: number, lang: Lang): string {
  if (lang === 'ja') return `第${n}回`;
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  return `${n}${ordinalSuffix(n)}`;
}

/** A meeting by its ordinal, in the user's language and its series' name ("2nd …", "第2回…", "2e …"). */
export function meetingName(k: Pick<Knowledge, 'series'>, m: Meeting, lang: Lang): string {
  const name = seriesOf(k, m).name[lang];
  // A meeting no article numbers goes by its date.
  if (!m.number) return lang === 'ja' ? `${formatDate(m.date, lang)}の${name}` : lang === 'fr' ? `${name} du ${formatDate(m.date, lang)}` : `${name} of ${formatDate(m.date, lang)}`;
  const n = ordinal(m.number.value, lang);
  return lang === 'ja' ? `${n}${name}` : `${n} ${name}`;
}

/** A person's name as the reader writes it: kanji or katakana in Japanese. */
export function personName(p: Person, lang: Lang): string {
  return lang === 'ja' ? p.nameJa : p.name;
}

/** A title naming a person: in Japanese, both scripts, so the English passages stay readable. */
function personTitle(p: Person, lang: Lang): string {
  return lang === 'ja' ? `${p.nameJa}（${p.name}）` : p.name;
}

export function agreementName(a: Agreement, lang: Lang): string {
  return lang === 'en' ? a.name : a.translations[lang].name;
}

export function statusLabel(a: Agreement, lang: Lang): string {
  return lang === 'en' ? a.status.label : a.translations[lang].status;
}

/** Our headline in the reader's language, or an ingested article's own title (in its language). */
export function headline(a: { headline?: { text: string; ja: string; fr: string } | undefined; title?: string | undefined; id: string }, lang: Lang): string {
  if (a.headline) return lang === 'en' ? a.headline.text : a.headline[lang];
  return a.title ?? a.id;
}

/** A meeting's full title: its own name in English; in Japanese and French, the series' title with the ordinal or date. */
export function meetingTitle(k: Pick<Knowledge, 'series'>, m: Meeting, lang: Lang): string {
  if (lang === 'en') return m.name;
  const title = seriesOf(k, m).title[lang];
  if (!m.number) return lang === 'ja' ? `${title}（${formatDate(m.date, lang)}）` : `${title} du ${formatDate(m.date, lang)}`;
  return lang === 'ja' ? `第${m.number.value}回${title}` : `${ordinal(m.number.value, lang)} ${title}`;
}

/** A meeting in a sentence, by its year: "the 2015 …", "2015年の…", "… de 2015". */
export function meetingRef(k: Pick<Knowledge, 'series'>, m: Meeting, lang: Lang): string {
  const y = m.date.value.slice(0, 4);
  const name = seriesOf(k, m).name[lang];
  return lang === 'ja' ? `${y}年の${name}` : lang === 'fr' ? `${name} de ${y}` : `${y} ${name}`;
}

export function meetingShort(k: Pick<Knowledge, 'series' | 'places'>, m: Meeting, lang: Lang): string {
  return `${meetingName(k, m, lang)} · ${formatDate(m.date, lang)}${m.place ? ` · ${placeName(k, m.place.city, lang)}` : ''}`;
}


const byDate = (k: Knowledge) => (a: { meeting?: string | undefined }, b: { meeting?: string | undefined }) =>
  compareKeys((a.meeting && k.meetings.get(a.meeting)?.date.value) || '', (b.meeting && k.meetings.get(b.meeting)?.date.value) || '');

export function meetingCard(k: Knowledge, m: Meeting, lang: Lang, alsoMatching: Hit[] = []): Card {
  const c = new Citations(k, lang);
  const lead: Line[] = [{ lead: meetingShort(k, m, lang), text: '', cites: c.cite(m.evidence, 2) }];
  if (m.number?.provenance === 'inferred') lead.push({ text: m.number.basis, style: 'note' });
  const participants = m.participants.map((pt): Line => {
    const person = k.people.get(pt.person)!;
    const role = officeAt(k, person, m.id);
    if (!role) return { flag: person.country, text: personName(person, lang), cites: c.cite(pt.evidence, 2) };
    return { flag: role.country, text: `${personName(person, lang)} — ${roleName(k, role.title, lang)}`, cites: c.cite([...pt.evidence, ...role.evidence], 2) };
  });
  const date = dateLines(m.date, lang);
  // A source that disagrees is shown beside the date, never dropped.
  for (const other of m.alsoReported ?? []) {
    const what = other.date ? formatDate(other.date, lang) : other.place ? placeName(k, other.place.city, lang) : '';
    if (what) date.push({ style: 'note', text: `${t(lang, 'alsoReported')}: ${what}`, cites: c.cite(other.evidence, 1) });
  }
  const sections: Section[] = [
    { name: t(lang, 'date'), lines: date, inline: true },
    {
      name: t(lang, 'place'),
      lines: [m.place ? { text: `${placeName(k, m.place.city, lang)}${m.place.venue ? ` — ${placeName(k, m.place.venue, lang)}` : ''}`, cites: c.cite(m.place.evidence, 2) } : { text: t(lang, 'notStated') }],
      inline: true,
    },
    { name: t(lang, 'participants'), lines: participants.length > 0 ? participants : [{ text: t(lang, 'notStated') }] },
  ];
  if (m.outcomes.length > 0) sections.push({ name: t(lang, 'outcomes'), lines: m.outcomes.map((o) => ({ style: 'item', text: o.summary, cites: c.cite(o.evidence) })) });
  if (m.sideEvents.length > 0) {
    sections.push({
      name: t(lang, 'sideEvents'),
      lines: m.sideEvents.map((s) => ({ style: 'item', text: `(${s.date ? `${formatDate(s.date, lang)}, ` : ''}${t(lang, s.status)}) ${s.summary}`, cites: c.cite(s.evidence) })),
    });
  }
  if (alsoMatching.length > 0) sections.push({ name: t(lang, 'alsoMatching'), lines: alsoMatching.map((h) => ({ style: 'item', text: h.label, command: `/meeting ${h.id}` })) });
  return { kind: 'meeting', title: meetingTitle(k, m, lang), lead, sections, sources: c.list };
}

/**
 * Each office someone held, over its span, with the talks the articles have them in it at. Said
 * "at the time of": someone may hold an office then without attending (a head of state or government).
 */
function officeLines(k: Knowledge, p: Person, lang: Lang, c: Citations): Line[] {
  return [...p.offices]
    .sort((a, b) => compareKeys(a.from.value, b.from.value))
    .flatMap((o): Line[] => {
      const at = meetingsOfOffice(k, p, o);
      const span = o.to && o.to.value !== o.from.value ? `${formatDate(o.from, lang)} – ${formatDate(o.to, lang)}` : formatDate(o.from, lang);
      const when = at.length > 0 ? t(lang, 'atTimeOf', { meeting: at.map((m) => meetingShort(k, m, lang)).join('; ') }) : span;
      const line: Line = { lead: roleName(k, o.title, lang), flag: o.country, text: `— ${when}`, cites: c.cite(o.evidence, 2) };
      return o.inference ? [line, { style: 'note', text: `${t(lang, 'inferred')}: ${o.inference}` }] : [line];
    });
}

export function personCard(k: Knowledge, p: Person, lang: Lang): Card {
  const c = new Citations(k, lang);
  const roles = officeLines(k, p, lang, c);
  const attended = [...k.meetings.values()]
    .filter((m) => m.participants.some((pt) => pt.person === p.id))
    .sort((a, b) => compareKeys(a.date.value, b.date.value))
    .map((m): Line => ({ style: 'item', text: meetingShort(k, m, lang), cites: c.cite(m.participants.find((pt) => pt.person === p.id)!.evidence, 1) }));
  const quotes = [...k.quotes.values()]
    .filter((q) => q.speaker === p.id)
    .sort((a, b) => (a.kind === b.kind ? byDate(k)(a, b) : a.kind === 'direct' ? -1 : 1))
    .map((q): Line => ({ style: 'item', text: q.kind === 'direct' ? `“${clip(q.text, 140)}”` : `(${t(lang, 'reported')}) ${clip(q.text, 140)}`, command: `/quote ${q.id}` }));
  const sections: Section[] = [
    { name: t(lang, 'roles'), lines: roles },
    { name: t(lang, 'meetingsAttended'), lines: attended.length > 0 ? attended : [{ text: t(lang, 'notStated') }] },
  ];
  if (quotes.length > 0) sections.push({ name: t(lang, 'quotes'), lines: quotes });
  return { kind: 'person', title: personTitle(p, lang), lead: [{ flag: p.country, text: countryName(k, p.country, lang) }], sections, sources: c.list };
}

export function quoteCard(k: Knowledge, q: Quote, lang: Lang): Card {
  const m = q.meeting ? k.meetings.get(q.meeting) : undefined;
  const speaker = q.speaker ? k.people.get(q.speaker) : undefined;
  const when = quoteDate(k, q);
  // At a meeting, the role held there; otherwise the office an article has them in on the day.
  const role = speaker ? officeOn(speaker, when.value) : undefined;
  const who = speaker ? `${personName(speaker, lang)}${role ? ` — ${roleName(k, role.title, lang)}` : ''}` : q.attributedTo!;
  // The passage itself, once: it holds the quoted words and who said them, verbatim.
  const passages = q.evidence.flatMap((e): Line[] => {
    const a = k.articles.get(e.article)!;
    return [{ style: 'quote', text: e.text.replace(/\s+/g, ' ') }, { style: 'note', text: `📰 ${headline(a, lang)} — ${formatDate(a.date, lang)}` }];
  });
  const lead: Line[] = [
    ...(q.kind === 'reported' ? [{ lead: t(lang, 'reported'), text: '' }] : []),
    ...(q.about ? [{ style: 'note' as const, text: `(${q.about})` }] : []),
    ...passages,
  ];
  return {
    kind: 'quote',
    title: q.kind === 'direct' ? `${who}${role ? ` (${flagOf(role.country)})` : ''}` : `${quoteSource(q, k)} (${t(lang, 'reported')})`,
    lead,
    sections: [
      { name: t(lang, 'speaker'), lines: [{ text: who, ...(role ? { flag: role.country } : {}) }], inline: true },
      { name: t(lang, 'date'), lines: [{ text: formatDate(when, lang) }], inline: true },
      ...(m ? [{ name: t(lang, 'meeting'), lines: [{ text: meetingShort(k, m, lang) }], inline: true }] : []),
      { name: t(lang, 'setting'), lines: [{ text: q.setting ?? t(lang, 'settingUnknown') }], inline: true },
      { name: t(lang, 'kind'), lines: [{ text: q.kind === 'direct' ? t(lang, 'direct') : t(lang, 'reported') }], inline: true },
    ],
    sources: [],
  };
}

/** A supporting card beside an answer: passages the answer already shows are not shown again. */
export function withoutPassages(card: Card, shown: Set<string>, lang: Lang): Card {
  const key = (text: string) => text.replace(/\s+/g, ' ').trim();
  return {
    ...card,
    lead: card.lead.filter((l, i, all) => !(l.style === 'quote' && shown.has(key(l.text))) && !(l.style === 'note' && all[i - 1]?.style === 'quote' && shown.has(key(all[i - 1]!.text)))),
    sources: card.sources.map((s) => (shown.has(key(s.text)) ? { ...s, text: t(lang, 'quotedInAnswer') } : s)),
  };
}

/** "The latest source" where the status is as of the newest article; else the newest that mentions the agreement. */
export function latestSourceOf(k: Knowledge, a: Agreement): 'latestSource' | 'latestSourceOnIt' {
  return statusAsOf(k, a).value === latestArticle(k).date.value ? 'latestSource' : 'latestSourceOnIt';
}

export function agreementCard(k: Knowledge, a: Agreement, lang: Lang): Card {
  const c = new Citations(k, lang);
  const status: Line = {
    lead: `${t(lang, 'status')}:`,
    text: `${statusLabel(a, lang)} — ${asOfPhrase(statusAsOf(k, a), lang)} (${t(lang, latestSourceOf(k, a))})`,
    cites: c.cite(a.status.evidence),
  };
  const timeline = a.timeline.map((s): Line => {
    const m = s.meeting ? k.meetings.get(s.meeting) : undefined;
    const at = m ? ` (${meetingName(k, m, lang)})` : '';
    const planned = s.planned ? ` — ${t(lang, 'planned')}` : '';
    return { lead: formatDate(s.date, lang), text: `${at}${planned}: ${s.summary}`.trimStart(), cites: c.cite(s.evidence) };
  });
  return {
    kind: 'agreement',
    title: agreementName(a, lang),
    lead: [status],
    sections: [
      { name: t(lang, 'kind'), lines: [{ text: t(lang, a.kind) }], inline: true },
      { name: a.kind === 'position' ? t(lang, 'points') : t(lang, 'covers'), lines: a.covers.map((cv) => ({ style: 'item', text: cv.summary, cites: c.cite(cv.evidence) })) },
      { name: t(lang, 'timeline'), lines: timeline },
    ],
    sources: c.list,
  };
}

interface TimelineEntry {
  date: DateFact;
  order: number;
  line: Omit<Line, 'cites'>;
  evidence: Evidence[];
}

/** Meetings and agreement steps in date order; `only` keeps the entries of some records. */
export function timelineCard(k: Knowledge, lang: Lang, only?: Set<string>): Card {
  const c = new Citations(k, lang);
  const entries: TimelineEntry[] = [];
  for (const m of k.meetings.values()) {
    if (only && !only.has(m.id)) continue;
    entries.push({ date: m.date, order: 0, line: { lead: formatDate(m.date, lang), text: `🤝 ${meetingName(k, m, lang)}${m.place ? `, ${placeName(k, m.place.city, lang)}` : ''}` }, evidence: m.evidence });
  }
  for (const a of k.agreements.values()) {
    if (only && !only.has(a.id) && !a.timeline.some((s) => s.meeting && only.has(s.meeting))) continue;
    for (const s of a.timeline) {
      if (only && !only.has(a.id) && !(s.meeting && only.has(s.meeting))) continue;
      entries.push({ date: s.date, order: 1, line: { lead: formatDate(s.date, lang), text: `${s.planned ? '🗓️' : '•'} ${agreementName(a, lang)}: ${s.summary}${s.planned ? ` (${t(lang, 'planned')})` : ''}` }, evidence: s.evidence });
    }
  }
  entries.sort((x, y) => compareKeys(x.date.value.slice(0, 7), y.date.value.slice(0, 7)) || x.order - y.order || compareKeys(x.date.value, y.date.value));
  const byYear = new Map<string, Line[]>();
  for (const e of entries) {
    const year = e.date.value.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push({ ...e.line, cites: c.cite(e.evidence, 1) });
    byYear.set(year, list);
  }
  return { kind: 'timeline', title: t(lang, 'timelineTitle', { series: [...k.series.values()].map((s) => s.title[lang]).join(' / ') }), lead: [], sections: [...byYear].map(([year, lines]) => ({ name: year, lines })), sources: c.list };
}

export function sourcesCards(k: Knowledge, lang: Lang, only?: string): Card[] {
  return [...k.articles.values()]
    .filter((a) => !only || a.id === only)
    .sort((a, b) => compareKeys(b.date.value, a.date.value))
    .map((a) => ({
      kind: 'sources' as const,
      title: headline(a, lang),
      lead: a.headline ? [{ style: 'note' as const, text: t(lang, 'headlinesOurs') }] : [...(a.publisher ? [{ style: 'note' as const, text: a.publisher }] : []), ...(a.url ? [{ style: 'note' as const, text: a.url }] : [])],
      sections: [
        { name: t(lang, 'published'), lines: dateLines(a.date, lang, true) },
        ...(a.covers ? [{ name: t(lang, 'covers'), lines: [{ text: (lang === 'en' ? a.covers : a.coversIn?.[lang]) ?? a.covers }] }] : []),
        // A photo caption still names who met whom, and records rest on it; an appeal to subscribe is not news.
        ...(a.paragraphs.some((p) => p.usableAsEvidence) ? [{ name: t(lang, 'caption'), lines: a.paragraphs.filter((p) => p.usableAsEvidence).map((p) => ({ style: 'item' as const, text: p.note })) }] : []),
        ...(a.paragraphs.some((p) => !p.usableAsEvidence) ? [{ name: t(lang, 'notNews'), lines: a.paragraphs.filter((p) => !p.usableAsEvidence).map((p) => ({ style: 'item' as const, text: p.note })) }] : []),
        { name: t(lang, 'article'), lines: [{ text: `${a.id} (${a.source.file})` }] },
      ],
      sources: [],
    }));
}

export interface HelpEntry {
  name: string;
  description: string;
  examples: string[];
}

export function helpCard(k: Knowledge, lang: Lang, commands: HelpEntry[]): Card {
  const intro = t(lang, 'helpIntro', { articles: k.articles.size, meetings: k.meetings.size, people: k.people.size, quotes: k.quotes.size, agreements: k.agreements.size });
  return {
    kind: 'help',
    title: t(lang, 'helpTitle', { pair: ([...k.series.values()][0]?.countries ?? [...k.countries.keys()]).map((c) => countryName(k, c, lang)).join(lang === 'ja' ? '・' : '–') }),
    lead: [{ text: intro }],
    sections: [
      ...commands.map((cmd) => ({ name: `/${cmd.name}`, lines: [{ text: cmd.description }, ...cmd.examples.map((e) => ({ text: '', command: e }))] })),
      ...(commands.length > 1 ? [{ name: t(lang, 'menuName'), lines: [{ text: t(lang, 'menuHelp') }] }] : []),
    ],
    sources: [],
  };
}

/** A miss: what was not found, what is close, and what exists. `input` is the user's, shown as text. */
export function missCard(input: string, lang: Lang, suggestions: Hit[], exists: Hit[]): Card {
  const sections: Section[] = [];
  if (suggestions.length > 0) sections.push({ name: t(lang, 'didYouMean'), lines: suggestions.map((h) => ({ style: 'item', text: h.label, command: `/${h.kind} ${h.id}` })) });
  if (exists.length > 0) sections.push({ name: t(lang, 'whatExists'), lines: exists.map((h) => ({ style: 'item', text: h.label })) });
  return { kind: 'miss', title: t(lang, 'notFound', { q: clip(input.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim(), 80) || '…' }), lead: [{ text: t(lang, 'notFoundBody') }], sections, sources: [] };
}

/** Someone in the articles who is never quoted directly: say so, and where they are mentioned. */
export function noDirectQuotesCard(k: Knowledge, p: Person, lang: Lang): Card {
  const c = new Citations(k, lang);
  const reported = [...k.quotes.values()].filter((q) => q.speaker === p.id);
  const mentions = officeLines(k, p, lang, c);
  const sections: Section[] = [{ name: t(lang, 'mentionedIn'), lines: mentions }];
  if (reported.length > 0) sections.push({ name: t(lang, 'reported'), lines: reported.map((q) => ({ style: 'item', text: clip(q.text, 160), cites: c.cite(q.evidence) })) });
  return {
    kind: 'quote',
    title: t(lang, 'noQuotesTitle', { name: personName(p, lang) }),
    lead: [{ text: reported.length > 0 ? t(lang, 'reportedOnly', { name: personName(p, lang) }) : t(lang, 'noDirectQuotes', { name: personName(p, lang) }) }],
    sections,
    sources: c.list,
  };
}

/**
 * The card with its sources numbered in reading order (lead, then each section, top to bottom) and
 * each line's citations ascending: [1][2][3], never [1][4][2].
 */
export function inReadingOrder(card: Card): Card {
  if (card.sources.length === 0) return card;
  const order = new Map<number, number>();
  const lines = [...card.lead, ...card.sections.flatMap((s) => s.lines)];
  for (const l of lines) for (const n of l.cites ?? []) if (!order.has(n)) order.set(n, order.size + 1);
  card.sources.forEach((_, i) => {
    if (!order.has(i + 1)) order.set(i + 1, order.size + 1);
  });
  const renumber = (l: Line): Line => (l.cites ? { ...l, cites: l.cites.map((n) => order.get(n)!).sort((a, b) => a - b) } : l);
  const sources: Source[] = new Array(card.sources.length);
  card.sources.forEach((s, i) => (sources[order.get(i + 1)! - 1] = s));
  return { ...card, lead: card.lead.map(renumber), sections: card.sections.map((s) => ({ ...s, lines: s.lines.map(renumber) })), sources };
}
