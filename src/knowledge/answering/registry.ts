// Which handler answers a question: the steps tried in order, then one handler per intent. Then
// the checks on the result: an unsure miss for everyday words, and a plan asked of as held.
import { EN_MONTHS, EVENT_STEMS, PRESENCE_STEMS, type Question } from '../question.js';
import { ORDINAL_WORDS } from '../documents.js';
import { meetingsOfOffice, rolesOf } from '../offices.js';
import type { Finding, MeetingsCheck } from '../answer.js';
import type { Fact } from '../facts.js';
import { aboutWord, ATTENDING, answerOf, DONE_BEFORE, looksAhead, supportOf } from './shared.js';
import { covers, stem, stemsOf, type Term, wordsOf } from '../words.js';
import type { Person } from '../schema.js';
import { escapeRegExp } from '../text.js';
import { seriesWordsPattern } from '../series.js';
import { weekdayOf } from '../time.js';
import type { Derived } from './derived.js';
import { atEvery, said, who, counterparts, presence, latestHolder, officeHolder, officeHolders, officeChange, succession, personRoles } from './people.js';
import { compare, countOrList, discussedAt, interval, order, progress, when } from './dates.js';
import { everBefore, general, speaker, where } from './passages.js';
import { photoPlaces } from './photo.js';

/** A handler: a pure function from the question and the derived knowledge to a finding. */
export type Handler = (d: Derived, q: Question) => Finding;
/** A step tried before the intent's handler: a finding, or undefined to pass the question on. */
type Step = (d: Derived, q: Question) => Finding | undefined;

/** "What is a <series>?": the passages that say what a meeting of the series is. */
const seriesQuestion: Step = ({ facts, seriesAsked }, q) => {
  const asked = seriesAsked.find((s) => s.pattern.test(q.text));
  if (!asked || q.terms.length > 0 || q.years.length > 0 || q.ordinals.length > 0) return undefined;
  const said = new Set(asked.series.evidence.map((e) => e.text));
  const described = facts.filter((f) => f.kind === 'meeting' && f.evidence.some((e) => said.has(e.text)));
  return described.length > 0 ? answerOf({ kind: 'series', series: asked.series.id }, described) : undefined;
};

/** A question asking of what is to come: "will", "next", "to be held", "予定", "prochain". */
const AHEAD_ASKED = /\b(?:will|going to|to be held|next|upcoming|planned|scheduled)\b|予定|\b(?:sera|aura lieu|prochain)\b/i;

/**
 * "The fifth meeting was in 2011, wasn't it? When was it really?": a meeting named by its number,
 * with a year it was not held in. No: it was held when the articles say.
 */
const yearPremise: Step = ({ meetings, factById, meetingSpoken, yearOf }, q) => {
  if (q.years.length !== 1 || q.ordinals.length !== 1 || q.after || q.span || q.people.length + q.agreements.length + q.terms.length > 0 || !meetingSpoken.test(q.text)) return undefined;
  if (!(q.yesNo || q.intent === 'when')) return undefined;
  const m = meetings.find((x) => x.number?.value === q.ordinals[0]);
  // "The sixth meeting was in 2009, wasn't it?": held another year; not "was the 2014 meeting the second?", a number claimed of a year's meeting.
  if (!m || yearOf(m) === q.years[0] || q.numberClaimed !== undefined) return undefined;
  // The meeting is the one named first: "was the January 2018 meeting the third?" claims a number of 2018's.
  const n = q.ordinals[0]!;
  const ordinalAt = q.text.search(new RegExp(`\\b(?:${[ORDINAL_WORDS[n], `${n}(?:st|nd|rd|th)`].filter((x) => x !== undefined).join('|')})\\b`, 'i'));
  const yearAt = q.text.indexOf(String(q.years[0]));
  if (ordinalAt < 0 || yearAt < ordinalAt) return undefined;
  // Said of it ("was in 2011", "held in March 2011"), not naming another meeting ("before the 2018 one").
  const next = /^\s*([\p{L}-]+)/u.exec(q.text.slice(yearAt + 4))?.[1] ?? '';
  if (!/\b(?:in|en|of|during|dans)\s+(?:\p{L}+\s+)?$/iu.test(q.text.slice(0, yearAt)) || ['one', 'ones'].includes(next.toLowerCase()) || meetingSpoken.test(next)) return undefined;
  return answerOf({ kind: 'date-check', meeting: m.id, matches: false }, [factById.get(`${m.id}:meeting`)!]);
};

/** A year or ordinal that names no meeting of the records. */
const unknownMeeting: Step = ({ facts, meetingSpoken, seriesNamed, uncoveredBy, missingMeeting }, q) => {
  const missing = missingMeeting(q);
  // A year that bounds a time ("until 2016", "since 2016") names no meeting of its own.
  if (!missing || q.after || q.span) return undefined;
  // A meeting no record holds may still be spoken of ("the ninth meeting will be held in Tokyo"):
  // the passages that name it by its number or year and speak of a meeting.
  const n = missing.startsWith('#') ? Number(missing.slice(1)) : undefined;
  const named = n !== undefined ? [ORDINAL_WORDS[n], `${n}th`, `${n}st`, `${n}nd`, `${n}rd`].filter((w): w is string => w !== undefined) : [missing];
  const spoken = facts.filter((f) => f.kind === 'passage' && named.some((w) => f.stems.has(w)) && meetingSpoken.test(f.summary));
  const answering = spoken.filter((f) => uncoveredBy(q.terms, [f]).length === 0);
  // Asked what is to come ("where will the ninth be held"), they answer; asked of one as held, the
  // sources have no such meeting, and they are what is close.
  const ahead = AHEAD_ASKED.test(q.text);
  if (answering.length > 0 && ahead) return answerOf({ kind: 'facts', facts: answering.slice(0, 2).map((f) => f.id) }, answering.slice(0, 2));
  // A word typed just before the series' name that no passage on the number holds (another
  // pair of countries than the series') names another series: not this one's missing meeting, and
  // nothing found of it either (an unsure miss).
  const seriesAt = q.text.search(seriesNamed);
  const before = seriesAt > 0 ? q.text.slice(Math.max(0, seriesAt - 24), seriesAt).toLowerCase() : '';
  if (answering.length === 0 && q.terms.some((t) => before.includes(t.text))) return { kind: 'not-covered', unmentioned: [], uncovered: q.terms.map((t) => t.text), related: spoken.slice(0, 2) };
  return { kind: 'no-such-meeting', asked: missing, ...(spoken.length > 0 ? { related: spoken.slice(0, 2) } : {}) };
};

/**
 * "Is the ACSA in force?", "いつ発効した": the steps that say it entered into force, or, where none
 * does, that no article says so, with its status as of the latest source.
 */
const inForce: Step = ({ facts, factById }, q) => {
  const agreement = q.agreements[0];
  if (!agreement || !q.inForce) return undefined;
  // Said as done: not "will enter into force", "has yet to", "not in force".
  const done = (text: string) => /\b(?:in|into) force\b|\btook effect\b|\btakes effect\b/i.test(text) && !/\b(?:will|would|yet to|not|expected to|set to|due to|once)\b[^.;]*\b(?:force|effect)\b/i.test(text);
  const says = facts.filter((f) => f.agreement === agreement && f.kind === 'step' && !f.planned && f.evidence.some((e) => done(e.text)));
  if (says.length > 0) return answerOf({ kind: 'facts', facts: says.map((f) => f.id) }, says);
  return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'not-in-force', agreement }, related: [factById.get(`${agreement}:status`)!] };
};

/**
 * An office that one person held in the time asked stands for that person, whatever is asked of
 * them: "what did the French foreign minister say in 2018", "what did France's armed forces
 * minister list as her concerns". The office's passage is shown too.
 */
const throughOffice: Step = (d, q) => {
  // A verb of saying, typed as one, or read as the verb of the question that WordNet says is one ("how did he describe…").
  const asksSaid = /\b(?:say|said|says|told|quoted?|stated|remarks?)\b|言っ|発言|述べ/.test(q.text) || q.intent === 'said' || (q.intent !== 'count' && q.intent !== 'list' && q.hints.some((h) => d.reader.sayingVerb(h.text)));
  const holders = q.people.length === 0 && q.roles.length > 0 ? officeHolders(d, q) : [];
  // Held by several over the years, no time asked: what was said on it is whoever of them the articles quote on it, if one.
  if (holders.length > 1 && asksSaid && q.years.length + q.ordinals.length + q.places.length === 0) {
    // Said while they held it: in the years of the meetings the articles have them in it.
    const quoted = holders.map((h) => said(d, { ...q, people: [h.person], roles: [], intent: 'said', years: h.meetings.map((id) => d.yearOf(d.k.meetings.get(id)!)) })).filter((f) => f.kind === 'answer');
    if (quoted.length <= 1) return quoted[0];
    // Several of them: what each said while in it, the earliest first.
    const each = quoted.flatMap((f) => (f.statement.kind === 'quotes' ? f.facts : []));
    return each.length > 0 ? answerOf({ kind: 'quotes', quotes: each.map((f) => f.record!.id) }, each) : undefined;
  }
  const office = holders.length === 1 ? holders[0] : undefined;
  if (!office) return undefined;
  // "Which ministers went to see (called on) the Japanese PM before the talks": asked as of the person met.
  if (q.roleMet) {
    const met = core(d, { ...q, people: [office.person], roles: [], met: true, event: true, countries: q.countries.filter((c) => c !== office.country) });
    return met.kind === 'answer' ? met : undefined;
  }
  if (asksSaid) {
    // What the holder said then: the year asked, or the year of the meeting the ordinal or place named.
    const meeting = d.k.meetings.get(office.holder.meeting);
    const years = q.years.length > 0 ? q.years : q.ordinals.length + q.places.length > 0 && meeting ? [d.yearOf(meeting)] : [];
    const asOfThen = said(d, { ...q, people: [office.person], roles: [], intent: 'said', years, ordinals: [], places: [] });
    // A year typed is the time asked: what they said in another year, perhaps in another office, is no answer.
    return asOfThen.kind === 'answer' || years.length === 0 || q.years.length > 0 ? asOfThen : said(d, { ...q, people: [office.person], roles: [], intent: 'said', years: [], ordinals: [], places: [] });
  }
  if (q.terms.length === 0 || q.agreements.length > 0) return undefined;
  // The office's country is spent on finding the person: "France's" does not also ask for a passage about France.
  const found = core(d, { ...q, people: [office.person], roles: [], countries: q.countries.filter((c) => c !== office.country), intent: q.intent === 'who' ? 'what' : q.intent });
  return found.kind === 'answer' ? { ...found, facts: [...found.facts, d.roleFact(office.holder)] } : undefined;
};

/**
 * "The one who was defence minister in 2015: what was his job by 2018?": the office names one person
 * at the meeting named nearest it, and that person's offices at each meeting asked answer.
 */
const officeThenPerson: Step = ({ k, holdersAt, holderOf, roleFact, meetingsAsked }, q) => {
  const role = q.roles[0];
  if (!q.positionAsked || q.roles.length !== 1 || q.people.length > 0 || !role) return undefined;
  const asked = meetingsAsked(q);
  if (asked.length < 2) return undefined;
  const text = q.text.toLowerCase();
  const officeAt = Math.min(...(k.offices.get(role)?.words ?? []).map((w) => text.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(officeAt)) return undefined;
  const nearest = asked
    .map((m) => ({ m, at: text.indexOf(m.date.value.slice(0, 4)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => Math.abs(a.at - officeAt) - Math.abs(b.at - officeAt))[0]?.m;
  const country = q.roleCountry ?? (q.countries.length === 1 ? q.countries[0] : undefined);
  const held = nearest ? holdersAt(nearest.id, role, country) : [];
  if (held.length !== 1) return undefined;
  const p = k.people.get(held[0]!.person)!;
  // Oldest first, as rolesOf gives them.
  const holders = rolesOf(k, p)
    .filter((r) => asked.some((m) => m.id === r.meeting))
    .map((r) => holderOf(p.id, r.office, r.meeting));
  return holders.length >= 2 ? answerOf({ kind: 'person-roles', person: p.id, holders }, holders.map(roleFact)) : undefined;
};

/** "Which number was the 2018 one, and the Iikura one?": the meetings asked, named with their number. */
const meetingNumbers: Step = ({ k, factById, meetingsAsked }, q) => {
  if (!q.numberAsked) return undefined;
  const asked = [...new Set([...meetingsAsked(q), ...q.places.map((id) => k.meetings.get(id)!)])];
  if (asked.length === 0) return undefined;
  return answerOf({ kind: 'meetings', meetings: asked.map((m) => m.id), count: false }, asked.map((m) => factById.get(`${m.id}:meeting`)!));
};

/**
 * "The 2015 meeting was the first, right?": a meeting named by its year (or its city) and a number
 * of the series, asked yes or no: the number it was, and which meeting had the number asked.
 */
const numberPremise: Step = ({ k, meetings, yearOf, factById }, q) => {
  const asked = q.numberClaimed;
  // A month given too ("was the first held in June 2014?") is a claim about the date: the date step checks it.
  if (!q.yesNo || asked === undefined || q.numberAsked) return undefined;
  const byYear = meetings.filter((m) => q.years.includes(yearOf(m)));
  const named = q.years.length > 0 ? byYear : [...new Set(q.places)].map((id) => k.meetings.get(id)!);
  const m = named.length === 1 ? named[0]! : undefined;
  // Its own month only names it ("the January 2018 meeting was the first?"); another is a claim.
  if (q.months && !(m && m.date.precision !== 'year' && q.months.every((n) => Number(m.date.value.slice(5, 7)) === n))) return undefined;
  // "The first meeting was in Tokyo in 2014, right?": a place given too is not confirmed here.
  if (!m?.number || (q.places.length > 0 && !q.places.includes(m.id))) return undefined;
  const numbered = meetings.find((x) => x !== m && x.number?.value === asked && x.series === m.series);
  const fact = (id: string) => factById.get(`${id}:meeting`)!;
  return answerOf({ kind: 'number-check', meeting: m.id, asked, matches: m.number.value === asked, ...(numbered ? { numbered: numbered.id } : {}) }, [fact(m.id), ...(numbered ? [fact(numbered.id)] : [])]);
};

/** Of a meeting as such: a series' words or "meeting", and the general words "talks", "réunion", "会合". */
const MEETING_NOUNS = /\btalks\b|\br[ée]unions?\b|会合|会談|会議/i;

/**
 * "Was the first meeting held in June 2014?": a meeting named by its number or year, and a month,
 * asked yes or no: the date the articles give, and whether it is that month; if they give only the
 * year, they do not say.
 */
const datePremise: Step = ({ meetings, factById, meetingSpoken, meetingsAsked, notCovered }, q) => {
  // Of a meeting itself ("was the first meeting held in June 2014"), not of a drill in a month.
  // A place asked too ("held in Tokyo in January 2014") is checked where places are: not here.
  // A day of the week claimed beside the date ("on Friday 13 March") is checked with it.
  const terms = q.terms.filter((t) => t.text.toLowerCase() !== q.weekday?.toLowerCase());
  if (!q.yesNo || q.months?.length !== 1 || q.people.length > 0 || q.agreements.length > 0 || terms.length > 0 || !(meetingSpoken.test(q.text) || MEETING_NOUNS.test(q.text))) return undefined;
  const named = meetingsAsked(q);
  const m = named.length === 1 ? named[0]! : q.ordinals.length === 1 ? meetings.find((x) => x.number?.value === q.ordinals[0]) : undefined;
  // A place that names the same meeting ("the Kasumi Hall talks") only says which it is.
  if (!m || (q.places.length > 0 && !q.places.includes(m.id))) return undefined;
  const fact = factById.get(`${m.id}:meeting`)!;
  // A day of the month asked ("on 27 January 2018") is checked too, where the articles give one.
  const day = q.day;
  if (m.date.precision === 'year' || (day !== undefined && m.date.precision !== 'day')) return notCovered(q, { kind: 'no-day', meeting: m.id }, [fact]);
  const matches = Number(m.date.value.slice(5, 7)) === q.months[0] && q.years.every((y) => m.date.value.startsWith(String(y))) && (day === undefined || Number(m.date.value.slice(8, 10)) === day) && (q.weekday === undefined || weekdayOf(m.date) === q.weekday);
  const weekday = q.weekday ? weekdayOf(m.date) : undefined;
  return answerOf({ kind: 'date-check', meeting: m.id, matches, ...(weekday ? { weekday } : {}) }, [fact]);
};

/**
 * "Did the 2015 meeting take place on a Saturday?": yes or no, by the meeting's day of the week
 * where its date or its report gives one; none given, the articles do not say.
 */
const weekdayPremise: Step = ({ meetings, factById, meetingSpoken, meetingsAsked, notCovered }, q) => {
  // Yes or no in Japanese too: "…ましたか？" with no word that asks what, when, where or who.
  const yesNo = q.yesNo || (/か[？?]?\s*$/.test(q.text) && !/何|いつ|どこ|誰|だれ|どの|なぜ|どう/.test(q.text));
  // Of a meeting named as one ("did they meet on Saturday" may be of the pairs who were to meet that day).
  const ofMeeting = meetingSpoken.test(q.text) || MEETING_NOUNS.test(q.text);
  const others = q.terms.filter((t) => t.text.toLowerCase() !== q.weekday?.toLowerCase());
  if (!yesNo || !q.weekday || q.months || q.people.length + q.agreements.length + others.length + q.places.length > 0 || !ofMeeting) return undefined;
  const named = meetingsAsked(q);
  const m = named.length === 1 ? named[0]! : q.ordinals.length === 1 ? meetings.find((x) => x.number?.value === q.ordinals[0]) : undefined;
  if (!m) return undefined;
  const fact = factById.get(`${m.id}:meeting`)!;
  const weekday = weekdayOf(m.date);
  if (!weekday) return notCovered(q, { kind: 'no-day', meeting: m.id }, [fact]);
  return answerOf({ kind: 'date-check', meeting: m.id, matches: weekday === q.weekday, weekday }, [fact]);
};

/** "Who is Japan's foreign minister now", "according to the latest article": the office's last holder the articles name. */
const latestOfOffice: Step = (d, q) =>
  q.roles.length > 0 && q.people.length === 0 && q.years.length === 0 && q.ordinals.length === 0 && q.places.length === 0 && (q.after || /\b(?:latest|most recent|newest)\b|最新|現在|dernier|derni[eè]re|r[ée]cent/i.test(q.text))
    ? latestHolder(d, q)
    : undefined;

/** "Did the office change hands", "how long between two meetings", asked as when, what or who. */
const changeOrInterval: Step = (d, q) => {
  if (q.intent !== 'when' && q.intent !== 'what' && q.intent !== 'who') return undefined;
  const change = /\b(?:change[ds]?|same|still|replaced?|different)\b|変わ|交代|changé|même/.test(q.text) ? officeChange(d, q) : undefined;
  return change ?? interval(d, q);
};

/**
 * "Both meetings were on the same weekday: which?", "where were the two meetings held?", "were both
 * in Tokyo?": each meeting the articles report (not one they only mention), with its date and place,
 * and its day of the week where that is asked and they give it.
 */
const eachMeeting: Step = ({ meetings, factById }, q) => {
  const asks = (q.dayAsked && !q.dateAsked) || q.intent === 'where' || q.intent === 'when' || (q.yesNo && (q.places.length > 0 || q.weekday !== undefined));
  const terms = q.terms.filter((t) => t.text.toLowerCase() !== q.weekday?.toLowerCase());
  if (!asks || !q.acrossMeetings || q.people.length + q.agreements.length + q.years.length + q.ordinals.length + terms.length > 0) return undefined;
  const reported = meetings.filter((m) => m.participants.length > 0);
  if (reported.length < 2) return undefined;
  // "Were both held at Iikura?", "were they on the same weekday?", "both on a Friday?": yes or no, where the articles say for each.
  let check: MeetingsCheck | undefined;
  if (q.yesNo && (q.dayAsked || q.weekday)) {
    const days = reported.map((m) => weekdayOf(m.date));
    const weekday = q.weekday ?? days[0];
    if (weekday && days.every((x) => x !== undefined)) check = { kind: 'weekday', yes: days.every((x) => x === weekday), none: !days.some((x) => x === weekday), weekday };
  } else if (q.yesNo && q.places.length > 0) {
    const there = reported.filter((m) => q.places.includes(m.id)).map((m) => m.id);
    check = { kind: 'place', yes: there.length === reported.length, there };
  }
  return answerOf({ kind: 'meetings', meetings: reported.map((m) => m.id), count: false, asked: true, ...(q.dayAsked || q.weekday ? { weekdays: true } : {}), ...(check ? { check } : {}) }, reported.map((m) => factById.get(`${m.id}:meeting`)!));
};

/**
 * "Anything scheduled for the day after the 2018 talks?": what the articles date on the day next to
 * the meeting asked (a meeting dated to the day); none dated so, they are not found to say.
 */
const dayNextTo: Step = ({ facts, factById, meetingsAsked, notCovered }, q) => {
  if (!q.dayShift) return undefined;
  const named = meetingsAsked(q);
  const m = named.length === 1 ? named[0]! : undefined;
  if (!m) return undefined;
  const fact = factById.get(`${m.id}:meeting`)!;
  if (m.date.precision !== 'day') return notCovered(q, { kind: 'no-day', meeting: m.id }, [fact]);
  const next = new Date(`${m.date.value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + q.dayShift);
  const day = next.toISOString().slice(0, 10);
  // Of someone named, what the articles date that day of them.
  const dated = facts.filter((f) => f.meeting === m.id && f.date?.value === day && q.people.every((p) => f.people.includes(p)));
  if (dated.length > 0) return answerOf({ kind: 'facts', facts: dated.map((f) => f.id) }, dated);
  return notCovered(q, undefined, [fact]);
};

/** "When was he defence minister?": the meetings at which the articles name him in that office. */
const whenInOffice: Step = (d, q) =>
  q.intent === 'when' && q.people.length === 1 && q.roles.length === 1 && q.years.length + q.ordinals.length + q.places.length + q.agreements.length + q.terms.length === 0 && !q.yesNo
    ? personRoles(d, q, d.k.people.get(q.people[0]!)!)
    : undefined;

/**
 * A meeting named by what happened there: "the meeting where the equipment pact was signed", "the
 * ones where they agreed on the framework", "the one she attended". The clause's agreement step
 * or attendee gives the meeting, and the question is asked again of that meeting's year, without the clause.
 */
const meetingByClause: Step = (d, q) => {
  if (q.years.length + q.ordinals.length > 0 || q.agreements.length + q.people.length === 0) return undefined;
  const meetingWords = `meetings?|talks|sessions?|rounds?|ones?|${seriesWordsPattern(d.k.series.values())}`;
  // The relative word and its clause (replaced by the meeting's year), and the clause alone.
  const found =
    new RegExp(`\\b(?:${meetingWords})\\s+((?:where|at which|in which|during which|when|that|which)\\s+([^,?;]+?))(?=\\s+[-–—]\\s+|[,?;]|$)`, 'i').exec(q.text) ??
    /\b(?:ones?|meetings?|talks)\s+((?:that\s+|which\s+)?((?:[\p{L}'’-]+\s+){1,2}(?:attended|was at|went to|joined|took part in)))/iu.exec(q.text) ??
    // An office asked at the time of a step ("the foreign minister when the framework was agreed"): that step's meeting.
    (q.intent === 'who' && q.roles.length > 0 ? /\b(when\s+([^,?;]+?))(?=\s+[-–—]\s+|[,?;]|$)/i.exec(q.text) : null);
  if (!found) return undefined;
  const clause = found[2]!;
  const words = new Set(wordsOf(clause));
  const stems = new Set([...words].map(stem));
  const inClause = (text: string) => wordsOf(text).every((w) => words.has(w));
  const named = (id: string) => (d.aliasStems.get(id) ?? []).some((alt) => alt.length > 0 && alt.every((x) => stems.has(x)));
  const agreements = q.agreements.filter((id, i) => (q.agreementTerms[i] !== undefined && inClause(q.agreementTerms[i]!.text)) || named(id));
  const people = q.people.filter(named);
  let meetings: string[] = [];
  if (agreements.length === 1 && people.length === 0) {
    // The agreement's steps and outcomes at a meeting, by how much of the clause they say beyond the
    // shortest of its names the clause holds ("the ACSA framework": the framework, its 2018 step).
    const shortest = (d.aliasStems.get(agreements[0]!) ?? []).filter((alt) => alt.length > 0 && alt.every((x) => stems.has(x))).sort((a, b) => a.length - b.length)[0] ?? [];
    const own = new Set(shortest);
    // Beyond the countries' and the series' own words (data/countries, data/series) and grammar.
    const framing = new Set([...CLAUSE_GRAMMAR, ...[...d.countryStems.values()].flat(), ...[...d.k.series.values()].flatMap((x) => x.words.flatMap(stemsOf))]);
    const said = [...stems].filter((x) => !own.has(x) && !framing.has(x));
    const at = d.facts.filter((f) => f.agreement === agreements[0] && f.meeting && (f.kind === 'step' || f.kind === 'outcome') && !f.planned);
    const score = (f: Fact) => said.filter((x) => f.summaryStems.has(x) || f.evidenceStems.has(x)).length;
    const best = Math.max(0, ...at.map(score));
    meetings = best > 0 ? [...new Set(at.filter((f) => score(f) === best).map((f) => f.meeting!))] : [];
  } else if (people.length > 0 && agreements.length === 0 && ATTENDING.test(clause)) {
    // Only a clause of attendance: "the talks she explained" are not a meeting.
    meetings = d.meetings.filter((m) => people.every((id) => d.attended(m, id))).map((m) => m.id);
  }
  if (meetings.length !== 1) return undefined;
  // Asked again, the clause replaced by the meeting's year: its own question word reads it ("what was agreed at the talks in 2018").
  const year = d.yearOf(d.k.meetings.get(meetings[0]!)!);
  const again = core(d, d.reader.read(`${q.text.slice(0, found.index + found[0].length - found[1]!.length)}in ${year}${q.text.slice(found.index + found[0].length)}`));
  // An answer, or what the articles lack of that meeting ("they do not name who attended").
  return again.kind === 'answer' || (again.kind === 'not-covered' && again.gap) ? again : undefined;
};

/** Words of a clause that say nothing of which step it was: "they", "got", "the", "ministers". */
const CLAUSE_GRAMMAR = ['they', 'the', 'a', 'an', 'got', 'get', 'was', 'were', 'be', 'been', 'it', 'that', 'on', 'of', 'and', 'minist'];

/**
 * "Since when has she been foreign minister?", "depuis quand", "いつから": the start of her span in
 * that office (of the person named, or the office's holder at the meeting named), as the articles give it.
 */
const sinceWhen: Step = (d, q) => {
  if (!/\bsince when\b|\bdepuis quand\b|いつから/i.test(q.text) || q.roles.length !== 1) return undefined;
  const id = q.people.length === 1 ? q.people[0]! : q.people.length === 0 ? officeHolder(d, q)?.person : undefined;
  const p = id ? d.k.people.get(id) : undefined;
  const i = p ? p.offices.findIndex((o) => d.roleKindOf(o.title) === q.roles[0]) : -1;
  if (!p || i < 0) return undefined;
  return inOfficeSince(d, p, i);
};

/** The start of one of someone's office spans, with the fact that holds the span's passages. */
function inOfficeSince(d: Derived, p: Person, i: number): Finding {
  const o = p.offices[i]!;
  const fact = d.factById.get(`${p.id}:office:${i}`) ?? d.roleFactAt(p.id, meetingsOfOffice(d.k, p, o)[0]?.id ?? '');
  return answerOf({ kind: 'in-office-since', held: { person: p.id, title: o.title, country: o.country, date: o.from } }, fact ? [fact] : []);
}

/**
 * "Who became defence minister when she moved to the Foreign Ministry?": the clause dates the
 * question by the start of that person's span in the clause's office; who held the office asked
 * from then (a span beginning that day first) answers, with the start the articles give.
 */
const atOfficeChange: Step = (d, q) => {
  const at = q.text.search(/\bwhen\b/i);
  if (at <= 0 || q.intent !== 'who' || q.people.length !== 1 || q.roles.length !== 2 || q.years.length + q.ordinals.length + q.places.length > 0) return undefined;
  const clause = q.text.slice(at);
  // A change of office ("moved to", "became", "took over"), not a time she held one ("when she was minister").
  if (!/\b(?:moved|moves|became|becomes|took over|takes over|took office|was appointed|was named|switched|joined|left)\b/i.test(clause)) return undefined;
  const p = d.k.people.get(q.people[0]!)!;
  // The office the clause speaks of: the one of the two its words name.
  const clauseRole = q.roles.find((r) => (d.k.offices.get(r)?.words ?? []).some((w) => new RegExp(`\\b${escapeRegExp(w).replace(/ /g, '\\s+')}`, 'i').test(clause)));
  const asked = q.roles.find((r) => r !== clauseRole);
  const moved = clauseRole ? p.offices.find((o) => d.roleKindOf(o.title) === clauseRole) : undefined;
  if (!moved || !asked) return undefined;
  const day = moved.from.value;
  const spans = [...d.k.people.values()].flatMap((x) => (x.id === p.id ? [] : x.offices.filter((o) => o.country === moved.country && d.roleKindOf(o.title) === asked).map((o) => ({ x, o }))));
  const held = spans.filter(({ o }) => o.from.value <= day && day <= (o.to ?? o.from).value).sort((a, b) => Number(b.o.from.value === day) - Number(a.o.from.value === day));
  // Else the one an article says took that office over from her.
  const pick = held[0] ?? spans.find(({ o }) => o.succeeded === p.id);
  if (!pick) return undefined;
  return inOfficeSince(d, pick.x, pick.x.offices.indexOf(pick.o));
};

/**
 * "What did Sato mean by the 'open seas' line?", "who said she was 'glad'?": words quoted back from
 * a quote in the articles pick that quote (of the person named, at the meeting or year asked).
 */
const quotedBack: Step = ({ k, facts, yearOf }, q) => {
  // Asked who said it, what was said, or what someone meant by it: not what a quoted name is ("what is the 'ACSA'").
  const asksQuote = q.intent === 'said' || q.intent === 'speaker' || (q.intent === 'what' && q.people.length > 0);
  if (!q.quoted || !asksQuote || q.roles.length > 0) return undefined;
  // Words, not a name: two or more, and not all of them the name of an agreement or a person.
  const isName = (words: string[]) => [...k.agreements.values()].some((a) => [a.name, ...a.aliases].some((x) => wordsOf(x).join(' ') === words.join(' '))) || [...k.people.values()].some((p) => wordsOf(p.name).join(' ') === words.join(' '));
  const quoted = q.quoted.map(wordsOf).filter((words) => words.length >= 2 && !isName(words));
  if (quoted.length === 0) return undefined;
  // Word for word in a passage; its stems first, which the fact already holds.
  const holds = (f: Fact) => quoted.some((words) => words.every((w) => f.evidenceStems.has(stem(w))) && f.evidence.some((e) => ` ${wordsOf(e.text).join(' ')} `.includes(` ${words.join(' ')} `)));
  const m = (f: Fact) => (f.meeting ? k.meetings.get(f.meeting) : undefined);
  const inYear = (f: Fact) => q.years.length === 0 || (m(f) !== undefined && q.years.includes(yearOf(m(f)!)));
  const anyone = facts.filter((f) => f.kind === 'quote' && inYear(f) && holds(f));
  const quotes = q.people.length === 0 ? anyone : anyone.filter((f) => q.people.some((p) => f.people.includes(p)));
  // Said by someone else than the one named ("Mori said 'I'm glad…', right?"): whose words they are.
  if (q.people.length === 1 && quotes.length === 0 && anyone.length > 0 && new Set(anyone.map((f) => f.people[0])).size === 1) {
    return answerOf({ kind: 'speaker', quote: anyone[0]!.record!.id, claimed: q.people[0]! }, [anyone[0]!]);
  }
  // Quoted loosely ("I am glad that…" for "I'm glad that…"): nearly all its longer words in one
  // speaker's quote, and few of them in any quote of the one named.
  if (q.people.length === 1 && anyone.length === 0) {
    const longer = quoted.map((words) => words.filter((w) => w.length > 3).map(stem)).filter((x) => x.length >= 4);
    const share = (f: Fact) => Math.max(0, ...longer.map((x) => x.filter((w) => f.evidenceStems.has(w)).length / x.length));
    const all = facts.filter((f) => f.kind === 'quote' && inYear(f));
    const close = all.filter((f) => share(f) >= 0.8);
    const named = all.filter((f) => f.people.includes(q.people[0]!));
    if (longer.length > 0 && close.length > 0 && new Set(close.map((f) => f.people[0])).size === 1 && !close[0]!.people.includes(q.people[0]!) && named.every((f) => share(f) < 0.5)) {
      return answerOf({ kind: 'speaker', quote: close[0]!.record!.id, claimed: q.people[0]! }, [close[0]!]);
    }
  }
  // Of no one named, one quote: whose it is; several of different people name no one.
  if (quotes.length === 0 || quotes.length > 3 || (q.people.length === 0 && quotes.length > 1)) return undefined;
  if (q.people.length === 0) return answerOf({ kind: 'speaker', quote: quotes[0]!.record!.id }, quotes);
  return answerOf({ kind: 'quotes', quotes: quotes.map((f) => f.record!.id) }, quotes);
};

/** A verb of meeting someone (not the noun "meeting"): met, saw, called on, was received by. */
// Not "visit": one visits a country as well as a person ("will Abe visit France?").
const MEETING_SOMEONE = /\b(?:meet|meets|met|see|saw|seen|call(?:ed)? on|received|greet(?:ed)?|rencontr[ée](?:e|s|es)?|re[çc]u(?:e|s|es)?)(?!\p{L})|会っ|会い|面会|表敬/iu;
/** Beside a meeting in time: before or after it, not at it. */
const BESIDE_IN_TIME = /\b(?:before|ahead|prior|after|afterwards|avant|apr[eè]s)\b|前|後/i;

/**
 * "Who did the French ministers meet before the 2018 talks?", "did they see the prime minister?":
 * someone met beside a meeting (a call on a head of government), from the meeting's side events
 * that name both the people asked about and someone else. Of a meeting with no such side event, a
 * person asked about whom the articles place neither at it nor beside it was not met there.
 */
const metBeside: Step = (d, q) => {
  if (!MEETING_SOMEONE.test(q.text) || q.agreements.length > 0) return undefined;
  const asked = d.meetingsAsked(q);
  if (asked.length !== 1) return undefined;
  const m = asked[0]!;
  const ofCountry = q.countries.length === 1 ? m.participants.map((x) => x.person).filter((id) => d.roleAt(id, m.id)?.country === q.countries[0]) : [];
  const subject = q.people.length > 0 ? q.people : ofCountry;
  if (subject.length === 0) return undefined;
  // Asked of a time beside the meeting, or of someone not at it: the others at the talks are no answer.
  if (!BESIDE_IN_TIME.test(q.text) && q.people.every((p) => d.attended(m, p))) return undefined;
  // Of one person asked, those with them and someone else; of several, those with every one of them
  // ("did Sato and Mori meet Dumont in 2018?"; not Sato meeting Dumont for "did Sato meet Mori?").
  const held = (e: (typeof m.sideEvents)[number]) => (q.people.length >= 2 ? q.people.every((p) => (e.people ?? []).includes(p)) : (e.people ?? []).some((p) => subject.includes(p)) && (e.people ?? []).some((p) => !subject.includes(p)));
  const beside = m.sideEvents.flatMap((e, i) => (e.status === 'held' && held(e) ? [d.factById.get(`${m.id}:side:${i}`)!] : []));
  if (beside.length > 0) return answerOf({ kind: 'facts', facts: beside.map((f) => f.id) }, beside);
  // "Did they meet the prime minister at the 2015 talks?": named at neither, met at neither.
  const absent = q.people.filter((p) => !d.attended(m, p));
  if (absent.length === 0) return undefined;
  const elsewhere = d.meetings.flatMap((x) => absent.flatMap((p) => d.heldBeside(x, p)));
  return { kind: 'not-covered', unmentioned: [], uncovered: [], related: elsewhere.slice(0, 3) };
};

/** Tried in order, before the intent's handler: the first finding stands. */
const STEPS: Step[] = [
  photoPlaces,
  quotedBack,
  seriesQuestion,
  meetingByClause,
  // Before a year with no meeting is "no such meeting": "where had it got to by 2016".
  progress,
  yearPremise,
  unknownMeeting,
  eachMeeting,
  dayNextTo,
  inForce,
  succession,
  sinceWhen,
  atOfficeChange,
  whenInOffice,
  // "Who was her counterpart?"; not "what did he brief his counterparts on regarding X", which asks X.
  (d, q) => (q.counterpart && q.people.length === 1 && q.terms.length === 0 ? counterparts(d, q) : undefined),
  metBeside,
  (d, q) => (q.presence ? presence(d, q) : undefined),
  datePremise,
  weekdayPremise,
  numberPremise,
  meetingNumbers,
  officeThenPerson,
  throughOffice,
  // "What did she brief them on": what she said on it, where the articles quote her on it; else the intent's handler.
  (d, q) => {
    const found = q.saidAsked ? said(d, { ...q, intent: 'said' }) : undefined;
    return found?.kind === 'answer' ? found : undefined;
  },
  latestOfOffice,
  (d, q) => {
    if (!q.acrossMeetings || q.people.length > 0 || q.roles.length > 0) return undefined;
    // "At which meeting did they agree to start negotiating it?": when that step was taken, at its meeting.
    const step = /\b(?:agree[ds]?|sign(?:ed)?|decided?|launch(?:ed)?|start(?:ed)?|beg[aiu]n|conclude[ds]?|pledged?)\b/i.test(q.text);
    const taken = step && q.agreements.length === 1 && q.intent === 'what' ? when(d, { ...q, intent: 'when' }) : undefined;
    // Where two reports put it at different meetings, both; else the meetings that speak of it, by name.
    return taken?.kind === 'answer' && taken.statement.kind === 'facts' && taken.statement.reportsDiffer ? taken : discussedAt(d, q);
  },
  order,
  // "Which minister was at both, and did his title change": the offices at each meeting answer both.
  (d, q) => (q.intent === 'compare' ? atEvery(d, q) : undefined),
  changeOrInterval,
];

/** What, about an office, is who held it; what its holders decided ("what did the defence ministers agree") is what the meeting did. */
const whatOrWho: Handler = (d, q) => (q.roles.length === 0 ? general(d, q) : q.intent === 'what' ? general(d, { ...q, roles: [] }) : who(d, q));

/** One handler per intent. */
const BY_INTENT: Record<Question['intent'], Handler> = {
  said: (d, q) => (q.people.length > 0 ? said(d, q) : general(d, q)),
  speaker,
  who,
  when,
  where,
  count: countOrList,
  list: countOrList,
  compare,
  status: whatOrWho,
  covers: whatOrWho,
  what: whatOrWho,
};

/** The finding for a read question: the first step that finds one, else the intent's handler. */
export function core(d: Derived, q: Question): Finding {
  for (const step of STEPS) {
    const found = step(d, q);
    if (found) return found;
  }
  return BY_INTENT[q.intent](d, q);
}

/**
 * "Never mentioned" resting on everyday words alone ("which ploy", "what conflict") in a question
 * that asks more: the word may be the asker's for what the articles say otherwise, so they are
 * not called silent. An unsure miss instead, naming the word, with what says the rest as closest.
 * A name or a code no article uses ("F-35") stays a confident "not covered", and so does a
 * question with nothing else in it ("the capital of France").
 */
export function doubtful(d: Derived, q: Question, f: Extract<Finding, { kind: 'not-covered' }>): Finding {
  const { uncoveredBy } = d;
  // "The articles do not quote her on this" rests on the same words.
  if ((f.gap && f.gap.kind !== 'not-quoted-on') || f.unmentioned.length === 0) return f;
  const absent = q.terms.filter((t) => f.unmentioned.includes(t.text));
  // An everyday word for an act or an idea may be put otherwise anywhere. One for a thing: where it
  // only says which kind of a thing the articles do speak of ("the island dispute"), or where the
  // question names someone or an agreement and the word is not what is asked for or about ("the
  // Vendemiaire's home port", not "which submarine", "say about tariffs").
  // Named: an agreement by a name the records write with a capital ("Vendemiaire", "ACSA"), not by a
  // word it is about ("nuclear").
  // Or a meeting, or a name or word of the articles that is no everyday word ("the Islamic State angle").
  const named =
    q.people.length > 0 ||
    q.places.length + q.years.length + q.ordinals.length > 0 ||
    q.terms.some((t) => !absent.includes(t) && !t.common) ||
    q.agreementTerms.some((t) => q.agreements.some((id) => d.k.agreements.get(id)!.aliases.some((x) => /^\p{Lu}/u.test(x) && stemsOf(x).join(' ') === t.alternatives[0]!.join(' '))));
  const modifies = (t: Term) => {
    const next = q.terms[q.terms.indexOf(t) + 1];
    return next !== undefined && !absent.includes(next) && !next.common && new RegExp(`\\b${escapeRegExp(t.text)}\\s+${escapeRegExp(next.text)}\\b`, 'i').test(q.text);
  };
  if (absent.length !== f.unmentioned.length || !absent.every((t) => t.everyday || (t.common && ((!t.subject && named) || modifies(t))))) return f;
  const rest = q.terms.filter((t) => !absent.includes(t));
  if (rest.length + q.people.length + q.agreements.length === 0) return f;
  const without = rest.length > 0 ? general(d, { ...q, terms: rest }) : undefined;
  const saying = without?.kind === 'answer' && uncoveredBy(rest, without.facts).length === 0 ? without.facts.slice(0, 3) : f.related;
  return { kind: 'not-covered', unmentioned: [], uncovered: [], absent: absent.map((t) => t.text), related: saying };
}

/**
 * An unsure miss on everyday words for acts or ideas ("credentials", "agenda"), other than the thing
 * asked for, in a question that names whom or what it is about (a person, an agreement) and whose other words one answer covers
 * whole: that answer, saying which words it does not rest on. A word for a thing never stands aside.
 */
function restingOnTheRest(d: Derived, q: Question, absentWords: string[]): { answer: Extract<Finding, { kind: 'answer' }>; absent: string[] } | undefined {
  const absent = q.terms.filter((t) => absentWords.includes(t.text));
  // Not the thing asked for ("what criticism did he voice"): a passage on the rest need not be one.
  // Nor asked yes or no, or typed in quotation marks ("did he call it a 'military alliance'"): the word is what is asked.
  const quoted = new Set((q.quoted ?? []).flatMap((x) => wordsOf(x)));
  // Only a word of what was said about ("told the French about Japan's legislative agenda"): where
  // the word is what is asked of the thing named ("the RAA's controversy"), nothing on the rest is it.
  const about = (t: Term) => aboutWord(q.text, t);
  if (q.yesNo || absent.length === 0 || !absent.every((t) => t.everyday && about(t) && !t.askedFor && !quoted.has(t.text)) || q.people.length + q.agreements.length === 0) return undefined;
  const rest = { ...q, terms: q.terms.filter((t) => !absent.includes(t)) };
  const found = core(d, rest);
  if (found.kind !== 'answer' || found.facts.length === 0 || d.uncoveredBy(rest.terms, found.facts).length > 0) return undefined;
  return { answer: found, absent: absentWords };
}

/** A question that asks what, who, when, where, which, how or why, not only whether. */
const WH_ASKED = /(?<![\p{L}])(?:what|who|whom|which|when|where|how|why|quel|quelle|quels|quelles|qui|quoi|quand|o[uù]|comment|pourquoi|combien)(?![\p{L}])|何|誰|いつ|どこ|どの|なぜ|どう/iu;
/** Words a list item may have beside its choice ("the", "and"). */
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'le', 'la', 'les', 'et', 'ou', 'de']);
/** Choices offered ("which of these", "(a) … (b) …", "a) … b) …", "true or false"): each is checked, as a claim is. */
const CHOICES = /\bwhich of (?:these|the following)\b|\(\s*[b-e]\s*\)|(?<=\s)[b-e]\)\s|\btrue or false\b|\blequel(?:le)?s? de ces\b|次のうち/i;
/** What parts a list's items: commas, "and", "or", "(b)". */
const LIST_SEPARATOR = /\s*(?:[,;/]|\b(?:and|or|et|ou)\b|\(\s*[a-e]\s*\)|(?<=^|\s)[a-e]\)(?=\s))\s*/i;

/**
 * A claim checked, or choices offered, with things the articles never mention ("the frigate was a
 * destroyer out of Lyon, wasn't it?", "which of these: (a) X (b) Y"): where each is an alternative
 * to what a passage says, that passage answers, and the reply says the articles never mention them.
 * An alternative is a thing of the same kind as one the passage names (WordNet's: "destroyer" and
 * "frigate" are warships, "Tahiti" and "Guam" islands), or an item listed beside a choice the
 * passage names. A thing of no such kind ("F-35", "Peru" beside France) stays "never mentioned".
 */
function premiseAlternatives(d: Derived, q: Question, f: Extract<Finding, { kind: 'not-covered' }>): { answer: Extract<Finding, { kind: 'answer' }>; absent: string[] } | undefined {
  if (!(q.yesNo || CHOICES.test(q.text)) || f.gap !== undefined) return undefined;
  const unmentioned = q.terms.filter((t) => f.unmentioned.includes(t.text));
  if (unmentioned.length === 0 || unmentioned.length !== f.unmentioned.length) return undefined;
  // A name of several words is one thing ("South Africa"): the words capitalised before the absent one go with it.
  const tokens = q.text.split(/[^\p{L}\p{N}'’.-]+/u).filter((x) => x !== '');
  const names = unmentioned.map((t) => {
    const at = tokens.findIndex((x) => wordsOf(x).join(' ') === t.text);
    const before: string[] = [];
    // Capitalised as typed, it and each word before it (two at most), with no comma between.
    if (at >= 0 && /^\p{Lu}/u.test(tokens[at]!)) {
      for (let j = at - 1; j >= Math.max(0, at - 2) && /^\p{Lu}/u.test(tokens[j]!) && q.terms.some((x) => x.text === wordsOf(tokens[j]!).join(' ')) && !new RegExp(`${escapeRegExp(tokens[j]!)}\\s*[,;:(]`, 'u').test(q.text); j--) before.unshift(wordsOf(tokens[j]!).join(' '));
    }
    return { name: [...before, t.text].join(' '), terms: [...q.terms.filter((x) => before.includes(x.text)), t] };
  });
  const absent = [...new Set(names.flatMap((x) => x.terms))];
  const rest = { ...q, terms: q.terms.filter((t) => !absent.includes(t)) };
  if (rest.terms.length + rest.people.length + rest.agreements.length === 0) return undefined;
  const asked = new Set(wordsOf(q.text));
  // Its items, a closing tag ("…, right?", "…, wasn't it?") apart.
  const items = q.text.replace(/[,\s]*(?:\b(?:right|correct|true|yes|no|yeah|non|vrai|n['’]est-ce pas)|\b\w+n['’]t\s+\w+)\s*[?.!]*\s*$/iu, '').split(LIST_SEPARATOR);
  const short = (item: string) => item.trim().split(/\s+/).length <= 4;
  /**
   * The items listed with the word, where it is in a list of three or more: the short items either
   * side, and the clause that opens or closes the list, by the names at its edge ("…as South Kasumi,
   * X and Y", "X, Y and South Kasumi were…").
   */
  const listOf = (word: string): string[] | undefined => {
    const at = items.findIndex((x) => wordsOf(x).includes(word));
    if (at < 0) return undefined;
    let from = at;
    while (from > 0 && short(items[from - 1]!)) from--;
    let to = at;
    while (to < items.length - 1 && short(items[to + 1]!)) to++;
    const start = Math.max(0, from - 1);
    const end = Math.min(items.length - 1, to + 1);
    // Three items at least: one comma parts two clauses, not a list.
    if (end - start < 2) return undefined;
    // The clause that opens the list gives the name it ends with; the one that closes it, the name it starts with.
    const capitalised = (w: string) => /^\p{Lu}/u.test(w);
    const ending = (ws: string[]) => ws.slice(ws.length - [...ws].reverse().findIndex((w) => !capitalised(w))).join(' ');
    const starting = (ws: string[]) => ws.slice(0, ws.findIndex((w) => !capitalised(w))).join(' ');
    return items.slice(start, end + 1).flatMap((item, i) => {
      const ws = item.trim().split(/\s+/);
      if (start + i === at) return [];
      if (i === 0 && start < from) return [ws.every(capitalised) ? item : ending(ws)];
      if (start + i === end && end > to) return [ws.every(capitalised) ? item : starting(ws)];
      return [item];
    });
  };
  // A thing asked whether it was spoken of ("did they discuss Iran") is the topic, of which another of its kind says nothing.
  const spokenOf = (word: string) => {
    const ws = wordsOf(q.text);
    return ws.slice(0, ws.indexOf(word)).some((w) => ['discuss', 'discussed', 'talk', 'talked', 'mention', 'mentioned', 'raise', 'raised', 'address', 'addressed'].includes(w));
  };
  // A word for an act or an idea ("power") has kinds too broad to stand for another: listed only.
  const alternativesOf = names.map(({ name, terms }) => ({ listed: listOf(terms.at(-1)!.text) ?? [], kinds: new Set(terms.some((t) => t.everyday) || spokenOf(terms[0]!.text) ? [] : d.reader.kindsOf(name)) }));
  if (alternativesOf.some((x) => x.listed.length === 0 && x.kinds.size === 0)) return undefined;
  const seen = new Map<string, string[]>();
  const kindsOf = (x: string) => seen.get(x) ?? (seen.set(x, d.reader.kindsOf(x)), seen.get(x)!);
  /** Whether each absent thing is an alternative to one these passages name. */
  const alternativesIn = (texts: string[]) => {
    const evidenceWords = new Set(wordsOf(texts.join(' ')));
    const inEvidence = (text: string) => wordsOf(text).some((w) => w.length >= 4 && evidenceWords.has(w));
    // Things the passages name that the question does not: words, and names of two or three ("Kasumi Hall").
    const named = () => {
      const typed = texts.join(' ').match(/\p{L}[\p{L}-]*/gu) ?? [];
      const words = typed.filter((w) => w.length >= 4 && !asked.has(w.toLowerCase())).map((w) => w.toLowerCase());
      const names = typed.flatMap((_, i) => [2, 3].map((n) => typed.slice(i, i + n))).filter((ws) => ws.length > 1 && ws.every((w) => /^\p{Lu}/u.test(w))).map((ws) => ws.join(' '));
      return [...words, ...names];
    };
    let candidates: string[] | undefined;
    // Listed: the passages name every other choice the question lists (not one of several people it happens to name).
    const absentWords = new Set(absent.map((t) => t.text));
    // (A choice no article mentions at all is one more wrong choice, as an absent one is.)
    const listedNamed = (listed: string[]) => {
      const others = listed.filter((x) => wordsOf(x).length > 0 && !wordsOf(x).some((w) => !STOP.has(w) && (absentWords.has(w) || !d.reader.inArticles(stem(w)))));
      return others.length > 0 && others.every(inEvidence);
    };
    return alternativesOf.every(({ listed, kinds }) => listedNamed(listed) || (kinds.size > 0 && (candidates ??= [...new Set(named())]).some((x) => kindsOf(x).some((k) => kinds.has(k)))));
  };
  const answersClaim = (found: Finding): found is Extract<Finding, { kind: 'answer' }> =>
    found.kind === 'answer' && found.facts.length > 0 && d.uncoveredBy(rest.terms, found.facts).length === 0 && alternativesIn(found.facts.flatMap((x) => x.evidence.map((e) => e.text)));
  // Best, the passage of what the question names (its agreement, its people) that names the alternatives itself.
  const own = d.facts.filter((x) => (x.agreement !== undefined && rest.agreements.includes(x.agreement)) || x.people.some((p) => rest.people.includes(p)));
  const saying = own.filter((x) => x.evidence[0] !== undefined && d.uncoveredBy(rest.terms, [x]).length === 0 && alternativesIn([x.evidence[0].text])).slice(0, 2);
  // Else the passages that say the rest of the question, or its answer.
  const tried: (() => Finding)[] = [...(saying.length > 0 ? [() => answerOf({ kind: 'facts', facts: saying.map((x) => x.id) }, saying)] : []), () => general(d, rest), () => core(d, rest)];
  let found: Extract<Finding, { kind: 'answer' }> | undefined;
  for (const attempt of tried) {
    const x = attempt();
    if (answersClaim(x)) {
      found = x;
      break;
    }
  }
  if (!found) return undefined;
  // As typed ("Tahiti"), where the question has it whole.
  const typed = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iu').exec(q.text)?.[0] ?? w;
  return { answer: found, absent: names.map((x) => typed(x.name)) };
}

/** A passage saying what an agreement makes possible, not what was done. */
const ENABLES = /\bpav(?:es|ed|ing)? the way\b|\b(?:allows?|enables?|permits?|lets?) (?:\w+ )?(?:to )?/i;

/**
 * Asked whether or how something took place ("how did the drills go"), answered only by passages
 * that speak of it as to come ("will take part", "next month", a planned step): the articles do
 * not say it took place, and those passages are what is close.
 */
export function notYetHeld(d: Derived, q: Question, f: Extract<Finding, { kind: 'answer' }>): Finding {
  // What an agreement paves the way for is still to come, as a plan is.
  const ahead = (x: Fact) => looksAhead(x) || x.evidence.some((e) => ENABLES.test(e.text));
  // Of an agreement asked about, its own passages say whether anything was done under it.
  const own = q.agreements.length > 0 ? f.facts.filter((x) => q.agreements.some((a) => d.names(x, a))) : f.facts;
  // "What was decided at the Saturday meetings": what a meeting still to come decided, no article can say.
  if ((q.decided || (q.intent === 'said' && q.people.length === 0)) && !q.yesNo && f.statement.kind === 'facts' && f.facts.length > 0 && f.facts.every((x) => x.kind === 'side-event' && x.planned)) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'only-planned' }, related: f.facts.slice(0, 3) };
  // Words someone said of it ("said both countries share an interest") are no report that it was done either.
  // Unless the question is about someone, whose words may be the answer ("did Sato go into detail?").
  const saidOnly = (x: Fact) => q.people.length === 0 && q.intent !== 'said' && (x.kind === 'quote' || x.evidence.every((e) => /\b(?:said|says|told)\b/.test(e.text) && !/\b(?:was|were|has been|have been)\s+\w+ed\b/.test(e.text)));
  if (!q.asHappened || !own.some(ahead) || !['facts', 'covers'].includes(f.statement.kind) || !own.every((x) => ahead(x) || saidOnly(x))) return f;
  // "Had they held drills before?": a passage saying they had answers, whatever it says is to come.
  if (everBefore(q) && f.facts.some((x) => x.evidence.some((e) => DONE_BEFORE.test(e.text)))) return f;
  // About what was asked: the passages hold a word or an agreement of the question besides its
  // verb of going or taking place ("did the ministers visit Japan" is not about an invitation).
  const about = q.terms.filter((t) => !t.alternatives.every((alt) => alt.every((x) => EVENT_STEMS.has(x) || PRESENCE_STEMS.has(x))));
  if (about.length + q.agreements.length === 0 || d.uncoveredBy(about, f.facts).length > 0 || !q.agreements.every((a) => f.facts.some((x) => d.names(x, a)))) return f;
  const enabledOnly = own.some((x) => x.evidence.some((e) => ENABLES.test(e.text)));
  return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'only-planned', ...(enabledOnly ? { enabledOnly } : {}) }, related: f.facts.slice(0, 3) };
}

/**
 * Asked for a measure ("how big is the zone, in square kilometres") and answered by passages that
 * give no figure: the articles do not give it, and those passages are what is close.
 */
/** A figure with its unit: a sum, a size, a distance, a weight, a share, a duration ("¥2 billion", "400 km", "three years"). */
const MEASURED = /[$€¥£]\s?\d|\b\d[\d,.]*\s?(?:%|percent|per cent|yen|euros?|dollars?|billion|million|km2?|kilomet(?:er|re)s?|square|miles?|tonnes?|tons?|meters?|metres?)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:years?|months?|weeks?|days?) (?:old|long|later|earlier|ago|after|before)\b/i;
const measured = (f: Fact) => [f.summary, ...f.evidence.map((e) => e.text)].some((t) => MEASURED.test(t));

/** A measure of time or distance, which offices and meetings may answer ("how long was she in office"). */
const SPAN_MEASURE = /\bhow (?:long|far|old)\b/i;

export function unmeasured(q: Question, f: Finding): Finding {
  // Who someone is or where they were is no figure ("what were they worth"), except of how long.
  // Asked who ("who was responsible for the budget"), a person is the answer, whatever the measure word.
  const kinds = SPAN_MEASURE.test(q.text) || q.intent === 'who' || q.intent === 'speaker' ? ['facts', 'covers', 'status'] : ['facts', 'covers', 'status', 'person-roles', 'role-holders', 'presence', 'attendance'];
  if (!q.measure || f.kind !== 'answer' || !kinds.includes(f.statement.kind) || f.facts.some(measured)) return f;
  return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-figure' }, related: f.facts.slice(0, 3) };
}

/** How a passage says a detail was not given: "declined to elaborate", "did not say which". */
const WITHHELD = /\b(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t) (?:to )?(?:elaborate|comment|specify|give details|disclose|say which|name (?:it|them|the))|\bwithout (?:giving |providing )?(?:details|elaborating|specifying)|\bno (?:further )?details\b|\b(?:was|were) not (?:disclosed|specified|made public)\b/i;

/**
 * Asked for a person's name, or for particulars, and answered by passages that name no one, or whose
 * best says the particulars were withheld ("but declined to elaborate"): the articles do not give them.
 */
export function unnamed(q: Question, f: Finding): Finding {
  if (f.kind !== 'answer' || !['facts', 'covers'].includes(f.statement.kind)) return f;
  if (q.nameAsked && q.people.length === 0 && f.facts.every((x) => x.people.length === 0)) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-name' }, related: f.facts.slice(0, 3) };
  // The best answer says they were withheld: the others are only closer than the rest. Asked
  // whether they were given ("did he go into detail?"), that passage is the answer.
  // A passage that says more of the thing asked than the question does ("a common interest in
  // unmanned technologies for underwater search missions") gives particulars, whatever it withholds.
  const best = f.facts[0]!;
  const asked = new Set(wordsOf(q.text).map(stem));
  const particulars = (text: string) => {
    const words = wordsOf(text.slice(0, WITHHELD.exec(text)?.index ?? text.length));
    const at = words.findIndex((w) => q.specificsAsked && stem(w) === stem(q.specificsAsked));
    return at >= 0 && words.slice(at + 1).some((w) => w.length > 3 && !asked.has(stem(w)) && !/^(?:but|with|from|that|this|their|which|while)$/.test(w));
  };
  const clause = q.specificsAsked !== undefined && !q.yesNo && !best.evidence.some((e) => particulars(e.text)) ? best.evidence.map((e) => WITHHELD.exec(e.text)?.[0]).find((c) => c !== undefined) : undefined;
  if (clause) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'withheld', clause }, related: f.facts.slice(0, 3) };
  return f;
}

/**
 * "Which ship trained with the Vendemiaire?": the thing asked for ("ship") is said in the answering
 * passages only of what the question names itself ("the French frigate Vendemiaire"), so they do not
 * name the one asked for. Of the first words after "which" or "what", those beside a name the
 * question gives (two words either side) are that name's.
 */
export function onlyGiven(d: Derived, q: Question, f: Finding): Finding {
  if (f.kind !== 'answer' || !['facts', 'covers', 'status'].includes(f.statement.kind)) return f;
  const typed = q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const which = typed.findIndex((w) => /^(?:which|what)$/i.test(w));
  // Names among choices offered ("a) Sato b) Mori") are what is asked among, not given.
  if (which < 0 || CHOICES.test(q.text)) return f;
  // Names the question gives: capitalised words past its first, not a country's ("French").
  const countryWords = new Set([...d.countryStems.values()].flat());
  const names = new Set(typed.filter((w, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !countryWords.has(stem(w.toLowerCase()))).map((w) => w.toLowerCase()));
  // "What kind of ship is the Vendemiaire?" asks what the named thing is: the passage answers.
  if ([...names].some((n) => new RegExp(`\\b(?:is|was|are|were)\\s+(?:the\\s+|a\\s+|an\\s+)?${escapeRegExp(n)}\\b`, 'i').test(q.text))) return f;
  // The kind of thing asked for, not a name ("what is Japonismes").
  const asked = q.terms.filter((t) => !names.has(t.text) && typed.slice(which + 1, which + 4).some((w) => w.toLowerCase() === t.text));
  for (const t of asked) {
    let given: string | undefined;
    const everyGiven = f.facts.every((x) =>
      x.evidence.every((e) => {
        const words = e.text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
        const at = words.flatMap((w, i) => (covers(new Set([stem(w.toLowerCase())]), t) ? [i] : []));
        const nameAt = (i: number) => Math.max(0, i - 2) + words.slice(Math.max(0, i - 2), i + 3).findIndex((w) => /^\p{Lu}/u.test(w) && names.has(w.toLowerCase()));
        // The whole name as the passage writes it ("Islamic State"), not the one word of it.
        const run = (j: number) => {
          let [a, b] = [j, j];
          while (a > 0 && /^\p{Lu}/u.test(words[a - 1]!) && a - 1 !== 0) a--;
          while (b + 1 < words.length && /^\p{Lu}/u.test(words[b + 1]!)) b++;
          return words.slice(a, b + 1).join(' ');
        };
        return at.length === 0 || at.every((i) => {
          const j = nameAt(i);
          if (j < Math.max(0, i - 2)) return false;
          given ??= run(j);
          return true;
        });
      }),
    );
    if (everyGiven && given) return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'only-given', asked: t.text, given }, related: f.facts.slice(0, 3) };
  }
  return f;
}

/** Words that open a list of examples in a passage: "including", "such as", "like". */
const LIST_OPENER = /\b(?:including|such as|like|notably|e\.g\.)\s+$/i;

/**
 * "Apart from unmanned systems, which other fields…": answered only by passages whose list of that
 * kind holds nothing but what was set aside ("in several fields, including 'unmanned systems,'"):
 * the articles name no other, and those passages are what is close.
 */
export function nothingElse(q: Question, f: Finding): Finding {
  // What else is asked for: the word after "other" or "else" ("which other fields").
  const asked = /\b(?:other|else|autres?)\s+([\p{L}-]+)/iu.exec(q.text)?.[1];
  if (!q.setAside || !asked || f.kind !== 'answer' || !['facts', 'covers', 'status'].includes(f.statement.kind) || f.facts.length === 0) return f;
  const aside = new Set(wordsOf(q.setAside));
  const onlyAside = (text: string) => {
    const plain = text.replace(/[“”"]/g, '');
    const at = plain.toLowerCase().indexOf(q.setAside!);
    if (at < 0 || !LIST_OPENER.test(plain.slice(0, at))) return false;
    // The list: from its opener to the end of its clause.
    const rest = plain.slice(at).split(/[,;.]/)[0]!;
    return wordsOf(rest).every((w) => aside.has(w) || ['and', 'or'].includes(w));
  };
  if (!f.facts.every((x) => x.evidence.some((e) => onlyAside(e.text)))) return f;
  return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'only-given', asked, given: q.setAside }, related: f.facts.slice(0, 3) };
}

/** What a news report says someone did in response, right after naming them ("China protested"). */
const REACTED = /^(?:said|says|told|protested|criticized|criticised|condemned|welcomed|rejected|responded|reacted|denied|warned|urged|slammed|expressed|voiced|objected|accused|dismissed|called|hailed|praised|opposed|vowed|retorted|summoned)$/i;

/**
 * "How did Beijing react to the statement?": the reaction of someone no record quotes is answered
 * only by a passage that names them and, within three words, says what they did in response;
 * a passage that only mentions them ("without naming China") is not their reaction.
 */
export function unreacted(q: Question, f: Finding): Finding {
  if (!q.reactionOf || q.people.length > 0 || f.kind !== 'answer' || !['facts', 'covers', 'status'].includes(f.statement.kind)) return f;
  // Whose: the words before the word for it, as a term or as what named an agreement ("North Korea", "Russia").
  const actors = [...q.terms, ...q.agreementTerms].filter((t) => wordsOf(t.text).some((w) => q.reactionOf!.includes(w)));
  if (actors.length === 0) return f;
  const reacts = (text: string) => {
    const words = wordsOf(text);
    return words.some((w, i) => actors.some((t) => covers(new Set([stem(w)]), t)) && words.slice(i + 1, i + 4).some((x) => REACTED.test(x)));
  };
  if (f.facts.some((x) => x.evidence.some((e) => reacts(e.text)))) return f;
  return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'no-reaction', of: actors[0]!.text }, related: f.facts.slice(0, 3) };
}

/**
 * "How many died in the November attacks?": passages that put what they report in another month
 * ("attacks in France in January") do not answer a question of this one; the articles are not
 * said to cover it, and those passages are shown as related.
 */
export function otherMonth(d: Derived, q: Question, f: Finding): Finding {
  // Of passages only: a count of meetings up to a month ("as of March 2015") is bounded by it, not about it.
  if (f.kind !== 'answer' || f.statement.kind !== 'facts' || q.span || !q.months || q.months.length === 0 || f.facts.length === 0) return f;
  // Facts the records date to the month asked ("what happens in February 2018": the drills planned
  // for it), by their own date or their meeting's, answer it; where the answer has none, those of the
  // knowledge do.
  const ofMonth = (x: Fact) => {
    const on = dateOfFact(d, x);
    return on !== undefined && on.precision !== 'year' && q.months!.includes(Number(on.value.slice(5, 7))) && (q.years.length === 0 || q.years.includes(Number(on.value.slice(0, 4))));
  };
  // (Only asked of the month itself: a question with its own words is answered by what holds them.)
  if (q.years.length === 1 && q.terms.length + q.agreements.length + q.people.length === 0 && !f.facts.some(ofMonth)) {
    const dated = d.facts.filter((x) => x.date && ofMonth(x));
    if (dated.length > 0 && dated.length <= 3) return answerOf({ kind: 'facts', facts: dated.map((x) => x.id) }, dated);
  }
  const monthsIn = (text: string) => wordsOf(text).flatMap((w) => (EN_MONTHS.includes(w) ? [EN_MONTHS.indexOf(w) + 1] : []));
  // A passage the records date to the month asked is of it, whatever other month it names ("a festival opening in July").
  const elsewhere = f.facts.every((x) => {
    if (ofMonth(x)) return false;
    const named = x.evidence.flatMap((e) => monthsIn(e.text));
    return named.length > 0 && !named.some((m) => q.months!.includes(m));
  });
  return elsewhere ? { kind: 'not-covered', unmentioned: [], uncovered: [], related: f.facts.slice(0, 3) } : f;
}

/** When a fact is dated: its own date, or its meeting's. */
const dateOfFact = (d: Derived, x: Fact) => x.date ?? (x.meeting ? d.k.meetings.get(x.meeting)?.date : undefined);

/**
 * "What was agreed on 27 January 2018?": passages of things dated to another day (a meeting the day
 * before) do not answer it; they are shown as related.
 */
export function otherDay(d: Derived, q: Question, f: Finding): Finding {
  if (f.kind !== 'answer' || f.statement.kind !== 'facts' || q.day === undefined || q.years.length !== 1 || q.months?.length !== 1 || f.facts.length === 0) return f;
  const asked = `${q.years[0]}-${String(q.months[0]).padStart(2, '0')}-${String(q.day).padStart(2, '0')}`;
  const elsewhere = f.facts.every((x) => {
    const on = dateOfFact(d, x)?.value;
    return on !== undefined && on.length === asked.length && on !== asked;
  });
  if (elsewhere) return { kind: 'not-covered', unmentioned: [], uncovered: [], related: f.facts.slice(0, 3) };
  // Of one meeting the articles date less exactly ("a Friday in 2015"), in that year: they do not give
  // the day, so cannot say it was that one ("what was agreed on 13 March 2015").
  const meetings = new Set(f.facts.map((x) => x.meeting));
  const m = meetings.size === 1 && [...meetings][0] ? d.k.meetings.get([...meetings][0]!) : undefined;
  if (m && m.date.precision !== 'day' && asked.startsWith(m.date.value)) return d.notCovered(q, { kind: 'no-day', meeting: m.id }, [d.factById.get(`${m.id}:meeting`)!]);
  return f;
}

/**
 * "Which islands does the report name?": no article uses the kind of thing asked for, but passages
 * that say the rest of the question name things of that kind, as WordNet files them ("Guam": an
 * island). Not an answer (which of them is asked for is not known), but no silence either: an
 * unsure miss, with those passages as closest.
 */
function kindNamed(d: Derived, q: Question, f: Extract<Finding, { kind: 'not-covered' }>): Finding | undefined {
  if (f.gap !== undefined || f.unmentioned.length !== 1) return undefined;
  const t = q.terms.find((x) => x.text === f.unmentioned[0]);
  if (!t?.askedFor || t.everyday) return undefined;
  const rest: Question = { ...q, terms: q.terms.filter((x) => x !== t) };
  if (rest.terms.length + rest.people.length + rest.agreements.length + rest.countries.length === 0) return undefined;
  const found = answerQuestion(d, rest);
  if (found.kind !== 'answer') return undefined;
  // A kind names the asked one by its last word ("national capital": capital), singular or plural.
  const asked = stem(t.text);
  const ofKind = (name: string) => d.reader.kindsOf(name).some((k) => stem(k.split(' ').at(-1)!) === asked);
  /** Whether a text names a thing of the kind: one to three capitalised words ("New Caledonia"). */
  const naming = (text: string) => {
    const typed = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    return typed.some((_, i) =>
      [3, 2, 1].some((n) => {
        const ws = typed.slice(i, i + n);
        return ws.length === n && ws.every((w) => /^\p{Lu}/u.test(w)) && ofKind(ws.join(' '));
      }),
    );
  };
  const closest = found.facts.filter((x) => naming(x.evidence.map((e) => e.text).join(' ')));
  if (closest.length === 0) return undefined;
  return { kind: 'not-covered', unmentioned: [], uncovered: [], absent: [t.text], related: closest.slice(0, 3) };
}

/** The finding for a read question: the handler's, then the checks, the words no article uses, and where the sources stop. */
export function answerQuestion(d: Derived, q: Question): Finding {
  const { factById, latest } = d;
  const first = core(d, q);
  // "They never mention “logisitcally”" is no claim to make of a slip in an English word: the question is read again with the word meant.
  if (first.kind === 'not-covered' && first.unmentioned.length > 0) {
    // Typed in lowercase: a capital marks a name ("Australie"), which is no slip.
    const typed = (w: string) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u');
    const meant = first.unmentioned.map((w) => [w, /^[a-z]+$/.test(w) && typed(w).test(q.text) ? d.reader.spelledAs(w, q.text) : undefined] as const).filter((x): x is readonly [string, string] => x[1] !== undefined);
    if (meant.length > 0) return answerQuestion(d, d.reader.read(meant.reduce((text, [w, m]) => text.replace(typed(w), m), q.text)));
  }
  // Things never mentioned only in a sentence that sets the scene, before the question ("I met Sato
  // once, when she was at the Kasumi Hall. What was her job in 2018?"): the question is read without it.
  if (first.kind === 'not-covered' && first.unmentioned.length > 0) {
    // Sentences end at a mark before a capital ("U.N. sanctions" is one sentence), or at a Japanese one.
    // (An initial is no end: "M. Dumont".)
    // A closing quotation mark may follow the mark ("…country?' Great"), and an aside in brackets is one
    // too; so is what an emoji ends ("Exam prep again 📚 in 2018, how…").
    // A lead before a colon and a question word is one too ("a listener called Dumont asks: how…"),
    // unless it is a name alone ("Dumont: what did he say?"), of whom it asks.
    const sentences = q.text
      .split(/(?<=(?<!(?:^|\s)\p{Lu})[.!?][”"»'’]?)\s+(?=[\p{Lu}"“«(])|(?<=[。？])|(?<=\p{Extended_Pictographic})\s+/u)
      .flatMap((x) => (/^\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}:/u.test(x) ? [x] : x.split(/(?<=:)\s+(?=(?:who|whom|what|which|when|where|how|why)\b)/i)))
      .map((x) => `${x} `);
    // Only before a question of what, who, when…: a sentence before one that only asks whether is the
    // claim it asks of ("In 2018 they discussed Lyon. Correct?"), and what it names stays.
    const setting = sentences.filter((x) => !/[?？]\s*$/.test(x) && x.trim() !== '');
    const asked = sentences.filter((x) => /[?？]\s*$/.test(x));
    const inSetting = (w: string) => setting.some((x) => wordsOf(x).includes(w)) && !asked.some((x) => wordsOf(x).includes(w));
    const opensYesNo = (x: string) => /^\s*(?:is|was|are|were|do|does|did|can|could|has|have|had|est-ce|[\p{L}]+-t-)/iu.test(x);
    if (setting.length > 0 && asked.some((x) => WH_ASKED.test(x) && !opensYesNo(x)) && first.unmentioned.every(inSetting)) {
      // The words go, the people the setting names stay (a pronoun in the question may be one of them).
      const unsaid = (x: string) => first.unmentioned.reduce((text, w) => text.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'giu'), ''), x);
      const without = answerQuestion(d, d.reader.read(sentences.map((x) => (setting.includes(x) ? unsaid(x) : x)).join('').trim()));
      if (without.kind === 'answer') return { ...without, looseWords: [...new Set([...(without.looseWords ?? []), ...first.unmentioned])] };
      // A setting that asks its own things ("she wonders why France cares about Lyon. And she adds:
      // what did Sato say?"): the question alone, where it names whom or what it asks of.
      const alone = d.reader.read(asked.join('').trim());
      if (alone.people.length + alone.agreements.length + alone.years.length + alone.places.length + alone.countries.length + alone.terms.length > 0) {
        const found = answerQuestion(d, alone);
        if (found.kind === 'answer') return { ...found, looseWords: [...new Set([...(found.looseWords ?? []), ...first.unmentioned])] };
      }
    }
  }
  // (Not for a yes-or-no claim: there, an absent word is what is claimed.)
  const kinded = first.kind === 'not-covered' && !q.yesNo ? kindNamed(d, q, first) : undefined;
  if (kinded) return kinded;
  const checks = (f: Extract<Finding, { kind: 'answer' }>) => nothingElse(q, otherDay(d, q, otherMonth(d, q, onlyGiven(d, q, unreacted(q, unnamed(q, unmeasured(q, notYetHeld(d, q, f))))))));
  const claimed = first.kind === 'not-covered' && first.unmentioned.length > 0 ? premiseAlternatives(d, q, first) : undefined;
  const unsure = first.kind === 'not-covered' && !claimed ? doubtful(d, q, first) : undefined;
  const rested = unsure?.kind === 'not-covered' && unsure.absent ? restingOnTheRest(d, q, unsure.absent) : undefined;
  const checked = claimed ? checks(claimed.answer) : rested ? checks(rested.answer) : unsure ?? (first.kind === 'answer' ? checks(first) : first);
  // Words of the question no article uses, which the answer therefore does not rest on: said, not hidden.
  const looseWords = [...q.loose.map((t) => t.text), ...(rested && checked.kind === 'answer' ? rested.absent : [])];
  const loose = looseWords.length > 0 && !(checked.kind === 'answer' && checked.statement.kind === 'photo') ? { looseWords } : {};
  // "Who said it, and when?": the quotes, with the meeting they were said at.
  const dated: Finding = checked.kind === 'answer' && checked.statement.kind === 'quotes' && (q.intent === 'when' || q.dateAsked || /^\s*(?:when|quand)\b|いつ/i.test(q.text)) ? { ...checked, statement: { ...checked.statement, dated: true } } : checked;
  const found = dated.kind === 'answer' ? { ...dated, terms: q.terms, hints: q.hints, ...supportOf(dated), ...(q.intent === 'where' ? { placeAsked: true } : {}), ...(q.manner ? { mannerAsked: true } : {}), ...(q.sourceAsked ? { sourceAsked: true } : {}), ...(claimed ? { unsaid: claimed.absent } : {}), ...loose } : dated;
  if (!q.after) return found;
  // After the sources: say where they stop, and what they said as of then (an agreement: its status then).
  const agreement = q.agreements[0];
  if (agreement && (found.kind !== 'answer' || found.statement.kind === 'facts')) {
    const status = answerOf({ kind: 'status', agreement }, [factById.get(`${agreement}:status`)!]);
    return { kind: 'after-sources', latest, asOf: status, related: [] };
  }
  return { kind: 'after-sources', latest, ...(found.kind === 'answer' ? { asOf: found } : {}), related: found.kind === 'not-covered' ? found.related : [] };
}
