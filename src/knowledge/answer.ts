// Answers a read question from the records, or says plainly that the articles do not cover it.
// Every answer names the facts it rests on; every term of the question must be covered by them
// (in the articles' words or the lexicon's), or the answer is an admission, never a guess.
// The handlers live in ./answering/: one per kind of question, each a pure function of the question
// and the derived knowledge, chosen by ./answering/registry.ts.
import type { Fact } from './facts.js';
import type { Knowledge } from './load.js';
import { type Question, type Reader, type RoleKind, questionParts } from './question.js';
import type { YearSpan } from './span.js';
import type { Country, DateFact, Evidence } from './schema.js';
import type { Spot } from './answering/photo.js';
import type { Kind } from './search.js';
import type { Term } from './words.js';
import { derive } from './answering/derived.js';
import { answerQuestion } from './answering/registry.js';

export { saysHow, saysWhere } from './answering/shared.js';

export interface RoleHolder {
  person: string;
  title: string;
  country: Country;
  meeting: string;
}

/** An office as held over a span, at the span's edge asked about (its last known date, or its first). */
export interface HeldSpan {
  person: string;
  title: string;
  country: Country;
  date: DateFact;
}

export type Statement =
  | { kind: 'role-holders'; holders: RoleHolder[]; role?: RoleKind; country?: Country }
  /** `also`: the other meetings asked, each checked; the first line is the one that says no, if any does. */
  | { kind: 'role-check'; holder: RoleHolder; asked: RoleKind; matches: boolean; also?: { holder: RoleHolder; matches: boolean }[] }
  /** "Was she foreign minister there?" of someone the articles have in no office there: who was, and where they do have her. */
  | { kind: 'not-holder'; person: string; meeting: string; holders: RoleHolder[]; elsewhere: RoleHolder[] }
  /** Whether someone is named at a meeting, and where the articles do place them. */
  /** `instead`: absent, who held their office (of their country) at that meeting. */
  /** `open`: asked what or which (their role there), not whether: a present one is stated, not confirmed. */
  | { kind: 'attendance'; person: string; meeting: string; present: boolean; holders: RoleHolder[]; instead?: RoleHolder[]; beside?: string[]; open?: boolean }
  /** `held`: asked yes or no whether they held one office at every meeting asked ("was he foreign minister at both?"). */
  /** `instead`: where they did not hold it, who did. */
  | { kind: 'person-roles'; person: string; holders: RoleHolder[]; notAt?: string[]; held?: boolean; instead?: RoleHolder[] }
  /** `also`: the other meetings asked, each with its people (none named: the articles do not name them). */
  | { kind: 'participants'; meeting: string; people: string[]; country?: Country; count?: boolean; also?: { meeting: string; people: string[] }[] }
  /** `partial`: a date was asked and the articles give this one only to its month or year. */
  | { kind: 'meeting-date'; meeting: string; andPlace?: boolean; weekdayAsked?: boolean; partial?: boolean }
  /** `named`: asked yes or no of a place, whether the articles place the meeting there. */
  | { kind: 'meeting-place'; meeting: string; named?: boolean; compared?: string }
  /** The other country's minister with the same office as the person, at each meeting (inferred). */
  | { kind: 'counterparts'; person: string; holders: RoleHolder[] }
  /** Who was at every one of several meetings; `unnamed`: meetings asked about whose attendees the articles do not name. */
  | { kind: 'at-every'; meetings: string[]; people: string[]; unnamed: string[] }
  /** Whom someone met: the others at each meeting they attended. */
  | { kind: 'met'; person: string; at: { meeting: string; people: string[] }[] }
  /** Meetings the articles place several people at together. */
  | { kind: 'together'; people: string[]; meetings: string[] }
  /** Where the articles place someone: the meetings they were at, in the place or country asked. */
  /** `unreported`: asked when they first attended, the earlier meetings whose attendees the articles do not name. */
  | { kind: 'presence'; holders: RoleHolder[]; country?: Country; unreported?: string[] }
  /** `asked`: the meetings the question named, each with its date and place. */
  /** `of`: the meetings kept were those held where the question says, of all the articles mention; `unplaced`: those whose place they do not give. */
  | { kind: 'meetings'; meetings: string[]; count: boolean; of?: number; unplaced?: string[]; asked?: boolean; weekdays?: boolean; check?: MeetingsCheck; within?: { span: YearSpan } | { years: number[]; month?: number }; unsure?: string[] }
  /** `dated`: when was asked too; the answer says at which meeting. */
  | { kind: 'quotes'; quotes: string[]; dated?: boolean }
  /** Who said a quote; `claimed`: the one the question said it of, who did not. */
  | { kind: 'speaker'; quote: string; claimed?: string }
  | { kind: 'status'; agreement: string }
  | { kind: 'covers'; agreement: string }
  /** `elsewhere`: a meeting asked about where this did not happen (the facts say where it did). */
  /** `negated`: a yes/no question whose answering passage denies what it asks ("while not mentioning China by name"), with that clause. */
  /** Who stands where in a photo, as its caption marks it: every place, or the one asked. */
  /** `count`: asked how many are in it, how many its caption marks. */
  | { kind: 'photo'; caption: Evidence; spots: { person: string; spot: Spot }[]; place?: string; placeOnly?: boolean; notShown?: string[]; count?: number }
  /** `reportsDiffer`: two reports put the same step at different times; each is given. */
  /** `atEach`: several meetings' outcomes, each under its meeting's name. */
  | { kind: 'facts'; facts: string[]; reportsDiffer?: boolean; elsewhere?: string; heldAt?: string; at?: string; atEach?: string[]; negated?: string; placed?: { person: string; place: string }; besideMeeting?: { person: string; meeting: string } }
  /** "What is a <series>?": what the articles say a meeting of the series is. */
  | { kind: 'series'; series: string }
  /** Who held an office at each of several meetings, oldest first, and whether it changed hands. */
  /** `sameAsked`: the question asks whether it stayed the same, so "yes" is that it did. */
  | { kind: 'office-change'; holders: RoleHolder[]; changed: boolean; sameAsked?: boolean }
  /** Which of two things came first: each with the dated fact it rests on, oldest first. */
  /** `apart`: how far apart was asked too ("which came first, and how far apart?"). */
  | { kind: 'order'; facts: string[]; apart?: boolean }
  /** Who held an office in the latest article that names it (an inference: a later holder would be in a later article). */
  | { kind: 'latest-holder'; holders: { person: string; title: string; country: Country; asOf: string }[] }
  /** The meetings at which the articles report what was asked, oldest first, one passage each. */
  | { kind: 'discussed-at'; meetings: string[] }
  /** How far apart two meetings were, in calendar years, oldest first. */
  | { kind: 'interval'; meetings: [string, string]; years: number }
  /** How far an agreement had got by a meeting or the end of a year: `step`, the latest step by then (the facts: its steps by then, newest first). */
  | { kind: 'progress'; agreement: string; meeting?: string; year?: number; step: string; before?: boolean }
  /** Whether a meeting was held in the month a yes-or-no question gives. */
  | { kind: 'date-check'; meeting: string; matches: boolean; weekday?: string }
  /** Whether a meeting had the number in its series a yes-or-no question gives it; `numbered`: the meeting that had that number. */
  | { kind: 'number-check'; meeting: string; asked: number; matches: boolean; numbered?: string }
  /** Who held the same office next after (or last before) someone, by the dated spans; `other` absent: no one the articles name. */
  /** `stated`: an article says the one took over from the other; else it is inferred from the dates. */
  | { kind: 'succession'; direction: 'next' | 'previous'; pairs: { held: HeldSpan; other: HeldSpan[]; stated?: boolean }[] }
  /** "Since when has she been foreign minister?": the start of the span the question names, as the articles give it. */
  | { kind: 'in-office-since'; held: HeldSpan }
  /** A wrong premise corrected: the agreement was never reported signed; what was signed at the meeting asked, if anything. */
  | { kind: 'not-signed'; agreement: string; meeting?: string; signedThere: string[] };

/** Asked yes or no of every meeting: whether each was held at the place asked, or on the same (or the asked) day of the week. */
export type MeetingsCheck = { kind: 'place'; yes: boolean; there: string[] } | { kind: 'weekday'; yes: boolean; none: boolean; weekday: string };

export type Finding =
  /** `looseWords`: words no article uses; `apart`: a word of the question no passage found says with the rest. The answer does not rest on them. */
  /** `unsaid`: things a claim or a choice names that no article mentions, in place of what the answer's passages say. */
  | { kind: 'answer'; statement: Statement; facts: Fact[]; terms?: Term[]; hints?: Term[]; support?: { kind: Kind; id: string }; placeAsked?: boolean; mannerAsked?: boolean; looseWords?: string[]; apart?: { word: string; inArticles: boolean }; unsaid?: string[]; sourceAsked?: boolean }
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
  /** The meeting's city is known, not its venue; the venue asked is another meeting's. */
  | { kind: 'no-venue'; meeting: string; venueOf: string }
  | { kind: 'no-day'; meeting: string }
  | { kind: 'not-signed'; agreement: string }
  | { kind: 'not-in-force'; agreement: string }
  | { kind: 'no-participants'; meeting: string }
  | { kind: 'not-quoted-on'; person: string }
  | { kind: 'not-there'; person: string; country?: Country; city?: string; years: number[] }
  | { kind: 'never-together'; people: string[] }
  | { kind: 'no-counterpart'; person: string; meeting?: string }
  | { kind: 'none-at-every'; meetings: string[]; country?: Country }
  /** No one the articles name held the office after (or before) them. */
  | { kind: 'no-successor'; direction: 'next' | 'previous'; held: HeldSpan[] }
  /** Asked how far an agreement had got before a time; the articles report no step of it before then. */
  | { kind: 'no-step-before'; agreement: string; meeting?: string; year?: number }
  /** Asked how someone reacted; no passage found says they did anything in response. */
  | { kind: 'no-reaction'; of: string }
  /** Asked for a person's name; no fact found names anyone. */
  | { kind: 'no-name' }
  /** "Which ship trained with the Vendemiaire": the only one the passages name is the one the question names itself. */
  | { kind: 'only-given'; asked: string; given: string }
  /** Asked for particulars; the passages found say they were not given ("declined to elaborate"). */
  | { kind: 'withheld'; clause: string }
  /** Asked for a measure ("how big"); no fact found gives a figure. */
  | { kind: 'no-figure' }
  /** Asked of as having taken place; every passage found speaks of it as to come. */
  /** Spoken of only as to come; `enabledOnly`: only as what an agreement makes possible. */
  | { kind: 'only-planned'; enabledOnly?: boolean };

/** A question's findings: one, or, for two questions in one, one for each part it can answer. */
export interface Findings {
  finding: Finding;
  /** The second part's (or the whole question's, read with it), where it is answered. */
  second?: Extract<Finding, { kind: 'answer' }>;
  /** The second part as typed, where the question was split. */
  part?: string;
}

export interface Answerer {
  answer(text: string): Finding;
  /** As `answer`, with two questions in one answered part by part. */
  answerParts(text: string): Findings;
  read(text: string): Question;
  /** Whether a stem occurs anywhere in the articles. */
  inArticles(stem: string): boolean;
}

/** Words of a second question that point back at the first ("who held that office", "when did she…"). */
const POINTS_BACK = /\b(?:he|she|it|they|them|him|his|her|its|their|that|this|those|these|there|then|il|elle|ils|elles|lui|leur|celui|celle)\b/i;

/** Pronouns of a second question that stand for people ("what did he say", "what was her title", "what did they agree"). */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|they|them|their|il|elle|ils|elles|lui)\b/i;
/** Words that put a second question at another time than the first's. */
const OTHER_TIME = /\b(?:previous|previously|before|earlier|former|formerly|next|later|after|afterwards|since|until|now|today|then on)\b/i;
const PLURAL_PRONOUN = /^(?:they|them|their|ils|elles)$/i;
const POSSESSIVE = /^(?:his|their)$/i;
/** After "her", a word that shows it is no possessive ("asked her about", "met her then"). */
const AFTER_OBJECT = /^(?:about|on|at|in|to|for|with|after|before|then|there|again|and|or|if|when|that)$/i;

/**
 * "The frigate that will drill with them — where is it based?": a thing named before the question
 * that a pronoun in it stands for. The question with the thing in the pronoun's place; a person
 * described so ("the guy who…") is asked for first instead (questionParts).
 */
export function frontedTopic(text: string): string {
  const m = /^((?:the|that|this|those|these)\s[^?—–]{3,160}?)\s+[-–—:]\s+((?:who|what|which|when|where|how|why)\b[\s\S]*)$/i.exec(text.trim());
  if (!m || /\bwho\b/i.test(m[1]!)) return text;
  const topic = m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1);
  let done = false;
  const asked = m[2]!.replace(/\b(it|its|they|them|their)\b/i, (p: string) => {
    done = true;
    return /^(?:its|their)$/i.test(p) ? `${topic}'s` : topic;
  });
  return done ? asked.charAt(0).toUpperCase() + asked.slice(1) : text;
}

/** Who holds a view in a dispute: a handle, a name, "one", "the other", "my friend". */
const DISPUTANT = String.raw`(?:@[\w.-]+|\p{Lu}[\p{L}'’-]*|one(?: of them| user| guy)?|the other(?: one| guy| user)?|another(?: user)?|(?:my|a) (?:friend|colleague|user|mate|teacher|boss))`;
/** "@a says X, @b says Y. Who's right?": the first view, and the question that asks which holds. */
const DISPUTE = new RegExp(String.raw`^(?:[^:]{0,80}:\s*)?(?:[^,.;:]{0,60}?\s)?${DISPUTANT}\s+(?:says?|said|claims?|thinks?|insists?|reckons?)\s+(?:that\s+)?(.{8,200}?)\s*[,;.]\s*(?:(?:and|but|while|whereas)\s+)?${DISPUTANT}\s+(?:says?|said|claims?|thinks?|insists?|reckons?)\b.{0,200}?(?:who(?:['’]s| is) (?:right|correct)|verdict|which (?:is it|one is right)|settle (?:it|this))\W*$`, 'iu');

/**
 * "@a says the talks were in Lyon, @b says Kasumi Hall. Who's right?": the first view, checked as a
 * claim ("…were in Lyon. Correct?"); its answer says which holds, as the articles put it.
 */
export function disputedClaim(text: string): string {
  const m = DISPUTE.exec(text.trim());
  return m ? `${m[1]!.trim()}. Correct?` : text;
}

/** The people an answer is about: the office holders it names, else everyone its facts name. */
function answeredPeople(f: Extract<Finding, { kind: 'answer' }>): string[] {
  const s = f.statement;
  if (s.kind === 'role-holders') return [...new Set(s.holders.map((h) => h.person))];
  if (s.kind === 'role-check') return [s.holder.person];
  return [...new Set(f.facts.flatMap((x) => x.people))];
}

/** The one meeting every fact of an answer is from, if there is one. */
function meetingOf(f: Extract<Finding, { kind: 'answer' }>): string | undefined {
  const meetings = new Set(f.facts.map((x) => x.meeting));
  const [only] = meetings;
  return meetings.size === 1 ? only : undefined;
}

/**
 * The second part with its pronouns replaced by the names they stand for: "he" by the one person the
 * first part's answer names (else the one it asked about), "they" by everyone either names. Undefined
 * where a pronoun could stand for more than one person.
 */
function namedBack(k: Knowledge, part: string, head: Question, first: Extract<Finding, { kind: 'answer' }>): string | undefined {
  const answered = answeredPeople(first);
  const fresh = answered.filter((p) => !head.people.includes(p));
  const one = fresh.length === 1 ? fresh : answered.length === 1 ? answered : head.people.length === 1 ? head.people : [];
  const all = [...new Set([...head.people, ...answered])];
  const name = (ids: string[]) => ids.map((id) => k.people.get(id)!.name).join(' and ');
  let unresolved = false;
  // French elides before a pronoun ("qu'il"): before a name, the word is whole again ("que Claire").
  const text = part.replace(/(?:\b(qu)['’])?\b(he|she|him|his|her|they|them|their|il|elle|ils|elles|lui)\b(\s+(\S+))?/gi, (whole, elided: string | undefined, pronoun: string, rest: string | undefined, next: string | undefined) => {
    const ids = PLURAL_PRONOUN.test(pronoun) ? (all.length > 1 ? all : []) : one;
    if (ids.length === 0) {
      unresolved = true;
      return whole;
    }
    const possessive = POSSESSIVE.test(pronoun) || (/^her$/i.test(pronoun) && next !== undefined && !AFTER_OBJECT.test(next.replace(/\W+$/u, '')));
    return `${elided ? `${elided}e ` : ''}${name(ids)}${possessive ? "'s" : ''}${rest ?? ''}`;
  });
  return unresolved ? undefined : text;
}

export function createAnswerer(k: Knowledge, facts: Fact[], reader: Reader): Answerer {
  const d = derive(k, facts, reader);
  return {
    read: (text) => reader.read(text),
    inArticles: (s) => reader.inArticles(s),
    answer: (text) => answerQuestion(d, reader.read(frontedTopic(disputedClaim(text)))),
    answerParts: (typed) => {
      const text = frontedTopic(disputedClaim(typed));
      const asked = reader.read(text);
      const whole = answerQuestion(d, asked);
      /** The second part read with the first's words, where it asks how someone reacted and that answer is new. */
      const reactionToFirst = (part: string, head: Question, whole: Extract<Finding, { kind: 'answer' }>): Extract<Finding, { kind: 'answer' }> | undefined => {
        const tail = reader.read(part);
        // The first part names what was reacted to (a word or an agreement), not only who spoke.
        if (!tail.reactionOf || tail.terms.length > 0 || tail.agreements.length > 0 || head.terms.length + head.agreements.length === 0) return undefined;
        const second = answerQuestion(d, { ...tail, terms: head.terms, agreements: head.agreements, agreementTerms: head.agreementTerms, years: tail.years.length > 0 ? tail.years : head.years, ordinals: tail.ordinals.length > 0 ? tail.ordinals : head.ordinals });
        const shown = new Set(whole.facts.map((f) => f.id));
        return second.kind === 'answer' && second.facts.some((f) => !shown.has(f.id)) ? second : undefined;
      };
      const parts = questionParts(text);
      if (!parts) return { finding: whole };
      // Split only where the whole finds nothing sure, or its second question word took over what it asks:
      // a whole the sources are sure not to cover ("never mention F-35") stays so.
      // "Not quoted on this" rests on the words of both parts: the first alone may be what they are quoted on.
      // So too an answer that rests on less than the whole asks (a word it does not say): the parts may each say more.
      const unsure = (whole.kind === 'not-covered' && whole.unmentioned.length === 0 && (whole.gap === undefined || whole.gap.kind === 'not-quoted-on')) || (whole.kind === 'answer' && whole.apart !== undefined);
      const head = reader.read(parts.first);
      // Its second question word, or its second question's form ("…でしたか？国防相は？": yes or no, then who), took over.
      const tookOver = whole.kind === 'answer' && (asked.intent !== head.intent || asked.yesNo !== head.yesNo);
      // "…, and what did he say?": he is whom the first part's answer names; asked of them, the second
      // part is a question of its own, whatever the whole found.
      // "…, and how did France react?": a second question of its own kind (how, why) of the first
      // part's subject, whose answer the whole did not give.
      const ofSubject = !unsure && !tookOver && !PERSON_PRONOUN.test(parts.second) && whole.kind === 'answer' ? reactionToFirst(parts.second, head, whole) : undefined;
      if (ofSubject) return { finding: whole, second: ofSubject, part: parts.second };
      // "…who was minister, and in which building was it held?": a second question of another kind (where,
      // when) that names nothing of its own is asked of the first part's meeting, whatever the whole found.
      const tailRead = reader.read(parts.second);
      // (Not one of people: "…, and where did they see him?" asks where they met, not where the meeting was.)
      const ofMeeting = whole.kind === 'answer' && !PERSON_PRONOUN.test(parts.second) && (tailRead.intent === 'where' || tailRead.intent === 'when') && tailRead.intent !== head.intent && tailRead.people.length + tailRead.agreements.length + tailRead.years.length + tailRead.places.length === 0;
      if (!(unsure || tookOver || ofMeeting || PERSON_PRONOUN.test(parts.second))) return { finding: whole };
      const first = answerQuestion(d, head);
      if (first.kind !== 'answer') return { finding: whole };
      const resolved = PERSON_PRONOUN.test(parts.second) ? namedBack(k, parts.second, head, first) : undefined;
      if (resolved !== undefined) {
        const tail = reader.read(resolved);
        const meeting = meetingOf(first);
        // "…and what was his previous job?": another time than the first part's, not its meeting.
        const bare = tail.years.length + tail.ordinals.length + tail.places.length === 0 && !OTHER_TIME.test(resolved);
        const inherited: Question = bare ? { ...tail, years: head.years, ordinals: head.ordinals, places: head.places.length > 0 ? head.places : meeting ? [meeting] : [] } : tail;
        const second = answerQuestion(d, inherited);
        if (second.kind === 'answer') return { finding: first, second, part: parts.second };
      }
      if (!(unsure || tookOver || ofMeeting)) return { finding: whole };
      // The second: the whole, read with its second question word and the first's words, where it
      // answers; else the second part alone, where it names what it is about and points back at nothing.
      // Not where it is the first part's answer again ("…which round was it, and which ministers went?").
      const again = whole.kind === 'answer' && JSON.stringify(whole.statement) === JSON.stringify(first.statement) && whole.facts.every((f, i) => first.facts[i] === f);
      if (whole.kind === 'answer' && !whole.apart && !again) return { finding: first, second: whole, part: parts.second };
      const tail = tailRead;
      const own = tail.people.length + tail.agreements.length + tail.years.length + tail.places.length > 0 && !POINTS_BACK.test(parts.second);
      // An office alone ("…and the foreign minister?", "外務大臣は？") is asked of the first part's time, place and country.
      // So is a question of who was there ("…, and which ministers sat at the table?"): the first part's meeting.
      const elliptic = ofMeeting || (!own && (tail.roles.length > 0 || tail.intent === 'who') && tail.people.length + tail.agreements.length + (tail.intent === 'who' ? 0 : tail.terms.length) === 0);
      // Set in the first part's meeting, its words no article uses ("sat at the table") are loose, as they would be asked whole.
      const unused = tail.terms.filter((t) => !t.alternatives.some((alt) => alt.every((x) => reader.inArticles(x))));
      const inherited: Question = { ...tail, years: head.years, ordinals: head.ordinals, places: head.places, ...(head.placeNamed ? { placeNamed: head.placeNamed } : {}), countries: tail.countries.length > 0 ? tail.countries : head.countries, terms: tail.terms.filter((t) => !unused.includes(t)), loose: [...tail.loose, ...unused] };
      const second = own ? answerQuestion(d, tail) : elliptic ? answerQuestion(d, inherited) : undefined;
      // A second part answered only without one of its words adds less than the first part's answer whole.
      return { finding: first, ...(second?.kind === 'answer' && !second.apart ? { second } : {}), part: parts.second };
    },
  };
}
