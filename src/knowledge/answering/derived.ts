// The knowledge as the handlers read it, built once per knowledge base: the facts and their index,
// who held which office at each meeting, and how a fact is ranked against a question.
import type { Fact } from '../facts.js';
import type { Knowledge } from '../load.js';
import type { Question, Reader, RoleKind } from '../question.js';
import { meetingsOfOffice, officeAt, officeKindOf, officesHeldAt } from '../offices.js';
import { latestArticle } from '../time.js';
import type { Country, Meeting, Office, Series } from '../schema.js';
import { seriesWordsPattern } from '../series.js';
import { inSpan } from '../span.js';
import { compareKeys, escapeRegExp } from '../text.js';
import { type Term, covers, stemsOf } from '../words.js';
import type { Finding, RoleHolder, Gap } from '../answer.js';
import { kindOrder } from './shared.js';

export function derive(k: Knowledge, facts: Fact[], reader: Reader) {
  const meetings = [...k.meetings.values()].sort((a, b) => compareKeys(a.date.value, b.date.value));
  const latest = latestArticle(k).date.value;
  const factById = new Map(facts.map((f) => [f.id, f]));
  const yearOf = (m: Meeting) => Number(m.date.value.slice(0, 4));
  const roleKindOf = (title: string) => officeKindOf(k.offices.values(), title);
  const seriesWords = seriesWordsPattern(k.series.values());
  /** A series named by one of its words (data/series/). */
  const seriesNamed = new RegExp(seriesWords, 'i');
  /** A sentence speaking of a meeting of a series: its own words, or "meeting" (not "the ninth round" of some negotiation). */
  const meetingSpoken = new RegExp(`\\bmeetings?\\b|${seriesWords}`, 'i');
  // The stems that name each country in a passage (data/countries/): "japan", "japanes".
  const countryStems = new Map([...k.countries.values()].map((c) => [c.id, [...new Set([c.name.en, c.adjective, ...c.words].flatMap(stemsOf))]] as const));
  const namesCountry = (f: Fact, c: Country) => countryStems.get(c)?.some((s) => f.evidenceStems.has(s)) ?? false;
  /** A fact about one country alone ("For one of them, …"), not about the pair. */
  // Someone of another country in it (a French minister's words on Japan) makes it about that country too.
  const aboutAlone = (f: Fact, c: Country) => namesCountry(f, c) && [...countryStems.keys()].every((o) => o === c || !namesCountry(f, o)) && f.people.every((p) => k.people.get(p)?.country === c);

  const holderOf = (person: string, office: Office, meeting: string): RoleHolder => ({ person, title: office.title, country: office.country, meeting });
  // Who held an office at a meeting, from the dated spans (src/knowledge/offices.ts).
  const holdersAt = (meeting: string, role?: RoleKind, country?: Country): RoleHolder[] =>
    officesHeldAt(k, meeting)
      .filter((h) => (!role || roleKindOf(h.office.title) === role) && (!country || h.office.country === country))
      .map((h) => holderOf(h.person, h.office, meeting));
  const roleAt = (person: string, meeting: string) => officeAt(k, k.people.get(person)!, meeting);
  /** The fact behind someone's office at a meeting: the office there, or the span it rests on. */
  const roleFactAt = (person: string, meeting: string) => {
    const p = k.people.get(person)!;
    const office = roleAt(person, meeting)!;
    const at = () => meetingsOfOffice(k, p, office).map((m) => factById.get(`${person}:role:${m.id}`));
    return factById.get(`${person}:role:${meeting}`) ?? factById.get(`${person}:office:${p.offices.indexOf(office)}`) ?? at().find((f) => f !== undefined)!;
  };
  const roleFact = (h: RoleHolder) => roleFactAt(h.person, h.meeting);
  const attended = (m: Meeting, person: string) => m.participants.some((p) => p.person === person);
  /** What a meeting's held side events say of someone not at it ("ahead of the talks, they met the prime minister"). */
  const heldBeside = (m: Meeting, person: string) => m.sideEvents.flatMap((e, i) => (e.status === 'held' && e.people?.includes(person) ? [factById.get(`${m.id}:side:${i}`)!] : []));
  const uncoveredBy = (terms: Term[], used: Fact[]) => {
    // One fact (the common case, per candidate): its own stems, not a copy.
    const stems = used.length === 1 ? used[0]!.stems : new Set(used.flatMap((f) => [...f.stems]));
    return terms.filter((t) => !covers(stems, t));
  };
  // A fact is about a person or an agreement if it is linked to it, or names it.
  const aliasStems = new Map<string, string[][]>();
  for (const p of k.people.values()) aliasStems.set(p.id, [p.name, ...p.aliases].map(stemsOf));
  for (const a of k.agreements.values()) aliasStems.set(a.id, [a.name, ...a.aliases].map(stemsOf));
  // Strictly: linked to it, or named in the fact's own words (a passage that mentions it in passing is not about it).
  const about = (f: Fact, id: string) => f.people.includes(id) || f.agreement === id || (aliasStems.get(id) ?? []).some((alt) => alt.every((s) => f.summaryStems.has(s)));
  const names = (f: Fact, id: string) => f.people.includes(id) || f.agreement === id || (aliasStems.get(id) ?? []).some((alt) => alt.every((s) => f.stems.has(s)));
  const unmentioned = (terms: Term[]) => terms.filter((t) => !t.alternatives.some((alt) => alt.every((s) => reader.inArticles(s)))).map((t) => t.text);

  /** How much of the question a fact covers: terms first, then the entities. */
  function scoreOf(q: Question, f: Fact, asked: Meeting[] = meetingsAsked(q)): number {
    let s = 0;
    for (const t of q.terms) if (covers(f.stems, t)) s += 3;
    // A hint in its own word counts more than in a word WordNet relates to it ("research": "search").
    for (const t of q.hints) if (covers(f.stems, t)) s += t.alternatives[0]!.every((x) => f.stems.has(x)) ? 1 : 0.5;
    for (const p of q.people) if (names(f, p)) s += 2;
    for (const a of q.agreements) if (f.agreement === a) s += 3;
    else if (names(f, a)) s += 1;
    // Of the time asked: at the meeting, or, for a fact of no meeting, reported that year.
    for (const m of asked) if (f.meeting === m.id || (!f.meeting && f.evidence.every((e) => k.articles.get(e.article)?.date.value.startsWith(String(yearOf(m)))))) s += 1;
    return s;
  }

  // Facts by what can make them score: a stem, a person, an agreement, a meeting. With thousands of
  // articles, ranking then looks at the facts that share something with the question, not at all.
  const lists = new Map<string, number[]>();
  const index = (key: string, i: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  facts.forEach((f, i) => {
    for (const s of f.stems) index(s, i);
    for (const p of f.people) index(`p:${p}`, i);
    if (f.agreement) index(`a:${f.agreement}`, i);
    if (f.meeting) index(`m:${f.meeting}`, i);
  });
  // Packed: four bytes a position, half of what an array of numbers takes, at 10,000 articles megabytes.
  const byKey = new Map([...lists].map(([key, list]) => [key, Uint32Array.from(list)] as const));
  lists.clear();
  /** The facts that can score for a question, in their order. */
  function candidates(q: Question, asked: Meeting[]): Fact[] {
    const found = new Set<number>();
    const add = (key: string | undefined) => {
      for (const i of (key !== undefined && byKey.get(key)) || []) found.add(i);
    };
    for (const t of [...q.terms, ...q.hints]) for (const alt of t.alternatives) add(alt[0]);
    for (const id of [...q.people, ...q.agreements]) {
      add(`p:${id}`);
      add(`a:${id}`);
      for (const alt of aliasStems.get(id) ?? []) add(alt[0]);
    }
    for (const m of asked) add(`m:${m.id}`);
    return [...found].sort((a, b) => a - b).map((i) => facts[i]!);
  }

  // A pool used again and again (the dated facts) is made a set once.
  const poolSets = new WeakMap<Fact[], Set<Fact>>();
  const setOf = (pool: Fact[]) => {
    let set = poolSets.get(pool);
    if (!set) poolSets.set(pool, (set = new Set(pool)));
    return set;
  };
  /** Facts ranked by how much of the question they cover, with their scores. */
  function scored(q: Question, pool: Fact[] = facts): { f: Fact; s: number }[] {
    const asked = meetingsAsked(q);
    const possible = candidates(q, asked);
    const inPool = pool === facts ? possible : ((set) => possible.filter((f) => set.has(f)))(setOf(pool));
    return inPool
      .map((f) => ({ f, s: scoreOf(q, f, asked) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s || kindOrder(a.f) - kindOrder(b.f));
  }

  /** Facts ranked by how much of the question they cover. */
  function rank(q: Question, pool: Fact[] = facts): Fact[] {
    return scored(q, pool).map((x) => x.f);
  }

  function meetingsAsked(q: Question): Meeting[] {
    if (q.beforeYear !== undefined) return meetings.filter((m) => yearOf(m) < q.beforeYear!);
    // "Since 2016", "from 2014 to 2017": the meetings the span holds for certain.
    if (q.span) return meetings.filter((m) => inSpan(q.span!, yearOf(m), m.date.precision === 'year' ? undefined : Number(m.date.value.slice(5, 7))) === true);
    const byYear = q.years.length > 0 ? meetings.filter((m) => q.years.includes(yearOf(m))) : [];
    const byOrdinal = q.ordinals.length > 0 ? meetings.filter((m) => m.number !== undefined && q.ordinals.includes(m.number.value)) : [];
    if (q.years.length > 0 || q.ordinals.length > 0) return [...new Set([...byYear, ...byOrdinal])];
    // A day of a month with no year ("what was agreed on 26 January"): the meetings dated to it.
    if (q.day !== undefined && q.months?.length === 1 && q.places.length === 0) {
      const on = meetings.filter((m) => m.date.precision === 'day' && Number(m.date.value.slice(5, 7)) === q.months![0] && Number(m.date.value.slice(8, 10)) === q.day);
      if (on.length > 0) return on;
    }
    // "When did the two foreign ministers meet in a city": of the meetings held there, those the ministers named were at.
    const ministers = q.people.filter((id) => meetings.some((m) => attended(m, id)));
    return meetings.filter((m) => q.places.includes(m.id) && ministers.every((id) => attended(m, id)));
  }

  /** A year or ordinal that names no meeting in the articles. */
  function missingMeeting(q: Question): string | undefined {
    const year = q.years.find((y) => !meetings.some((m) => yearOf(m) === y));
    if (year !== undefined && (q.ordinals.length > 0 || q.intent !== 'what' || q.terms.length === 0 || q.roles.length > 0)) return String(year);
    const ordinal = q.ordinals.find((n) => !meetings.some((m) => m.number?.value === n));
    return ordinal !== undefined ? `#${ordinal}` : undefined;
  }

  /** Keeps an answer only if its facts cover every term of the question. */
  function checked(q: Question, f: Extract<Finding, { kind: 'answer' }>): Finding {
    const left = uncoveredBy(q.terms, f.facts);
    if (left.length === 0) return f;
    return { kind: 'not-covered', unmentioned: unmentioned(left), uncovered: left.map((t) => t.text), related: f.facts.slice(0, 3) };
  }

  function notCovered(q: Question, gap?: Gap, related: Fact[] = rank(q).slice(0, 3)): Finding {
    const left = uncoveredBy(q.terms, []);
    return { kind: 'not-covered', unmentioned: unmentioned(left), uncovered: [], ...(gap ? { gap } : {}), related };
  }

  // "What is a <series>?", for each series by the words that mean it.
  const seriesAsked = [...k.series.values()].map((series) => {
    const words = seriesWordsPattern([series]);
    // Its countries, before or after its name: "the Lyon–Kasumi <series>", "le <series> franco-japonais".
    const country = countriesPattern(series);
    const countries = `(?:[ -](?:${country})(?:[-–/](?:${country}))?)*`;
    return {
      series,
      /** The series named by one of its words. */
      named: new RegExp(words, 'i'),
      // "What is a <series>?", "what does \"<series>\" mean?", "what do they mean by <series>?", "c'est quoi le <series> ?".
      pattern: new RegExp(
        `\\b(?:what(?: (?:even|exactly|actually|really|again))?(?:'s| is| are)(?: an?| the| this| that)?|qu['’]est[- ]ce qu(?:e|['’]un|['’]une)(?: le| la| les)?|c['’]est quoi(?: un| une| le| la| les)?)${countries} ["“«'‘]?(?:${words})s?["”»'’]?${countries}(?![\\p{L}\\p{N}])|\\bwhat (?:does|do) (?:an? |the )?["“«]?(?:${words})s?["”»]? (?:mean|stand for)\\b|\\bque (?:veut dire|signifie)(?: exactement| au juste)?${countries} ["“«'‘]?\\s*(?:${words})s?\\s*["”»'’]?|\\bmean by (?:an? |the )?["“«]?(?:${words})`,
        'iu',
      ),
    };
  });

  /** The words of a series' countries, as a pattern source ("japan", "french"). */
  function countriesPattern(series: Series): string {
    return series.countries.flatMap((c) => k.countries.get(c)?.words ?? []).map(escapeRegExp).join('|');
  }

  /** Facts with a date of their own that say something happened: steps, side events, meetings. */
  const datedFacts = facts.filter((f) => f.date && (f.kind === 'step' || f.kind === 'side-event' || f.kind === 'meeting'));

  return { k, facts, datedFacts, reader, meetings, latest, factById, yearOf, roleKindOf, meetingSpoken, seriesNamed, countryStems, namesCountry, aboutAlone, holderOf, holdersAt, roleAt, roleFactAt, roleFact, attended, heldBeside, uncoveredBy, aliasStems, about, names, unmentioned, scoreOf, byKey, candidates, scored, rank, meetingsAsked, missingMeeting, checked, notCovered, seriesAsked };
}

/** What the handlers read: the knowledge, its facts, their index, and the questions asked of them. */
export type Derived = ReturnType<typeof derive>;
