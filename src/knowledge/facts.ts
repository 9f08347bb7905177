// Every record broken into single facts, each with the words it can answer for: what the question
// reader matches a question against, and what the coverage check counts article sentences with.
import type { Knowledge } from './load.js';
import type { DateFact, Evidence } from './schema.js';
import type { Kind } from './search.js';
import { acronymsOf } from './acronyms.js';
import { articleSentences } from './article-text.js';
import { meetingsOfOffice } from './offices.js';
import { escapeRegExp, normalizeForEvidence } from './text.js';
import { statusAsOf } from './time.js';
import { stemsOf } from './words.js';

/** How a question may say someone was at a meeting: "took part", "attended", "was sent to". */
const TOOK_PART_WORDS = ['take part', 'attend', 'participate', 'present'];

/** Quoted words said by "she", "he" or "they": '"…," she said', '…, he added.' */
const SPOKEN_BY_PRONOUN = /[”"’],?\s+(?:she|he)\s+(?:said|says|added|told|stressed|noted|insisted)\b/i;
/** A sentence whose subject is "he" or "she" ("He is succeeded by…", "As a captain, he commanded…"). */
const PRONOUN_SUBJECT = /^(?:[^,"“”]{0,40},\s*)?(?:he|she)\s+\p{Ll}/u;
/** Two capitalised words: someone's first and family names ("Kenta Morita"), whom no record may hold; not "The Navy". */
const FULL_NAME = /\b(?!(?:The|A|An|In|On|At|For|But|And|As|It|This|That|Its|Their|His|Her)\b)(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu;

/**
 * `passage`: an article's own sentence that no record was drafted from (an ingested article's
 * "not drafted" sentences): it answers in its own words, as printed, and supports no record.
 */
export type FactKind = 'meeting' | 'place' | 'role' | 'outcome' | 'side-event' | 'quote' | 'status' | 'covers' | 'step' | 'passage';

export interface Fact {
  id: string;
  kind: FactKind;
  /** The record whose card supports this fact; none for a passage. */
  record?: { kind: Kind; id: string };
  meeting?: string;
  agreement?: string;
  people: string[];
  /** Our words (English), or the quoted words for a quote. */
  summary: string;
  date?: DateFact;
  planned?: boolean;
  evidence: Evidence[];
  /** Stems of the summary, the evidence and the names involved. */
  stems: Set<string>;
  /** Stems of the verbatim evidence alone. */
  evidenceStems: Set<string>;
  /** Stems of the fact's own words (its summary, or a quote's words). */
  summaryStems: Set<string>;
}

/**
 * The evidence's and the summary's own stems, made when first asked for: few questions look at them,
 * and with thousands of articles two sets per fact are tens of megabytes.
 */
function withLazyStems(f: Omit<Fact, 'evidenceStems' | 'summaryStems'>): Fact {
  let evidence: Set<string> | undefined;
  let summary: Set<string> | undefined;
  return Object.defineProperties(f, {
    evidenceStems: { get: () => (evidence ??= new Set(stemsOf(f.evidence.map((e) => e.text).join(' ')))), enumerable: true },
    summaryStems: { get: () => (summary ??= new Set(stemsOf(f.summary))), enumerable: true },
  }) as Fact;
}

/** A fact as the snapshot saves it: its stems as a list, the evidence's and summary's left to be made. */
export type SavedFact = Omit<Fact, 'stems' | 'evidenceStems' | 'summaryStems'> & { stems: string[] };

const SAVED_FIELDS = ['id', 'kind', 'record', 'meeting', 'agreement', 'people', 'summary', 'date', 'planned', 'evidence'] as const;

/** Facts in the snapshot's form. Fields are picked one by one: spreading a fact would make its lazy stems. */
export function savedFacts(facts: Fact[]): SavedFact[] {
  return facts.map((f) => {
    const saved: Record<string, unknown> = {};
    for (const key of SAVED_FIELDS) if (f[key] !== undefined) saved[key] = f[key];
    return { ...(saved as Omit<SavedFact, 'stems'>), stems: [...f.stems] };
  });
}

/** Facts read back from the snapshot, as factsOf made them from the same records. */
export function restoredFacts(saved: SavedFact[]): Fact[] {
  return saved.map(({ stems, ...f }) => {
    const set = new Set(stems);
    // A passage's words are its summary and its evidence: one set serves all three.
    return f.kind === 'passage' ? { ...f, stems: set, evidenceStems: set, summaryStems: set } : withLazyStems({ ...f, stems: set });
  });
}

export function factsOf(k: Knowledge): Fact[] {
  const facts: Fact[] = [];
  const names = (ids: string[]) => ids.flatMap((id) => {
    const p = k.people.get(id);
    return p ? [p.name, ...p.aliases] : [];
  });
  // An agreement's name and its acronyms count as words of its facts; its topical aliases
  // ("maritime claims", "nuclear") would let a fact answer for words it does not say.
  const agreementNames = (id?: string) => {
    const a = id ? k.agreements.get(id) : undefined;
    return a ? [a.name, ...a.aliases.filter((x) => /^[A-Z0-9]{2,6}$/.test(x))] : [];
  };
  // An acronym and the phrase it stands for, as the articles spell it out: a fact saying either says both.
  const acronyms = [...acronymsOf([...k.articles.values()].map((a) => a.text))];
  const spelled = acronyms.map(([code, phrase]) => ({ code: new RegExp(`\\b${code}\\b`), phrase: new RegExp(escapeRegExp(phrase).replace(/ /g, '\\s+'), 'i'), both: `${code} ${phrase}` }));
  const spelledOut = (text: string) => spelled.filter((x) => x.code.test(text) || x.phrase.test(text)).map((x) => x.both);
  const add = (f: Omit<Fact, 'stems' | 'evidenceStems' | 'summaryStems'>, extra: string[] = []) => {
    const evidence = f.evidence.map((e) => e.text).join(' ');
    const text = [f.summary, evidence, ...names(f.people), ...agreementNames(f.agreement), ...extra, ...spelledOut(`${f.summary} ${evidence}`)].join(' ');
    facts.push(withLazyStems({ ...f, stems: new Set(stemsOf(text)) }));
  };

  for (const m of k.meetings.values()) {
    const attendees = m.participants.map((p) => p.person);
    const rec = { kind: 'meeting' as const, id: m.id };
    add({ id: `${m.id}:meeting`, kind: 'meeting', record: rec, meeting: m.id, people: attendees, summary: m.name, date: m.date, evidence: m.evidence });
    if (m.place) add({ id: `${m.id}:place`, kind: 'place', record: rec, meeting: m.id, people: [], summary: `${m.place.city}${m.place.venue ? `, ${m.place.venue}` : ''}`, evidence: m.place.evidence });
    m.outcomes.forEach((o, i) =>
      add({ id: `${m.id}:outcome:${i}`, kind: 'outcome', record: rec, meeting: m.id, ...(o.agreement ? { agreement: o.agreement } : {}), people: o.people ?? attendees, summary: o.summary, evidence: o.evidence }),
    );
    m.sideEvents.forEach((s, i) =>
      add({
        id: `${m.id}:side:${i}`,
        kind: 'side-event',
        record: rec,
        meeting: m.id,
        ...(s.agreement ? { agreement: s.agreement } : {}),
        people: s.people ?? [],
        summary: s.summary,
        ...(s.date ? { date: s.date } : {}),
        planned: s.status !== 'held',
        evidence: s.evidence,
      }),
    );
  }
  for (const p of k.people.values()) {
    // An office at each meeting the articles have them in it at; an office known at none, over its span.
    p.offices.forEach((o, i) => {
      const at = meetingsOfOffice(k, p, o);
      const placed = new Set<Evidence>();
      for (const m of at) {
        // At a meeting, the span's passages from the reports of that meeting.
        const reports = new Set(m.evidence.map((e) => e.article));
        const there = o.evidence.filter((e) => reports.has(e.article));
        there.forEach((e) => placed.add(e));
        // Named among those at the meeting, they took part in it, in whatever words a question says so.
        const tookPart = m.participants.some((x) => x.person === p.id) ? TOOK_PART_WORDS : [];
        add({ id: `${p.id}:role:${m.id}`, kind: 'role', record: { kind: 'person', id: p.id }, meeting: m.id, people: [p.id], summary: `${p.name}, ${o.title}`, evidence: there.length > 0 ? there : o.evidence }, tookPart);
      }
      // The span itself, from the passages no meeting's report holds (or all, where it is known at none).
      const elsewhere = at.length === 0 ? o.evidence : o.evidence.filter((e) => !placed.has(e));
      if (elsewhere.length > 0) add({ id: `${p.id}:office:${i}`, kind: 'role', record: { kind: 'person', id: p.id }, people: [p.id], summary: `${p.name}, ${o.title}`, date: o.to ?? o.from, evidence: elsewhere });
    });
  }
  for (const q of k.quotes.values()) {
    add({ id: `${q.id}:quote`, kind: 'quote', record: { kind: 'quote', id: q.id }, meeting: q.meeting, people: q.speaker ? [q.speaker] : [], summary: q.text, evidence: q.evidence }, [...q.topics, q.about ?? '']);
  }
  for (const a of k.agreements.values()) {
    const rec = { kind: 'agreement' as const, id: a.id };
    add({ id: `${a.id}:status`, kind: 'status', record: rec, agreement: a.id, people: [], summary: a.status.label, date: statusAsOf(k, a), evidence: a.status.evidence });
    a.covers.forEach((c, i) => add({ id: `${a.id}:covers:${i}`, kind: 'covers', record: rec, agreement: a.id, people: [], summary: c.summary, evidence: c.evidence }));
    a.timeline.forEach((s, i) =>
      add({
        id: `${a.id}:step:${i}`,
        kind: 'step',
        record: rec,
        agreement: a.id,
        ...(s.meeting ? { meeting: s.meeting } : {}),
        people: [],
        summary: s.summary,
        date: s.date,
        planned: s.planned,
        evidence: s.evidence,
      }),
    );
  }
  // An ingested article's sentences, as passages, where they say what no record holds: a sentence no
  // record was drafted from, or one that names someone (or an agreement) the records resting on it do
  // not. Names in them count for the people and agreements they name, as a record's would. Bylines,
  // captions, cut-off fragments and the like are not passages.
  const people = [...k.people.values()].map((p) => ({ id: p.id, names: [p.name, ...p.aliases].filter((n) => n.length >= 4).map((n) => ` ${stemsOf(n).join(' ')} `) }));
  const agreements = [...k.agreements.values()].map((a) => ({ id: a.id, names: [a.name, ...a.aliases.filter((x) => /^[A-Z0-9]{2,6}$/.test(x))].map((n) => ` ${stemsOf(n).join(' ')} `) }));
  const resting = new Map<string, { text: string; about: Set<string> }[]>();
  const placeWords = new Set([...k.countries.values()].flatMap((c) => [c.name.en, c.adjective, ...c.words]).concat([...k.places.values()].map((p) => p.name)).flatMap((w) => w.toLowerCase().split(/\s+/)));
  for (const f of facts) {
    for (const e of f.evidence) {
      const list = resting.get(e.article) ?? [];
      list.push({ text: normalizeForEvidence(e.text), about: new Set([...f.people, ...(f.agreement ? [f.agreement] : [])]) });
      resting.set(e.article, list);
    }
  }
  for (const a of k.articles.values()) {
    if (!a.unused) continue;
    const excluded = new Set(a.unused.filter((u) => u.reason !== 'not-drafted').map((u) => normalizeForEvidence(u.sentence)));
    const records = resting.get(a.id) ?? [];
    const sentences = articleSentences(a.text);
    // A name no record holds, not a country's ("French Navy") or place's words.
    const namesSomeoneElse = (text: string) => [...text.matchAll(FULL_NAME)].some((m) => !placeWords.has(m[1]!.toLowerCase()) && !placeWords.has(m[2]!.toLowerCase()));
    const namedIn = (text: string) => {
      const said = ` ${stemsOf(text).join(' ')} `;
      return people.filter((p) => p.names.some((n) => said.includes(n))).map((p) => p.id);
    };
    sentences.forEach(({ paragraph, sentence }, i) => {
      const key = normalizeForEvidence(sentence);
      if (a.paragraphs.some((n) => n.index === paragraph && !n.usableAsEvidence) || excluded.has(key)) return;
      let text = sentence;
      let named = namedIn(sentence);
      // '"…," she said' or 'As a captain, he commanded…' names no one: the one person the sentence
      // before names (in the same paragraph) is who, and the passage holds both sentences, so a
      // reader sees it.
      const before = sentences[i - 1];
      const byPronoun = SPOKEN_BY_PRONOUN.test(sentence) || PRONOUN_SUBJECT.test(sentence);
      const namedBefore = before ? namedIn(before.sentence) : [];
      if (named.length === 0 && byPronoun && before?.paragraph === paragraph && (namedBefore.length === 1 || (namedBefore.length === 0 && namesSomeoneElse(before.sentence)))) {
        const from = a.text.indexOf(before.sentence);
        const to = from < 0 ? -1 : a.text.indexOf(sentence, from + before.sentence.length);
        if (to >= 0 && a.text.slice(from + before.sentence.length, to).trim() === '') {
          text = a.text.slice(from, to + sentence.length);
          named = namedIn(before.sentence);
        }
      }
      const stems = stemsOf([text, ...spelledOut(text)].join(' '));
      const said = ` ${stemsOf(sentence).join(' ')} `;
      const agreement = agreements.find((x) => x.names.some((n) => said.includes(n)))?.id;
      const on = records.filter((r) => r.text.includes(key) || (key.includes(r.text) && r.text.length >= Math.min(40, key.length)));
      const covered = new Set(on.flatMap((r) => [...r.about]));
      if (on.length > 0 && [...named, ...(agreement ? [agreement] : [])].every((id) => covered.has(id))) return;
      // One set of stems serves all three: a passage's words are its summary and its evidence.
      const set = new Set(stems);
      facts.push({ id: `${a.id}:passage:${i}`, kind: 'passage', people: named, ...(agreement ? { agreement } : {}), summary: text, evidence: [{ article: a.id, text }], stems: set, evidenceStems: set, summaryStems: set });
    });
  }
  return facts;
}
