// Small helpers the handlers share: building an answer, ordering facts, and what a passage says.
import type { Fact } from '../facts.js';
import { type Term, covers, stem, wordsOf } from '../words.js';
import { EN_MONTHS } from '../question.js';
import type { Kind } from '../search.js';
import type { Finding, Statement } from '../answer.js';
import { escapeRegExp } from '../text.js';

/** The record whose card best supports an answer, shown after it. */
export function supportOf(f: Extract<Finding, { kind: 'answer' }>): { support?: { kind: Kind; id: string } } {
  const s = f.statement;
  switch (s.kind) {
    case 'number-check':
    case 'date-check':
    case 'participants':
    case 'meeting-date':
    case 'meeting-place':
      return { support: { kind: 'meeting', id: s.meeting } };
    case 'role-holders':
      return { support: s.holders.length === 1 ? { kind: 'person', id: s.holders[0]!.person } : { kind: 'meeting', id: s.holders[0]!.meeting } };
    case 'role-check':
      return { support: { kind: 'person', id: s.holder.person } };
    case 'not-holder':
      return { support: { kind: 'meeting', id: s.meeting } };
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
    case 'succession':
      return { support: { kind: 'person', id: s.pairs[0]!.held.person } };
    case 'in-office-since':
      return { support: { kind: 'person', id: s.held.person } };
    case 'counterparts':
    case 'met':
      return { support: { kind: 'person', id: s.person } };
    case 'status':
    case 'covers':
    case 'progress':
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

const FIGURE = /^(?:(?!(?:19|20)\d\d$)\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)$/i;

/**
 * Whether a fact gives a figure: a number that is not a year, or a number word. Of a thing counted
 * ("how many ships", "how many Japanese hostages"), the figure must count it: a word of it, or the
 * term it is, within the three words after ("two Japanese", not "the two forces").
 */
export function counted(f: Fact, thing?: { term?: Term; words: string[]; person?: (w: string) => boolean }): boolean {
  const named = (after: string[]) => {
    const stems = new Set(after.map(stem));
    // People counted by another word for people: "how many hostages" by "two Japanese … taken hostage".
    const people = thing?.person && thing.words.some((w) => thing.person!(w)) && after.slice(0, 1).some((w) => thing.person!(w));
    return (thing?.term && covers(stems, thing.term)) || thing?.words.some((w) => stems.has(stem(w))) || people;
  };
  return [f.summary, ...f.evidence.map((e) => e.text)].some((text) => {
    const words = wordsOf(text);
    // A day of the month ("26 January") is a date, not a figure.
    const month = (w: string | undefined) => w !== undefined && EN_MONTHS.includes(w.toLowerCase());
    const dayOf = (i: number) => month(words[i + 1]) || month(words[i - 1]);
    return words.some((w, i) => FIGURE.test(w) && !dayOf(i) && (!thing || named(words.slice(i + 1, i + 4))));
  });
}

/** A verb of attending a meeting ("attended", "took part in", "was at", "a participé", "出席"). */
export const ATTENDING = /\b(?:attend(?:s|ed|ing)?|took part|take part|taking part|participat\w*|join(?:s|ed)?|was at|were at|went to|present at)\b|\b(?:assist|particip)[ée](?!\p{L})|出席|参加/iu;

/** Words of a passage that speak of what is to come. */
export const AHEAD = /\b(?:will|would|next (?:week|month|year)|later this (?:week|month|year)|to be held|(?:is|are|was|were) expected|plans? to|planned|possible|upcoming|in the near future)\b/i;

/** A passage saying something was done before: "have worked together … before", "had already met", "previously". */
export const DONE_BEFORE = /\b(?:have|has|had)\s+(?:\w+\s+){0,2}\w+(?:ed|en|ne|wn|met|done|held)\b[^.;]*\b(?:before|previously|already|in the past)\b|\b(?:have|has|had)\s+(?:already|previously)\s+\w+/i;

/** Whether a question's word is what something was said about: "about Sato's legislative agenda", "sur le budget". */
export function aboutWord(question: string, t: Term): boolean {
  return new RegExp(`\\b(?:about|regarding|concerning|on|sur)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${escapeRegExp(t.text)}\\b`, 'iu').test(question);
}

/** A fact about what is to come: a planned step or side event, or every passage of it looking ahead. */
export function looksAhead(f: Fact): boolean {
  return f.planned === true || f.evidence.every((e) => AHEAD.test(e.text));
}

/** Whether a fact's passage says where: "in Japan", "at his office", "based in New Caledonia". */
export function placed(f: Fact): boolean {
  return f.evidence.some((e) => saysWhere(e.text));
}

/** Whether a passage says by what means: "through illicit cargo transfers", "by sharing intelligence", "via a hotline". */
export function saysHow(text: string): boolean {
  return /\b(?:through|via|by means of|by way of|by \w+ing)\b/i.test(text);
}

export function saysWhere(text: string): boolean {
  return /\b(?:in|at|to) (?:the )?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]|his |her |their )/.test(text);
}

export function kindOrder(f: Fact): number {
  return ['quote', 'outcome', 'status', 'covers', 'step', 'side-event', 'role', 'place', 'meeting', 'passage'].indexOf(f.kind);
}

export function answerOf(statement: Statement, facts: Fact[]): Extract<Finding, { kind: 'answer' }> {
  return { kind: 'answer', statement, facts };
}
