// Offices: which office a title is (data/offices), and who held one when. People hold offices over
// dated spans; who held what at a meeting is derived from the spans and the meeting's date, here
// and nowhere else.
import type { Knowledge } from './load.js';
import type { Meeting, Office, OfficeKind, Person } from './schema.js';

/** Which office a title is ("French Defense Minister" is defense), by the titles data/offices lists. */
export function officeKindOf(offices: Iterable<OfficeKind>, title: string): string | undefined {
  const t = title.toLowerCase();
  return [...offices].find((o) => o.titles.some((x) => t.includes(x.en.toLowerCase())))?.id;
}

/** The one country whose title this is, where only one country gives it ("Minister for the Armed Forces"). */
export function titleCountry(offices: Iterable<OfficeKind>, title: string): OfficeKind['titles'][number]['country'] {
  const t = title.toLowerCase();
  for (const o of offices) for (const x of o.titles) if (x.country && t.includes(x.en.toLowerCase())) return x.country;
  return undefined;
}

/**
 * Whether a span holds a date (YYYY, YYYY-MM or YYYY-MM-DD), compared at the coarser precision of
 * the two: a span known only as "2015" holds "2015-03-13", and one of 2018-01-26 holds "2018". A
 * span without an end is known on its first date only.
 */
export function spanHolds(o: Pick<Office, 'from' | 'to'>, date: string): boolean {
  const from = o.from.value;
  const to = (o.to ?? o.from).value;
  const lo = Math.min(date.length, from.length);
  const hi = Math.min(date.length, to.length);
  return date.slice(0, lo) >= from.slice(0, lo) && date.slice(0, hi) <= to.slice(0, hi);
}

/** The office someone held on a date: the first of their spans that holds it. */
export function officeOn(p: Person, date: string): Office | undefined {
  return p.offices.find((o) => spanHolds(o, date));
}

/** An office as held at one meeting: the person, the span, and the meeting. */
export interface HeldAt {
  person: string;
  office: Office;
  meeting: string;
}

interface OfficeIndex {
  /** Every span, under each year it touches. */
  spans: Map<number, { person: Person; office: Office }[]>;
  /** Every meeting, under its year. */
  meetings: Map<number, Meeting[]>;
}

const indexes = new WeakMap<Knowledge, OfficeIndex>();

const yearOf = (date: string) => Number(date.slice(0, 4));

function indexOf(k: Pick<Knowledge, 'people' | 'meetings'>): OfficeIndex {
  const cached = indexes.get(k as Knowledge);
  if (cached) return cached;
  const spans: OfficeIndex['spans'] = new Map();
  for (const person of k.people.values()) {
    for (const office of person.offices) {
      for (let y = yearOf(office.from.value); y <= yearOf((office.to ?? office.from).value); y++) {
        const list = spans.get(y) ?? [];
        list.push({ person, office });
        spans.set(y, list);
      }
    }
  }
  const meetings: OfficeIndex['meetings'] = new Map();
  for (const m of k.meetings.values()) {
    const list = meetings.get(yearOf(m.date.value)) ?? [];
    list.push(m);
    meetings.set(yearOf(m.date.value), list);
  }
  const index = { spans, meetings };
  indexes.set(k as Knowledge, index);
  return index;
}

/** The office someone held at a meeting, from their spans and the meeting's date. */
export function officeAt(k: Pick<Knowledge, 'meetings'>, p: Person, meetingId: string): Office | undefined {
  const m = k.meetings.get(meetingId);
  return m ? officeOn(p, m.date.value) : undefined;
}

/** Who held which office at a meeting: every span that holds its date, whether or not they attended. */
export function officesHeldAt(k: Pick<Knowledge, 'people' | 'meetings'>, meetingId: string): HeldAt[] {
  const m = k.meetings.get(meetingId);
  if (!m) return [];
  const seen = new Set<string>();
  const out: HeldAt[] = [];
  for (const { person, office } of indexOf(k).spans.get(yearOf(m.date.value)) ?? []) {
    if (seen.has(person.id) || !spanHolds(office, m.date.value)) continue;
    seen.add(person.id);
    out.push({ person: person.id, office, meeting: m.id });
  }
  return out;
}

/**
 * The meetings an office is known at: those within its span that its holder attended, or that the
 * article naming them in it reports (a head of government named in the report of the talks).
 */
export function meetingsOfOffice(k: Pick<Knowledge, 'people' | 'meetings'>, p: Person, office: Office): Meeting[] {
  const articles = new Set(office.evidence.map((e) => e.article));
  const out: Meeting[] = [];
  for (let y = yearOf(office.from.value); y <= yearOf((office.to ?? office.from).value); y++) {
    for (const m of indexOf(k).meetings.get(y) ?? []) {
      if (officeOn(p, m.date.value) !== office) continue;
      if (m.participants.some((x) => x.person === p.id) || m.evidence.some((e) => articles.has(e.article))) out.push(m);
    }
  }
  return out;
}

/** Every meeting at which the articles have someone in an office, with that office, oldest first. */
export function rolesOf(k: Pick<Knowledge, 'people' | 'meetings'>, p: Person): HeldAt[] {
  return p.offices
    .flatMap((office) => meetingsOfOffice(k, p, office).map((m) => ({ person: p.id, office, meeting: m.id, date: m.date.value })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ person, office, meeting }) => ({ person, office, meeting }));
}
