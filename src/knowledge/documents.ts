// Turns validated records into search documents: what each kind is found by, and how it is listed.
import { seriesOf } from './series.js';
import type { Knowledge } from './load.js';
import type { Country, DateFact, Meeting, Person, Quote } from './schema.js';
import { KINDS, type Kind, type SearchDoc } from './search.js';
import { clip, compareKeys, normalizeForSearch } from './text.js';
import { statusAsOf } from './time.js';

export const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A country as a person's document carries it: its names and English adjective (data/countries/). */
function countryWords(k: Knowledge, c: Country): string[] {
  const info = k.countries.get(c);
  return info ? [info.name.en, info.name.ja, info.name.fr, info.adjective] : [];
}

export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

export const yearOf = (d: DateFact) => d.value.slice(0, 4);

export function meetingLabel(k: Pick<Knowledge, 'series'>, m: Meeting): string {
  const place = m.place ? ` · ${m.place.city}` : '';
  const n = m.number ? `${m.number.value}${ordinalSuffix(m.number.value)} ` : '';
  return clip(`${n}${seriesOf(k, m).name.en} · ${m.date.value}${place}`, 100);
}

/** When a quote was said: its meeting's date, its own, or its article's. */
export function quoteDate(k: Knowledge, q: Quote): DateFact {
  const m = q.meeting ? k.meetings.get(q.meeting) : undefined;
  return m?.date ?? q.date ?? k.articles.get(q.evidence[0]!.article)!.date;
}

export function personLabel(p: Person): string {
  const offices = [...p.offices].sort((a, b) => compareKeys((b.to ?? b.from).value, (a.to ?? a.from).value)).map((o) => `${o.title} ${yearOf(o.to ?? o.from)}`);
  return clip(`${p.name} — ${offices.join(', ')}`, 100);
}

export function quoteSource(q: Quote, k: Knowledge): string {
  return q.speaker ? k.people.get(q.speaker)!.name : q.attributedTo!;
}

export function quoteLabel(q: Quote, k: Knowledge): string {
  const year = yearOf(quoteDate(k, q));
  const tag = q.kind === 'reported' ? '(reported) ' : '';
  return clip(`${tag}${quoteSource(q, k)}, ${year}: “${q.text}”`, 100);
}

/** Every record as a search document. */
export function documentsFrom(k: Knowledge): SearchDoc[] {
  return KINDS.flatMap((kind) => documentsOf(k, kind));
}

/** One kind's records as search documents. */
export function documentsOf(k: Knowledge, kind: Kind): SearchDoc[] {
  const central = (id: string) => k.mentions.get(id) ?? 0;
  return withLexicon(DOCUMENTS[kind](k, central), k);
}

type Central = (id: string) => number;

const DOCUMENTS: Record<Kind, (k: Knowledge, central: Central) => SearchDoc[]> = {
  meeting: (k, central) => {
    const newestFirst = [...k.meetings.values()].sort((a, b) => compareKeys(b.date.value, a.date.value));
    return [...k.meetings.values()].map((m) => {
      const n = m.number?.value;
      return {
        kind: 'meeting',
        id: m.id,
        label: meetingLabel(k, m),
        names: [m.name, ...m.aliases],
        keys: [yearOf(m.date), m.date.value, ...(n === undefined ? [] : [String(n), `${n}${ordinalSuffix(n)}`, `#${n}`, ORDINAL_WORDS[n] ?? ''])].filter(Boolean),
        secondary: [
          ...(m.place ? [m.place.city, m.place.venue ?? ''] : []),
          ...m.participants.map((p) => k.people.get(p.person)!.name),
          ...seriesOf(k, m).words,
          seriesOf(k, m).title.en,
        ],
        body: [...m.outcomes, ...m.sideEvents].map((f) => f.summary),
        centrality: central(m.id),
        defaultRank: newestFirst.indexOf(m),
      };
    });
  },

  person: (k, central) => {
    const quoted = new Set([...k.quotes.values()].filter((q) => q.kind === 'direct').map((q) => q.speaker));
    return [...k.people.values()].map((p) => ({
      kind: 'person',
      id: p.id,
      label: personLabel(p),
      names: [p.name, ...p.aliases],
      secondary: [...p.offices.flatMap((o) => [o.title, yearOf(o.from), ...(o.to ? [yearOf(o.to)] : [])]), ...countryWords(k, p.country)],
      centrality: central(p.id),
      ...(quoted.has(p.id) ? { defaultRank: 0 } : {}),
    }));
  },

  quote: (k, central) =>
    [...k.quotes.values()].map((q) => {
      const speaker = q.speaker ? k.people.get(q.speaker)! : undefined;
      return {
        kind: 'quote',
        id: q.id,
        label: quoteLabel(q, k),
        names: speaker ? [speaker.name, ...speaker.aliases] : [q.attributedTo!],
        keys: [yearOf(quoteDate(k, q))],
        secondary: [...q.topics, q.about ?? '', q.setting ?? '', q.kind],
        body: [q.text],
        // Direct quotes first: they are what `/quote <name>` is for.
        centrality: central(q.id) + (q.kind === 'direct' ? 100 : 0),
        ...(q.kind === 'direct' ? { defaultRank: 0 } : {}),
      };
    }),

  agreement: (k, central) => {
    const byStatusDate = [...k.agreements.values()].sort((a, b) => compareKeys(statusAsOf(k, b).value, statusAsOf(k, a).value));
    return [...k.agreements.values()].map((a) => ({
      kind: 'agreement',
      id: a.id,
      label: clip(`${a.name} — ${a.status.label} (${statusAsOf(k, a).value})`, 100),
      names: [a.name, ...a.aliases],
      keys: a.timeline.map((s) => yearOf(s.date)),
      secondary: [a.status.label, a.kind],
      body: [...a.covers.map((c) => c.summary), ...a.timeline.map((s) => s.summary)],
      centrality: central(a.id),
      defaultRank: (a.kind === 'agreement' ? 0 : a.kind === 'initiative' ? 100 : 200) + byStatusDate.indexOf(a),
    }));
  },
};

/**
 * The lexicon feeds search too: a record whose names or text use the words an entry means is also
 * found by what people say for them ("supply-sharing deal" finds the ACSA, "warship" the frigate).
 */
function withLexicon(docs: SearchDoc[], k: Knowledge): SearchDoc[] {
  const entries = [...k.lexicon.values()].filter((e) => e.kind === 'synonym').map((e) => ({ say: e.say, means: (e.means ?? []).map((m) => ` ${normalizeForSearch(m)} `) }));
  if (entries.length === 0) return docs;
  return docs.map((d) => {
    const text = ` ${normalizeForSearch([...d.names, ...(d.keys ?? []), ...(d.secondary ?? []), ...(d.body ?? [])].join(' '))} `;
    const said = entries.filter((e) => e.means.some((m) => text.includes(m))).flatMap((e) => e.say);
    return said.length > 0 ? { ...d, secondary: [...(d.secondary ?? []), ...said] } : d;
  });
}
