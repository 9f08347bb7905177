// Handlers for questions about time: when, how long between two meetings, which came first, and
// which meetings discussed something.
import type { Fact } from '../facts.js';
import { EVENT_STEMS, type Question } from '../question.js';
import { rolesOf } from '../offices.js';
import type { Meeting } from '../schema.js';
import { type YearSpan, inSpan } from '../span.js';
import { seriesOf } from '../series.js';
import { compareKeys } from '../text.js';
import { type Term, covers, stem, wordsOf } from '../words.js';
import type { Finding } from '../answer.js';
import { ATTENDING, answerOf, counted } from './shared.js';
import type { Derived } from './derived.js';
import { general, signed } from './passages.js';
import { officeChange, personRoles, who } from './people.js';

export function when(d: Derived, q: Question): Finding {
  const { k, meetings, factById, roleFactAt, attended, uncoveredBy, scoreOf, rank, meetingsAsked, checked, notCovered } = d;
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
  // "When did Sato attend the talks?", "when did she first take part in one?": the meetings the
  // articles place them at (the earliest, asked when first), each with its date and their title.
  if (q.people.length === 1 && ATTENDING.test(q.text) && q.agreements.length === 0 && q.terms.length === 0) {
    const person = q.people[0]!;
    const named = meetingsAsked(q);
    const at = named.length > 0 ? named : meetings;
    const holders = at.filter((m) => attended(m, person)).flatMap((m) => {
      const r = d.roleAt(person, m.id);
      return r ? [d.holderOf(person, r, m.id)] : [];
    });
    const given = q.earliest ? holders.slice(0, 1) : holders;
    // First of those the articles name them at: earlier meetings with no one named may have had them.
    const firstDate = given[0] ? k.meetings.get(given[0].meeting)!.date.value : '';
    const unreported = q.earliest ? meetings.filter((m) => m.participants.length === 0 && compareKeys(m.date.value, firstDate) < 0).map((m) => m.id) : [];
    if (given.length > 0) return answerOf({ kind: 'presence', holders: given, ...(unreported.length > 0 ? { unreported } : {}) }, [...given.map(d.roleFact), ...given.map((h) => factById.get(`${h.meeting}:place`)!)]);
  }
  const asked = meetingsAsked(q);
  // "When were the 2015 and 2018 meetings held?": each, with its date and place.
  const askedFacts = asked.map((m) => factById.get(`${m.id}:meeting`)!);
  if (asked.length >= 2 && q.agreements.length === 0 && q.people.length === 0 && uncoveredBy(q.terms, askedFacts).length === 0) return answerOf({ kind: 'meetings', meetings: asked.map((m) => m.id), count: false, asked: true, ...(q.dayAsked || q.weekday ? { weekdays: true } : {}) }, askedFacts);
  const meetingFact = askedFacts[0];
  if (meetingFact && q.agreements.length === 0 && uncoveredBy(q.terms, [meetingFact]).length === 0) {
    const m = asked[0]!;
    // Asked the month only ("何月でしたか", "which month"), a date known to its month answers it.
    const monthOnly = m.date.precision === 'month' && /何月(?!何日)|\b(?:what|which) month\b|\bquel mois\b/i.test(q.text) && !/何日|\b(?:day|date)\b|\bjour\b/i.test(q.text);
    if (q.dayAsked && !monthOnly && m.date.precision !== 'day' && (q.dateAsked || !/friday|monday|tuesday|wednesday|thursday|saturday|sunday/i.test(m.evidence.map((e) => e.text).join(' ')))) {
      return notCovered(q, { kind: 'no-day', meeting: m.id }, [factById.get(`${m.id}:meeting`)!]);
    }
    const place = q.placeToo ? factById.get(`${m.id}:place`) : undefined;
    return checked(q, answerOf({ kind: 'meeting-date', meeting: m.id, ...(place ? { andPlace: true } : {}), ...(q.dayAsked && !q.dateAsked ? { weekdayAsked: true } : {}), ...(q.dateWord && m.date.precision !== 'day' ? { partial: true } : {}) }, [factById.get(`${m.id}:meeting`)!, ...(place ? [place] : [])]));
  }
  const agreement = q.agreements[0];
  if (agreement && q.terms.some((t) => covers(new Set(['sign']), t))) return signed(d, q, agreement);
  const dated = rank(q, d.datedFacts);
  // Nothing to date but words that only help pick ("when did it pass?"): a fact must say two of them.
  if (q.terms.length + q.agreementTerms.length + q.agreements.length + q.people.length === 0 && !dated.some((f) => q.hints.filter((t) => covers(f.stems, t)).length >= 2)) return general(d, q);
  // The words that named the agreement count too: "the ACSA framework" is its 2018 step, not its first.
  const wanted = [...q.terms, ...q.agreementTerms];
  const fits = (terms: Term[]) => dated.filter((f) => uncoveredBy(terms, [f]).length === 0 && (!agreement || f.agreement === agreement));
  // A fact whose own summary says what was asked before one whose passage only mentions it
  // ("when will the exercises take place": the exercises, not a minister's words on another pact).
  const summarised = (f: Fact) => Number(q.terms.every((t) => covers(f.summaryStems, t)));
  // Asked when it was planned for ("planned to take place", "scheduled", "予定"): the planned step's date
  // ("next month" in a January report: February) before the day it was agreed.
  const planAsked = /\b(?:plann?ed|scheduled|supposed to|due to|expected to|set to|meant to)\b|予定|pr[ée]vue?s?\b/i.test(q.text);
  const planned = (f: Fact) => Number(planAsked && f.planned === true);
  const candidates = (fits(wanted).length > 0 ? fits(wanted) : fits(q.terms)).sort((a, b) => planned(b) - planned(a) || summarised(b) - summarised(a));
  if (candidates.length === 0) return general(d, q);
  // Equally good answers are all given, oldest first: "when was the ACSA agreed" has three steps
  // (talks in 2015, negotiations in 2017, a framework in 2018), and picking one would mislead.
  const top = scoreOf(q, candidates[0]!);
  const best = candidates.filter((f) => scoreOf(q, f) === top && f.agreement === candidates[0]!.agreement && planned(f) === planned(candidates[0]!));
  // Two reports that put one step at different times ("agreed to begin talks" in 2015, "agreed to
  // start negotiating" in 2017): a step whose own summary says every word asked, in those words or
  // others that mean the same, is as good an answer, and both are given.
  // Not the verb of taking a step ("decide", "agree"): any step is one.
  const wordsAsked = [...q.terms, ...q.hints].map((t) => t.text).filter((w) => /^[a-z]+$/.test(w) && !EVENT_STEMS.has(stem(w)));
  const says = (f: Fact) => {
    const own = wordsOf(f.summary);
    return wordsAsked.length > 0 && wordsAsked.every((w) => own.some((x) => stem(x) === stem(w) || d.reader.akin(w, x)));
  };
  // Of all its dated steps: the other report may say it only in other words ("talks" for "negotiations").
  const same = says(candidates[0]!) ? dated.filter((f) => f.agreement === candidates[0]!.agreement && planned(f) === planned(candidates[0]!) && says(f)) : [];
  const all = [...new Set([...best, ...same])].sort((a, b) => compareKeys(a.date!.value, b.date!.value));
  // Asked when it first happened: the earliest of them, with the reports of the same step.
  const firstOnes = q.earliest ? all.filter((f) => f === all[0] || same.includes(f)) : all;
  const given = firstOnes.slice(0, 3);
  // Two reports of one step ("begin talks", "start negotiating"): exactly two such steps, each from
  // its own article, dated differently. Three or more that say the words asked ("agreed" of every step
  // of a pact) are steps of their own, not reports that disagree.
  const articlesOf = (f: Fact) => new Set(f.evidence.map((e) => e.article));
  const [a, b] = same;
  const reportsDiffer = same.length === 2 && given.includes(a!) && given.includes(b!) && a!.date!.value !== b!.date!.value && [...articlesOf(a!)].every((x) => !articlesOf(b!).has(x));
  return answerOf({ kind: 'facts', facts: given.map((f) => f.id), ...(reportsDiffer ? { reportsDiffer } : {}) }, given);
}

/**
 * The meetings a question names, each way it can: by year, ordinal, "the last", or a city only one
 * meeting was held in ("the Paris 2+2"). A city with several meetings names none of them alone.
 */
export function meetingsNamed(d: Derived, q: Question): Meeting[] {
  const { k, meetings, yearOf } = d;
  const named = new Set<Meeting>();
  for (const m of meetings) if (q.years.includes(yearOf(m)) || (m.number !== undefined && q.ordinals.includes(m.number.value))) named.add(m);
  const byCity = new Map<string, Meeting[]>();
  for (const id of q.places) {
    const m = k.meetings.get(id)!;
    byCity.set(m.place!.city, [...(byCity.get(m.place!.city) ?? []), m]);
  }
  for (const id of q.placeNamed ?? []) named.add(k.meetings.get(id)!);
  for (const ms of byCity.values()) {
    const unnamed = ms.filter((m) => !named.has(m));
    if (ms.length === 1 || (unnamed.length === 1 && named.size === 0)) named.add(ms[0]!);
  }
  return [...named].sort((a, b) => compareKeys(a.date.value, b.date.value));
}

/** Words for the time between two things. */
const DURATION = /^(?:separat\w*|apart|elapsed|passed|between|gap|span)$/;

/** "How many years between the Paris 2+2 and the 2018 one": calendar years between two meetings' dates. */
export function interval(d: Derived, q: Question): Finding | undefined {
  const { factById, yearOf } = d;
  if (!/\b(?:years?|yrs?|long|ans?|années?|longtemps)\b|\bhow much time\b|\bcombien de temps\b|何年|年間|どれくらい|どのくらい/i.test(q.text) || q.people.length > 0) return undefined;
  // "…and the one where they settled the framework": a meeting named by an agreement's step there.
  // The words of the step name it; words for an interval ("separate") are no topic.
  const terms = q.terms.filter((t) => !DURATION.test(t.text));
  const byName = meetingsNamed(d, q);
  const step = byName.length === 1 || terms.length > 0 ? stepMeeting(d, { ...q, terms }) : undefined;
  if (terms.length > 0 && !step) return undefined;
  const named = [...new Set([...byName, ...(step ? [step.meeting] : [])])].sort((x, y) => compareKeys(x.date.value, y.date.value));
  if (named.length !== 2) return undefined;
  const [a, b] = named as [Meeting, Meeting];
  return answerOf({ kind: 'interval', meetings: [a.id, b.id], years: yearOf(b) - yearOf(a) }, [factById.get(`${a.id}:meeting`)!, factById.get(`${b.id}:meeting`)!, ...(step ? [step.fact] : [])]);
}

/** The one meeting where a step of the agreement asked, covering every term of the question, was taken. */
export function stepMeeting(d: Derived, q: Question): { meeting: Meeting; fact: Fact } | undefined {
  const { k, facts, uncoveredBy } = d;
  if (q.agreements.length !== 1) return undefined;
  // The words that named the agreement count too: "the ACSA framework" is its 2018 step.
  const wanted = [...q.terms, ...q.agreementTerms];
  const steps = facts.filter((f) => f.agreement === q.agreements[0] && f.kind === 'step' && f.meeting && !f.planned && uncoveredBy(wanted, [f]).length === 0);
  const at = [...new Set(steps.map((f) => f.meeting!))];
  return at.length === 1 ? { meeting: k.meetings.get(at[0]!)!, fact: steps[0]! } : undefined;
}

/**
 * "Which came first, the equipment pact or the ACSA framework?": each by its dated fact (an
 * agreement by the step its name as asked says, else its first), oldest first.
 */
export function order(d: Derived, q: Question): Finding | undefined {
  const { facts, factById, aliasStems } = d;
  // "Which came first…", or, of two agreements, "was the pact signed before the framework was agreed?".
  const twoAsked = q.agreements.length === 2 && q.yesNo && /\b(?:before|after|earlier|later)\b/i.test(q.text);
  if (!twoAsked && !/\b(?:came|come|was|happened|were) (?:first|earlier|before)\b|\bwhich (?:was|came) (?:earlier|first)\b|\b(?:earlier|sooner)\b.*\bor\b|en premier|d['’]abord|どちらが先|先に/i.test(q.text)) return undefined;
  const dated: Fact[] = [];
  if (q.agreements.length === 2) {
    q.agreements.forEach((id, i) => {
      const steps = facts.filter((f) => f.agreement === id && f.kind === 'step' && f.date).sort((a, b) => compareKeys(a.date!.value, b.date!.value));
      const named = q.agreementTerms[i];
      // The step its name says, else the one a word of the question names ("agreeing the framework for the ACSA"), else its first.
      // Its name alone ("the ACSA") says no step.
      const stepWords = named ? named.alternatives.map((alt) => alt.filter((w) => !aliasStems.get(id)!.some((n) => n.length === 1 && n[0] === w))).filter((alt) => alt.length > 0) : [];
      const step =
        (named && stepWords.length > 0 ? steps.find((f) => covers(f.stems, named) && covers(f.summaryStems, { ...named, alternatives: stepWords })) : undefined) ??
        steps.find((f) => q.terms.some((t) => covers(f.summaryStems, t))) ??
        steps[0];
      if (step) dated.push(step);
    });
  } else {
    const named = meetingsNamed(d, q);
    if (named.length === 2) dated.push(...named.map((m) => factById.get(`${m.id}:meeting`)!));
  }
  if (dated.length !== 2) return undefined;
  dated.sort((a, b) => compareKeys(a.date!.value, b.date!.value));
  const apart = /\bhow (?:far|long)\b|\bapart\b|\bgap\b|\bhow many years\b|[ée]cart|何年/i.test(q.text);
  return answerOf({ kind: 'order', facts: dated.map((f) => f.id), ...(apart ? { apart } : {}) }, dated);
}

/** "Did terrorism come up at both meetings?": each meeting with a fact that covers what was asked. */
export function discussedAt(d: Derived, q: Question): Finding | undefined {
  const { facts, meetings, uncoveredBy, about, rank } = d;
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

/** Where the thing counted ends: "how many ships were…", "how many of them did…". */
const COUNT_STOP = /^(?:were|was|are|is|did|do|does|have|has|had|will|would|could|can|in|of|at|on|y|ont|sont|a|took|there)$/;
/** What is counted when meetings are: "how many meetings/times/rounds", "combien de réunions/fois". */
const MEETINGS_COUNTED = /^(?:meetings?|talks|sessions?|rounds?|times|summits?|editions?|gatherings?|fois|reunions?|rencontres?|sommets?)$/;

/** Words for the people at a meeting, as counted: "how many ministers", "combien de ministres", "何人の閣僚". */
const PEOPLE_COUNTED = /\b(ministers?|mins|people|participants?|attendees|officials|ministres)\b|閣僚|大臣|出席/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A passage of the meeting that prints the count of its ministers ("The three ministers also said…"): the number as printed, not only as we count it. */
function printedCount(d: Derived, m: Meeting, n: number, question: string): Fact[] {
  if (!/minist|\bmins\b|閣僚|大臣/i.test(question)) return [];
  const printed = new RegExp(`\\b(?:${n}|${NUMBER_WORDS[n] ?? n})\\s+(?:\\p{L}+\\s+)?ministers\\b`, 'iu');
  const f = d.facts.find((x) => x.meeting === m.id && x.evidence.some((e) => printed.test(e.text)));
  return f ? [f] : [];
}

/** "How many", "which meetings": the people at a meeting, the meetings held somewhere, or what is counted. */
export function countOrList(d: Derived, q: Question): Finding {
  const { k, meetings, factById, roleFactAt, meetingsAsked, notCovered, yearOf, seriesAsked } = d;
  // "How many ministers attended the 2018 talks": the people, not the meetings. With no meeting
  // named ("how many ministers take part in a <series>"), each meeting of the series that names its people.
  if (q.intent === 'count' && q.agreements.length === 0 && q.terms.length === 0 && PEOPLE_COUNTED.test(q.text)) {
    const asked = meetingsAsked(q);
    const named = seriesAsked.filter((x) => x.named.test(q.text)).map((x) => x.series);
    const each = q.years.length + q.ordinals.length === 0 && !q.span && q.beforeYear === undefined && (named.length === 1 || k.series.size === 1) ? meetings.filter((m) => m.participants.length > 0 && (named.length === 0 || seriesOf(k, m) === named[0])) : [];
    const at = asked.length > 0 ? asked.slice(0, 1) : each;
    const peopleAt = (m: Meeting) => m.participants.map((p) => p.person).filter((id) => !q.besides?.includes(id));
    const [m, ...rest] = at;
    if (m) {
      const people = peopleAt(m);
      if (people.length === 0) return notCovered(q, { kind: 'no-participants', meeting: m.id }, [factById.get(`${m.id}:meeting`)!]);
      const printed = at.flatMap((x) => printedCount(d, x, peopleAt(x).length, q.text));
      const also = rest.map((x) => ({ meeting: x.id, people: peopleAt(x) }));
      return answerOf({ kind: 'participants', meeting: m.id, people, count: true, ...(also.length > 0 ? { also } : {}) }, [...printed, ...at.flatMap((x) => peopleAt(x).map((id) => roleFactAt(id, x.id)))]);
    }
  }
  // "How many years between the first and the fourth": two meetings named make it an interval.
  const between = interval(d, q);
  if (between) return between;
  // The thing counted, typed after "how many" or "combien de": meetings (or a series' name), or nothing named.
  const typed = wordsOf(q.text);
  const countAt = typed.findIndex((w, i) => (w === 'many' && typed[i - 1] === 'how') || w === 'combien');
  const phrase = countAt < 0 ? [] : typed.slice(countAt + 1, countAt + 6);
  const stop = phrase.findIndex((w) => COUNT_STOP.test(w) && w !== 'a');
  const countedWords = (stop < 0 ? phrase : phrase.slice(0, stop)).filter((w) => !['de', 'd', 'the', 'des', 'les'].includes(w));
  const seriesWords = new Set([...k.series.values()].flatMap((x) => x.words.flatMap(wordsOf)));
  // Japanese counts people, ships, money with its own counters (何人, 何隻, いくら): not meetings.
  const countsMeetings = (q.intent !== 'count' || countedWords.length === 0 || countedWords.some((w) => MEETINGS_COUNTED.test(w) || seriesWords.has(w))) && !/何人|何名|何隻|何機|何発|いくら|何ドル|何円/u.test(q.text);
  if (countsMeetings && q.terms.every((t) => covers(new Set(['meet']), t) || covers(new Set(['two', 'plu']), t)) && q.agreements.length === 0 && q.people.length === 0 && !q.spanUnread) {
    // "Before 2016", "since 2015", "by January 2017", "in 2018": those held within it; one whose date is
    // too coarse to say ("a Friday in 2015", asked "as of March 2015") is named apart.
    const span: YearSpan | undefined = q.beforeYear !== undefined ? { to: { year: q.beforeYear, exclusive: true } } : (q.span ?? (q.years.length > 0 ? undefined : {}));
    const month = (m: Meeting) => (m.date.precision === 'year' ? undefined : Number(m.date.value.slice(5, 7)));
    // "In March 2015": that month of that year, which a meeting dated by its year alone may or may not be in.
    const monthAsked = !span && q.years.length === 1 && q.months?.length === 1 ? q.months[0] : undefined;
    const inMonth = (m: Meeting) => (monthAsked === undefined ? true : month(m) === undefined ? undefined : month(m) === monthAsked);
    const within = (m: Meeting) => (span ? inSpan(span, yearOf(m), month(m)) : q.years.includes(yearOf(m)) ? inMonth(m) : false);
    const inTime = meetings.filter((m) => within(m) === true);
    const unsure = meetings.filter((m) => within(m) === undefined).map((m) => m.id);
    const time = span && (span.from || span.to) ? { span } : q.years.length > 0 ? { years: q.years, ...(monthAsked ? { month: monthAsked } : {}) } : undefined;
    // "Which meetings were held in Tokyo", "how many were held in France": those held there.
    // Its country as the record gives it, or as data/places knows its city.
    const countryOf = (m: Meeting) => m.place?.country?.value ?? [...k.places.values()].find((p) => p.name === m.place?.city)?.country;
    const inCountry = (m: Meeting) => !q.inCountry || countryOf(m) === q.inCountry;
    const listed = (q.places.length > 0 ? inTime.filter((m) => q.places.includes(m.id)) : inTime).filter(inCountry);
    const filtered = listed.length < inTime.length ? { of: inTime.length, unplaced: inTime.filter((m) => !m.place).map((m) => m.id) } : {};
    return answerOf({ kind: 'meetings', meetings: listed.map((m) => m.id), count: q.intent === 'count', ...filtered, ...(time ? { within: time } : {}), ...(unsure.length > 0 ? { unsure } : {}) }, listed.map((m) => factById.get(`${m.id}:meeting`)!));
  }
  // "How many ships", "combien coûte": no record counts it. What is closest, as a miss, never a dump of facts.
  if (q.intent === 'count') {
    const found = general(d, q);
    // The thing counted: the words after "how many" up to a verb or a word of grammar, and the term among them.
    const typed = wordsOf(q.text);
    const at = typed.findIndex((w, i) => (w === 'many' && typed[i - 1] === 'how') || (w === 'combien' && typed[i + 1] === 'de'));
    const phrase = at < 0 ? [] : typed.slice(at + (typed[at] === 'combien' ? 2 : 1), at + 4);
    const stop = phrase.findIndex((w) => COUNT_STOP.test(w));
    // Only words the articles use can be looked for beside a figure ("ppl" cannot).
    const words = (stop < 0 ? phrase : phrase.slice(0, stop)).filter((w) => d.reader.inArticles(stem(w)));
    const term = q.terms.find((t) => phrase.some((w) => covers(new Set([stem(w)]), t)));
    const thing = words.length > 0 || term ? { words, ...(term ? { term } : {}), person: (w: string) => d.reader.personNoun(w) } : undefined;
    if (found.kind === 'answer' && found.facts.some((f) => counted(f, thing))) return found;
    return { kind: 'not-covered', unmentioned: found.kind === 'not-covered' ? found.unmentioned : [], uncovered: [], related: found.kind === 'answer' ? found.facts.slice(0, 3) : found.kind === 'not-covered' ? found.related : [] };
  }
  return general(d, q);
}

/** "Did it change", "how long between": an office across meetings, an interval, a person's offices, an agreement's steps. */
export function compare(d: Derived, q: Question): Finding {
  const { k, facts, notCovered } = d;
  const change = officeChange(d, q);
  if (change) return change;
  const between = interval(d, q);
  if (between) return between;
  if (q.people.length > 0) return personRoles(d, q, k.people.get(q.people[0]!)!);
  // "What changed in the country's line-up (its ministers) between 2015 and 2018": each office its people held at the meetings asked, holder by holder.
  const asked = d.meetingsAsked(q);
  // The words of "line-up" itself are no topic ("line").
  const lineUp = LINE_UP.exec(q.text)?.[0].toLowerCase() ?? '';
  const topics = q.terms.filter((t) => !wordsOf(lineUp).includes(t.text.toLowerCase()));
  if (q.roles.length === 0 && q.agreements.length + topics.length === 0 && q.countries.length === 1 && asked.length >= 2 && lineUp !== '') {
    // Offices held at every meeting asked: one the articles name at only one ("the president") compares nothing.
    // Of the meetings whose attendees the articles name ("between 2015 and 2018" spans 2017's, whose they do not).
    const kindsAt = asked.filter((m) => m.participants.length > 0).map((m) => new Set(d.holdersAt(m.id, undefined, q.countries[0]).map((h) => d.roleKindOf(h.title))));
    const roles = kindsAt.length < 2 ? [] : [...kindsAt[0]!].filter((r): r is string => r !== undefined && kindsAt.every((s) => s.has(r)));
    if (roles.length > 0) return who(d, { ...q, roles, roleCountry: q.countries[0]!, terms: topics });
  }
  // Offices compared across meetings ("foreign and defence ministers, 2015 vs 2018"): each one's holders at each.
  if (q.roles.length > 1 && !q.saidAsked && q.terms.length + q.hints.length === 0 && !/\b(?:said|say|says|saying|told|stated|remarks?|comments?|dit|d[ée]clar)/i.test(q.text)) return who(d, q);
  // What changed for an agreement: its dated steps, between the years asked if any.
  const agreement = q.agreements[0];
  const inRange = (f: Fact) => q.years.length < 2 || (Number(f.date!.value.slice(0, 4)) >= Math.min(...q.years) && Number(f.date!.value.slice(0, 4)) <= Math.max(...q.years));
  const steps = agreement ? facts.filter((f) => f.agreement === agreement && f.kind === 'step' && inRange(f)) : [];
  // A change needs a before and an after: steps in only one of the years asked compare nothing.
  const years = new Set(steps.map((f) => Number(f.date!.value.slice(0, 4))).filter((y) => q.years.includes(y)));
  if (steps.length > 0 && q.years.length >= 2 && years.size < 2) return notCovered(q, undefined, steps.slice(0, 3));
  if (steps.length > 0 && q.terms.length === 0) return answerOf({ kind: 'facts', facts: steps.map((f) => f.id) }, steps);
  return general(d, q);
}

/** The people a country sent, as a whole: "its ministers", "the line-up", "the delegation". */
const LINE_UP = /\b(?:ministers|line-?ups?|delegations?|team|ministres|d[ée]l[ée]gation|[ée]quipe)\b|閣僚|顔ぶれ|代表団/i;

/** Asks how far something had got by a time: "where had it got to by 2018", "what stage was it at in 2017". */
const PROGRESS = /\b(?:by|as of|at the time of|until|up to|before|prior to|going into|ahead of)\s+(?:the\s+)?(?:end of\s+)?(?:(?:19|20)\d\d|then|that (?:time|point))|\bat that point\b|\b(?:stage|progress|stood|stand|standing|got to|gotten|how far|status)\b|o[uù] en (?:[eé]tait|est)|[ée]tat d['’]avancement|[àa] quel stade|進捗|段階|どこまで/i;
/** Asks for its steps over time, whatever the time: "the ACSA timeline", "its history", "経緯", "historique". */
const HISTORY = /\b(?:time ?line|history|chronology|milestones|evolution|evolved)\b|経緯|歴史|推移|historique|chronologie|[ée]tapes|[ée]volution/i;
/** "By the 2018 meeting": a word of time before a meeting (the series' words come from data/series). */
const BY_MEETING = /\b(?:by|as of|at the time of|until|up to|before|prior to|going into|ahead of)\s+((?:\S+\s+){0,3}\S+)/gi;

/**
 * "In 2015 they agreed to talk about an ACSA: where had that got to by the 2018 meeting?": of the
 * agreement's dated steps, those up to the latest meeting or year named, oldest first; the last is
 * where it stood then.
 */
export function progress(d: Derived, q: Question): Finding | undefined {
  const { facts, meetings, yearOf } = d;
  const agreement = q.agreements[0];
  // "Was it signed by 2018?" is asked of one step: the signing answers, or says it was not reported.
  const byMeeting = [...q.text.matchAll(BY_MEETING)].some((m) => d.meetingSpoken.test(m[1]!));
  // "Before the 2018 meeting", "going into the talks": what it had reached before, not at, that time.
  const strictly = /\b(?:before|prior to|going into|ahead of|in the run-up to|avant)\b/i.test(q.text);
  // Asked yes or no ("did it produce results by 2015?"), its steps are no answer: another handler
  // decides. Asked whether it had got somewhere before a time, its steps before then answer.
  if ((q.yesNo && !strictly) || q.agreements.length !== 1 || !agreement || q.people.length > 0 || q.inForce || q.terms.some((t) => covers(new Set(['sign']), t)) || !(PROGRESS.test(q.text) || byMeeting || HISTORY.test(q.text))) return undefined;
  const named = meetingsNamed(d, q);
  // "By the 2016 meeting", of a year with none: no such meeting, said by the step after this one.
  if (byMeeting && named.length === 0) return undefined;
  const year = Math.max(...q.years, ...named.map(yearOf));
  // Its history, no time named: every step to the latest.
  const whole = !Number.isFinite(year) && HISTORY.test(q.text);
  if (!Number.isFinite(year) && !whole) return undefined;
  // The time named last: the latest meeting named, or the end of the latest year asked.
  const meeting = named.filter((m) => yearOf(m) === year).at(-1) ?? (q.years.includes(year) ? undefined : meetings.find((m) => yearOf(m) === year));
  const until = meeting ? meeting.date.value : whole ? '9999' : String(year);
  const upTo = (date: string) => {
    const n = Math.min(date.length, until.length);
    return strictly ? date.slice(0, n) < until.slice(0, n) : date.slice(0, n) <= until.slice(0, n);
  };
  const steps = facts.filter((f) => f.agreement === agreement && f.kind === 'step' && f.date && !f.planned && upTo(f.date.value)).sort((a, b) => compareKeys(a.date!.value, b.date!.value));
  if (steps.length === 0) {
    // "Before the 2015 meeting", where its first step was taken: the articles report none before.
    const first = facts.filter((f) => f.agreement === agreement && f.kind === 'step' && f.date).sort((a, b) => compareKeys(a.date!.value, b.date!.value))[0];
    return strictly && first ? { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-step-before', agreement, ...(meeting ? { meeting: meeting.id } : { year }) }, related: [first] } : undefined;
  }
  return answerOf({ kind: 'progress', agreement, ...(meeting ? { meeting: meeting.id } : whole ? {} : { year }), step: steps.at(-1)!.id, ...(strictly ? { before: true } : {}) }, [...steps].reverse());
}
