// Handlers for questions about people: what they said, who held an office, where they were, who
// met whom, and how an office changed hands. Each is a pure function of the question and the
// derived knowledge (./derived.ts).
import type { Fact } from '../facts.js';
import { PRESENCE_STEMS, type Question, type RoleKind } from '../question.js';
import { meetingsOfOffice, rolesOf } from '../offices.js';
import type { Country, Meeting, Office, Person } from '../schema.js';
import { ORDINAL_WORDS } from '../documents.js';
import { compareKeys, escapeRegExp } from '../text.js';
import { covers, stemsOf, type Term, wordsOf } from '../words.js';
import type { Finding, HeldSpan, RoleHolder } from '../answer.js';
import { aboutWord, answerOf } from './shared.js';
import type { Derived } from './derived.js';
import { meetingsNamed } from './dates.js';
import { general } from './passages.js';

/** What someone said: their direct quotes first, reported speech (labelled) if that is all there is. */
/** A passage that lists instances: "including …", "such as …", "namely …", "… : A, B and C". */
const LISTS = /\b(?:including|such as|namely|among them|notably)\b|:\s*[^,]+,[^,]+(?:,| and )/i;

/** "Take part" as the reader's stems, which the lexicon gives for "sent", "joined", "deployed". */
const TAKE_PART = stemsOf('take part').join(' ');

export function said(d: Derived, q: Question): Finding {
  // Being at the meeting ("the minister Japan sent to the 2015 round") says whose words, not what they said.
  const took = (t: Term) => t.alternatives.some((alt) => alt.every((x) => PRESENCE_STEMS.has(x)) || alt.join(' ') === TAKE_PART);
  if (q.terms.some(took)) q = { ...q, terms: q.terms.filter((t) => !took(t)) };
  const { k, facts, yearOf, names, unmentioned, byKey } = d;
  const person = q.people[0]!;
  const quotes = [...(byKey.get(`p:${person}`) ?? [])].map((i) => facts[i]!).filter((f) => f.kind === 'quote');
  if (quotes.length === 0) return { kind: 'never-quoted', person, related: facts.filter((f) => names(f, person) && f.kind !== 'quote' && (f.kind !== 'role' || f.people.includes(person))).slice(0, 3) };
  const direct = quotes.filter((f) => k.quotes.get(f.record!.id)!.kind === 'direct');
  const topics = q.agreements;
  const onTopic = (f: Fact) => q.terms.every((t) => covers(f.stems, t)) && topics.every((a) => names(f, a));
  // Of an agreement asked about, what they said on it may name the kind of thing asked for in its
  // own words ("what counterterrorism areas did he name": "several points") or not at all ("what
  // criticism did he voice"): not "not quoted on this", but unsure, with those quotes as closest.
  const nearly = (f: Fact) => topics.length > 0 && q.terms.every((t) => t.askedFor || covers(f.stems, t)) && topics.every((a) => names(f, a));
  // Said at a meeting: its year; said elsewhere (a press conference): the year of its date, or of its articles.
  const yearsOf = (f: Fact) => {
    const m = f.meeting ? k.meetings.get(f.meeting) : undefined;
    if (m) return [yearOf(m)];
    return f.date ? [Number(f.date.value.slice(0, 4))] : f.evidence.map((e) => Number(k.articles.get(e.article)!.date.value.slice(0, 4)));
  };
  const inYear = (f: Fact) => q.years.length === 0 || yearsOf(f).some((y) => q.years.includes(y));
  // Direct quotes first; among them, those that hold more of the question's hints.
  const hinted = (f: Fact) => q.hints.filter((t) => covers(f.stems, t)).length;
  const ranked = [...direct, ...quotes.filter((f) => !direct.includes(f))];
  const about = ranked.filter((f) => onTopic(f) && inYear(f)).sort((a, b) => hinted(b) - hinted(a));
  // "What did he say each time?", "at both meetings": at each meeting the others leave out, what
  // they said there that holds most of the question's hints.
  if (q.acrossMeetings && about.length > 0) {
    const said = new Set(about.map((f) => f.meeting));
    const each = new Map<string, Fact>();
    for (const f of ranked.filter((x) => x.meeting && !said.has(x.meeting) && inYear(x) && topics.every((a) => names(x, a))).sort((a, b) => hinted(b) - hinted(a))) if (!each.has(f.meeting!)) each.set(f.meeting!, f);
    about.push(...each.values());
  }
  if (about.length === 0) {
    const close = quotes.filter((f) => nearly(f) && inYear(f));
    // Asked for several of a kind ("what areas", "which fields"), one that lists things ("several
    // points…, including preventive steps against … and measures against …") names them: it answers.
    // Asked for one thing ("what criticism"), a list is no more than close.
    const several = q.terms.find((t) => t.askedFor && /[^s]s$/.test(t.text));
    // Of a kind of named thing ("which organizations", "which officials"), the list must name one.
    const named = several !== undefined && ['noun.group', 'noun.person'].includes(d.reader.nounKind(several.text) ?? '');
    const listing = several ? close.filter((f) => f.evidence.some((e) => LISTS.test(e.text) && (!named || /\S\s+\p{Lu}\p{Ll}/u.test(e.text.slice(e.text.search(LISTS)))))) : [];
    if (listing.length > 0) return answerOf({ kind: 'quotes', quotes: listing.map((f) => f.record!.id) }, listing);
    if (close.length > 0) return { kind: 'not-covered', unmentioned: [], uncovered: [], related: close.slice(0, 3) };
    // Quoted in the year asked, in words the articles use elsewhere ("a bigger role" where that year's
    // quote says "a greater presence"): what they said then may say it otherwise. Unsure, not "not quoted on this".
    const thatYear = q.years.length > 0 ? quotes.filter(inYear) : [];
    if (thatYear.length > 0 && unmentioned(q.terms).length === 0) return { kind: 'not-covered', unmentioned: [], uncovered: [], related: thatYear.slice(0, 3) };
    // Only an everyday word unmatched ("what lines did he use about…"): what they said on the rest is close, not "not quoted on this".
    // Not a word of what it was about ("about Japan's legislative agenda"): that is answered from the rest elsewhere.
    const onRest = quotes.filter((f) => q.terms.every((t) => t.everyday || covers(f.stems, t)) && topics.every((a) => names(f, a)) && inYear(f));
    if (onRest.length > 0 && q.terms.some((t) => t.everyday) && !q.terms.some((t) => t.everyday && aboutWord(q.text, t))) return { kind: 'not-covered', unmentioned: [], uncovered: [], related: onRest.slice(0, 3) };
    // Asked yes or no whether they said it ("Did Sato say the pact should be concluded quickly?"),
    // where another person's words hold all of its words and topics (two at least, its other words
    // such as "quickly" counted where they match), and one speaker's hold the most: whose words they
    // are, not "not quoted on this".
    const held = (f: Fact) => q.terms.length + topics.length + q.hints.filter((t) => covers(f.stems, t)).length;
    const saying = q.yesNo ? facts.filter((f) => f.kind === 'quote' && f.people.length > 0 && !f.people.includes(person) && onTopic(f) && inYear(f) && held(f) >= 2) : [];
    const most = Math.max(0, ...saying.map(held));
    const others = saying.filter((f) => held(f) === most);
    if (others.length > 0 && new Set(others.map((f) => f.people[0])).size === 1) return answerOf({ kind: 'speaker', quote: others[0]!.record!.id, claimed: person }, [others[0]!]);
    const asked = [...q.terms, ...q.agreementTerms].map((t) => t.text);
    return { kind: 'not-covered', unmentioned: unmentioned(q.terms), uncovered: asked, gap: { kind: 'not-quoted-on', person }, related: quotes.slice(0, 3) };
  }
  return answerOf({ kind: 'quotes', quotes: about.map((f) => f.record!.id) }, about);
}

export function who(d: Derived, q: Question): Finding {
  const { k, facts, meetings, yearOf, roleKindOf, holderOf, holdersAt, roleAt, roleFactAt, roleFact, attended, uncoveredBy, rank, meetingsAsked, checked, notCovered } = d;
  const asked = meetingsAsked(q);
  const role = q.roles[0];
  const country = q.countries.length === 1 ? q.countries[0] : undefined;
  // "Was she defence minister in that year?"
  // A premise about someone's office ("was she defence minister in 2015?"); "who was the prime
  // minister who received her?" names her only to say which meeting, and asks who held the office.
  if (q.people.length > 0 && role && asked.length > 0 && (q.yesNo || q.intent !== 'who')) {
    const p = k.people.get(q.people[0]!)!;
    // Of several meetings asked ("at both the 2015 and 2018 talks, right?"), one where they held
    // another office, or where someone else held this one, answers no; one whose holder the
    // articles do not name answers nothing.
    const asksCountry = q.roleCountry ?? country;
    // "Defence minister in 2015 and foreign minister in 2018": each office with its meeting, in the
    // order the question names them; one office asked of every meeting otherwise.
    const text = q.text.toLowerCase();
    const firstAt = (words: string[][]) => Math.min(...words.map((w) => text.indexOf(w.join(' '))).filter((i) => i >= 0));
    const rolesInOrder = [...q.roles].sort((a, b) => firstAt((k.offices.get(a)?.words ?? []).map(wordsOf)) - firstAt((k.offices.get(b)?.words ?? []).map(wordsOf)));
    // Where the question names each meeting: by its year, or by its number ("the fourth meeting").
    const named = (m: Meeting) => {
      const n = m.number?.value;
      const forms = [String(yearOf(m)), ...(n !== undefined ? [ORDINAL_WORDS[n], `${n}th`, `${n}st`, `${n}nd`, `${n}rd`] : [])].filter((x): x is string => x !== undefined);
      return Math.min(...forms.map((x) => text.search(new RegExp(`\\b${x}\\b`))).filter((i) => i >= 0));
    };
    const meetingsInOrder = [...asked].sort((a, b) => named(a) - named(b));
    const paired = q.roles.length === asked.length && asked.length > 1;
    // Offices and meetings the question does not place (no year or number found) cannot be paired: no premise is checked.
    if (paired && asked.some((m) => !Number.isFinite(named(m)))) return general(d, q);
    const roleFor = (m: { id: string }) => (paired ? rolesInOrder[meetingsInOrder.findIndex((x) => x.id === m.id)]! : role);
    const matches = (r: { title: string; country: Country }, m: { id: string }) => roleKindOf(r.title) === roleFor(m) && (!asksCountry || r.country === asksCountry);
    const heldOther = asked.some((m) => {
      const r = roleAt(p.id, m.id);
      return r !== undefined && !matches(r, m);
    });
    const missing = heldOther ? undefined : (asked.find((m) => !roleAt(p.id, m.id) && holdersAt(m.id, roleFor(m), country ?? p.country).length > 0) ?? asked.find((m) => !roleAt(p.id, m.id)));
    if (missing) {
      // A wrong premise: who did hold that office there (of the country asked, or theirs), and where they held one.
      const holders = holdersAt(missing.id, roleFor(missing), country ?? p.country);
      if (holders.length === 0) return notCovered(q, { kind: 'no-role', role: roleFor(missing), ...(country ? { country } : {}), meeting: missing.id });
      const elsewhere = rolesOf(k, p).map((x) => holderOf(p.id, x.office, x.meeting));
      return answerOf({ kind: 'not-holder', person: p.id, meeting: missing.id, holders, elsewhere }, [...holders.map(roleFact), ...elsewhere.map(roleFact)]);
    }
    const checks = asked.flatMap((m) => {
      const r = roleAt(p.id, m.id);
      return r ? [{ holder: holderOf(p.id, r, m.id), matches: matches(r, m) }] : [];
    });
    checks.sort((a, b) => Number(a.matches) - Number(b.matches));
    const [first, ...also] = checks as [(typeof checks)[number], ...typeof checks];
    return checked(q, answerOf({ kind: 'role-check', ...first, asked: role, ...(also.length > 0 ? { also } : {}) }, checks.map((c) => roleFact(c.holder))));
  }
  // "Who was Japan's defence minister at the meeting where they signed the pact": the meeting of
  // the agreement's step that says what was asked, then who held the office there.
  if (role && asked.length === 0 && q.agreements.length === 1 && q.people.length === 0) {
    const via = facts.filter((f) => f.agreement === q.agreements[0] && (f.kind === 'outcome' || f.kind === 'step') && f.meeting && uncoveredBy(q.terms, [f]).length === 0);
    const at = [...new Set(via.map((f) => f.meeting!))];
    const holders = at.length === 1 ? holdersAt(at[0]!, role, q.roleCountry ?? country) : [];
    if (holders.length > 0) return answerOf({ kind: 'role-holders', holders, role, ...(country ? { country } : {}) }, [...holders.map(roleFact), via[0]!]);
  }
  // "Who was the prime minister who received her in 2018?": who held the office then. The person
  // must be in the articles at that meeting (else the premise is not theirs to confirm), and the
  // office asked is the one they did not hold ("the foreign minister when she was defence minister").
  if (q.intent === 'who' && !q.yesNo && q.people.length > 0 && asked.length > 0 && q.people.every((id) => asked.every((m) => roleAt(id, m.id)))) {
    const theirs = new Set(q.people.flatMap((id) => asked.map((m) => roleKindOf(roleAt(id, m.id)!.title))));
    const others = q.roles.filter((r) => !theirs.has(r));
    // An office they held themselves ("Sato's exact title in 2018 — defence minister?") asks of them, not of someone else.
    const asks = others.length === 1 ? others[0] : q.roles.length === 1 && !theirs.has(role!) ? role : undefined;
    const holders = asks ? asked.flatMap((m) => holdersAt(m.id, asks, country)).filter((h) => !q.people.includes(h.person)) : [];
    if (holders.length > 0) return checked(q, answerOf({ kind: 'role-holders', holders, role: asks!, ...(country ? { country } : {}) }, holders.map(roleFact)));
  }
  const every = atEvery(d, q);
  if (every) return every;
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
  if (q.people.length > 0 && (q.event || q.terms.length > 0 || q.hints.length > 0)) return general(d, q);
  if (q.people.length > 0 && (q.intent === 'who' || q.intent === 'compare' || q.intent === 'what')) return personRoles(d, q, k.people.get(q.people[0]!)!);
  if (role) {
    const where = asked.length > 0 ? asked : meetings;
    // Every office asked ("the foreign and defence ministers"), meeting by meeting.
    const holders = where.flatMap((m) => q.roles.flatMap((r) => holdersAt(m.id, r, country))).filter((h) => !q.besides?.includes(h.person));
    if (holders.length === 0) return notCovered(q, { kind: 'no-role', role, ...(country ? { country } : {}), ...(asked[0] ? { meeting: asked[0].id } : {}) }, asked[0] ? rank(q, facts.filter((f) => f.meeting === asked[0]!.id && f.kind === 'meeting')) : []);
    return checked(q, answerOf({ kind: 'role-holders', holders, role, ...(country ? { country } : {}) }, holders.map(roleFact)));
  }
  const meeting = asked[0];
  // "Which countries are in the Lyon Group, per the 2015 report?": the members its passage names, not who was at the meeting that year.
  const members = meeting && q.agreements.length > 0 && q.people.length === 0 && q.terms.length === 0 ? general(d, q) : undefined;
  if (members?.kind === 'answer') return members;
  if (meeting) {
    const peopleAt = (m: Meeting) => m.participants.map((p) => p.person).filter((id) => (!country || roleAt(id, m.id)?.country === country) && !q.besides?.includes(id));
    const people = peopleAt(meeting);
    // "Who attended the second and fourth meetings": each meeting asked, with its people.
    const also = asked.slice(1).map((m) => ({ meeting: m.id, people: peopleAt(m) }));
    if (people.length === 0 && also.every((x) => x.people.length === 0)) return notCovered(q, { kind: 'no-participants', meeting: meeting.id }, rank(q, facts.filter((f) => f.meeting === meeting.id)).slice(0, 2));
    const used = [...people.map((id) => roleFactAt(id, meeting.id)), ...also.flatMap((x) => x.people.map((id) => roleFactAt(id, x.meeting)))];
    const there = checked(q, answerOf({ kind: 'participants', meeting: meeting.id, people, ...(country ? { country } : {}), ...(also.length > 0 ? { also } : {}) }, used));
    // "Who explained the security bills at the 2015 meeting?": not who was there, but who did what
    // the question names, by the passage that says it.
    const did = there.kind === 'not-covered' ? general(d, q) : undefined;
    return did?.kind === 'answer' && did.facts.some((f) => f.people.length > 0) ? did : there;
  }
  return general(d, q);
}

export function personRoles(d: Derived, q: Question, p: Person): Finding {
  const { k, yearOf, holderOf, roleFact, checked, notCovered } = d;
  const all = rolesOf(k, p)
    .filter((r) => q.years.length === 0 || q.years.includes(yearOf(k.meetings.get(r.meeting)!)) || q.intent === 'compare')
    .map((r) => holderOf(p.id, r.office, r.meeting));
  // "When was he defence minister?": the meetings at which he held that office. "Was he foreign
  // minister at both meetings?": his office at each, whichever it was.
  const holders = q.roles.length > 0 && !q.acrossMeetings ? all.filter((h) => q.roles.includes(d.roleKindOf(h.title) ?? '')) : all;
  if (holders.length === 0) return notCovered(q, undefined, all.map(roleFact).slice(0, 3));
  // "At both meetings?": those of the meetings the articles report at which they name them at none.
  const notAt = q.acrossMeetings ? d.meetings.filter((m) => m.participants.length > 0 && !holders.some((h) => h.meeting === m.id)).map((m) => m.id) : [];
  const verdict = q.yesNo && q.acrossMeetings && q.roles.length === 1 ? heldAtEvery(d, p, q.roles[0]!, holders, notAt) : {};
  return checked(q, answerOf({ kind: 'person-roles', person: p.id, holders, ...(notAt.length > 0 ? { notAt } : {}), ...verdict }, [...holders, ...(verdict.instead ?? [])].map(roleFact)));
}

/**
 * Asked yes or no whether someone held one office at every meeting: yes where each office listed is
 * it and none is missing; "No" only where the articles say otherwise (another office of theirs, or
 * someone else in it at a meeting they are not named at), with who held it there. Not named, with
 * no one else named, is neither.
 */
function heldAtEvery(d: Derived, p: Person, asked: RoleKind, holders: RoleHolder[], notAt: string[]): { held?: boolean; instead?: RoleHolder[] } {
  const elsewhere = holders.filter((h) => d.roleKindOf(h.title) !== asked).map((h) => h.meeting);
  if (elsewhere.length === 0 && notAt.length === 0) return { held: true };
  const someoneElse = notAt.length > 0 && notAt.every((m) => d.holdersAt(m, asked, p.country).some((h) => h.person !== p.id));
  if (elsewhere.length === 0 && !someoneElse) return {};
  const instead = [...elsewhere, ...notAt].flatMap((m) => d.holdersAt(m, asked, p.country));
  return { held: false, ...(instead.length > 0 ? { instead } : {}) };
}

/** "Who was her counterpart that year?": the other country's minister with her office then. */
export function counterparts(d: Derived, q: Question): Finding {
  const { k, meetings, roleKindOf, holdersAt, roleFactAt, roleFact, meetingsAsked, checked } = d;
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
export function presence(d: Derived, q: Question): Finding | undefined {
  const { k, facts, meetings, factById, holderOf, roleAt, roleFactAt, roleFact, attended, uncoveredBy, names, candidates, rank, meetingsAsked } = d;
  const rest = q.terms.filter((t) => !t.alternatives.every((alt) => alt.length === 1 && PRESENCE_STEMS.has(alt[0]!)));
  // Who goes: the one person asked of, or of several the one named just before the verb ("did
  // Sato really go to Paris after Mori's invitation"); the rest, with what else the question says,
  // is context that a passage naming the one who goes must hold.
  const subject = q.people.length === 1 ? q.people[0] : subjectOfPresence(d, q);
  const context = q.people.length > 1 ? candidates(q, []).filter((f) => subject !== undefined && names(f, subject) && q.people.every((p) => names(f, p)) && uncoveredBy(rest, [f]).length === 0) : [];
  if (subject === undefined || q.countries.length > 1 || q.agreements.length > 0 || (rest.length > 0 && context.length === 0)) return undefined;
  const person = k.people.get(subject)!;
  // A country as where ("in France"); beside a city asked, another named country is whose ("with the French ministers").
  const country = q.inCountry ?? (q.places.length === 0 ? q.countries[0] : undefined);
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
    // No meeting places them there, but a sentence may ("Mori, speaking after talks … in Tokyo"):
    // one that names them and, in it, the place asked (a passage, a quote's, or their office's).
    const where = city ?? (country ? k.countries.get(country)!.name.en : undefined);
    // Being there ("in Tokyo", "visited Japan"), not a plan or an invitation to go just before it ("to visit Japan").
    const there = where ? new RegExp(`\\b(?:(?:in|at) (?:the )?(?:[\\p{Lu}][\\p{L}-]* )*|visited |arrived in )${escapeRegExp(where)}\\b`, 'u') : undefined;
    const planned = /\b(?:will|would|expected|invit\w*|plans?|planned|planning|to visit|is to|are to)\b/i;
    // Only where no meeting of theirs was there at all (one may be left out by what else is asked), and
    // by the sentence a fact shows first.
    const metThere = meetings.some((m) => attended(m, person.id) && (m.place?.city === where || m.place?.country?.value === country));
    const placing = there && !metThere && q.years.length === 0 && q.ordinals.length === 0 ? facts.filter((f) => f.kind !== 'meeting' && !(f.kind === 'role' && f.meeting) && names(f, person.id) && f.evidence.slice(0, 1).some((e) => {
      const m = there.exec(e.text);
      return m !== null && !planned.test(e.text.slice(Math.max(0, m.index - 40), m.index + m[0].length));
    })) : [];
    if (placing.length > 0 && where) return answerOf({ kind: 'facts', facts: placing.slice(0, 2).map((f) => f.id), placed: { person: person.id, place: where } }, placing.slice(0, 2));
    // Not at the meeting itself, but at something held beside it that names them ("ahead of the talks, the
    // ministers met the prime minister at his office"): there, at that time, in the meeting's city.
    const beside = dated
      .filter((m) => m.place && (q.places.length === 0 || q.places.includes(m.id)) && (!country || m.place.country?.value === country))
      .flatMap((m) => d.heldBeside(m, person.id));
    if (beside.length > 0 && rest.length === 0) {
      const m = k.meetings.get(beside[0]!.meeting!)!;
      return answerOf({ kind: 'facts', facts: beside.map((f) => f.id), besideMeeting: { person: person.id, meeting: m.id } }, [...beside, factById.get(`${m.id}:place`)!]);
    }
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
export function subjectOfPresence(d: Derived, q: Question): string | undefined {
  const { aliasStems } = d;
  const words = stemsOf(q.text);
  // The verb, not a noun of the same stem ("after Sato's visit, did Dumont go"): the one after an
  // auxiliary, else the last.
  const at = words.flatMap((w, i) => (PRESENCE_STEMS.has(w) ? [i] : []));
  const verb = at.find((i) => words.slice(Math.max(0, i - 3), i).some((w) => ['did', 'do', 'doe', 'has', 'have', 'had', 'will', 'ever', 'actually', 'really'].includes(w))) ?? at.at(-1);
  if (verb === undefined) return undefined;
  // The person named last before it, within four words.
  const before = words.slice(Math.max(0, verb - 4), verb);
  const lastAt = (id: string) => Math.max(-1, ...(aliasStems.get(id) ?? []).filter((alt) => alt.length > 0 && alt.every((w) => before.includes(w))).map((alt) => before.lastIndexOf(alt.at(-1)!)));
  // Named in the possessive ("after Mori's invitation"), someone is whose the thing is, not who goes.
  const possessive = (id: string) => {
    const p = d.k.people.get(id)!;
    return [p.name, ...p.aliases].some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}['’]s?(?![\\p{L}])`, 'iu').test(q.text));
  };
  const [first, second] = q.people.map((id) => ({ id, at: lastAt(id) })).filter((x) => x.at >= 0 && !possessive(x.id)).sort((a, b) => b.at - a.at);
  if (first && (!second || second.at < first.at)) return first.id;
  // "Did Sato accept Mori's invitation and go?": the one after the question's auxiliary, of the verbs joined to it.
  const lead = /^\s*(?:did|does|has|had|will|would|was|is)\s+/i.exec(q.text);
  const named = lead ? q.people.filter((id) => !possessive(id) && (aliasStems.get(id) ?? []).some((alt) => alt.length > 0 && alt.every((w, j) => words[1 + j] === w))) : [];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The holder of the office asked whom the latest article naming that office names, for the country
 * asked or for each country; none for a country where two are named that day.
 */
export function latestHolder(d: Derived, q: Question): Finding | undefined {
  const { k, factById, roleKindOf, roleFactAt } = d;
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
export function officeHolder(d: Derived, q: Question): { person: string; holder: RoleHolder; meetings: string[]; country?: Country } | undefined {
  const all = officeHolders(d, q);
  return all.length === 1 ? all[0] : undefined;
}

/** Everyone who held the office asked, in the time asked (or ever), each once, with the meetings they held it at. */
export function officeHolders(d: Derived, q: Question): { person: string; holder: RoleHolder; meetings: string[]; country?: Country }[] {
  const { meetings, holdersAt, meetingsAsked } = d;
  const scope = meetingsAsked(q);
  const country = q.roleCountry ?? (q.countries.length === 1 ? q.countries[0] : undefined);
  const all = (scope.length > 0 ? scope : meetings).flatMap((m) => holdersAt(m.id, q.roles[0], country));
  const asked = new Set(wordsOf(q.text));
  const typed = all.filter((h) => wordsOf(h.title).filter((w) => w.length > 3).every((w) => asked.has(w)));
  const holders = typed.length > 0 ? typed : all;
  const first = holders.filter((h, i) => holders.findIndex((x) => x.person === h.person) === i);
  return first.map((h) => ({ person: h.person, holder: h, meetings: holders.filter((x) => x.person === h.person).map((x) => x.meeting), ...(country ? { country } : {}) }));
}

/** "The same", "la même", "同じ": whether nothing changed is asked. */
const SAME = /\bsame\b|\bm[eê]mes?\b|同じ|同一/i;
/** "Change", "changé", "交代": whether it changed is asked, whatever else ("change or stay the same"). */
const CHANGE = /\bchang(?:e|ed|es|ing)\b|\bchang[ée]|変わ|交代/i;

/** "Did the French foreign minister change between 2015 and 2018": the office's holder at each meeting. */
export function officeChange(d: Derived, q: Question): Finding | undefined {
  const { meetings, holdersAt, roleFact } = d;
  const role = q.roles[0];
  // Two offices asked ("who was foreign and who defence minister in 2015 vs 2018") are each office's holders, not one change.
  if (!role || q.roles.length > 1 || q.people.length > 0) return undefined;
  const country = q.countries.length === 1 ? q.countries[0] : undefined;
  const named = meetingsNamed(d, q);
  const scope = named.length >= 2 ? named : meetings.filter((m) => holdersAt(m.id, role, country).length > 0);
  const holders = scope.flatMap((m) => holdersAt(m.id, role, country));
  if (scope.length < 2 || holders.length < 2 || !country) return undefined;
  const changed = new Set(holders.map((h) => h.person)).size > 1;
  // Asked whether it stayed the same ("did France have the same defence minister…"), yes and no turn round.
  const sameAsked = SAME.test(q.text) && !CHANGE.test(q.text);
  return answerOf({ kind: 'office-change', holders, changed, ...(sameAsked ? { sameAsked } : {}) }, holders.map(roleFact));
}

/**
 * "Which French minister attended both meetings?": those at every meeting asked (or every one with
 * named participants), with the office they held at each, which also says whether it changed.
 */
export function atEvery(d: Derived, q: Question): Finding | undefined {
  const { k, meetings, factById, roleAt, roleFactAt, attended, meetingsAsked } = d;
  const asked = meetingsAsked(q);
  const country = q.countries.length === 1 ? q.countries[0] : undefined;
  // "Which of those at the 2015 talks were still there in 2018": at the first, and still at the second.
  const everyWords = ['both', 'every', 'all', 'deux', 'chaque', 'tous', 'toutes', 'still', 'toujours', 'encore'];
  const asksEvery = wordsOf(q.text).some((w) => everyWords.includes(w)) || /両方|すべて|全て/.test(q.text);
  if (q.people.length === 0 && q.roles.length === 0 && asksEvery && q.terms.every((t) => everyWords.includes(t.text) || /両方|すべて|全て/.test(t.text))) {
    const scope = q.years.length > 0 || q.ordinals.length > 0 ? asked : meetings;
    const over = scope.filter((m) => m.participants.length > 0);
    // "Every meeting of the series": only the meetings with named attendees can be checked, and the answer says so.
    const unnamed = scope.filter((m) => m.participants.length === 0).map((m) => m.id);
    if (over.length >= 2) {
      const people = [...k.people.values()]
        .filter((p) => over.every((m) => attended(m, p.id)) && (!country || over.every((m) => roleAt(p.id, m.id)?.country === country)) && !q.besides?.includes(p.id))
        .map((p) => p.id);
      if (people.length === 0) {
        const related = over.map((m) => factById.get(`${m.id}:meeting`)!);
        return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'none-at-every', meetings: over.map((m) => m.id), ...(country ? { country } : {}) }, related };
      }
      const used = people.flatMap((id) => over.map((m) => roleFactAt(id, m.id)));
      return answerOf({ kind: 'at-every', meetings: over.map((m) => m.id), people, unnamed }, used);
    }
  }
  return undefined;
}

/** Whether date a is before date b, at the coarser of their precisions ("2015" is before "2018-01-26", not before "2015-03"). */
const before = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
};
/** Whether a span of an office could have been followed by another: it begins after the first ends, or on the day it ends, a handover. */
const handedOn = (first: Office, then: Office) => before((first.to ?? first.from).value, then.from.value) || ((first.to ?? first.from).value === then.from.value && before(first.from.value, then.from.value));

/**
 * "Who replaced her", "his predecessor": of the holders of the same office and country the
 * articles name, the nearest after (or before) the person's span. A passage that says it comes first
 * (printed); from the spans it is inferred, and the reply says the articles may skip a holder between.
 */
export function succession(d: Derived, q: Question): Finding | undefined {
  const { k, factById, roleKindOf, roleFactAt } = d;
  if (!q.succession || q.people.length > 1) return undefined;
  const id = q.people[0] ?? (q.roles.length === 1 && (q.years.length > 0 || q.ordinals.length > 0 || q.places.length > 0) ? officeHolder(d, q)?.person : undefined);
  const person = id ? k.people.get(id) : undefined;
  if (!person) return undefined;
  if (q.people.length === 1) {
    const said = general(d, q);
    if (said.kind === 'answer' && said.facts.some((f) => f.kind === 'passage')) return said;
  }
  const next = q.succession === 'next';
  const factOf = (p: Person, i: number, last: boolean) => {
    const at = meetingsOfOffice(k, p, p.offices[i]!);
    const m = last ? at.at(-1) : at[0];
    return m ? roleFactAt(p.id, m.id) : factById.get(`${p.id}:office:${i}`);
  };
  const spanOf = (p: Person, i: number, last: boolean): HeldSpan => {
    const o = p.offices[i]!;
    return { person: p.id, title: o.title, country: o.country, date: last ? (o.to ?? o.from) : o.from };
  };
  const used: Fact[] = [];
  const pairs = person.offices.flatMap((o, i) => {
    const kind = roleKindOf(o.title);
    if (!kind || (q.roles.length > 0 && !q.roles.includes(kind))) return [];
    const others = [...k.people.values()].flatMap((p) =>
      p.id === person.id ? [] : p.offices.flatMap((x, j) => (x.country === o.country && roleKindOf(x.title) === kind && (next ? handedOn(o, x) : handedOn(x, o)) ? [{ p, j }] : [])),
    );
    const key = ({ p, j }: { p: Person; j: number }) => (next ? p.offices[j]!.from.value : (p.offices[j]!.to ?? p.offices[j]!.from).value);
    const nearest = others.sort((a, b) => (next ? compareKeys(key(a), key(b)) : compareKeys(key(b), key(a))));
    const closest = nearest.filter((x) => nearest[0] && key(x) === key(nearest[0]));
    // A handover an article states ("He is succeeded at defence by Y"): that office's evidence says it.
    const stated = closest.length > 0 && closest.every(({ p, j }) => (next ? p.offices[j]!.succeeded === person.id : o.succeeded === p.id));
    const handover = (p: Person, j: number) => factById.get(`${p.id}:office:${j}`);
    const statedFacts = stated ? (next ? closest.map(({ p, j }) => handover(p, j)) : [handover(person, i)]) : [];
    used.push(...[...statedFacts, factOf(person, i, next), ...closest.map(({ p, j }) => factOf(p, j, !next))].filter((f): f is Fact => f !== undefined));
    return [{ held: spanOf(person, i, next), other: closest.map(({ p, j }) => spanOf(p, j, !next)), ...(stated ? { stated } : {}) }];
  });
  if (pairs.length === 0) return undefined;
  const direction = next ? 'next' : 'previous';
  if (pairs.every((x) => x.other.length === 0)) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-successor', direction, held: pairs.map((x) => x.held) }, related: used.slice(0, 3) };
  return answerOf({ kind: 'succession', direction, pairs }, used);
}
