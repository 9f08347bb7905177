// A question's answer as a card: the direct answer first, in one or two sentences built from the
// records, each with the verbatim passage it rests on right beneath it; or, when the articles do
// not answer, a plain admission naming what they never mention and what is close (labelled as
// related, not as the answer).
import { type Finding, type HeldSpan, type RoleHolder, type Statement, saysHow, saysWhere } from '../knowledge/answer.js';
import { readablePassages, sentencesOf } from '../knowledge/article-text.js';
import { quoteDate } from '../knowledge/documents.js';
import type { Fact } from '../knowledge/facts.js';
import type { Knowledge } from '../knowledge/load.js';
import { officeAt, officeOn } from '../knowledge/offices.js';
import type { Agreement, DateFact, Evidence, Meeting } from '../knowledge/schema.js';
import type { YearSpan } from '../knowledge/span.js';
import { clip, compareKeys, normalizeForEvidence } from '../knowledge/text.js';
import { type Term, covers, stemsOf } from '../knowledge/words.js';
import type { Spot } from '../knowledge/answering/photo.js';
import { type Card, type Line, type Section, agreementName, asOfPhrase, meetingShort, datePhrase, formatDate, headline, latestSourceOf, meetingName, meetingRef, meetingTitle, ordinal, personName, statusLabel } from './cards.js';
import { dateEvidence, latestArticle, statusAsOf, weekdayOf } from '../knowledge/time.js';
import { type Lang, countryName, formatDateValue, officeTitle, placeName, roleName, t, weekdayName } from './i18n.js';


// Items with commas of their own ("1st meeting, January 2014, Lyon") are kept apart with semicolons.
const list = (items: string[], lang: Lang) => (lang !== 'ja' && items.some((i) => i.includes(', ')) ? semicolonList(items, lang) : items.join(lang === 'ja' ? '、' : ', '));
/** "second", "deuxième", "2": how far in from a photo's edge. */
const nthWord = (n: number, lang: Lang) => (lang === 'ja' ? String(n) : (lang === 'fr' ? ['', 'premier', 'deuxième', 'troisième', 'quatrième'] : ['', 'first', 'second', 'third', 'fourth'])[n] ?? String(n));
/** Items that hold commas of their own: "A; B" ("A、B", "A ; B"). */
const semicolonList = (items: string[], lang: Lang) => items.join(lang === 'ja' ? '、' : lang === 'fr' ? ' ; ' : '; ');
/** "A, B and C" ("A、BとC", "A, B et C"). */
const andList = (items: string[], lang: Lang) => (items.length < 2 ? (items[0] ?? '') : `${list(items.slice(0, -1), lang)}${t(lang, 'and')}${items.at(-1)!}`);

/** The names of the meeting series the knowledge base holds, joined. */
const seriesNames = (k: Knowledge, lang: Lang) => [...k.series.values()].map((s) => s.name[lang]).join(' / ');

/** The verbatim passages under an answer, each once, with its article and date; a passage reads on its own (readablePassages). */
function evidenceLines(k: Knowledge, evidence: Evidence[], lang: Lang, shown: Set<string>, max = 2): Line[] {
  const lines: Line[] = [];
  const texts = new Map<string, string[]>();
  for (const e of evidence) texts.set(e.article, [...(texts.get(e.article) ?? []), e.text]);
  const passages = [...texts].flatMap(([article, list]) => readablePassages(k.articles.get(article)!.text, list).map((text) => ({ article, text })));
  for (const e of passages) {
    const key = e.text.replace(/\s+/g, ' ');
    const parts = sentencesOf(key);
    if (shown.has(key) || parts.every((x) => shown.has(x)) || lines.length >= max * 2) continue;
    for (const x of [key, ...parts]) shown.add(x);
    lines.push({ style: 'quote', text: key }, sourceNote(k, e, lang));
  }
  return lines;
}

/** Where part of a role is inferred (a country the article does not print), the reasoning, shown. */
function inference(k: Knowledge, h: RoleHolder, lang: Lang): Line[] {
  const r = officeAt(k, k.people.get(h.person)!, h.meeting);
  return r?.inference ? [{ style: 'note', text: `${t(lang, 'inferred')}: ${r.inference}` }] : [];
}

/** How many characters an answer's lines may take, so that a first message stays within 3,000. */
const LEAD_BUDGET = 2400;
const lineSize = (l: Line) => l.text.length + (l.lead?.length ?? 0) + 8;
const leadSize = (lines: Line[]) => lines.reduce((n, l) => n + lineSize(l), 0);

/** The answer's lines within a budget: whole lines from the end go first, a passage with its source line. */
function fitLead(lines: Line[], budget = LEAD_BUDGET): Line[] {
  let used = 0;
  const out: Line[] = [];
  for (const l of lines) {
    used += lineSize(l);
    if (used > budget && out.length > 0) break;
    out.push(l);
  }
  if (out.at(-1)?.style === 'quote') out.pop();
  return out;
}

/** "The 3rd meeting was held in Lyon (Hôtel de Région) on 4 May 2019": a meeting named by its ordinal is placed in time too. */
function placeSentence(k: Knowledge, m: Meeting, lang: Lang): string {
  return t(lang, 'meetingPlace', { meeting: meetingName(k, m, lang), place: cityAndVenue(k, m, lang), date: datePhrase(m.date, lang) });
}

/** "Lyon (Hôtel de Région)": a meeting's city, and its venue where the articles name one. */
function cityAndVenue(k: Knowledge, m: Meeting, lang: Lang): string {
  const p = m.place!;
  return `${placeName(k, p.city, lang)}${p.venue ? ` (${placeName(k, p.venue, lang)})` : ''}`;
}

/** "ACSA: Framework agreed, as of 26 January 2018 (the latest source).", or "… (the latest article that reports it)". */
function statusSentence(k: Knowledge, a: Agreement, lang: Lang): string {
  return t(lang, 'statusIs', { name: agreementName(a, lang), status: statusLabel(a, lang), asOf: asOfPhrase(statusAsOf(k, a), lang), which: t(lang, latestSourceOf(k, a)) });
}

function holderText(k: Knowledge, h: RoleHolder, lang: Lang): { person: string; title: string; country: string; meeting: string } {
  const m = k.meetings.get(h.meeting)!;
  // Someone the articles do not place at the meeting held the office at its time, not "at" it.
  const there = m.participants.some((p) => p.person === h.person);
  const meeting = there ? meetingRef(k, m, lang) : t(lang, 'meetingTime', { meeting: meetingRef(k, m, lang) });
  return { person: personName(k.people.get(h.person)!, lang), title: roleName(k, h.title, lang), country: countryName(k, h.country, lang), meeting };
}

/** The direct answer, one or two sentences, in the user's language (article text stays English). */
function sentences(k: Knowledge, s: Statement, lang: Lang, facts: Fact[] = [], placeAsked = false): Line[] {
  switch (s.kind) {
    case 'role-holders':
      return s.holders.flatMap((h) => [{ text: t(lang, 'roleHolder', holderText(k, h, lang)), flag: h.country }, ...inference(k, h, lang)]);
    case 'not-holder': {
      const p = k.people.get(s.person)!;
      const lines: Line[] = s.holders.map((h) => ({ text: t(lang, 'notHolder', { ...holderText(k, h, lang), asked: personName(p, lang) }), flag: h.country }));
      if (s.elsewhere.length > 0) lines.push({ lead: personName(p, lang), text: `(${countryName(k, p.country, lang)}): ${list(s.elsewhere.map((h) => t(lang, 'roleAt', holderText(k, h, lang))), lang)}`, flag: p.country });
      return lines;
    }
    case 'photo': {
      // Left to right: the left side from its edge in, the centre, the right side from the centre out.
      const order = (x: Spot) => (x.side === 'L' ? x.from : x.side === 'C' ? 100 : 200 - x.from);
      const spots = [...s.spots].sort((a, b) => order(a.spot) - order(b.spot));
      const place = (x: Spot) => (x.side === 'C' ? t(lang, 'spotCentre') : t(lang, x.side === 'L' ? (x.from === 1 ? 'spotLeft' : 'spotFromLeft') : x.from === 1 ? 'spotRight' : 'spotFromRight', { n: nthWord(x.from, lang) }));
      const items = spots.map((x) => t(lang, 'photoSpot', { person: personName(k.people.get(x.person)!, lang), place: place(x.spot) }));
      const where = s.place ? [{ text: t(lang, 'photoTaken', { place: s.place }) }] : [];
      // Asked whether someone is in it: who its caption does not name, before those it does.
      const absent = s.notShown ? [{ text: t(lang, 'photoNotShown', { people: list(s.notShown.map((id) => personName(k.people.get(id)!, lang)), lang) }) }] : [];
      const counted = s.count !== undefined ? [{ text: t(lang, 'photoCount', { n: String(s.count) }) }] : [];
      const who = s.placeOnly ? [] : [...absent, ...counted, { text: t(lang, 'photoPlaces', { list: semicolonList(items, lang) }) }];
      return [...who, ...where, { style: 'quote', text: s.caption.text }, sourceNote(k, s.caption, lang)];
    }
    case 'role-check':
      return [s, ...(s.also ?? [])].flatMap((c) => [{ text: t(lang, c.matches ? 'roleCheckYes' : 'roleCheckNo', holderText(k, c.holder, lang)), flag: c.holder.country }, ...inference(k, c.holder, lang)]);
    case 'attendance': {
      const p = k.people.get(s.person)!;
      const m = k.meetings.get(s.meeting)!;
      // Present: the title held there; absent: where the articles do place them, with the title.
      const roles = s.holders.map((h) => (s.present ? roleName(k, h.title, lang) : t(lang, 'roleAt', holderText(k, h, lang))));
      const key = s.present ? (s.open ? 'presentAs' : 'presentAt') : roles.length > 0 ? 'absentAt' : 'absentAtOnly';
      const lines: Line[] = [{ text: t(lang, key, { person: personName(p, lang), meeting: meetingRef(k, m, lang), roles: list(roles, lang) }), flag: p.country }];
      // Not at it, but met there beside it (a prime minister receiving two of its ministers).
      if (s.beside) {
        lines.push({ text: t(lang, 'besideIt', { person: personName(p, lang) }) });
        // What it was, in our words, before its passages.
        for (const id of s.beside) {
          const f = facts.find((x) => x.id === id);
          if (f) lines.push({ style: 'item', text: f.summary });
        }
      }
      // Who held their office there instead.
      for (const h of s.instead ?? []) lines.push({ text: t(lang, 'roleHolder', holderText(k, h, lang)), flag: h.country });
      return lines;
    }
    case 'person-roles': {
      const p = k.people.get(s.person)!;
      const roles = s.holders.map((h) => t(lang, 'roleAt', holderText(k, h, lang)));
      const notAt = (s.notAt ?? []).map((id) => ({ text: t(lang, 'absentAtOnly', { person: personName(p, lang), meeting: meetingRef(k, k.meetings.get(id)!, lang) }) }));
      // Asked yes or no: the answer's word before the name ("No: Claire Dumont (France): …").
      const verdict = s.held === undefined ? '' : `${t(lang, s.held ? 'yesWord' : 'noWord')} `;
      const instead = (s.instead ?? []).map((h) => ({ text: t(lang, 'roleHolder', holderText(k, h, lang)), flag: h.country }));
      return [{ lead: `${verdict}${personName(p, lang)}`, text: `(${countryName(k, p.country, lang)}): ${list(roles, lang)}`, flag: p.country }, ...instead, ...notAt];
    }
    case 'participants': {
      const line = (meeting: string, ids: string[]): Line => {
        const m = k.meetings.get(meeting)!;
        if (ids.length === 0) return { text: t(lang, 'gapNoParticipants', { meeting: meetingRef(k, m, lang) }) };
        const people = ids.map((id) => {
          const p = k.people.get(id)!;
          const r = officeAt(k, p, m.id);
          return r ? `${personName(p, lang)} (${roleName(k, r.title, lang)})` : personName(p, lang);
        });
        return { text: t(lang, s.count ? 'participantsCount' : 'participantsAt', { meeting: meetingRef(k, m, lang), people: list(people, lang), n: people.length }) };
      };
      return [line(s.meeting, s.people), ...(s.also ?? []).map((x) => line(x.meeting, x.people))];
    }
    case 'meeting-date': {
      const m = k.meetings.get(s.meeting)!;
      // Asked the day of the week: its name beside a full date ("on 26 January 2018 (Friday)").
      const date = s.weekdayAsked ? datePhraseWithWeekday(m.date, lang) : datePhrase(m.date, lang);
      const lines: Line[] = [{ text: t(lang, 'meetingDate', { meeting: meetingName(k, m, lang), date }) }];
      if (s.partial) lines.push({ text: t(lang, 'gapNoDay', { meeting: meetingRef(k, m, lang), date: formatDate(m.date, lang) }) });
      if (m.date.provenance === 'inferred') lines.push({ style: 'note', text: `${t(lang, 'inferred')}: ${m.date.basis}` });
      if (m.date.external) lines.push({ style: 'note', text: `${formatDateValue(m.date.external.value, m.date.external.precision, lang)} — ${t(lang, 'notInSources')}` });
      // The words the date rests on: the line that prints it, or those its reasoning quotes.
      lines.push(...evidenceLines(k, dateEvidence(k, m.date, m.evidence.map((e) => e.article)), lang, new Set()));
      if (s.andPlace && m.place) lines.push({ text: placeSentence(k, m, lang) });
      return lines;
    }
    case 'at-every': {
      const ms = s.meetings.map((id) => meetingRef(k, k.meetings.get(id)!, lang));
      const people = s.people.map((id) => {
        const p = k.people.get(id)!;
        const roles = s.meetings.flatMap((m) => {
          const r = officeAt(k, p, m);
          return r ? [t(lang, 'roleAt', holderText(k, { person: id, title: r.title, country: r.country, meeting: m }, lang))] : [];
        });
        return `${personName(p, lang)} (${list(roles, lang)})`;
      });
      const meetings = andList(ms, lang);
      const lines: Line[] = [{ text: t(lang, ms.length === 2 ? 'atBoth' : 'atEvery', { meetings, people: semicolonList(people, lang) }) }];
      const unnamed = s.unnamed.map((id) => meetingRef(k, k.meetings.get(id)!, lang));
      if (unnamed.length > 0) lines.push({ style: 'note', text: t(lang, 'gapNoParticipants', { meeting: andList(unnamed, lang) }) });
      return lines;
    }
    case 'met': {
      const p = k.people.get(s.person)!;
      return s.at.map(({ meeting, people }) => {
        const m = k.meetings.get(meeting)!;
        const others = people.map((id) => {
          const o = k.people.get(id)!;
          const r = officeAt(k, o, meeting);
          return r ? `${personName(o, lang)} (${roleName(k, r.title, lang)})` : personName(o, lang);
        });
        return { text: t(lang, 'metAt', { meeting: meetingRef(k, m, lang), person: personName(p, lang), people: andList(others, lang) }) };
      });
    }
    case 'counterparts': {
      const p = k.people.get(s.person)!;
      const lines: Line[] = s.holders.map((h) => {
        const other = holderText(k, h, lang);
        return { text: t(lang, 'counterpartAt', { person: personName(p, lang), other: other.person, title: other.title, country: other.country, meeting: other.meeting }), flag: h.country };
      });
      return [...lines, { style: 'note', text: `${t(lang, 'inferred')}: ${t(lang, 'counterpartBasis')}` }];
    }
    case 'together': {
      const names = s.people.map((id) => personName(k.people.get(id)!, lang));
      const people = andList(names, lang);
      const items = s.meetings.map((id) => meetingShort(k, k.meetings.get(id)!, lang));
      return [{ text: t(lang, 'togetherAt', { people, list: semicolonList(items, lang) }) }];
    }
    case 'presence': {
      const p = k.people.get(s.holders[0]!.person)!;
      const ms = s.holders.map((h) => k.meetings.get(h.meeting)!);
      const items = s.holders.map((h, i) => t(lang, 'presenceItem', { meeting: meetingName(k, ms[i]!, lang), city: placeAsked ? cityAndVenue(k, ms[i]!, lang) : placeName(k, ms[i]!.place!.city, lang), date: datePhrase(ms[i]!.date, lang), title: roleName(k, h.title, lang) }));
      const lines: Line[] = [{ text: t(lang, 'presenceAt', { person: personName(p, lang), list: semicolonList(items, lang) }), flag: p.country }];
      // The country is inferred from the articles' words; a date known only from outside them is marked.
      const countries = new Map(s.country ? ms.map((m) => [m.place!.country!.inference, m] as const) : []);
      for (const [inference, m] of countries) lines.push({ style: 'note', text: `${t(lang, 'inferred')} (${placeName(k, m.place!.city, lang)} → ${countryName(k, m.place!.country!.value, lang)}): ${inference}` });
      for (const m of ms) if (m.date.external) lines.push({ style: 'note', text: `${meetingName(k, m, lang)}: ${formatDateValue(m.date.external.value, m.date.external.precision, lang)} — ${t(lang, 'notInSources')}` });
      if (s.unreported) lines.push({ text: t(lang, 'unreportedBefore', { meetings: andList(s.unreported.map((id) => meetingRef(k, k.meetings.get(id)!, lang)), lang) }) });
      return lines;
    }
    case 'meeting-place': {
      const m = k.meetings.get(s.meeting)!;
      const verdict = s.named === undefined ? '' : `${t(lang, s.named ? 'yesWord' : 'noWord')} `;
      const sentence = placeSentence(k, m, lang);
      // The date it gives is labelled as worked out where it is ("a Friday in 2015": the year is inferred).
      const inferred: Line[] = m.date.provenance === 'inferred' ? [{ style: 'note', text: `${t(lang, 'inferred')}: ${m.date.basis}` }] : [];
      const compared = s.compared ? [{ text: placeSentence(k, k.meetings.get(s.compared)!, lang) }] : [];
      return [{ text: verdict && lang !== 'ja' ? `${verdict}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : `${verdict}${sentence}` }, ...compared, ...inferred];
    }
    case 'meetings': {
      const ms = s.meetings.map((id) => k.meetings.get(id)!).sort((a, b) => compareKeys(a.date.value, b.date.value));
      // Asked the day of the week: each meeting's, beside a full date (a report's "a Friday" says it already).
      const day = (m: Meeting) => (s.weekdays && m.date.precision === 'day' ? weekdayOf(m.date) : undefined);
      // "Friday 26 January 2018", "2018年1月26日（金曜日）".
      const dated = (m: Meeting) => (day(m) ? (lang === 'ja' ? `${formatDate(m.date, lang)}（${weekdayName(day(m)!, lang)}）` : `${weekdayName(day(m)!, lang)} ${formatDate(m.date, lang)}`) : formatDate(m.date, lang));
      // Japanese takes its own commas: "第4回2+2会合（2018年1月26日、東京）".
      // Each meeting asked of: its venue too, where the articles give one.
      const where = (m: Meeting) => (m.place ? [...(s.asked && m.place.venue ? [placeName(k, m.place.venue, lang)] : []), placeName(k, m.place.city, lang)] : []);
      const items = ms.map((m) => (lang === 'ja' ? `${meetingName(k, m, lang)}（${[dated(m), ...where(m)].join('、')}）` : [meetingName(k, m, lang), dated(m), ...where(m)].join(', ')));
      if (s.asked) {
        const c = s.check;
        const verdict: Line[] = !c
          ? []
          : c.kind === 'weekday'
            ? [{ text: t(lang, c.yes ? 'eachOnWeekday' : c.none ? 'noneOnWeekday' : 'notEachOnWeekday', { weekday: weekdayName(c.weekday, lang) }) }]
            : [{ text: c.yes ? t(lang, 'eachThere') : c.there.length === 0 ? t(lang, 'noneThere') : t(lang, 'notEachThere', { list: list(c.there.map((id) => meetingName(k, k.meetings.get(id)!, lang)), lang) }) }];
        return [...verdict, { text: `${semicolonList(items, lang)}${lang === 'ja' ? '。' : '.'}` }];
      }
      // The time asked ("since 2015", "up to January 2017", "in 2018"), where one bounds the meetings.
      const when = s.within ? timeBound(s.within, lang) : undefined;
      const unsure = (s.unsure ?? []).map((id) => ({ style: 'note' as const, text: t(lang, 'meetingMaybeWithin', { meeting: meetingName(k, k.meetings.get(id)!, lang), date: formatDate(k.meetings.get(id)!.date, lang) }) }));
      if (s.of !== undefined) {
        // Those held where asked, of all the articles mention (within the time asked); a meeting whose place they do not give is said.
        const vars = { n: ms.length, of: s.of, list: ms.length > 0 ? list(items, lang) : '—', series: seriesNames(k, lang), when: when ?? '' };
        const lines: Line[] = [{ text: t(lang, when ? (ms.length === 1 ? 'meetingThereWithin' : 'meetingsThereWithin') : 'meetingsThere', vars) }];
        for (const id of s.unplaced ?? []) lines.push({ style: 'note', text: t(lang, 'meetingUnplaced', { meeting: meetingName(k, k.meetings.get(id)!, lang) }) });
        return [...lines, ...unsure];
      }
      if (when) return [{ text: t(lang, ms.length === 0 ? (unsure.length > 0 ? 'meetingsWithinNoneSure' : 'meetingsWithinNone') : ms.length === 1 ? 'meetingsWithinOne' : 'meetingsWithin', { n: ms.length, when, list: ms.length > 0 ? list(items, lang) : '—', series: seriesNames(k, lang) }) }, ...unsure];
      return [{ text: s.count ? t(lang, 'meetingsCount', { n: ms.length, list: list(items, lang), series: seriesNames(k, lang) }) : t(lang, 'meetingsList', { list: list(items, lang), series: seriesNames(k, lang) }) }];
    }
    case 'quotes': {
      const quotes = s.quotes.map((id) => k.quotes.get(id)!);
      const speaker = quotes[0]?.speaker ? k.people.get(quotes[0].speaker)! : undefined;
      const direct = quotes.some((q) => q.kind === 'direct');
      // "Never quoted directly" only of someone the articles never quote; otherwise, what they report.
      const everQuoted = speaker ? [...k.quotes.values()].some((q) => q.speaker === speaker.id && q.kind === 'direct') : false;
      // Several speakers (an office's holders over the years): each named with their words.
      const speakers = [...new Set(quotes.map((q) => q.speaker))];
      if (speakers.length > 1) return [{ text: t(lang, 'saidByEach', { names: list(speakers.flatMap((id) => (id ? [personName(k.people.get(id)!, lang)] : [])), lang) }) }];
      const key = direct ? 'saidBy' : everQuoted ? 'reportedSaid' : 'reportedOf';
      // Asked when too ("who said it and when?"): the meetings they said it at, in the answer's own words.
      const at = s.dated ? [...new Set(quotes.flatMap((q) => (q.meeting ? [q.meeting] : [])))].map((id) => k.meetings.get(id)!) : [];
      const when = at.map((m) => ({ text: t(lang, 'saidAtMeeting', { meeting: meetingName(k, m, lang), date: formatDate(m.date, lang) }) }));
      return [...when, { text: t(lang, key, { name: speaker ? personName(speaker, lang) : '' }) }];
    }
    case 'speaker': {
      const q = k.quotes.get(s.quote)!;
      const p = q.speaker ? k.people.get(q.speaker)! : undefined;
      const role = p ? officeOn(p, quoteDate(k, q).value) : undefined;
      const meeting = q.meeting ? meetingRef(k, k.meetings.get(q.meeting)!, lang) : formatDate(quoteDate(k, q), lang);
      const detail = role ? [roleName(k, role.title, lang), meeting].join(lang === 'ja' ? '、' : ', ') : meeting;
      const name = p ? personName(p, lang) : (q.attributedTo ?? '');
      const claimed = s.claimed ? k.people.get(s.claimed) : undefined;
      const text = claimed ? t(lang, 'speakerNotClaimed', { name, detail, claimed: personName(claimed, lang) }) : t(lang, 'speakerIs', { name, detail });
      return [{ text, ...(role ? { flag: role.country } : {}) }];
    }
    case 'status': {
      const a = k.agreements.get(s.agreement)!;
      return [{ text: statusSentence(k, a, lang) }];
    }
    case 'covers':
      return [{ text: t(lang, 'coversIs', { name: agreementName(k.agreements.get(s.agreement)!, lang) }) }];
    case 'facts':
    {
      const lines: Line[] = [];
      const held = s.heldAt ? k.meetings.get(s.heldAt) : undefined;
      if (s.at) {
        const m = k.meetings.get(s.at)!;
        lines.push({ text: t(lang, 'meetingOutcomes', { meeting: meetingName(k, m, lang), date: formatDate(m.date, lang) }) });
      }
      if (s.elsewhere && held) {
        const where = held ? `${meetingName(k, held, lang)} (${formatDate(held.date, lang)})` : '';
        lines.push({ text: t(lang, 'notThere', { meeting: meetingRef(k, k.meetings.get(s.elsewhere)!, lang), where }) });
      }
      if (s.negated) lines.push({ text: t(lang, 'negated', { clause: s.negated }) });
      if (s.reportsDiffer) lines.push({ text: t(lang, 'reportsDiffer') });
      if (s.placed) lines.push({ text: t(lang, 'placedBy', { person: personName(k.people.get(s.placed.person)!, lang), place: placeName(k, s.placed.place, lang) }) });
      if (s.besideMeeting) {
        const m = k.meetings.get(s.besideMeeting.meeting)!;
        lines.push({ text: t(lang, 'besideMeeting', { person: personName(k.people.get(s.besideMeeting.person)!, lang), meeting: meetingRef(k, m, lang), place: placeName(k, m.place!.city, lang) }) });
      }
      return lines;
    }
    case 'order': {
      const [a, b] = s.facts.map((id) => facts.find((f) => f.id === id)!);
      // A meeting with its city: "which came first, the Paris one or the Iikura one" is answered in the asker's terms.
      const cityOf = (f: Fact) => (f.kind === 'meeting' ? k.meetings.get(f.meeting!)!.place?.city : undefined);
      const item = (f: Fact) => `${f.kind === 'meeting' ? meetingName(k, k.meetings.get(f.meeting!)!, lang) : `${agreementName(k.agreements.get(f.agreement!)!, lang)} (${f.summary})`}, ${formatDate(f.date!, lang)}${cityOf(f) ? `, ${placeName(k, cityOf(f)!, lang)}` : ''}`;
      const same = a!.date!.value === b!.date!.value || (a!.date!.value.slice(0, 4) === b!.date!.value.slice(0, 4) && (a!.date!.precision === 'year' || b!.date!.precision === 'year'));
      const lines: Line[] = [{ text: t(lang, same ? 'orderSameYear' : 'orderFirst', { first: item(a!), second: item(b!) }) }];
      // How far apart, by the calendar: whole years between the years they are dated to.
      const years = Number(b!.date!.value.slice(0, 4)) - Number(a!.date!.value.slice(0, 4));
      if (s.apart && !same && years > 0) lines.push({ text: t(lang, years === 1 ? 'yearApart' : 'yearsApart', { years: String(years), first: a!.date!.value.slice(0, 4), second: b!.date!.value.slice(0, 4) }) });
      return lines;
    }
    case 'office-change': {
      const items = s.holders.map((h) => t(lang, 'officeItem', holderText(k, h, lang)));
      const verdict = s.sameAsked ? (s.changed ? 'officeNotSame' : 'officeSameYes') : s.changed ? 'officeChanged' : 'officeSame';
      return [{ text: t(lang, verdict, { list: semicolonList(items, lang) }), flag: s.holders[0]!.country }];
    }
    case 'latest-holder': {
      const dates = new Set<string>();
      const lines: Line[] = s.holders.map((h) => {
        const date = formatDateValue(h.asOf, 'day', lang);
        dates.add(date);
        return { text: t(lang, 'latestHolder', { person: personName(k.people.get(h.person)!, lang), title: roleName(k, h.title, lang), country: countryName(k, h.country, lang), date }), flag: h.country };
      });
      for (const date of dates) lines.push({ style: 'note', text: `${t(lang, 'inferred')}: ${t(lang, 'latestHolderBasis', { date })}` });
      return lines;
    }
    case 'discussed-at': {
      const items = s.meetings.map((id) => {
        const m = k.meetings.get(id)!;
        return `${meetingName(k, m, lang)} (${formatDate(m.date, lang)})`;
      });
      return [{ text: t(lang, items.length === 1 ? 'discussedOnlyAt' : 'discussedAt', { list: semicolonList(items, lang), n: items.length }) }];
    }
    case 'interval': {
      const [a, b] = s.meetings.map((id) => k.meetings.get(id)!) as [Meeting, Meeting];
      const lines: Line[] = [{ text: t(lang, s.years === 1 ? 'intervalOne' : 'interval', { years: s.years, first: meetingName(k, a, lang), firstDate: datePhrase(a.date, lang), second: meetingName(k, b, lang), secondDate: datePhrase(b.date, lang) }) }];
      // A year worked out: the reasoning, and the words it rests on.
      for (const m of [a, b]) {
        if (m.date.provenance !== 'inferred') continue;
        lines.push({ style: 'note', text: `${meetingName(k, m, lang)} — ${t(lang, 'inferred')}: ${m.date.basis}` });
        lines.push(...evidenceLines(k, dateEvidence(k, m.date, m.evidence.map((e) => e.article)), lang, new Set()));
      }
      return lines;
    }
    case 'not-signed': {
      const a = k.agreements.get(s.agreement)!;
      const lines: Line[] = [{ text: t(lang, 'notSigned', { name: agreementName(a, lang) }) }];
      if (s.meeting && s.signedThere.length > 0) {
        const names = s.signedThere.map((id) => agreementName(k.agreements.get(id)!, lang));
        lines.push({ text: t(lang, 'signedThere', { meeting: meetingRef(k, k.meetings.get(s.meeting)!, lang), names: andList(names, lang) }) });
      }
      lines.push({ text: t(lang, 'stepsReported') });
      return lines;
    }
    case 'series':
      return [{ text: k.series.get(s.series)!.about[lang] }];
    case 'progress': {
      const a = k.agreements.get(s.agreement)!;
      const m = s.meeting ? k.meetings.get(s.meeting) : undefined;
      const last = facts.find((f) => f.id === s.step)!;
      // No time asked: its whole history, the latest step first.
      if (!m && s.year === undefined) return [{ text: t(lang, 'progressLatest', { name: agreementName(a, lang), step: last.summary }) }, { text: t(lang, 'stepsUntil') }];
      const by = m ? t(lang, s.before ? 'beforeMeeting' : 'byMeeting', { meeting: meetingRef(k, m, lang), date: formatDate(m.date, lang) }) : t(lang, s.before ? 'beforeYear' : 'byYearEnd', { year: s.year! });
      return [{ text: t(lang, 'progressBy', { by, name: agreementName(a, lang), step: last.summary }) }, { text: t(lang, 'stepsUntil') }];
    }
    case 'date-check': {
      const m = k.meetings.get(s.meeting)!;
      // Asked a day of the week: the meeting's, beside its date where the date does not say it.
      const date = s.weekday ? datePhraseWithWeekday(m.date, lang) : datePhrase(m.date, lang);
      return [{ text: t(lang, s.matches ? 'dateCheckYes' : 'dateCheckNo', { meeting: meetingName(k, m, lang), date }) }];
    }
    case 'number-check': {
      const m = k.meetings.get(s.meeting)!;
      const nth = (n: number) => (lang === 'fr' && n === 1 ? '1er' : ordinal(n, lang));
      const vars = { meeting: meetingRef(k, m, lang), nth: nth(m.number!.value), asked: nth(s.asked) };
      const lines: Line[] = [{ text: t(lang, s.matches ? 'numberCheckYes' : 'numberCheckNo', vars) }];
      if (s.numbered) lines.push({ text: t(lang, 'numberedMeeting', { asked: vars.asked, meeting: meetingShort(k, k.meetings.get(s.numbered)!, lang) }) });
      return lines;
    }
    case 'in-office-since': {
      // A start the articles state ("who took office in July 2022", "is succeeded by"), or only the first day they name them in it.
      const stated = /took office|took up|was appointed|succeed|replac|takes over/i.test(s.held.date.basis ?? '');
      const vars = successionVars(k, s.held, lang);
      const lines: Line[] = [{ text: t(lang, stated ? 'inOfficeSince' : 'inOfficeFirstNamed', stated ? vars : { ...vars, date: formatDate(s.held.date, lang) }), flag: s.held.country }];
      if (s.held.date.provenance === 'inferred') lines.push({ style: 'note', text: `${t(lang, 'inferred')}: ${s.held.date.basis}` });
      // The words the date rests on ("who took office in July 2022").
      const p = k.people.get(s.held.person)!;
      const articles = p.offices.filter((o) => o.title === s.held.title && o.country === s.held.country).flatMap((o) => o.evidence.map((e) => e.article));
      lines.push(...evidenceLines(k, dateEvidence(k, s.held.date, articles), lang, new Set()));
      return lines;
    }
    case 'succession': {
      const next = s.direction === 'next';
      const lines: Line[] = s.pairs.map(({ held, other }) => {
        const vars = successionVars(k, held, lang);
        if (other.length === 0) return { text: t(lang, next ? 'successionNoneNext' : 'successionNonePrevious', vars), flag: held.country };
        const others = andList(other.map((o) => personName(k.people.get(o.person)!, lang)), lang);
        return { text: t(lang, next ? 'successionNext' : 'successionPrevious', { ...vars, others, otherDate: datePhrase(other[0]!.date, lang) }), flag: held.country };
      });
      if (s.pairs.some((x) => x.other.length > 0 && !x.stated)) lines.push({ style: 'note', text: `${t(lang, 'inferred')}: ${t(lang, 'successionBasis')}` });
      return lines;
    }
  }
}

/** The words that place someone in an office: name, country, title, and when. */
/** "on 26 January 2018 (Friday)", "2018年1月26日（金曜日）": a full date with its weekday; one the report gives by weekday already says it. */
function datePhraseWithWeekday(d: DateFact, lang: Lang): string {
  const weekday = d.weekday ? undefined : weekdayOf(d);
  if (!weekday) return datePhrase(d, lang);
  return lang === 'ja' ? `${datePhrase(d, lang)}（${weekdayName(weekday, lang)}）` : `${datePhrase(d, lang)} (${weekdayName(weekday, lang)})`;
}

function successionVars(k: Knowledge, h: HeldSpan, lang: Lang) {
  return { person: personName(k.people.get(h.person)!, lang), country: countryName(k, h.country, lang), title: roleName(k, h.title, lang), date: datePhrase(h.date, lang) };
}

/** "since 2015", "from 2014 to 2017", "up to January 2017", "in 2018". */
function timeBound(within: { span: YearSpan } | { years: number[]; month?: number }, lang: Lang): string {
  if ('years' in within) return t(lang, 'meetingsIn', { years: within.month ? formatDateValue(`${within.years[0]}-${String(within.month).padStart(2, '0')}`, 'month', lang) : andList(within.years.map(String), lang) });
  const { from, to } = within.span;
  const end = to ? (to.month && to.month !== 12 ? formatDateValue(`${to.year}-${String(to.month).padStart(2, '0')}`, 'month', lang) : lang === 'ja' ? `${to.year}年` : String(to.year)) : '';
  if (from && to) return t(lang, 'meetingsFromTo', { from: from.year, to: end });
  if (from) return t(lang, from.exclusive ? 'meetingsAfter' : 'meetingsSince', { year: from.year });
  return to!.exclusive ? t(lang, 'meetingsBefore', { year: to!.year }) : t(lang, 'meetingsUpTo', { date: end });
}

/**
 * For a list of facts: each fact in the bot's words, then the verbatim passage it rests on. Where
 * the bot's summary does not say what was asked but the passage does, the passage is the answer.
 */
function factLines(k: Knowledge, facts: Fact[], lang: Lang, shown: Set<string>, withSummary: boolean, terms: Term[] = [], placeAsked = false, mannerAsked = false, hints: Term[] = []): Line[] {
  const said = new Set<string>();
  return facts.flatMap((f) => {
    const dated = f.date && (f.kind === 'step' || f.kind === 'side-event') ? { lead: `${formatDate(f.date, lang)}${f.planned ? ` (${t(lang, 'planned')})` : ''}:` } : {};
    const quote = f.kind === 'quote' ? k.quotes.get(f.record!.id)! : undefined;
    let summary = quote ? (quote.kind === 'direct' ? `“${clip(f.summary, 300)}”` : clip(f.summary, 300)) : f.summary;
    const summaryStems = new Set(stemsOf(f.summary));
    const coversAll = (e: Evidence) => terms.every((term) => covers(new Set(stemsOf(e.text)), term));
    const answering =
      // "Where is it?": the article's own sentence says where; our summary may not.
      placeAsked
        ? (f.evidence.find((e) => coversAll(e) && saysWhere(e.text)) ?? f.evidence.find(coversAll))
        : // "How": the sentence that says by what means, where our summary leaves the means out.
          mannerAsked && !saysHow(f.summary) && f.evidence.some((e) => coversAll(e) && saysHow(e.text))
          ? f.evidence.find((e) => coversAll(e) && saysHow(e.text))
          : terms.length > 0 && !terms.every((term) => covers(summaryStems, term))
            ? f.evidence.find(coversAll)
            : // A word that says how ("agreed to start negotiating") the passage says and our summary does not.
              f.evidence.find((e) => coversAll(e) && hints.some((h) => !covers(summaryStems, h) && covers(new Set(stemsOf(e.text)), h)));
    if (answering) summary = answering.text.replace(/\s+/g, ' ');
    // Two facts answered by the same sentence say it once; the same words on two dates (two reports
    // that disagree) are two answers.
    const once = `${dated.lead ?? ''}${summary}`;
    if (said.has(once)) return [];
    said.add(once);
    const head: Line[] = withSummary && f.kind !== 'role' && f.kind !== 'meeting' && f.kind !== 'status' ? [{ style: 'item', text: summary, ...dated }] : [];
    // A passage already given as the answer is not shown again.
    if (head.length > 0 && (answering || f.kind === 'passage' || (quote && quote.kind === 'reported'))) for (const e of f.evidence) if (normalizeForEvidence(e.text).includes(normalizeForEvidence(f.summary)) || e === answering) shown.add(e.text.replace(/\s+/g, ' '));
    // Of several office holders, each their first passage: a second for each would push the later ones' off the page.
    const lines = [...head, ...evidenceLines(k, f.evidence, lang, shown, f.kind === 'role' && facts.length > 2 ? 1 : 2)];
    if (head.length > 0 && lines.length === 1) lines.push(sourceNote(k, f.evidence[0]!, lang));
    return lines;
  });
}

function sourceNote(k: Knowledge, e: Evidence, lang: Lang): Line {
  const a = k.articles.get(e.article)!;
  return { style: 'note', text: `📰 ${t(lang, 'evidenceFrom', { headline: headline(a, lang), date: formatDate(a.date, lang) })}` };
}

function relatedSection(k: Knowledge, related: Fact[], lang: Lang, heading: 'related' | 'closest' = 'related'): Section[] {
  if (related.length === 0) return [];
  const seen = new Set<string>();
  const lines = related
    .filter((f) => !seen.has(f.summary) && seen.add(f.summary))
    .slice(0, 3)
    .map((f): Line => {
      const m = f.meeting ? k.meetings.get(f.meeting) : undefined;
      if (f.kind === 'meeting' && m) return { style: 'item', text: `${meetingTitle(k, m, lang)} — ${formatDate(m.date, lang)}`, command: `/meeting ${m.id}` };
      const text = `${clip(f.summary, 200)}${m ? ` (${meetingRef(k, m, lang)})` : ''}`;
      // A passage is its article's: it has no record of its own to open.
      return f.record ? { style: 'item', text, command: `/${f.record.kind} ${f.record.id}` } : { style: 'item', text: `${text} (${headline(k.articles.get(f.evidence[0]!.article)!, lang)})` };
    });
  return [{ name: t(lang, heading), lines }];
}

/**
 * Whether a miss can say the sources do not cover the question: they never mention something it
 * asks about, or a check found exactly what is missing. Otherwise the bot only failed to find an
 * answer, and says that instead.
 */
export function isSure(finding: Extract<Finding, { kind: 'not-covered' }>): boolean {
  return finding.unmentioned.length > 0 || finding.gap !== undefined;
}

/**
 * Two questions in one: the first's answer, then the second's beneath it without what the first
 * already shows, within one answer's budget; where none of the second's lines is left, a word that
 * it is to be asked on its own.
 */
export function twoPartCard(k: Knowledge, first: Card, second: Extract<Finding, { kind: 'answer' }> | undefined, part: string, lang: Lang): Card {
  const more = second ? findingCard(k, second, lang).lead : [];
  // Each part its share: the first's head lines, then the second's.
  const head = more.length > 0 ? fitLead(first.lead, LEAD_BUDGET / 2) : first.lead;
  const shownLines = new Set(head.map((l) => `${l.style ?? ''}\u0000${l.text}`));
  const shown = (l: Line) => shownLines.has(`${l.style ?? ''}\u0000${l.text}`);
  // A line already shown is not shown twice; a source line goes with its passage (kept or dropped with
  // it). A passage the first part quoted as its evidence may be what answers the second: kept as that.
  const added = more.filter((l, i) => (l.style === 'note' && i > 0 ? !shown(more[i - 1]!) : !shown(l)));
  const tail = fitLead(added, LEAD_BUDGET - leadSize(head));
  const lead = tail.length > 0 ? [...head, ...tail] : [...head, { style: 'note' as const, text: t(lang, 'secondPartOpen', { part }) }];
  return { ...first, lead };
}

export function findingCard(k: Knowledge, finding: Finding, lang: Lang): Card {
  const shown = new Set<string>();
  switch (finding.kind) {
    case 'answer': {
      const lead = sentences(k, finding.statement, lang, finding.facts, finding.placeAsked);
      // "Which article says…": which, first.
      if (finding.sourceAsked) {
        const articles = [...new Set(finding.facts.flatMap((f) => f.evidence.map((e) => e.article)))].map((id) => k.articles.get(id)!);
        if (articles.length > 0) lead.unshift({ text: t(lang, 'inArticles', { articles: articles.map((a) => t(lang, 'articleOf', { date: formatDate(a.date, lang), headline: headline(a, lang) })).join('; ') }) });
      }
      // A passage the answer's own lines quote (the line printing a date) is not quoted again beneath.
      for (const l of lead) if (l.style === 'quote') shown.add(l.text.replace(/\s+/g, ' '));
      const statement = finding.statement;
      const withSummary = ['facts', 'covers', 'quotes', 'status', 'not-signed', 'progress'].includes(statement.kind);
      // Absent: the meeting's own passage (who was there) under the first line, before what they did beside it.
      if (statement.kind === 'attendance' && !statement.present) lead.splice(1, 0, ...evidenceLines(k, finding.facts.at(-1)!.evidence, lang, shown, 1));
      // A photo's places rest on its caption alone, quoted with them.
      let listed = statement.kind === 'photo' ? [] : finding.facts;
      if (statement.kind === 'not-signed' && statement.meeting) {
        // What was signed there is the correction itself: its passage goes under that line, not after
        // the other agreement's steps, where a long history pushes it off the first page.
        const there = listed.filter((f) => f.kind === 'outcome' && f.meeting === statement.meeting && statement.signedThere.includes(f.agreement ?? ''));
        const at = lead.findIndex((l) => l.text === t(lang, 'stepsReported'));
        lead.splice(at < 0 ? lead.length : at, 0, ...there.flatMap((f) => evidenceLines(k, f.evidence, lang, shown, 1)));
        listed = listed.filter((f) => !there.includes(f));
      }
      if (statement.kind === 'facts' && statement.atEach) {
        // Each meeting's outcomes under its own name, oldest first.
        for (const id of statement.atEach) {
          const m = k.meetings.get(id)!;
          lead.push({ text: t(lang, 'meetingOutcomes', { meeting: meetingName(k, m, lang), date: formatDate(m.date, lang) }) });
          lead.push(...factLines(k, listed.filter((f) => f.meeting === id), lang, shown, withSummary, finding.terms, finding.placeAsked, finding.mannerAsked, finding.hints));
        }
      } else lead.push(...factLines(k, listed.slice(0, 4), lang, shown, withSummary, finding.terms, finding.placeAsked, finding.mannerAsked, finding.hints));
      if (finding.looseWords) lead.push({ style: 'note', text: t(lang, 'looseWords', { words: finding.looseWords.map((w) => `“${w}”`).join(', ') }) });
      if (finding.apart) lead.push({ style: 'note', text: t(lang, finding.apart.inArticles ? 'apartWords' : 'looseWords', { words: `“${finding.apart.word}”` }) });
      // What the claim names that no article does comes first: the passages below are what they say instead.
      if (finding.unsaid) lead.unshift({ text: t(lang, 'unsaidWords', { words: list(finding.unsaid.map((w) => `“${w}”`), lang) }) });
      return { kind: 'answer', title: t(lang, 'answerTitle'), lead: fitLead(lead), sections: [], sources: [] };
    }
    case 'not-covered': {
      if (!isSure(finding)) {
        const lead: Line[] = [{ text: t(lang, 'unsureBody') }];
        if (finding.absent) lead.push({ text: t(lang, finding.absent.length > 1 ? 'absentWordsMany' : 'absentWords', { words: list(finding.absent.map((w) => `“${w}”`), lang) }) });
        lead.push({ style: 'note', text: t(lang, 'sourcesStop', { date: latestDate(k, lang) }) });
        return { kind: 'miss', title: t(lang, 'unsureTitle'), lead, sections: relatedSection(k, finding.related, lang, 'closest'), sources: [] };
      }
      const lead: Line[] = [{ text: gapText(k, finding, lang) ?? t(lang, 'notCoveredBody') }];
      if (finding.unmentioned.length > 0) lead.push({ text: t(lang, 'neverMentioned', { terms: finding.unmentioned.map((w) => `“${w}”`).join(', ') }) });
      const rest = finding.uncovered.filter((w) => !finding.unmentioned.includes(w));
      if (rest.length > 0) lead.push({ text: t(lang, 'notAnswered', { terms: rest.map((w) => `“${w}”`).join(', ') }) });
      lead.push({ style: 'note', text: t(lang, 'sourcesStop', { date: latestDate(k, lang) }) });
      return { kind: 'miss', title: t(lang, 'notCoveredTitle'), lead, sections: relatedSection(k, finding.related, lang), sources: [] };
    }
    case 'never-quoted': {
      const p = k.people.get(finding.person)!;
      return { kind: 'miss', title: t(lang, 'noQuotesTitle', { name: personName(p, lang) }), lead: [{ text: t(lang, 'noDirectQuotes', { name: personName(p, lang) }) }], sections: relatedSection(k, finding.related, lang), sources: [] };
    }
    case 'no-such-meeting': {
      const asked = finding.asked.startsWith('#') ? t(lang, 'numbered', { n: finding.asked.slice(1) }) : t(lang, 'inYear', { year: finding.asked });
      const meetings = [...k.meetings.values()].sort((a, b) => compareKeys(a.date.value, b.date.value));
      return {
        kind: 'miss',
        title: t(lang, 'noSuchMeetingTitle', { series: seriesNames(k, lang) }),
        // Spoken of as to come, it is not "not mentioned": it is not reported as held.
        lead: [{ text: t(lang, finding.related?.length ? 'noSuchMeetingHeld' : 'noSuchMeetingBody', { asked, series: seriesNames(k, lang) }) }],
        sections: [
          { name: t(lang, 'whatExists'), lines: meetings.map((m) => ({ style: 'item', text: `${meetingName(k, m, lang)} — ${formatDate(m.date, lang)}${m.place ? `, ${placeName(k, m.place.city, lang)}` : ''}`, command: `/meeting ${m.id}` })) },
          // What the articles say of it all the same ("the ninth meeting will be held in Tokyo in 2026").
          ...relatedSection(k, finding.related ?? [], lang),
        ],
        sources: [],
      };
    }
    case 'after-sources': {
      const lead: Line[] = [{ text: t(lang, 'sourcesStop', { date: latestDate(k, lang) }) }];
      if (finding.asOf) {
        lead.push({ lead: t(lang, 'asOfThen'), text: '' });
        lead.push(...sentences(k, finding.asOf.statement, lang, finding.asOf.facts));
        const withSummary = ['facts', 'covers', 'quotes', 'status'].includes(finding.asOf.statement.kind);
        lead.push(...factLines(k, finding.asOf.facts.slice(0, 3), lang, shown, withSummary));
      }
      return { kind: 'miss', title: t(lang, 'notCoveredTitle'), lead: fitLead(lead), sections: relatedSection(k, finding.related, lang), sources: [] };
    }
  }
}

function latestDate(k: Knowledge, lang: Lang): string {
  const latest = latestArticle(k);
  return formatDate(latest.date, lang);
}

function gapText(k: Knowledge, f: Extract<Finding, { kind: 'not-covered' }>, lang: Lang): string | undefined {
  const gap = f.gap;
  if (!gap) return undefined;
  switch (gap.kind) {
    case 'no-role': {
      const role = officeTitle(k, gap.role, lang);
      const m = gap.meeting ? k.meetings.get(gap.meeting) : undefined;
      const who = gap.country ? `${role} (${countryName(k, gap.country, lang)})` : role;
      return m ? t(lang, 'gapNoRole', { role: who, meeting: meetingRef(k, m, lang) }) : t(lang, 'gapNoRoleAny', { role: who });
    }
    case 'no-place':
      return t(lang, 'gapNoPlace', { meeting: meetingRef(k, k.meetings.get(gap.meeting)!, lang) });
    case 'no-venue': {
      const [m, other] = [k.meetings.get(gap.meeting)!, k.meetings.get(gap.venueOf)!];
      return t(lang, 'gapNoVenue', { meeting: meetingName(k, m, lang), city: placeName(k, m.place!.city, lang), other: meetingName(k, other, lang), venue: placeName(k, other.place!.venue!, lang) });
    }
    case 'no-day': {
      const m = k.meetings.get(gap.meeting)!;
      return t(lang, 'gapNoDay', { meeting: meetingRef(k, m, lang), date: formatDate(m.date, lang) });
    }
    case 'not-in-force': {
      const a = k.agreements.get(gap.agreement)!;
      return `${t(lang, 'gapNotInForce', { name: agreementName(a, lang) })} ${statusSentence(k, a, lang)}`;
    }
    case 'not-signed':
    {
      const a = k.agreements.get(gap.agreement)!;
      return `${t(lang, 'gapNotSigned', { name: agreementName(a, lang) })} ${statusSentence(k, a, lang)}`;
    }
    case 'not-quoted-on':
      return t(lang, 'gapNotQuotedOn', { name: personName(k.people.get(gap.person)!, lang) });
    case 'no-participants':
      return t(lang, 'gapNoParticipants', { meeting: meetingRef(k, k.meetings.get(gap.meeting)!, lang) });
    case 'none-at-every': {
      const ms = gap.meetings.map((id) => meetingRef(k, k.meetings.get(id)!, lang));
      const meetings = andList(ms, lang);
      return t(lang, 'gapNoneAtEvery', { meetings, of: gap.country ? `${lang === 'ja' ? '' : ' '}${countryName(k, gap.country, lang, 'from')}` : '' });
    }
    case 'no-counterpart': {
      const m = gap.meeting ? k.meetings.get(gap.meeting) : undefined;
      return t(lang, 'gapNoCounterpart', { person: personName(k.people.get(gap.person)!, lang), at: m ? t(lang, 'atMeeting', { meeting: meetingRef(k, m, lang) }) : '' });
    }
    case 'no-figure':
      return t(lang, 'gapNoFigure');
    case 'no-name':
      return t(lang, 'gapNoName');
    case 'only-given':
      return t(lang, 'gapOnlyGiven', { asked: gap.asked, given: gap.given });
    case 'no-step-before': {
      const m = gap.meeting ? k.meetings.get(gap.meeting) : undefined;
      return t(lang, 'gapNoStepBefore', { name: agreementName(k.agreements.get(gap.agreement)!, lang), when: m ? meetingRef(k, m, lang) : String(gap.year) });
    }
    case 'no-reaction':
      return t(lang, 'gapNoReaction', { of: gap.of });
    case 'withheld':
      return t(lang, 'gapWithheld', { clause: gap.clause });
    case 'only-planned':
      return t(lang, gap.enabledOnly ? 'gapOnlyEnabled' : 'gapOnlyPlanned', { date: latestDate(k, lang) });
    case 'no-successor':
      return gap.held.map((h) => t(lang, gap.direction === 'next' ? 'successionNoneNext' : 'successionNonePrevious', successionVars(k, h, lang))).join(' ');
    case 'never-together': {
      const names = gap.people.map((id) => personName(k.people.get(id)!, lang));
      return t(lang, 'gapNeverTogether', { people: andList(names, lang) });
    }
    case 'not-there': {
      const where = gap.city ? t(lang, 'inCity', { city: placeName(k, gap.city, lang) }) : gap.country ? countryName(k, gap.country, lang, 'in') : t(lang, 'atAnyMeeting');
      const when = gap.years.map((year) => t(lang, 'inYear', { year })).join(lang === 'ja' ? '、' : ', ');
      return t(lang, 'gapNotThere', { person: personName(k.people.get(gap.person)!, lang), where, when: when === '' ? '' : lang === 'ja' ? `${when}に` : ` ${when}` });
    }
  }
}
