// Answers a read question from the records, or says plainly that the articles do not cover it.
// Every answer names the facts it rests on; every term of the question must be covered by them
// (in the articles' words or the lexicon's), or the answer is an admission, never a guess.
import type { Fact } from './facts.js';
import type { Knowledge } from './load.js';
import { EVENT_STEMS, PRESENCE_STEMS, type Question, type Reader, type RoleKind } from './question.js';
import { ORDINAL_WORDS } from './documents.js';
import { meetingsOfOffice, officeAt, officeKindOf, officesHeldAt, rolesOf } from './offices.js';
import { latestArticle } from './time.js';
import type { Country, Meeting, Office, Person } from './schema.js';
import { seriesWordsPattern } from './series.js';
import type { Kind } from './search.js';
import { compareKeys } from './text.js';
import { type Term, covers, stemsOf, wordsOf } from './words.js';

export interface RoleHolder {
  person: string;
  title: string;
  country: Country;
  meeting: string;
}

export type Statement =
  | { kind: 'role-holders'; holders: RoleHolder[]; role?: RoleKind; country?: Country }
  | { kind: 'role-check'; holder: RoleHolder; asked: RoleKind; matches: boolean }
  /** Whether someone is named at a meeting, and where the articles do place them. */
  | { kind: 'attendance'; person: string; meeting: string; present: boolean; holders: RoleHolder[] }
  | { kind: 'person-roles'; person: string; holders: RoleHolder[] }
  | { kind: 'participants'; meeting: string; people: string[]; country?: Country; count?: boolean }
  | { kind: 'meeting-date'; meeting: string; andPlace?: boolean }
  | { kind: 'meeting-place'; meeting: string }
  /** The other country's minister with the same office as the person, at each meeting (inferred). */
  | { kind: 'counterparts'; person: string; holders: RoleHolder[] }
  /** Who was at every one of several meetings; `unnamed`: meetings asked about whose attendees the articles do not name. */
  | { kind: 'at-every'; meetings: string[]; people: string[]; unnamed: string[] }
  /** Whom someone met: the others at each meeting they attended. */
  | { kind: 'met'; person: string; at: { meeting: string; people: string[] }[] }
  /** Meetings the articles place several people at together. */
  | { kind: 'together'; people: string[]; meetings: string[] }
  /** Where the articles place someone: the meetings they were at, in the place or country asked. */
  | { kind: 'presence'; holders: RoleHolder[]; country?: Country }
  /** `of`: the meetings kept were those held where the question says, of all the articles mention; `unplaced`: those whose place they do not give. */
  | { kind: 'meetings'; meetings: string[]; count: boolean; of?: number; unplaced?: string[] }
  | { kind: 'quotes'; quotes: string[] }
  | { kind: 'speaker'; quote: string }
  | { kind: 'status'; agreement: string }
  | { kind: 'covers'; agreement: string }
  /** `elsewhere`: a meeting asked about where this did not happen (the facts say where it did). */
  /** `negated`: a yes/no question whose answering passage denies what it asks ("while not mentioning China by name"), with that clause. */
  | { kind: 'facts'; facts: string[]; elsewhere?: string; heldAt?: string; at?: string; negated?: string }
  /** "What is a <series>?": what the articles say a meeting of the series is. */
  | { kind: 'series'; series: string }
  /** Who held an office at each of several meetings, oldest first, and whether it changed hands. */
  | { kind: 'office-change'; holders: RoleHolder[]; changed: boolean }
  /** Which of two things came first: each with the dated fact it rests on, oldest first. */
  | { kind: 'order'; facts: string[] }
  /** Who held an office in the latest article that names it (an inference: a later holder would be in a later article). */
  | { kind: 'latest-holder'; holders: { person: string; title: string; country: Country; asOf: string }[] }
  /** The meetings at which the articles report what was asked, oldest first, one passage each. */
  | { kind: 'discussed-at'; meetings: string[] }
  /** How far apart two meetings were, in calendar years, oldest first. */
  | { kind: 'interval'; meetings: [string, string]; years: number }
  /** A wrong premise corrected: the agreement was never reported signed; what was signed at the meeting asked, if anything. */
  | { kind: 'not-signed'; agreement: string; meeting?: string; signedThere: string[] };

export type Finding =
  | { kind: 'answer'; statement: Statement; facts: Fact[]; terms?: Term[]; support?: { kind: Kind; id: string }; placeAsked?: boolean; looseWords?: string[] }
  /** The articles do not answer it: what they never mention, what else is uncovered, and what is close. */
  /** `absent`: everyday words no article uses, where the sources may say the thing otherwise (an unsure miss). */
  | { kind: 'not-covered'; unmentioned: string[]; uncovered: string[]; gap?: Gap; related: Fact[]; absent?: string[] }
  | { kind: 'never-quoted'; person: string; related: Fact[] }
  | { kind: 'no-such-meeting'; asked: string; related?: Fact[] }
  /** About a time after the latest source: what it said as of then, if anything. */
  | { kind: 'after-sources'; latest: string; asOf?: Extract<Finding, { kind: 'answer' }>; related: Fact[] };

/** What exactly is missing, when the articles cover the subject but not what was asked of it. */
export type Gap =
  | { kind: 'no-role'; role: RoleKind; country?: Country; meeting?: string }
  | { kind: 'no-place'; meeting: string }
  | { kind: 'no-day'; meeting: string }
  | { kind: 'not-signed'; agreement: string }
  | { kind: 'not-in-force'; agreement: string }
  | { kind: 'no-participants'; meeting: string }
  | { kind: 'not-quoted-on'; person: string }
  | { kind: 'not-there'; person: string; country?: Country; city?: string; years: number[] }
  | { kind: 'never-together'; people: string[] }
  | { kind: 'no-counterpart'; person: string; meeting?: string }
  | { kind: 'none-at-every'; meetings: string[]; country?: Country }
  /** Asked of as having taken place; every passage found speaks of it as to come. */
  | { kind: 'only-planned' };

export interface Answerer {
  answer(text: string): Finding;
  read(text: string): Question;
  /** Whether a stem occurs anywhere in the articles. */
  inArticles(stem: string): boolean;
}

export function createAnswerer(k: Knowledge, facts: Fact[], reader: Reader): Answerer {
  const meetings = [...k.meetings.values()].sort((a, b) => compareKeys(a.date.value, b.date.value));
  const latest = latestArticle(k).date.value;
  const factById = new Map(facts.map((f) => [f.id, f]));
  const yearOf = (m: Meeting) => Number(m.date.value.slice(0, 4));
  const roleKindOf = (title: string) => officeKindOf(k.offices.values(), title);
  /** A sentence speaking of a meeting of a series: its own words, or "meeting" (not "the ninth round" of some negotiation). */
  const meetingSpoken = new RegExp(`\\bmeetings?\\b|${seriesWordsPattern(k.series.values())}`, 'i');
  // The stems that name each country in a passage (data/countries/): "japan", "japanes".
  const countryStems = new Map([...k.countries.values()].map((c) => [c.id, [...new Set([c.name.en, c.adjective, ...c.words].flatMap(stemsOf))]] as const));
  const namesCountry = (f: Fact, c: Country) => countryStems.get(c)?.some((s) => f.evidenceStems.has(s)) ?? false;
  /** A fact about one country alone ("For one of them, …"), not about the pair. */
  const aboutAlone = (f: Fact, c: Country) => namesCountry(f, c) && [...countryStems.keys()].every((o) => o === c || !namesCountry(f, o));

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
  const uncoveredBy = (terms: Term[], used: Fact[]) => {
    const stems = new Set(used.flatMap((f) => [...f.stems]));
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
    for (const t of q.hints) if (covers(f.stems, t)) s += 1;
    for (const p of q.people) if (names(f, p)) s += 2;
    for (const a of q.agreements) if (f.agreement === a) s += 3;
    else if (names(f, a)) s += 1;
    for (const m of asked) if (f.meeting === m.id) s += 1;
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

  /** Facts ranked by how much of the question they cover, with their scores. */
  function scored(q: Question, pool: Fact[] = facts): { f: Fact; s: number }[] {
    const asked = meetingsAsked(q);
    const possible = candidates(q, asked);
    const inPool = pool === facts ? possible : ((set) => possible.filter((f) => set.has(f)))(new Set(pool));
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
    const byYear = q.years.length > 0 ? meetings.filter((m) => q.years.includes(yearOf(m))) : [];
    const byOrdinal = q.ordinals.length > 0 ? meetings.filter((m) => m.number !== undefined && q.ordinals.includes(m.number.value)) : [];
    if (q.years.length > 0 || q.ordinals.length > 0) return [...new Set([...byYear, ...byOrdinal])];
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

  /** What someone said: their direct quotes first, reported speech (labelled) if that is all there is. */
  function said(q: Question): Finding {
    const person = q.people[0]!;
    const quotes = [...(byKey.get(`p:${person}`) ?? [])].map((i) => facts[i]!).filter((f) => f.kind === 'quote');
    if (quotes.length === 0) return { kind: 'never-quoted', person, related: facts.filter((f) => names(f, person) && f.kind !== 'quote' && (f.kind !== 'role' || f.people.includes(person))).slice(0, 3) };
    const direct = quotes.filter((f) => k.quotes.get(f.record!.id)!.kind === 'direct');
    const topics = q.agreements;
    const onTopic = (f: Fact) => q.terms.every((t) => covers(f.stems, t)) && topics.every((a) => names(f, a));
    const inYear = (f: Fact) => q.years.length === 0 || q.years.includes(yearOf(k.meetings.get(f.meeting!)!));
    const about = [...direct, ...quotes.filter((f) => !direct.includes(f))].filter((f) => onTopic(f) && inYear(f));
    if (about.length === 0) {
      const asked = [...q.terms, ...q.agreementTerms].map((t) => t.text);
      return { kind: 'not-covered', unmentioned: unmentioned(q.terms), uncovered: asked, gap: { kind: 'not-quoted-on', person }, related: quotes.slice(0, 3) };
    }
    return answerOf({ kind: 'quotes', quotes: about.map((f) => f.record!.id) }, about);
  }

  function who(q: Question): Finding {
    const asked = meetingsAsked(q);
    const role = q.roles[0];
    const country = q.countries.length === 1 ? q.countries[0] : undefined;
    // "Was she defence minister in that year?"
    if (q.people.length > 0 && role && asked.length > 0) {
      const p = k.people.get(q.people[0]!)!;
      const r = roleAt(p.id, asked[0]!.id);
      if (!r) return notCovered(q, { kind: 'no-role', role, ...(country ? { country } : {}), meeting: asked[0]!.id });
      const holder = holderOf(p.id, r, asked[0]!.id);
      return checked(q, answerOf({ kind: 'role-check', holder, asked: role, matches: roleKindOf(r.title) === role }, [roleFact(holder)]));
    }
    // "Who was Japan's defence minister at the meeting where they signed the pact": the meeting of
    // the agreement's step that says what was asked, then who held the office there.
    if (role && asked.length === 0 && q.agreements.length === 1 && q.people.length === 0) {
      const via = facts.filter((f) => f.agreement === q.agreements[0] && (f.kind === 'outcome' || f.kind === 'step') && f.meeting && uncoveredBy(q.terms, [f]).length === 0);
      const at = [...new Set(via.map((f) => f.meeting!))];
      const holders = at.length === 1 ? holdersAt(at[0]!, role, q.roleCountry ?? country) : [];
      if (holders.length > 0) return answerOf({ kind: 'role-holders', holders, role, ...(country ? { country } : {}) }, [...holders.map(roleFact), via[0]!]);
    }
    // "Which French minister attended both meetings?": those at every meeting asked (or every one
    // with named participants), with the office they held at each.
    const everyWords = ['both', 'every', 'all', 'deux', 'chaque', 'tous', 'toutes'];
    const asksEvery = wordsOf(q.text).some((w) => everyWords.includes(w)) || /両方|すべて|全て/.test(q.text);
    if (q.people.length === 0 && q.roles.length === 0 && asksEvery && q.terms.every((t) => everyWords.includes(t.text) || /両方|すべて|全て/.test(t.text))) {
      const scope = q.years.length > 0 || q.ordinals.length > 0 ? asked : meetings;
      const over = scope.filter((m) => m.participants.length > 0);
      // "Every meeting of the series": only the meetings with named attendees can be checked, and the answer says so.
      const unnamed = scope.filter((m) => m.participants.length === 0).map((m) => m.id);
      if (over.length >= 2) {
        const people = [...k.people.values()]
          .filter((p) => over.every((m) => attended(m, p.id)) && (!country || over.every((m) => roleAt(p.id, m.id)?.country === country)))
          .map((p) => p.id);
        if (people.length === 0) {
          const related = over.map((m) => factById.get(`${m.id}:meeting`)!);
          return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'none-at-every', meetings: over.map((m) => m.id), ...(country ? { country } : {}) }, related };
        }
        const used = people.flatMap((id) => over.map((m) => roleFactAt(id, m.id)));
        return answerOf({ kind: 'at-every', meetings: over.map((m) => m.id), people, unnamed }, used);
      }
    }
    // "Who did she meet (in that year)?": the others at the talks she attended, and the meetings
    // beside them that name her (a prime minister receiving two of the ministers).
    if (q.people.length === 1 && q.terms.length === 0 && !q.presence && q.met) {
      const person = q.people[0]!;
      const at = (q.years.length > 0 || q.ordinals.length > 0 || q.places.length > 0 ? asked : meetings).filter((m) => attended(m, person));
      if (at.length > 0) {
        const met = at.map((m) => ({ meeting: m.id, people: m.participants.map((x) => x.person).filter((id) => id !== person) }));
        const beside = facts.filter((f) => f.kind === 'side-event' && at.some((m) => m.id === f.meeting) && f.people.includes(person) && f.stems.has('meet'));
        const used = [...met.flatMap((x) => x.people.map((id) => roleFactAt(id, x.meeting))), ...beside];
        return answerOf({ kind: 'met', person, at: met }, used);
      }
    }
    // "Who invited the president?": about something done to them, not who they are.
    if (q.people.length > 0 && (q.event || q.terms.length > 0)) return general(q);
    if (q.people.length > 0 && (q.intent === 'who' || q.intent === 'compare' || q.intent === 'what')) return personRoles(q, k.people.get(q.people[0]!)!);
    if (role) {
      const where = asked.length > 0 ? asked : meetings;
      const holders = where.flatMap((m) => holdersAt(m.id, role, country));
      if (holders.length === 0) return notCovered(q, { kind: 'no-role', role, ...(country ? { country } : {}), ...(asked[0] ? { meeting: asked[0].id } : {}) }, asked[0] ? rank(q, facts.filter((f) => f.meeting === asked[0]!.id && f.kind === 'meeting')) : []);
      return checked(q, answerOf({ kind: 'role-holders', holders, role, ...(country ? { country } : {}) }, holders.map(roleFact)));
    }
    const meeting = asked[0];
    if (meeting) {
      const people = meeting.participants.map((p) => p.person).filter((id) => !country || roleAt(id, meeting.id)?.country === country);
      if (people.length === 0) return notCovered(q, { kind: 'no-participants', meeting: meeting.id }, rank(q, facts.filter((f) => f.meeting === meeting.id)).slice(0, 2));
      const used = people.map((id) => roleFactAt(id, meeting.id));
      return checked(q, answerOf({ kind: 'participants', meeting: meeting.id, people, ...(country ? { country } : {}) }, used));
    }
    return general(q);
  }

  function personRoles(q: Question, p: Person): Finding {
    const holders = rolesOf(k, p)
      .filter((r) => q.years.length === 0 || q.years.includes(yearOf(k.meetings.get(r.meeting)!)) || q.intent === 'compare')
      .map((r) => holderOf(p.id, r.office, r.meeting));
    if (holders.length === 0) return notCovered(q);
    return checked(q, answerOf({ kind: 'person-roles', person: p.id, holders }, holders.map(roleFact)));
  }

  /** "Who was her counterpart that year?": the other country's minister with her office then. */
  function counterparts(q: Question): Finding {
    const p = k.people.get(q.people[0]!)!;
    const asked = q.years.length > 0 || q.ordinals.length > 0 || q.places.length > 0 ? meetingsAsked(q) : meetings;
    const own = rolesOf(k, p).filter((r) => asked.some((m) => m.id === r.meeting));
    const holders = own.flatMap((r) => {
      const office = roleKindOf(r.office.title);
      return office ? holdersAt(r.meeting, office).filter((h) => h.country !== r.office.country) : [];
    });
    if (holders.length === 0) {
      const related = rolesOf(k, p).map((r) => roleFactAt(p.id, r.meeting));
      return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-counterpart', person: p.id, ...(asked.length === 1 ? { meeting: asked[0]!.id } : {}) }, related };
    }
    const theirs = own.map((r) => roleFactAt(p.id, r.meeting));
    return checked(q, answerOf({ kind: 'counterparts', person: p.id, holders }, [...holders.map(roleFact), ...theirs]));
  }

  /**
   * "When did she visit Japan?", "Was he in the capital that year?": the meetings the articles
   * place them at, in that place or country (and year). Undefined when the question asks more.
   */
  function presence(q: Question): Finding | undefined {
    const rest = q.terms.filter((t) => !t.alternatives.every((alt) => alt.length === 1 && PRESENCE_STEMS.has(alt[0]!)));
    // Who goes: the one person asked of, or of several the one named just before the verb ("did
    // Sato really go to Paris after Mori's invitation"); the rest, with what else the question says,
    // is context that a passage naming the one who goes must hold.
    const subject = q.people.length === 1 ? q.people[0] : subjectOfPresence(q);
    const context = q.people.length > 1 ? candidates(q, []).filter((f) => subject !== undefined && names(f, subject) && q.people.every((p) => names(f, p)) && uncoveredBy(rest, [f]).length === 0) : [];
    if (subject === undefined || q.countries.length > 1 || q.agreements.length > 0 || (rest.length > 0 && context.length === 0)) return undefined;
    const person = k.people.get(subject)!;
    const country = q.countries[0];
    const dated = q.years.length > 0 || q.ordinals.length > 0 ? meetingsAsked(q) : meetings;
    const holders = dated
      .filter((m) => m.place && (q.places.length === 0 || q.places.includes(m.id)) && (!country || m.place.country?.value === country))
      .filter((m) => attended(m, person.id))
      .flatMap((m) => {
        const r = roleAt(person.id, m.id);
        return r ? [holderOf(person.id, r, m.id)] : [];
      });
    if (holders.length === 0) {
      const city = q.places[0] ? k.meetings.get(q.places[0])!.place!.city : undefined;
      // Related: what the articles say of it ("an invitation … to visit Japan"), then where they do place them.
      const said = [...context, ...rank(q, facts.filter((f) => f.kind !== 'role' && names(f, person.id))).filter((f) => !context.includes(f) && q.terms.some((t) => covers(f.stems, t)))];
      const elsewhere = rolesOf(k, person).map((r) => roleFactAt(person.id, r.meeting));
      const gap = { kind: 'not-there' as const, person: person.id, ...(country ? { country } : {}), ...(city ? { city } : {}), years: q.years };
      return { kind: 'not-covered', unmentioned: [], uncovered: [], gap, related: [...new Set([...said.slice(0, 2), ...elsewhere])].slice(0, 3) };
    }
    const places = holders.map((h) => factById.get(`${h.meeting}:place`)!);
    return answerOf({ kind: 'presence', holders, ...(country ? { country } : {}) }, [...holders.map(roleFact), ...places]);
  }

  /** Of several people asked of, the one named just before the verb of going or visiting, if any. */
  function subjectOfPresence(q: Question): string | undefined {
    const words = stemsOf(q.text);
    // The verb, not a noun of the same stem ("after Sato's visit, did Dumont go"): the one after an
    // auxiliary, else the last.
    const at = words.flatMap((w, i) => (PRESENCE_STEMS.has(w) ? [i] : []));
    const verb = at.find((i) => words.slice(Math.max(0, i - 3), i).some((w) => ['did', 'do', 'doe', 'has', 'have', 'had', 'will', 'ever', 'actually', 'really'].includes(w))) ?? at.at(-1);
    if (verb === undefined) return undefined;
    // The person named last before it, within four words.
    const before = words.slice(Math.max(0, verb - 4), verb);
    const lastAt = (id: string) => Math.max(-1, ...(aliasStems.get(id) ?? []).filter((alt) => alt.length > 0 && alt.every((w) => before.includes(w))).map((alt) => before.lastIndexOf(alt.at(-1)!)));
    const [first, second] = q.people.map((id) => ({ id, at: lastAt(id) })).filter((x) => x.at >= 0).sort((a, b) => b.at - a.at);
    return first && (!second || second.at < first.at) ? first.id : undefined;
  }

  function when(q: Question): Finding {
    // "When did these two ministers meet": ministers the articles never place at one meeting never met there.
    const ministers = q.people.filter((id) => meetings.some((m) => attended(m, id)));
    if (ministers.length >= 2 && q.years.length === 0 && q.ordinals.length === 0 && !meetings.some((m) => ministers.every((id) => attended(m, id)))) {
      const related = ministers.flatMap((id) => rolesOf(k, k.people.get(id)!).map((r) => roleFactAt(id, r.meeting)));
      return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'never-together', people: ministers }, related: related.slice(0, 3) };
    }
    // "When did these two meet (in a city)": the meetings both were at, not a passage naming one of them.
    const shared =
      ministers.length >= 2 && q.years.length === 0 && q.ordinals.length === 0
        ? meetings.filter((m) => (q.places.length === 0 || q.places.includes(m.id)) && ministers.every((id) => attended(m, id)))
        : [];
    if (shared.length > 0 && q.agreements.length === 0) {
      const used = shared.flatMap((m) => ministers.map((id) => roleFactAt(id, m.id)));
      return checked(q, answerOf({ kind: 'together', people: ministers, meetings: shared.map((m) => m.id) }, used));
    }
    const asked = meetingsAsked(q);
    const meetingFact = asked[0] ? factById.get(`${asked[0].id}:meeting`)! : undefined;
    if (meetingFact && q.agreements.length === 0 && uncoveredBy(q.terms, [meetingFact]).length === 0) {
      const m = asked[0]!;
      if (q.dayAsked && m.date.precision !== 'day' && (q.dateAsked || !/friday|monday|tuesday|wednesday|thursday|saturday|sunday/i.test(m.evidence.map((e) => e.text).join(' ')))) {
        return notCovered(q, { kind: 'no-day', meeting: m.id }, [factById.get(`${m.id}:meeting`)!]);
      }
      const place = q.placeToo ? factById.get(`${m.id}:place`) : undefined;
      return checked(q, answerOf({ kind: 'meeting-date', meeting: m.id, ...(place ? { andPlace: true } : {}) }, [factById.get(`${m.id}:meeting`)!, ...(place ? [place] : [])]));
    }
    const agreement = q.agreements[0];
    if (agreement && q.terms.some((t) => covers(new Set(['sign']), t))) return signed(q, agreement);
    const dated = rank(q, facts.filter((f) => f.date && (f.kind === 'step' || f.kind === 'side-event' || f.kind === 'meeting')));
    // The words that named the agreement count too: "the ACSA framework" is its 2018 step, not its first.
    const wanted = [...q.terms, ...q.agreementTerms];
    const fits = (terms: Term[]) => dated.filter((f) => uncoveredBy(terms, [f]).length === 0 && (!agreement || f.agreement === agreement));
    // A fact whose own summary says what was asked before one whose passage only mentions it
    // ("when will the exercises take place": the exercises, not a minister's words on another pact).
    const summarised = (f: Fact) => Number(q.terms.every((t) => covers(f.summaryStems, t)));
    const candidates = (fits(wanted).length > 0 ? fits(wanted) : fits(q.terms)).sort((a, b) => summarised(b) - summarised(a));
    if (candidates.length === 0) return general(q);
    // Equally good answers are all given, oldest first: "when was the ACSA agreed" has three steps
    // (talks in 2015, negotiations in 2017, a framework in 2018), and picking one would mislead.
    const top = scoreOf(q, candidates[0]!);
    const all = candidates.filter((f) => scoreOf(q, f) === top && f.agreement === candidates[0]!.agreement).slice(0, 3);
    all.sort((a, b) => compareKeys(a.date!.value, b.date!.value));
    return answerOf({ kind: 'facts', facts: all.map((f) => f.id) }, all);
  }

  /** "Was it signed?": only if an article says so; otherwise its status as of the latest source. */
  function signed(q: Question, agreement: string): Finding {
    const steps = facts.filter((f) => f.agreement === agreement && (f.kind === 'step' || f.kind === 'status'));
    const sign = steps.filter((f) => f.stems.has('sign'));
    const at = meetingsNamed(q);
    if (sign.length > 0) {
      // "Was the pact signed at the 2018 meeting?": where it was signed, if not there.
      return answerOf({ kind: 'facts', facts: sign.map((f) => f.id), ...(at.length === 1 && !sign.some((f) => f.meeting === at[0]!.id) ? { elsewhere: at[0]!.id, ...(sign.find((f) => f.meeting) ? { heldAt: sign.find((f) => f.meeting)!.meeting! } : {}) } : {}) }, sign);
    }
    // A wrong premise ("didn't they sign the ACSA in 2015?"): no, with its steps as reported, and what
    // was signed at the meeting asked about.
    // "When was it signed" has no answer; "was it signed (at Iikura)?" has one: no.
    if (q.intent === 'when' || k.agreements.get(agreement)!.kind !== 'agreement') {
      return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'not-signed', agreement }, related: [factById.get(`${agreement}:status`)!] };
    }
    const meeting = at.length === 1 ? at[0] : undefined;
    const signedThere = meeting ? facts.filter((f) => f.meeting === meeting.id && f.kind === 'outcome' && f.agreement && f.summaryStems.has('sign')) : [];
    const history = facts.filter((f) => f.agreement === agreement && f.kind === 'step');
    return answerOf(
      { kind: 'not-signed', agreement, ...(meeting ? { meeting: meeting.id } : {}), signedThere: signedThere.map((f) => f.agreement!) },
      [...history, ...signedThere, factById.get(`${agreement}:status`)!],
    );
  }

  function where(q: Question): Finding {
    const m = meetingsAsked(q)[0];
    if (m && q.people.length === 0) {
      const place = factById.get(`${m.id}:place`);
      const fromOther = place ? undefined : facts.find((f) => f.kind === 'meeting' && f.meeting !== m.id && f.evidence.some((e) => e.text.includes(String(yearOf(m)))));
      if (!place) return notCovered(q, { kind: 'no-place', meeting: m.id }, fromOther ? [fromOther] : [factById.get(`${m.id}:meeting`)!]);
      return checked(q, answerOf({ kind: 'meeting-place', meeting: m.id }, [place]));
    }
    return general(q);
  }

  function general(q: Question): Finding {
    const agreement = q.agreements[0];
    if (agreement && q.terms.some((t) => covers(new Set(['sign']), t))) return signed(q, agreement);
    // "Is the ACSA in force?": no article says that of any agreement; its status as of the latest one.
    if (agreement && q.inForce) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'not-in-force', agreement }, related: [factById.get(`${agreement}:status`)!] };
    if (agreement && (q.why || (q.intent === 'who' && q.terms.length === 0))) {
      const own = facts.filter((f) => f.agreement === agreement && f.kind !== 'status');
      // Why: the reasons the articles give, for the country asked about. Who: the passage that names the members.
      const picked = q.why
        ? own.filter((f) => f.kind === 'covers' && (q.countries.length === 0 || q.countries.some((c) => aboutAlone(f, c))))
        : own.filter((f) => q.agreementTerms.some((t) => covers(f.evidenceStems, t)));
      if (picked.length > 0) return answerOf({ kind: 'facts', facts: picked.slice(0, 2).map((f) => f.id) }, picked.slice(0, 2));
    }
    if (q.people.length > 0 && q.terms.length === 0 && q.event) {
      // What they did together: the facts naming every one of them, beyond their titles.
      const mentions = (f: Fact) => q.countries.filter((c) => namesCountry(f, c)).length;
      // Those that say the verb asked ("what did Abe agree on": the three agreed…) first, then those
      // that also name the country asked about ("is Abe going to France").
      const verbs = stemsOf(q.text).filter((s) => EVENT_STEMS.has(s));
      const does = (f: Fact) => verbs.filter((v) => f.stems.has(v)).length;
      const together = facts.filter((f) => f.kind !== 'role' && f.kind !== 'meeting' && q.people.every((p) => names(f, p))).sort((a, b) => does(b) - does(a) || mentions(b) - mentions(a));
      if (together.length > 0) return answerOf({ kind: 'facts', facts: together.slice(0, 2).map((f) => f.id) }, together.slice(0, 2));
    }
    if (agreement && q.terms.length === 0 && q.years.length > 0) {
      // "Was Ebola discussed in 2018?": only if the articles speak of it in that year.
      const dated = facts.filter((f) => f.agreement === agreement).flatMap((f) => (f.date ? [f.date.value] : f.evidence.map((e) => k.articles.get(e.article)!.date.value)));
      if (!dated.some((d) => q.years.some((y) => d.startsWith(String(y))))) return notCovered(q, undefined, [factById.get(`${agreement}:status`)!]);
    }
    // "Did they oppose unilateral action": the agreement's passage that says how ("opposition").
    const hinted = agreement && q.terms.length === 0 && q.intent !== 'covers' ? facts.filter((f) => f.agreement === agreement && f.kind !== 'status' && q.hints.some((t) => covers(f.evidenceStems, t))) : [];
    if (hinted.length > 0) return answerOf({ kind: 'facts', facts: hinted.slice(0, 2).map((f) => f.id) }, hinted.slice(0, 2));
    if (agreement && q.terms.length === 0) {
      if (q.intent === 'covers') return answerOf({ kind: 'covers', agreement }, facts.filter((f) => f.agreement === agreement && f.kind === 'covers'));
      return answerOf({ kind: 'status', agreement }, [factById.get(`${agreement}:status`)!, ...facts.filter((f) => f.agreement === agreement && f.kind === 'covers').slice(0, 1)]);
    }
    const asked = meetingsAsked(q);
    // "Was the foreign minister Sato at the 2018 talks?", "was she at the Iikura meeting?" (a meeting
    // named by its place, whoever attended it).
    const byPlace = q.years.length === 0 && q.ordinals.length === 0 && q.places.length === 1 ? [k.meetings.get(q.places[0]!)!] : [];
    const one = asked.length === 1 ? asked : byPlace;
    if (q.people.length === 1 && one.length === 1 && q.terms.length === 0 && q.roles.length === 0) {
      const p = k.people.get(q.people[0]!)!;
      const m = one[0]!;
      const roles = rolesOf(k, p);
      const present = m.participants.some((x) => x.person === p.id) || roles.some((r) => r.meeting === m.id);
      const holders = roles.map((r) => holderOf(p.id, r.office, r.meeting));
      const used = present ? holders.filter((h) => h.meeting === m.id) : holders;
      return answerOf({ kind: 'attendance', person: p.id, meeting: m.id, present, holders: used }, [...used.map(roleFact), ...(present ? [] : [factById.get(`${m.id}:meeting`)!])]);
    }
    if (q.people.length > 0 && q.terms.length === 0) return personRoles(q, k.people.get(q.people[0]!)!);
    if (asked.length > 0 && q.terms.length === 0) {
      const m = asked[0]!;
      // What it decided: its outcomes, or the agreement steps taken there (2017: the ACSA negotiations).
      const decided = facts.filter((f) => f.meeting === m.id && f.kind === 'outcome');
      const outcomes = decided.length > 0 ? decided : facts.filter((f) => f.meeting === m.id && f.kind === 'step');
      // The 2014 meeting is only mentioned: nothing it decided is in the articles.
      if (outcomes.length === 0) return notCovered(q, undefined, [factById.get(`${m.id}:meeting`)!]);
      return answerOf({ kind: 'facts', facts: outcomes.map((f) => f.id), at: m.id }, outcomes);
    }
    if (q.terms.length === 0) return notCovered(q);
    // A year asked holds for facts with no meeting too: by their date, or their articles' dates.
    const inYears = (f: Fact) => {
      if (f.meeting) return asked.some((m) => m.id === f.meeting);
      const years = f.date ? [f.date.value.slice(0, 4)] : f.evidence.map((e) => k.articles.get(e.article)!.date.value.slice(0, 4));
      return years.every((y) => asked.some((m) => m.date.value.startsWith(y)));
    };
    const pool = asked.length > 0 ? facts.filter(inYears) : facts;
    const withScores = scored(q, pool);
    const ranked = withScores.map((x) => x.f);
    // Each term a fact covers scores 3: one that covers them all scores at least that much.
    const complete = withScores.filter((x) => x.s >= 3 * q.terms.length).map((x) => x.f);
    // A question about one country is not answered by a passage about the other alone.
    const others = [...k.countries.keys()].filter((c) => !q.countries.includes(c));
    const other: Country | undefined = q.countries.length === 1 && others.length === 1 ? others[0] : undefined;
    // A passage is any sentence: it answers a question that names two things it says, or one that few
    // sentences say ("the Albatros"), never one common word alone ("begin").
    let specificMemo: boolean | undefined;
    const specific = () => (specificMemo ??= q.terms.length + q.people.length + q.agreements.length >= 2 || (q.terms.length === 1 && candidates({ ...q, hints: [], people: [], agreements: [] }, []).filter((f) => covers(f.stems, q.terms[0]!)).length <= 3));
    const full = complete.filter((f) => uncoveredBy(q.terms, [f]).length === 0 && q.people.every((p) => about(f, p)) && q.agreements.every((a) => about(f, a)) && !(other && aboutAlone(f, other)) && (f.kind !== 'passage' || specific()));
    if (full.length === 0) return notCovered(q, undefined, ranked.slice(0, 3));
    // "What did the officials say": what was said (quotes, reported speech) before other facts;
    // "what did Japan say": only what someone of Japan said (or both, in a joint statement).
    if (q.intent === 'said' && full.some((f) => f.kind === 'quote')) {
      const spoken = full.filter((f) => f.kind === 'quote' && (q.countries.length !== 1 || speakerCountries(f).includes(q.countries[0]!)));
      if (spoken.length === 0) return notCovered(q, undefined, full.slice(0, 3));
      full.splice(0, full.length, ...spoken);
    }
    // "Where": a passage that places it ("in Japan", "at his office") first.
    if (q.intent === 'where') full.sort((a, b) => Number(placed(b)) - Number(placed(a)));
    // The best fact, and others that answer as well, up to three (one per passage).
    const seen = new Set<string>();
    const best = scoreOf(q, full[0]!);
    const chosen = full.filter((f) => {
      if (scoreOf(q, f) < best) return false;
      const key = f.evidence[0]!.text;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // A yes/no question: a passage answering it that denies what it asks comes first, and is said.
    const denial = q.yesNo ? full.map((f) => ({ f, clause: negationOf(q, f) })).find((x) => x.clause !== undefined) : undefined;
    const picked = denial ? [denial.f, ...chosen.filter((f) => f !== denial.f)].slice(0, 3) : chosen.slice(0, 3);
    const negated = denial?.clause;
    return answerOf({ kind: 'facts', facts: picked.map((f) => f.id), ...(negated ? { negated } : {}) }, picked);
  }

  /**
   * The clause of a fact's passage that denies what the question asks: a "not", "never", "no" or
   * "without" with one of the question's words within the three words after it ("not mentioning
   * China by name" for "did they call out China by name?").
   */
  function negationOf(q: Question, f: Fact): string | undefined {
    const asked = new Set(q.terms.flatMap((t) => t.alternatives.flat()));
    for (const e of f.evidence) {
      // "Not only", "not least", "no doubt", "no less": emphasis, not denial.
      for (const m of e.text.matchAll(/\b(?:not|never|no|without)\b(?!\s+(?:only|just|merely|least|doubt|less|longer only)\b)[^,;.]*/gi)) {
        const after = stemsOf(m[0]).slice(1, 4);
        if (after.some((w) => asked.has(w))) return m[0].trim();
      }
    }
    return undefined;
  }

  /**
   * The holder of the office asked whom the latest article naming that office names, for the country
   * asked or for each country; none for a country where two are named that day.
   */
  function latestHolder(q: Question): Finding | undefined {
    const role = q.roles[0];
    const country = q.roleCountry ?? (q.countries.length === 1 ? q.countries[0] : undefined);
    const newest = (evidence: { article: string }[]) => evidence.map((e) => k.articles.get(e.article)!.date.value).sort().at(-1)!;
    const seen: { person: string; title: string; country: Country; asOf: string; fact: Fact }[] = [];
    for (const p of k.people.values()) {
      p.offices.forEach((o, i) => {
        if (roleKindOf(o.title) !== role || (country && o.country !== country)) return;
        const last = meetingsOfOffice(k, p, o).at(-1);
        const fact = last ? roleFactAt(p.id, last.id) : factById.get(`${p.id}:office:${i}`)!;
        seen.push({ person: p.id, title: o.title, country: o.country, asOf: newest(o.evidence), fact });
      });
    }
    seen.sort((a, b) => compareKeys(b.asOf, a.asOf));
    const lasts = [...new Set(seen.map((x) => x.country))].sort().flatMap((c) => {
      const last = seen.find((x) => x.country === c)!;
      return seen.some((x) => x.country === c && x.asOf === last.asOf && x.person !== last.person) ? [] : [last];
    });
    if (lasts.length === 0) return undefined;
    return answerOf({ kind: 'latest-holder', holders: lasts.map(({ fact: _, ...h }) => h) }, lasts.map((x) => x.fact));
  }

  /** The one person who held the office asked in the time asked (by the title as typed, where it is one holder's own: "armed forces minister"). */
  function officeHolder(q: Question): { person: string; holder: RoleHolder; country?: Country } | undefined {
    const scope = meetingsAsked(q);
    const country = q.roleCountry ?? (q.countries.length === 1 ? q.countries[0] : undefined);
    const all = (scope.length > 0 ? scope : meetings).flatMap((m) => holdersAt(m.id, q.roles[0], country));
    const asked = new Set(wordsOf(q.text));
    const typed = all.filter((h) => wordsOf(h.title).filter((w) => w.length > 3).every((w) => asked.has(w)));
    const holders = typed.length > 0 ? typed : all;
    const people = new Set(holders.map((h) => h.person));
    return people.size === 1 ? { person: holders[0]!.person, holder: holders[0]!, ...(country ? { country } : {}) } : undefined;
  }

  /** "Did terrorism come up at both meetings?": each meeting with a fact that covers what was asked. */
  function discussedAt(q: Question): Finding | undefined {
    if (q.terms.length === 0 && q.agreements.length === 0) return undefined;
    const covering = facts.filter(
      (f) =>
        f.meeting !== undefined &&
        !['role', 'meeting', 'place', 'status'].includes(f.kind) &&
        uncoveredBy(q.terms, [f]).length === 0 &&
        q.agreements.every((a) => about(f, a) || q.agreementTerms.some((t) => covers(f.stems, t))),
    );
    const at = meetings.filter((m) => covering.some((f) => f.meeting === m.id));
    if (at.length === 0) return undefined;
    const chosen = at.map((m) => rank(q, covering.filter((f) => f.meeting === m.id))[0] ?? covering.find((f) => f.meeting === m.id)!);
    return answerOf({ kind: 'discussed-at', meetings: at.map((m) => m.id) }, chosen);
  }

  /** The countries a quote speaks for: its speaker's, or what its attribution names (a joint statement: both). */
  function speakerCountries(f: Fact): Country[] {
    const quote = k.quotes.get(f.record!.id)!;
    if (quote.speaker) return [k.people.get(quote.speaker)!.country];
    const by = new Set(stemsOf(quote.attributedTo ?? ''));
    const named = [...countryStems].filter(([, stems]) => stems.some((s) => by.has(s))).map(([c]) => c);
    return named.length > 0 ? named : [...countryStems.keys()];
  }

  /**
   * The meetings a question names, each way it can: by year, ordinal, "the last", or a city only one
   * meeting was held in ("the Paris 2+2"). A city with several meetings names none of them alone.
   */
  function meetingsNamed(q: Question): Meeting[] {
    const named = new Set<Meeting>();
    for (const m of meetings) if (q.years.includes(yearOf(m)) || (m.number !== undefined && q.ordinals.includes(m.number.value))) named.add(m);
    const byCity = new Map<string, Meeting[]>();
    for (const id of q.places) {
      const m = k.meetings.get(id)!;
      byCity.set(m.place!.city, [...(byCity.get(m.place!.city) ?? []), m]);
    }
    for (const ms of byCity.values()) {
      const unnamed = ms.filter((m) => !named.has(m));
      if (ms.length === 1 || (unnamed.length === 1 && named.size === 0)) named.add(ms[0]!);
    }
    return [...named].sort((a, b) => compareKeys(a.date.value, b.date.value));
  }

  /** "How many years between the Paris 2+2 and the 2018 one": calendar years between two meetings' dates. */
  function interval(q: Question): Finding | undefined {
    if (!/\b(?:years?|yrs?|long|ans?|années?)\b|何年|年間/.test(q.text) || q.people.length > 0 || q.terms.length > 0) return undefined;
    const named = meetingsNamed(q);
    if (named.length !== 2) return undefined;
    const [a, b] = named as [Meeting, Meeting];
    return answerOf({ kind: 'interval', meetings: [a.id, b.id], years: yearOf(b) - yearOf(a) }, [factById.get(`${a.id}:meeting`)!, factById.get(`${b.id}:meeting`)!]);
  }

  /**
   * "Which came first, the equipment pact or the ACSA framework?": each by its dated fact (an
   * agreement by the step its name as asked says, else its first), oldest first.
   */
  function order(q: Question): Finding | undefined {
    if (!/\b(?:came|come|was|happened|were) (?:first|earlier|before)\b|\bwhich (?:was|came) (?:earlier|first)\b|\b(?:earlier|sooner)\b.*\bor\b|en premier|d['’]abord|どちらが先|先に/i.test(q.text)) return undefined;
    const dated: Fact[] = [];
    if (q.agreements.length === 2) {
      q.agreements.forEach((id, i) => {
        const steps = facts.filter((f) => f.agreement === id && f.kind === 'step' && f.date).sort((a, b) => compareKeys(a.date!.value, b.date!.value));
        const named = q.agreementTerms[i];
        const step = (named && steps.find((f) => covers(f.stems, named) && covers(f.summaryStems, { ...named, alternatives: named.alternatives.map((alt) => alt.filter((w) => !aliasStems.get(id)!.some((n) => n.length === 1 && n[0] === w))) }))) ?? steps[0];
        if (step) dated.push(step);
      });
    } else {
      const named = meetingsNamed(q);
      if (named.length === 2) dated.push(...named.map((m) => factById.get(`${m.id}:meeting`)!));
    }
    if (dated.length !== 2) return undefined;
    dated.sort((a, b) => compareKeys(a.date!.value, b.date!.value));
    return answerOf({ kind: 'order', facts: dated.map((f) => f.id) }, dated);
  }

  /** "Did the French foreign minister change between 2015 and 2018": the office's holder at each meeting. */
  function officeChange(q: Question): Finding | undefined {
    const role = q.roles[0];
    if (!role || q.people.length > 0) return undefined;
    const country = q.countries.length === 1 ? q.countries[0] : undefined;
    const named = meetingsNamed(q);
    const scope = named.length >= 2 ? named : meetings.filter((m) => holdersAt(m.id, role, country).length > 0);
    const holders = scope.flatMap((m) => holdersAt(m.id, role, country));
    if (scope.length < 2 || holders.length < 2 || !country) return undefined;
    const changed = new Set(holders.map((h) => h.person)).size > 1;
    return answerOf({ kind: 'office-change', holders, changed }, holders.map(roleFact));
  }

  // "What is a <series>?", for each series by the words that mean it.
  const seriesAsked = [...k.series.values()].map((series) => ({
    series,
    pattern: new RegExp(`\\bwhat(?:'s| is| are)(?: an?| the)? (?:${seriesWordsPattern([series])})s?(?![\\p{L}\\p{N}])`, 'iu'),
  }));

  function core(q: Question): Finding {
    const asked = seriesAsked.find((s) => s.pattern.test(q.text));
    if (asked && q.terms.length === 0 && q.years.length === 0 && q.ordinals.length === 0) {
      const said = new Set(asked.series.evidence.map((e) => e.text));
      const described = facts.filter((f) => f.kind === 'meeting' && f.evidence.some((e) => said.has(e.text)));
      if (described.length > 0) return answerOf({ kind: 'series', series: asked.series.id }, described);
    }
    const missing = missingMeeting(q);
    if (missing && !q.after) {
      // A meeting no record holds may still be spoken of ("the ninth meeting will be held in Tokyo"):
      // the passages that name it by its number or year and speak of a meeting.
      const n = missing.startsWith('#') ? Number(missing.slice(1)) : undefined;
      const named = n !== undefined ? [ORDINAL_WORDS[n], `${n}th`, `${n}st`, `${n}nd`, `${n}rd`].filter((w): w is string => w !== undefined) : [missing];
      const spoken = facts.filter((f) => f.kind === 'passage' && named.some((w) => f.stems.has(w)) && meetingSpoken.test(f.summary));
      const answering = spoken.filter((f) => uncoveredBy(q.terms, [f]).length === 0);
      // Asked what is to come ("where will the ninth be held"), they answer; asked of one as held, the
      // sources have no such meeting, and they are what is close.
      const ahead = /\b(?:will|going to|to be held|next|upcoming|planned|scheduled)\b|予定|\b(?:sera|aura lieu|prochain)\b/i.test(q.text);
      if (answering.length > 0 && ahead) return answerOf({ kind: 'facts', facts: answering.slice(0, 2).map((f) => f.id) }, answering.slice(0, 2));
      return { kind: 'no-such-meeting', asked: missing, ...(spoken.length > 0 ? { related: spoken.slice(0, 2) } : {}) };
    }
    if (q.counterpart && q.people.length === 1) return counterparts(q);
    const there = q.presence ? presence(q) : undefined;
    if (there) return there;
    // "What did the French foreign minister say in 2018": the office stands for the person who held it.
    // An office that one person held in the time asked stands for that person, whatever is asked of
    // them: "what did the French foreign minister say in 2018", "what did France's armed forces
    // minister list as her concerns". The office's passage is shown too.
    const office = q.people.length === 0 && q.roles.length > 0 ? officeHolder(q) : undefined;
    if (office) {
      const asksSaid = /\b(?:say|said|says|told|quoted?|stated|remarks?)\b|言っ|発言|述べ/.test(q.text) || q.intent === 'said';
      if (asksSaid) return said({ ...q, people: [office.person], roles: [], intent: 'said', years: [], ordinals: [], places: [] });
      if (q.terms.length > 0 && q.agreements.length === 0) {
        // The office's country is spent on finding the person: "France's" does not also ask for a passage about France.
        const found = core({ ...q, people: [office.person], roles: [], countries: q.countries.filter((c) => c !== office.country), intent: q.intent === 'who' ? 'what' : q.intent });
        if (found.kind === 'answer') return { ...found, facts: [...found.facts, roleFact(office.holder)] };
      }
    }
    // "Who is Japan's foreign minister now", "according to the latest article": the office's last holder the articles name.
    if (q.roles.length > 0 && q.people.length === 0 && q.years.length === 0 && q.ordinals.length === 0 && q.places.length === 0 && (q.after || /\b(?:latest|most recent|newest)\b|最新|現在|dernier|derni[eè]re|r[ée]cent/i.test(q.text))) {
      const latestOne = latestHolder(q);
      if (latestOne) return latestOne;
    }
    const across = q.acrossMeetings && q.people.length === 0 && q.roles.length === 0 ? discussedAt(q) : undefined;
    if (across) return across;
    const first = order(q);
    if (first) return first;
    if (q.intent === 'when' || q.intent === 'what' || q.intent === 'who') {
      const change = /\b(?:change[ds]?|same|still|replaced?|different)\b|変わ|交代|changé|même/.test(q.text) ? officeChange(q) : undefined;
      if (change) return change;
      const between = interval(q);
      if (between) return between;
    }
    switch (q.intent) {
      case 'said':
        return q.people.length > 0 ? said(q) : general(q);
      case 'speaker': {
        // Of the quotes that cover the question, the one whose own words share most of it: "who said
        // France is a Pacific country" is the quote that says "As a Pacific country…", not one that only says "Indo-Pacific".
        const asked = new Set(stemsOf(q.text).filter((s) => s.length > 3)); // not "is", "a", "the"
        const shared = (f: Fact) => new Set(stemsOf(k.quotes.get(f.record!.id)!.text).filter((s) => asked.has(s))).size;
        const covering = rank(q, facts.filter((f) => f.kind === 'quote')).filter((f) => uncoveredBy(q.terms, [f]).length === 0);
        // Then a speaker of the country the question names ("qui a dit que la France est un pays du Pacifique").
        const ofCountry = (f: Fact) => Number(q.countries.some((c) => speakerCountries(f).length === 1 && speakerCountries(f)[0] === c));
        const quote = covering.sort((a, b) => shared(b) - shared(a) || ofCountry(b) - ofCountry(a))[0];
        if (quote) return answerOf({ kind: 'speaker', quote: quote.record!.id }, [quote]);
        // No quote record holds it: an article's sentence that says it and names who, in its own words.
        const passage = q.terms.length >= 2 ? rank(q, facts.filter((f) => f.kind === 'passage' && f.people.length > 0 && /["“”]|\b(?:said|says|told|stated)\b/.test(f.summary))).find((f) => uncoveredBy(q.terms, [f]).length === 0) : undefined;
        return passage ? answerOf({ kind: 'facts', facts: [passage.id] }, [passage]) : notCovered(q);
      }
      case 'who':
        return who(q);
      case 'when':
        return when(q);
      case 'where':
        return where(q);
      case 'count':
      case 'list': {
        // "How many ministers attended the 2018 talks": the people, not the meetings.
        const m = meetingsAsked(q)[0];
        if (m && q.intent === 'count' && q.agreements.length === 0 && q.terms.length === 0 && /\b(ministers?|people|participants?|attendees|officials|ministres|participants)\b|閣僚|大臣|出席/i.test(q.text)) {
          const people = m.participants.map((p) => p.person);
          if (people.length === 0) return notCovered(q, { kind: 'no-participants', meeting: m.id }, [factById.get(`${m.id}:meeting`)!]);
          return answerOf({ kind: 'participants', meeting: m.id, people, count: true }, people.map((id) => roleFactAt(id, m.id)));
        }
        // "How many years between the first and the fourth": two meetings named make it an interval.
        const between = interval(q);
        if (between) return between;
        if (q.terms.every((t) => covers(new Set(['meet']), t) || covers(new Set(['two', 'plu']), t)) && q.agreements.length === 0 && q.people.length === 0 && q.years.length === 0) {
          // "Which meetings were held in Tokyo", "how many were held in France": those held there.
          // Its country as the record gives it, or as data/places knows its city.
          const countryOf = (m: Meeting) => m.place?.country?.value ?? [...k.places.values()].find((p) => p.name === m.place?.city)?.country;
          const inCountry = (m: Meeting) => !q.inCountry || countryOf(m) === q.inCountry;
          const listed = (q.places.length > 0 ? meetings.filter((m) => q.places.includes(m.id)) : meetings).filter(inCountry);
          const filtered = listed.length < meetings.length ? { of: meetings.length, unplaced: meetings.filter((m) => !m.place).map((m) => m.id) } : {};
          return answerOf({ kind: 'meetings', meetings: listed.map((m) => m.id), count: q.intent === 'count', ...filtered }, listed.map((m) => factById.get(`${m.id}:meeting`)!));
        }
        // "How many ships", "combien coûte": no record counts it. What is closest, as a miss, never a dump of facts.
        if (q.intent === 'count') {
          const found = general(q);
          const counted = (f: Fact) => /\b(?!(?:19|20)\d\d\b)\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/i.test(`${f.summary} ${f.evidence.map((e) => e.text).join(' ')}`);
          if (found.kind === 'answer' && found.facts.some(counted)) return found;
          return { kind: 'not-covered', unmentioned: found.kind === 'not-covered' ? found.unmentioned : [], uncovered: [], related: found.kind === 'answer' ? found.facts.slice(0, 3) : found.kind === 'not-covered' ? found.related : [] };
        }
        return general(q);
      }
      case 'compare': {
        const change = officeChange(q);
        if (change) return change;
        const between = interval(q);
        if (between) return between;
        if (q.people.length > 0) return personRoles(q, k.people.get(q.people[0]!)!);
        // What changed for an agreement: its dated steps, between the years asked if any.
        const agreement = q.agreements[0];
        const inRange = (f: Fact) => q.years.length < 2 || (Number(f.date!.value.slice(0, 4)) >= Math.min(...q.years) && Number(f.date!.value.slice(0, 4)) <= Math.max(...q.years));
        const steps = agreement ? facts.filter((f) => f.agreement === agreement && f.kind === 'step' && inRange(f)) : [];
        // A change needs a before and an after: steps in only one of the years asked compare nothing.
        const years = new Set(steps.map((f) => Number(f.date!.value.slice(0, 4))).filter((y) => q.years.includes(y)));
        if (steps.length > 0 && q.years.length >= 2 && years.size < 2) return notCovered(q, undefined, steps.slice(0, 3));
        if (steps.length > 0 && q.terms.length === 0) return answerOf({ kind: 'facts', facts: steps.map((f) => f.id) }, steps);
        return general(q);
      }
      case 'status':
      case 'covers':
      case 'what':
        if (q.roles.length > 0) return who(q);
        return general(q);
    }
  }

  /**
   * "Never mentioned" resting on everyday words alone ("which ploy", "what conflict") in a question
   * that asks more: the word may be the asker's for what the articles say otherwise, so they are
   * not called silent. An unsure miss instead, naming the word, with what says the rest as closest.
   * A name or a code no article uses ("F-35") stays a confident "not covered", and so does a
   * question with nothing else in it ("the capital of France").
   */
  function doubtful(q: Question, f: Extract<Finding, { kind: 'not-covered' }>): Finding {
    // "The articles do not quote her on this" rests on the same words.
    if ((f.gap && f.gap.kind !== 'not-quoted-on') || f.unmentioned.length === 0) return f;
    const absent = q.terms.filter((t) => f.unmentioned.includes(t.text));
    if (absent.length !== f.unmentioned.length || !absent.every((t) => t.everyday)) return f;
    const rest = q.terms.filter((t) => !absent.includes(t));
    if (rest.length + q.people.length + q.agreements.length === 0) return f;
    const without = rest.length > 0 ? general({ ...q, terms: rest }) : undefined;
    const saying = without?.kind === 'answer' && uncoveredBy(rest, without.facts).length === 0 ? without.facts.slice(0, 3) : f.related;
    return { kind: 'not-covered', unmentioned: [], uncovered: [], absent: absent.map((t) => t.text), related: saying };
  }

  /**
   * Asked whether or how something took place ("how did the drills go"), answered only by passages
   * that speak of it as to come ("will take part", "next month", a planned step): the articles do
   * not say it took place, and those passages are what is close.
   */
  function notYetHeld(q: Question, f: Extract<Finding, { kind: 'answer' }>): Finding {
    if (!q.asHappened || f.facts.length === 0 || !['facts', 'covers'].includes(f.statement.kind) || !f.facts.every(looksAhead)) return f;
    return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'only-planned' }, related: f.facts.slice(0, 3) };
  }

  return {
    read: (text) => reader.read(text),
    inArticles: (s) => reader.inArticles(s),
    answer(text) {
      const q = reader.read(text);
      const first = core(q);
      const core0 = first.kind === 'not-covered' ? doubtful(q, first) : first.kind === 'answer' ? notYetHeld(q, first) : first;
      // Words of the question no article uses, which the answer therefore does not rest on: said, not hidden.
      const loose = q.loose.length > 0 ? { looseWords: q.loose.map((t) => t.text) } : {};
      const found = core0.kind === 'answer' ? { ...core0, terms: q.terms, ...supportOf(core0), ...(q.intent === 'where' ? { placeAsked: true } : {}), ...loose } : core0;
      if (!q.after) return found;
      // After the sources: say where they stop, and what they said as of then (an agreement: its status then).
      const agreement = q.agreements[0];
      if (agreement && (found.kind !== 'answer' || found.statement.kind === 'facts')) {
        const status = answerOf({ kind: 'status', agreement }, [factById.get(`${agreement}:status`)!]);
        return { kind: 'after-sources', latest, asOf: status, related: [] };
      }
      return { kind: 'after-sources', latest, ...(found.kind === 'answer' ? { asOf: found } : {}), related: found.kind === 'not-covered' ? found.related : [] };
    },
  };
}

/** The record whose card best supports an answer, shown after it. */
function supportOf(f: Extract<Finding, { kind: 'answer' }>): { support?: { kind: Kind; id: string } } {
  const s = f.statement;
  switch (s.kind) {
    case 'participants':
    case 'meeting-date':
    case 'meeting-place':
      return { support: { kind: 'meeting', id: s.meeting } };
    case 'role-holders':
      return { support: s.holders.length === 1 ? { kind: 'person', id: s.holders[0]!.person } : { kind: 'meeting', id: s.holders[0]!.meeting } };
    case 'role-check':
      return { support: { kind: 'person', id: s.holder.person } };
    case 'attendance':
      return { support: { kind: 'meeting', id: s.meeting } };
    case 'person-roles':
      return { support: { kind: 'person', id: s.person } };
    case 'presence':
      return { support: { kind: 'person', id: s.holders[0]!.person } };
    case 'together':
      return { support: { kind: 'meeting', id: s.meetings[0]! } };
    case 'at-every':
      return s.people.length === 1 ? { support: { kind: 'person', id: s.people[0]! } } : {};
    case 'latest-holder':
      return s.holders.length === 1 ? { support: { kind: 'person', id: s.holders[0]!.person } } : {};
    case 'counterparts':
    case 'met':
      return { support: { kind: 'person', id: s.person } };
    case 'status':
    case 'covers':
    case 'not-signed':
      return { support: { kind: 'agreement', id: s.agreement } };
    case 'meetings':
    case 'series':
    case 'interval':
    case 'discussed-at':
    case 'office-change':
    case 'order':
      return {};
    default:
      return f.facts[0]?.record ? { support: f.facts[0].record } : {};
  }
}

/** Words of a passage that speak of what is to come. */
const AHEAD = /\b(?:will|would|next (?:week|month|year)|later this (?:week|month|year)|to be held|(?:is|are|was|were) expected|plans? to|planned|possible|upcoming|in the near future)\b/i;

/** A fact about what is to come: a planned step or side event, or every passage of it looking ahead. */
function looksAhead(f: Fact): boolean {
  return f.planned === true || f.evidence.every((e) => AHEAD.test(e.text));
}

/** Whether a fact's passage says where: "in Japan", "at his office", "based in New Caledonia". */
function placed(f: Fact): boolean {
  return f.evidence.some((e) => saysWhere(e.text));
}

export function saysWhere(text: string): boolean {
  return /\b(?:in|at|to) (?:the )?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]|his |her |their )/.test(text);
}

function kindOrder(f: Fact): number {
  return ['quote', 'outcome', 'status', 'covers', 'step', 'side-event', 'role', 'place', 'meeting', 'passage'].indexOf(f.kind);
}

function answerOf(statement: Statement, facts: Fact[]): Extract<Finding, { kind: 'answer' }> {
  return { kind: 'answer', statement, facts };
}
