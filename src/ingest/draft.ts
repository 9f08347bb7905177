// Drafts records from an article's sentences. Precision before recall: a fact is drafted only
// where one sentence states it, and that sentence is its evidence. What is not certain is left
// out and said in the report; a sentence nothing is drafted from is listed as unused.
import type { Agreement, Article, Country, DateFact, Evidence, Meeting, Office, Person, Quote, Series } from '../knowledge/schema.js';
import { seriesWordsPattern } from '../knowledge/series.js';
import { clip, escapeRegExp, normalizeForEvidence, normalizeForSearch } from '../knowledge/text.js';
import { datesIn, longDate } from './dates.js';
import type { ArticleReport } from './ingest.js';
import type { Sentence } from './sentences.js';
import { slugOf } from './slug.js';
import type { Store } from './store.js';
import type { IngestVocabulary } from './vocabulary.js';

// ---------------------------------------------------------------- names and offices

const CAP = String.raw`[A-Z][\p{L}'’.-]*\p{L}`;
const PARTICLE = String.raw`(?:Le|La|de|du|des|van|von|der|di|da|bin)`;
const NAME = String.raw`${CAP}(?:\s+(?:${PARTICLE}\s+)?${CAP}){1,3}`;
/** Words a name never ends with: what follows a name in a sentence. */
const NOT_NAME = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December On In At The And But Minister Ministers Foreign Defense Defence President Prime Said Told Also Both Their His Her Its Who While After Before During When Self-Defense Forces Navy Ministry'.split(' '),
);
const titlePatterns = new WeakMap<IngestVocabulary, { titleName: RegExp; nameTitle: RegExp }>();
function patternsOf(vocab: IngestVocabulary) {
  let p = titlePatterns.get(vocab);
  if (!p) {
    const ADJ = vocab.adjective;
    const OFFICE = vocab.office;
    p = {
      /** "Japanese Foreign Minister Haruto Sakai", "Minister for the Armed Forces Claire Dumont". */
      titleName: new RegExp(String.raw`(?:\b${ADJ}\s+)?(?:(then|former|new|incoming|outgoing)[- ])?(${OFFICE}),?\s+(${NAME})`, 'gu'),
      /** "Sakai, Japan's defence minister", "Claire Dumont, the French armed forces minister". */
      nameTitle: new RegExp(String.raw`(${NAME}),\s+(?:the\s+)?(?:(?:then|former|new)[- ])?${ADJ}\s+(?:(?:then|former|new)[- ])?(${OFFICE})\b`, 'gu'),
    };
    titlePatterns.set(vocab, p);
  }
  return p;
}

/** The title as the article gives it, capitalised as a title: "defence minister" → "Defence Minister". */
function titleCase(office: string): string {
  return office.replace(/\b(?!(?:for|of|the|and)\b)\p{Ll}/gu, (c) => c.toUpperCase());
}

function countryOf(vocab: IngestVocabulary, adj: string | undefined, office: string): Country | undefined {
  return adj ? vocab.countryOf(adj) : vocab.officeCountry(office);
}

/** Cuts a matched name at the first word that cannot be part of it. */
function trimName(raw: string, vocab: IngestVocabulary): string | undefined {
  const words = raw.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (kept.length > 0 && (NOT_NAME.has(w.replace(/['’]s$/, '')) || vocab.placeWords.has(w.replace(/['’]s$/, '')))) break;
    kept.push(w);
    if (/['’]s$/.test(w)) break;
  }
  let name = kept.join(' ').replace(/['’]s$/, '').replace(/[.,]$/, '');
  while (name.split(' ').length > 1 && new RegExp(`^${PARTICLE}$`, 'u').test(name.split(' ').at(-1)!)) name = name.split(' ').slice(0, -1).join(' ');
  return name.split(' ').length >= 2 ? name : undefined;
}

/** The family name: "Jean-Paul De Vries" → "De Vries", "Haruto Sakai" → "Sakai". */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  const particle = words.findIndex((w, i) => i > 0 && new RegExp(`^${PARTICLE}$`, 'u').test(w));
  return particle > 0 ? words.slice(particle).join(' ') : words.at(-1)!;
}

export interface OfficeMention {
  name: string;
  title: string;
  /** The office (data/offices id). */
  key: string;
  country?: Country;
  /** then/former/incoming: not an office held on the article's date. */
  qualifier?: string;
  index: number;
}

/** Every "office + name" phrase of a sentence. */
export function officeMentions(sentence: string, vocab: IngestVocabulary): OfficeMention[] {
  const out: OfficeMention[] = [];
  const { titleName, nameTitle } = patternsOf(vocab);
  for (const m of sentence.matchAll(titleName)) {
    const name = trimName(m[4]!, vocab);
    if (!name) continue;
    // "Australian Foreign Minister X": another country's minister, not one of ours.
    const before = sentence.slice(0, m.index).match(/([A-Z][\p{L}.]*)\s*$/u)?.[1];
    if (!m[1] && before && !/^(?:The|And|But|As|With|Both)$/.test(before) && vocab.countryOf(before) === undefined && m.index! > 0) continue;
    const country = countryOf(vocab, m[1], m[3]!);
    out.push({ name, title: titleCase(m[3]!), key: vocab.officeOf(m[3]!), ...(country ? { country } : {}), ...(m[2] ? { qualifier: m[2].toLowerCase() } : {}), index: m.index! });
  }
  // "Japanese Foreign Minister A and Defense Minister B": B is Japanese too.
  for (let j = 1; j < out.length; j++) {
    const prev = out[j - 1]!;
    const cur = out[j]!;
    if (!cur.country && prev.country && /^[^,;.]{0,80}?\s+and\s+$/.test(sentence.slice(prev.index, cur.index).replace(new RegExp(`^.*?${prev.name}`), 'x '))) cur.country = prev.country;
  }
  // "France was represented by Foreign Minister X": the country whose delegation it is.
  const delegation = sentence.match(/^(?:The\s+)?([A-Z][\p{L}]+)\s+(?:was|were|is|are)\s+represented\s+by\b/u);
  const delegationCountry = delegation ? vocab.countryOf(delegation[1]!) : undefined;
  if (delegationCountry) for (const o of out) o.country ??= delegationCountry;
  for (const m of sentence.matchAll(nameTitle)) {
    const name = trimName(m[1]!, vocab);
    if (!name || out.some((o) => o.name === name)) continue;
    const country = countryOf(vocab, m[2], m[3]!);
    const qualifier = m[0].match(/\b(then|former|new)[- ]/)?.[1];
    out.push({ name, title: titleCase(m[3]!), key: vocab.officeOf(m[3]!), ...(country ? { country } : {}), ...(qualifier ? { qualifier } : {}), index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------- the drafting context

interface Ctx {
  store: Store;
  vocab: IngestVocabulary;
  article: Article;
  published: string;
  sentences: Sentence[];
  report: ArticleReport;
  used: Set<number>;
  /** People named in this article, by full name and family name (lower case). */
  local: Map<string, string>;
  /** Words already quoted from this article. */
  quotes: Set<string>;
  /** The meeting this article reports, once drafted. */
  meeting?: Meeting;
  /** The series its meetings are drafted into, and the patterns its words make. */
  series: Series;
  meetingWord: RegExp;
  ordinal: RegExp;
}

const ev = (ctx: Ctx, i: number): Evidence => ({ article: ctx.article.id, text: ctx.sentences[i]!.text });

function articleDay(ctx: Ctx, what: string): DateFact {
  return { value: ctx.published, precision: 'day', provenance: 'printed', basis: `${what} in the article published on ${longDate(ctx.published)}.` };
}

/** A known person by exact name or full-name alias: similar names stay distinct people. */
function knownPerson(store: Store, name: string): Person | undefined {
  const key = normalizeForSearch(name);
  return store.all('people').find((p) => [p.name, ...p.aliases].some((a) => a.includes(' ') && normalizeForSearch(a) === key));
}

function personFor(ctx: Ctx, mention: OfficeMention, i: number): Person | undefined {
  let person = knownPerson(ctx.store, mention.name);
  const country = mention.country ?? person?.country;
  if (!country) {
    ctx.report.uncertain.push(`“${mention.title} ${mention.name}”: the sentence does not say which country; not drafted (“${clip(ctx.sentences[i]!.text, 80)}”)`);
    return undefined;
  }
  if (person && person.country !== country) {
    ctx.report.uncertain.push(`${mention.name} is known as ${ctx.vocab.adjectiveOf(person.country)}, but the sentence makes them ${ctx.vocab.adjectiveOf(country)}: not merged`);
    return undefined;
  }
  if (!person) {
    const surname = surnameOf(mention.name);
    const taken = ctx.store.all('people').some((p) => p.aliases.some((a) => normalizeForSearch(a) === normalizeForSearch(surname)));
    person = {
      $schema: '../schemas/person.schema.json',
      id: ctx.store.freeId('people', slugOf(mention.name)),
      name: mention.name,
      nameJa: mention.name,
      aliases: taken ? [mention.name] : [mention.name, surname],
      country,
      offices: [],
    };
    ctx.store.put('people', person);
    ctx.report.added.push(`person ${person.name} (${person.id})`);
    ctx.report.uncertain.push(`${person.name}: no Japanese spelling known, nameJa is the Latin name${taken ? `; the family name “${surname}” is another person’s alias, so it is not one of theirs` : ''}`);
  }
  ctx.local.set(normalizeForSearch(person.name), person.id);
  ctx.local.set(normalizeForSearch(surnameOf(person.name)), person.id);
  return person;
}

/** Adds an office span to a person, or widens the span they already have in it. */
function addOffice(ctx: Ctx, person: Person, mention: OfficeMention, i: number): void {
  const held = { title: mention.title, country: mention.country ?? person.country };
  holdOffice(ctx, person, held, articleDay(ctx, `${person.name} is named ${mention.title}`), i);
  const since = tookOffice(ctx, mention, i);
  if (since) holdOffice(ctx, person, held, since, i);
}

/** "X, who took office in July 2022,": when the office began, as the sentence gives it. */
function tookOffice(ctx: Ctx, mention: OfficeMention, i: number): DateFact | undefined {
  const text = ctx.sentences[i]!.text;
  const after = text.slice(text.indexOf(mention.name, mention.index) + mention.name.length);
  const clause = after.match(/^,\s*(who\s+(?:took office|took up (?:the|her|his) post|was appointed|has (?:served|been in office))\s+((?:in|on|since)\s+[^,.;]+))/);
  const found = clause ? datesIn(clause[2]!, ctx.published)[0] : undefined;
  if (!found || found.date.value > ctx.published) return undefined;
  return { ...found.date, basis: `${mention.name}, “${clause![1]!.trim()}”, in the article published on ${longDate(ctx.published)}${found.date.provenance === 'inferred' ? `: ${found.date.basis}` : ''}.` };
}

/**
 * Someone in an office on a day (the article's, or the date of the talks it reports): a new span,
 * or the span they already have in that office, widened to the day.
 */
function holdOffice(ctx: Ctx, person: Person, held: { title: string; country: Country; inference?: string }, day: DateFact, i: number): void {
  const key = ctx.vocab.officeOf(held.title);
  const same = person.offices.find((o) => o.country === held.country && ctx.vocab.officeOf(o.title) === key);
  if (same) {
    const known = same.evidence.some((e) => e.article === ctx.article.id && e.text === ctx.sentences[i]!.text);
    const wider = day.value < same.from.value || day.value > (same.to ?? same.from).value;
    if (known && !wider) return;
    if (!known) same.evidence.push(ev(ctx, i));
    // The span keeps its first date as its start; a later day becomes its end.
    if (day.value < same.from.value) [same.from, same.to] = [day, same.to ?? same.from];
    else if (day.value > (same.to ?? same.from).value) same.to = day;
    ctx.store.touch('people', person.id);
    ctx.report.merged.push(`${person.name}: ${same.title} now known ${same.from.value}${same.to ? ` to ${same.to.value}` : ''}`);
    return;
  }
  const office: Office = { title: held.title, country: held.country, from: day, ...(held.inference ? { inference: held.inference } : {}), evidence: [ev(ctx, i)] };
  person.offices.push(office);
  ctx.store.touch('people', person.id);
  const known = person.offices.length > 1;
  (known ? ctx.report.merged : ctx.report.added).push(`${person.name}: ${held.title} (${held.country}) on ${day.value}${known ? ' — a new dated office of a known person' : ''}`);
}

function draftPeople(ctx: Ctx): void {
  ctx.sentences.forEach((s, i) => {
    if (s.unused) return;
    let previous: { country: Country; end: number } | undefined;
    for (const m of officeMentions(s.text, ctx.vocab)) {
      // "Foreign Minister Kenji Morita (known: Japanese) and Defence Minister Aiko Tanabe": the list shares the country.
      if (!m.country && previous && /^[^.;]*\band\b[^.;]*$/.test(s.text.slice(previous.end, m.index)) && [...ctx.vocab.countriesIn(s.text.slice(previous.end, m.index)).values()].every((n) => n === 0)) {
        m.country = previous.country;
      }
      if (m.qualifier && m.qualifier !== 'new') {
        ctx.report.uncertain.push(`“${m.qualifier} ${m.title} ${m.name}”: not an office held on ${ctx.published}; not drafted`);
        continue;
      }
      const person = personFor(ctx, m, i);
      if (!person) continue;
      previous = { country: m.country ?? person.country, end: s.text.indexOf(m.name, m.index) + m.name.length };
      addOffice(ctx, person, m, i);
      ctx.used.add(i);
    }
  });
}

const NAMED = `(${NAME})`;
/** Where an office's words end: a clause or a time after them. */
const OFFICE_END = String.raw`(?=\s*[,.;]|\s+(?:on|in|at|from|after|until|when|by)\b|\s*$)`;
/** What an office is called in a change of hands: "defence", "the Defence Ministry", "foreign minister". */
const OFFICE_WORDS = String.raw`((?:\p{L}+\s+){0,2}?\p{L}+)`;
const SUCCEEDED = new RegExp(String.raw`(?:${NAMED}|\b(He|She))\s+(?:is|was|has been)\s+(?:succeeded|replaced)\s+(?:at|as)\s+(?:the\s+)?${OFFICE_WORDS}\s+by\s+(?:[\p{L} ]*?Minister\s+)?${NAMED}`, 'u');
const SUCCEEDS = new RegExp(String.raw`${NAMED}\s+(?:succeeds|succeeded|replaces|replaced|has succeeded|has replaced)\s+${NAMED}\s+as\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?${OFFICE_WORDS}${OFFICE_END}`, 'u');
const NAMED_AS = new RegExp(String.raw`\b(?:named|appointed)\s+(?:[\p{L} ]*?Minister\s+)?${NAMED}\s+(?:as\s+)?(?:her|his|its|their|the)\s+(?:new\s+)?${OFFICE_WORDS}${OFFICE_END}(?:,\s+(?:replacing|succeeding)\s+${NAMED})?`, 'u');

/**
 * A change of hands: "He is succeeded at defence by Aiko Tanabe", "X replaces Y as foreign
 * minister", "named X as her new foreign minister, replacing Y". The newcomer holds the office
 * from the day the article gives (else its own day), with the title and country of the one who
 * left it. The one who left keeps the span the articles name them in: the sentence is the newcomer's.
 */
function draftSuccessions(ctx: Ctx): void {
  const officeIn = (words: string) => {
    const plain = words.replace(/\b(?:ministry|ministers?|portfolio|post|job|affairs)\b/gi, ' ').trim();
    return plain ? (ctx.vocab.knownOffice(`${plain} minister`) ?? ctx.vocab.knownOffice(words)) : undefined;
  };
  const person = (name: string | undefined) => {
    const trimmed = name ? trimName(name, ctx.vocab) : undefined;
    return trimmed ? { name: trimmed, known: knownPerson(ctx.store, trimmed) ?? ctx.store.all('people').find((p) => p.id === ctx.local.get(normalizeForSearch(trimmed))) } : undefined;
  };
  ctx.sentences.forEach((s, i) => {
    if (s.unused || /\b(?:will|would|to be|is expected to|is set to)\s+(?:be\s+)?(?:succeed|replace|name|appoint)/i.test(s.text)) return;
    let change: { incoming?: { name: string; known?: Person }; outgoing?: Person; key: string } | undefined;
    const a = SUCCEEDED.exec(s.text);
    const b = SUCCEEDS.exec(s.text);
    const c = NAMED_AS.exec(s.text);
    if (a) {
      // "He is succeeded…": the one person the sentence before names.
      const before = i > 0 ? ctx.sentences[i - 1]!.text : '';
      const pronounOf = a[2] ? [...ctx.local].filter(([n]) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(normalizeForSearch(before))).map(([, id]) => id) : [];
      const outgoing = a[1] ? person(a[1])?.known : new Set(pronounOf).size === 1 ? ctx.store.all('people').find((p) => p.id === pronounOf[0]) : undefined;
      const key = officeIn(a[3]!);
      if (key) change = { incoming: person(a[4]), ...(outgoing ? { outgoing } : {}), key };
    } else if (b) {
      const key = officeIn(b[3]!);
      const outgoing = person(b[2])?.known;
      if (key) change = { incoming: person(b[1]), ...(outgoing ? { outgoing } : {}), key };
    } else if (c) {
      const key = officeIn(c[2]!);
      const outgoing = person(c[3])?.known;
      if (key) change = { incoming: person(c[1]), ...(outgoing ? { outgoing } : {}), key };
    }
    if (!change?.incoming) return;
    // The office as the one who left held it: its title and country.
    const held = change.outgoing?.offices.findLast((o) => ctx.vocab.knownOffice(o.title) === change.key);
    const country = held?.country ?? change.incoming.known?.country;
    if (!country) {
      ctx.report.uncertain.push(`a change of hands in “${clip(s.text, 80)}”: the sentence does not say which country; not drafted`);
      return;
    }
    const title = held?.title ?? ctx.store.all('people').flatMap((p) => p.offices).find((o) => o.country === country && ctx.vocab.knownOffice(o.title) === change.key)?.title;
    if (!title) return;
    const found = datesIn(s.text, ctx.published)[0];
    const day = found && found.date.value <= ctx.published ? found.date : articleDay(ctx, `${change.incoming.name} takes over as ${title}`);
    const incoming = personFor(ctx, { name: change.incoming.name, title, key: change.key, country, index: s.text.indexOf(change.incoming.name) }, i);
    if (!incoming) return;
    holdOffice(ctx, incoming, { title, country }, day, i);
    const taken = incoming.offices.find((o) => o.country === country && ctx.vocab.knownOffice(o.title) === change.key);
    if (taken && change.outgoing && change.outgoing.id !== incoming.id && !taken.succeeded) {
      taken.succeeded = change.outgoing.id;
      ctx.report.added.push(`${incoming.name} took over as ${title} from ${change.outgoing.name}`);
    }
    ctx.used.add(i);
  });
}

// ---------------------------------------------------------------- meetings

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'];
const ORDINAL_TITLES = ORDINALS.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
/** A series' own words (data/series/) as a pattern: spaces and hyphens loose. */
const seriesWords = (series: Series) => seriesWordsPattern([series]);
/** A sentence about a meeting of the series, or of ministers in general. */
const meetingWord = (series: Series) =>
  new RegExp(`(?:${seriesWords(series)})|foreign and defen[cs]e ministers|ministerial (?:security )?(?:talks|dialogue|meeting|consultations)|security (?:talks|dialogue)`, 'i');
const HELD = /\b(?:held|hold|holding|met|meet|meeting|gathered|convened|took place|hosted|talks)\b/i;
const ONLINE = /\b(?:by video(?:[- ]?conference)?|via video(?:[- ]?link)?|video[- ]?conference|videoconference|online|virtual(?:ly)?|video link)\b/i;
const ordinalPattern = (series: Series) => new RegExp(String.raw`\b(?:the\s+)?(${ORDINALS.slice(1).join('|')}|\d{1,2}(?:st|nd|rd|th))\b(?=(?:\s+[\w"“”'’-]+){0,4}?\s*(?:${seriesWords(series)}|of (?:its|their) kind|such (?:meeting|talks|session)|round|session|edition)\b)`, 'i');
const NOT_PLACE = new Set([...NOT_NAME, 'Europe', 'Asia', 'Indo-Pacific', 'Pacific', 'English', 'January']);

function ordinalIn(ctx: Ctx, sentence: string): number | undefined {
  const m = sentence.match(ctx.ordinal);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  const n = ORDINALS.indexOf(w);
  return n > 0 ? n : Number.parseInt(w, 10);
}

/** The dateline ("TOKYO, June 4 (Wire) --") tells where the report was filed, not where the talks were. */
function withoutDateline(sentence: string): { text: string; dateline?: string } {
  const m = sentence.match(/^([A-Z][A-Z .'-]{2,})(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:--|—|–|-|:)\s*/);
  return m ? { text: sentence.slice(m[0].length), dateline: m[1]!.trim() } : { text: sentence };
}

function placeIn(sentence: string, vocab: IngestVocabulary): { city: string; venue?: string; online?: boolean } | undefined {
  // A country's name is not a city: "talks in Japan" places nothing.
  const notPlace = (w: string) => NOT_PLACE.has(w) || (vocab.placeWords.has(w) && vocab.cityCountry(w) === undefined);
  const { text } = withoutDateline(sentence);
  if (ONLINE.test(text)) return { city: vocab.onlinePlace, online: true };
  const venue = text.match(/\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\p{L}'’-]+\s+){0,4}(?:Guest House|Palace|Hotel|Ministry|Hall|Centre|Center|House|Residence|Château|Chateau|Base|Castle))\s+in\s+([A-Z][\p{L}-]+)/u);
  if (venue && !notPlace(venue[2]!)) return { city: venue[2]!, venue: venue[1]!.trim() };
  const m = text.match(new RegExp(String.raw`\b(?:held|met|meet|meeting|talks|gathered|convened|hosted)\b[^.;]*?\bin\s+([A-Z][\p{L}-]+(?:[ -][A-Z][\p{L}-]+)?)`, 'u'));
  if (!m) return undefined;
  const city = m[1]!.split(/\s+/).filter((w) => !notPlace(w)).join(' ');
  return city && !notPlace(city) ? { city } : undefined;
}

function meetingIdFor(ctx: Ctx, date: DateFact): string {
  return ctx.store.freeId('meetings', `${ctx.series.id}-${date.value.slice(0, 4)}`);
}

/** The meeting the article reports: ordinal, date from its words, place, participants. */
function draftMeeting(ctx: Ctx): void {
  const i = ctx.sentences.findIndex((s) => !s.unused && ctx.meetingWord.test(s.text) && HELD.test(s.text) && !/\b(?:will|next|planned|to be held)\b/i.test(s.text));
  if (i === -1) return;
  const s = ctx.sentences[i]!.text;
  const n = ordinalIn(ctx, s) ?? ctx.sentences.map((x) => (x.unused ? undefined : ctx.meetingWord.test(x.text) || /of (?:its|their) kind/.test(x.text) ? ordinalIn(ctx, x.text) : undefined)).find((x) => x !== undefined);
  const found = datesIn(withoutDateline(s).text, ctx.published)[0];
  const date: DateFact = found?.date ?? { value: ctx.published.slice(0, 4), precision: 'year', provenance: 'inferred', basis: `The report of ${longDate(ctx.published)} gives no date of its own for the talks; only the year is taken from it.` };
  if (!found) ctx.report.uncertain.push(`the meeting’s date is not in the sentence; only the year ${date.value} is taken from the publication date`);
  // The place: in the sentence itself, or the next one that speaks of the talks.
  let placeAt = placeIn(s, ctx.vocab) ? i : -1;
  // A sentence about another round of the series ("the sixth meeting ... by video conference") is not this one's place.
  const otherMeeting = new RegExp(String.raw`\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|previous|last|next)\s+(?:meeting|round|session|${seriesWords(ctx.series)})\b`, 'i');
  if (placeAt === -1) placeAt = ctx.sentences.findIndex((x, j) => j > i && j <= i + 3 && !x.unused && /\b(?:talks|meeting|held|met)\b/i.test(x.text) && !otherMeeting.test(x.text) && placeIn(x.text, ctx.vocab) !== undefined);
  const place = placeAt === -1 ? undefined : placeIn(ctx.sentences[placeAt]!.text, ctx.vocab);
  const dateline = withoutDateline(ctx.sentences.find((x) => !x.unused)?.text ?? '').dateline;
  if (!place && dateline) ctx.report.uncertain.push(`dateline “${dateline}” is where the report was filed; not taken as the place of the talks`);

  // The same meeting: by its ordinal, by its day, or, with no ordinal, the one meeting of that year.
  const sameYear = n === undefined ? ctx.store.all('meetings').filter((m) => m.date.value.slice(0, 4) === date.value.slice(0, 4)) : [];
  const existing =
    (n !== undefined ? ctx.store.all('meetings').find((m) => m.number?.value === n) : undefined) ??
    (found && date.precision === 'day' ? ctx.store.all('meetings').find((m) => m.date.value === date.value) : undefined) ??
    (sameYear.length === 1 && (date.precision !== 'day' || sameYear[0]!.date.precision !== 'day') ? sameYear[0] : undefined);
  if (existing) {
    ctx.meeting = existing;
    existing.evidence.push(ev(ctx, i));
    const conflicts: string[] = [];
    const other: NonNullable<Meeting['alsoReported']>[number] = { evidence: [ev(ctx, i)] };
    // "In February" agrees with 12 February: only dates that cannot both hold disagree.
    if (found && !found.date.value.startsWith(existing.date.value) && !existing.date.value.startsWith(found.date.value)) {
      other.date = found.date;
      conflicts.push(`date ${found.date.value} (stored: ${existing.date.value})`);
    }
    if (place && existing.place && normalizeForSearch(place.city) !== normalizeForSearch(existing.place.city)) {
      other.place = place;
      if (placeAt !== i) other.evidence.push(ev(ctx, placeAt));
      conflicts.push(`place ${place.city} (stored: ${existing.place.city})`);
    } else if (place && !existing.place) {
      existing.place = { ...place, ...placeCountry(ctx, place.city), evidence: [ev(ctx, placeAt)] };
      ctx.used.add(placeAt);
    }
    if (conflicts.length > 0) {
      existing.alsoReported = [...(existing.alsoReported ?? []), other];
      for (const e of other.evidence) ctx.used.add(ctx.sentences.findIndex((x) => x.text === e.text));
      ctx.report.uncertain.push(`sources disagree on ${existing.id}: this report gives ${conflicts.join(' and ')}; both kept, with their sources`);
    }
    ctx.store.touch('meetings', existing.id);
    ctx.report.merged.push(`meeting ${existing.id}: this report’s passage added${conflicts.length ? ' (with what it disagrees on)' : ''}`);
  } else {
    const id = meetingIdFor(ctx, date);
    const name = n !== undefined ? `${ORDINAL_TITLES[n] ?? `${n}th`} ${ctx.series.title.en}` : `${ctx.series.title.en} of ${date.value}`;
    const m: Meeting = {
      $schema: '../schemas/meeting.schema.json',
      id,
      ...(n !== undefined ? { number: { value: n, provenance: 'stated', basis: `The report calls it the ${ORDINALS[n] ?? n} of the series.` } } : {}),
      name,
      aliases: [...(n !== undefined ? [ORDINALS[n] ?? String(n), `${n}${['th', 'st', 'nd', 'rd'][n % 10 > 3 || Math.floor(n / 10) === 1 ? 0 : n % 10]}`] : []), `${date.value.slice(0, 4)} ${ctx.series.name.en}`],
      date,
      ...(place ? { place: { ...place, ...placeCountry(ctx, place.city), evidence: [ev(ctx, placeAt)] } } : {}),
      participants: [],
      outcomes: [],
      sideEvents: [],
      evidence: [ev(ctx, i)],
    };
    if (place) ctx.used.add(placeAt);
    ctx.store.put('meetings', m);
    ctx.meeting = m;
    ctx.report.added.push(`meeting ${id}: ${name}, ${date.precision === 'day' ? date.value : `${date.value} (${date.precision})`}${date.provenance === 'inferred' ? ` (inferred: ${date.basis})` : ''}${place ? `, ${place.city}` : ''}${n === undefined ? '; no ordinal stated' : ''}`);
  }
  ctx.used.add(i);
  draftParticipants(ctx, i);
}

function placeCountry(ctx: Ctx, city: string): { country?: { value: Country; inference: string } } {
  const country = ctx.vocab.cityCountry(city);
  return country ? { country: { value: country, inference: `${city} is a ${ctx.vocab.adjectiveOf(country)} city.` } } : {};
}

/** Who attended: ministers named in a sentence about the talks, with the office the sentence gives. */
function draftParticipants(ctx: Ctx, meetingSentence: number): void {
  const m = ctx.meeting!;
  const talk = (t: string) => ctx.meetingWord.test(t) || /\b(?:met|meeting|talks|attended|took part|joined|hosted|represented|counterparts?)\b/i.test(t);
  ctx.sentences.forEach((s, i) => {
    if (s.unused || !talk(s.text)) return;
    if (i !== meetingSentence && !/\b(?:met|attended|took part|joined|hosted|represented|counterparts?|held talks|talks with)\b/i.test(s.text) && !ctx.meetingWord.test(s.text)) return;
    const mentions = officeMentions(s.text, ctx.vocab).filter((x) => !x.qualifier || x.qualifier === 'new');
    for (const mention of mentions) {
      const person = knownPerson(ctx.store, mention.name);
      if (!person) continue;
      addRole(ctx, person, m, { title: mention.title, country: mention.country ?? person.country }, i);
    }
    // "their French counterparts X and Y": the counterparts hold the offices of those named before them.
    const cp = s.text.match(new RegExp(String.raw`\b(?:their|his|her)\s+${ctx.vocab.adjective}\s+counterparts?,?\s+(${NAME})(?:\s+and\s+(${NAME}))?`, 'u'));
    if (cp) {
      const before = mentions.filter((x) => x.index < cp.index!);
      const names = [cp[2], cp[3]].map((x) => (x ? trimName(x, ctx.vocab) : undefined)).filter((x): x is string => x !== undefined);
      if (before.length === names.length) {
        names.forEach((name, j) => {
          const country = ctx.vocab.countryOf(cp[1]!);
          if (!country) return;
          const mention: OfficeMention = { name, title: before[j]!.title, key: before[j]!.key, country, index: cp.index! };
          const person = personFor(ctx, mention, i);
          if (!person) return;
          addRole(ctx, person, m, { title: before[j]!.title, country, inference: `The article calls ${name} the counterpart of ${before[j]!.name} (${before[j]!.title}); the title is inferred from that.` }, i);
        });
      } else if (names.length > 0) ctx.report.uncertain.push(`“counterparts ${names.join(' and ')}”: ${before.length} office(s) named before them, so whose counterpart each is cannot be told; not drafted`);
    }
  });
}

function addRole(ctx: Ctx, person: Person, m: Meeting, role: { title: string; country: Country; inference?: string }, i: number): void {
  ctx.used.add(i);
  holdOffice(ctx, person, role, { ...m.date, basis: `The date of the talks, at which ${person.name} is named ${role.title}: ${m.date.basis}` }, i);
  if (!m.participants.some((p) => p.person === person.id)) {
    m.participants.push({ person: person.id, evidence: [ev(ctx, i)] });
    ctx.store.touch('meetings', m.id);
    ctx.report.added.push(`${person.name} attended ${m.id} as ${role.title}${role.inference ? ' (inferred from “counterpart”)' : ''}`);
  }
}

// ---------------------------------------------------------------- quotes

const SPEECH = String.raw`(?:said|says|told(?: reporters| journalists| a news conference| a press conference)?|added|stressed|noted|declared|insisted|explained|emphasi[sz]ed|warned|remarked|wrote|stated|underlined|affirmed)`;
const COLLECTIVE = /^(?:they|the (?:two |four |)ministers|the (?:two )?sides|both (?:sides|countries|governments|ministers)|the two (?:countries|governments)|the (?:joint )?(?:statement|communiqu[ée]|declaration)|a joint (?:statement|communiqu[ée]|declaration))$/i;

/** Whom a speaker phrase names: a person of the article, a known person, or a collective. */
function speakerOf(ctx: Ctx, phrase: string, sentence: string): { speaker: string } | { attributedTo: string } | undefined {
  const p = phrase.trim().replace(/^(?:and|but)\s+/i, '');
  if (COLLECTIVE.test(p)) {
    const doc = sentence.match(/\b(joint (?:statement|communiqu[ée]|declaration)|communiqu[ée]|statement|declaration)\b/i)?.[1];
    const who = /^(?:the |a )?(?:joint )?(?:statement|communiqu[ée]|declaration)$/i.test(p) ? 'The ministers' : p.charAt(0).toUpperCase() + p.slice(1);
    return { attributedTo: `${who === 'They' ? 'The ministers' : who}${doc ? `, in their ${doc.toLowerCase()}` : ''}` };
  }
  const mention = officeMentions(p, ctx.vocab)[0];
  const name = mention?.name ?? (new RegExp(`^${NAME}$`, 'u').test(p) ? p : undefined);
  if (name) {
    const id = ctx.local.get(normalizeForSearch(name)) ?? knownPerson(ctx.store, name)?.id;
    return id ? { speaker: id } : undefined;
  }
  // A family name alone: someone this article has named, or one known person with that alias.
  if (/^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?$/u.test(p)) {
    const local = ctx.local.get(normalizeForSearch(p));
    if (local) return { speaker: local };
    const known = ctx.store.all('people').filter((x) => x.aliases.some((a) => normalizeForSearch(a) === normalizeForSearch(p)));
    if (known.length === 1) return { speaker: known[0]!.id };
  }
  return undefined;
}

function quoteId(ctx: Ctx, who: { speaker: string } | { attributedTo: string }, words: string): string {
  const by = 'speaker' in who ? surnameOf(ctx.store.get('people', who.speaker)!.name) : who.attributedTo.split(',')[0]!;
  return ctx.store.freeId('quotes', slugOf(`${by} ${ctx.published.slice(0, 4)} ${words.split(/\s+/).slice(0, 4).join(' ')}`));
}

function addQuote(ctx: Ctx, kind: 'direct' | 'reported', who: { speaker: string } | { attributedTo: string }, text: string, evidence: number[], setting: string | null): void {
  const m = ctx.meeting;
  // At the meeting only if the speaker has a role there (or the words are collective).
  const atMeeting = m && ('attributedTo' in who || m.participants.some((p) => p.person === who.speaker));
  const q: Quote = {
    $schema: '../schemas/quote.schema.json',
    id: quoteId(ctx, who, text),
    kind,
    ...who,
    ...(atMeeting ? { meeting: m!.id } : { date: articleDay(ctx, kind === 'direct' ? 'Quoted' : 'Reported') }),
    text,
    setting,
    topics: [],
    // A quotation over several sentences is one passage: the words must lie within one piece of evidence.
    evidence: [{ article: ctx.article.id, text: evidence.map((i) => ctx.sentences[i]!.text).join(' ') }],
  };
  if (ctx.quotes.has(q.text)) return;
  ctx.quotes.add(q.text);
  ctx.store.put('quotes', q);
  for (const i of evidence) ctx.used.add(i);
  const name = 'speaker' in who ? ctx.store.get('people', who.speaker)!.name : who.attributedTo;
  ctx.report.added.push(`${kind} quote (${q.id}) by ${name}: “${clip(text, 70)}”`);
}

const SETTING = /\b(?:at|during|after|in)\s+(?:a|the|their)\s+(?:joint\s+)?(?:press conference|news conference|press appearance|briefing|meeting|talks|joint statement|communiqu[ée]|interview)\b[^,.;"“”]*/i;

function draftQuotes(ctx: Ctx): void {
  for (let i = 0; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    if (s.unused) continue;
    // A quotation that runs over sentences is one passage.
    let text = s.text;
    const span = [i];
    while (((text.match(/[“”"]/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length) && span.length < 4 && i + span.length < ctx.sentences.length) {
      const next = ctx.sentences[i + span.length]!;
      if (next.paragraph !== s.paragraph) break;
      text = `${text} ${next.text}`;
      span.push(i + span.length);
    }
    const setting = text.match(SETTING)?.[0].trim() ?? null;
    // “Words,” Speaker said.   /   “Words,” said Speaker.
    const after = text.match(new RegExp(String.raw`^[“"](.+?)[,.!?]?[”"],?\s+(?:(.{2,80}?)\s+${SPEECH}|${SPEECH}\s+(.{2,80}?))(?=[,.;]|\s+(?:at|in|on|during|after|before|to|when|as)\b|$)`, 'u'));
    if (after) {
      const who = speakerOf(ctx, after[2] ?? after[3]!, text);
      if (who) addQuote(ctx, 'direct', who, after[1]!.replace(/[,.]$/, ''), span, setting);
      else ctx.report.uncertain.push(`a quotation whose speaker could not be told apart (“${clip(after[2] ?? after[3]!, 40)}”); not drafted`);
      i += span.length - 1;
      continue;
    }
    // Speaker said: “Words.”  /  Speaker said the plan was “a pillar” of ties (a partial quotation).
    // The speaker may follow an opening clause ("Asked whether…, Sato told reporters that…"): the
    // words after its last comma, when quoted words follow ("…, the communiqué said" quotes none).
    const plain = text.match(new RegExp(String.raw`^(.{2,80}?)\s+${SPEECH}\b(.*)$`, 'u'));
    const plainWho = plain ? speakerOf(ctx, plain[1]!.replace(/^(?:In|At|After)\s[^,]+,\s*/, ''), text) : undefined;
    const opened = plainWho ? null : text.match(new RegExp(String.raw`^[^"“”]{2,240}?,\s*([^,"“”]{2,60}?)\s+${SPEECH}\b(.*[“"].*)$`, 'u'));
    const openedWho = opened ? speakerOf(ctx, opened[1]!, text) : undefined;
    const [before, who] = openedWho ? [opened, openedWho] : [plain, plainWho];
    if (before) {
      const quoted = [...before[2]!.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!.trim().replace(/[,.]$/, '')).filter((w) => w.length > 0);
      if (who && quoted.length > 0) {
        for (const w of quoted) addQuote(ctx, 'direct', who, w, span, setting);
        i += span.length - 1;
        continue;
      }
      // Reported speech stays reported: the sentence is the passage, no words are put in quotation marks.
      if (who && quoted.length === 0 && span.length === 1) addQuote(ctx, 'reported', who, s.text, [i], setting);
    }
  }
}

/** A ministry's transcript: the minister speaks in the first person; reporters' questions are not theirs. */
function draftTranscript(ctx: Ctx): void {
  const title = ctx.article.title ?? '';
  // Only an article that calls itself a transcript: a report of a news conference is not one.
  if (!/\b(?:press conference|news conference|press briefing|transcript|remarks)\b/i.test(title)) return;
  // The minister: named with an office in the title, or else in the opening lines.
  let at = -1;
  let mention = officeMentions(title, ctx.vocab)[0];
  if (!mention) {
    at = ctx.sentences.findIndex((s, i) => i < 4 && officeMentions(s.text, ctx.vocab).length > 0);
    if (at === -1) return;
    mention = officeMentions(ctx.sentences[at]!.text, ctx.vocab)[0]!;
  }
  const localId = ctx.local.get(normalizeForSearch(mention.name));
  const person = knownPerson(ctx.store, mention.name) ?? (localId ? ctx.store.get('people', localId) : undefined);
  if (!person) {
    ctx.report.uncertain.push(`a transcript of ${mention.title} ${mention.name}, who is known from no sentence: the first person is not drafted`);
    return;
  }
  ctx.report.added.push(`transcript: the first person is ${person.name}`);
  const paragraphs = new Map<number, string>();
  for (const s of ctx.sentences) if (!paragraphs.has(s.paragraph)) paragraphs.set(s.paragraph, s.text);
  let speaker: 'minister' | 'reporter' | undefined;
  ctx.sentences.forEach((s, i) => {
    if (s.unused || i <= at) return;
    const label = s.text.match(/^([A-Z][\p{L} .'’-]{0,40}?):\s+/u)?.[1];
    if (label) speaker = /^(?:Q|Question|Reporter|Journalist|Press|Moderator|Interviewer)\b/i.test(label) ? 'reporter' : /^(?:A|Answer|Minister|FM|Mr|Ms)\b/i.test(label) || normalizeForSearch(person.name).includes(normalizeForSearch(label.split(' ').at(-1)!)) ? 'minister' : speaker;
    else if (paragraphs.get(s.paragraph) === s.text && speaker !== 'minister' && speaker !== 'reporter') speaker = 'minister';
    if (speaker !== 'minister' || ctx.used.has(i)) return;
    const words = s.text.replace(/^([A-Z][\p{L} .'’-]{0,40}?):\s+/u, '');
    if (!/\b(?:I|I'm|I’m|I've|I’ve|my|we|We|our|Our|us)\b/.test(words)) return;
    addQuote(ctx, 'direct', { speaker: person.id }, words, [i], 'at a press conference');
  });
}

// ---------------------------------------------------------------- agreements and their steps

interface StepKind {
  label: string;
  ja: string;
  fr: string;
  test: RegExp;
}

const STEPS: StepKind[] = [
  { label: 'In force', ja: '発効', fr: 'En vigueur', test: /\b(?:(?:came|come|comes|coming|entered|enter|enters|entering|went|go|goes|put|brought) into (?:force|effect)|took effect|takes effect|in force|in effect)\b/i },
  { label: 'Signed', ja: '署名済み', fr: 'Signé', test: /\b(?:signed|signing|inked|sign)\b/i },
  { label: 'Negotiations concluded', ja: '交渉妥結', fr: 'Négociations conclues', test: /\b(?:concluded|completed|wrapped up|finished|finali[sz]ed)\s+(?:the\s+|their\s+)?(?:negotiations|talks)\s+on\b|\bnegotiations\b[^.]*\b(?:were|have been|had been)\s+(?:concluded|completed|wrapped up|finali[sz]ed)\b/i },
  { label: 'Negotiations started', ja: '交渉開始', fr: 'Négociations ouvertes', test: /\b(?:(?:began|begin|begun|started|start|launched|launch|opened|open|entered)\w*\s+(?:formal\s+|official\s+)?(?:negotiations|negotiating|talks on)|negotiations\b[^.]*\b(?:began|opened|started|got under way|were launched))\b/i },
  { label: 'Framework agreed', ja: '枠組みで合意', fr: 'Cadre convenu', test: /\bagreed\b[^.]*\bframework\b|\bframework\b[^.]*\bagreed\b/i },
  { label: 'Working-level talks', ja: '実務者協議', fr: 'Discussions techniques', test: /\bworking[- ]level\s+(?:talks|consultations|discussions|meetings?)\b/i },
  { label: 'Talks agreed', ja: '協議開始で合意', fr: 'Discussions convenues', test: /\bagreed\b[^.]{0,30}?\bto (?:begin|start|hold|launch|open) (?:talks|discussions|consultations|negotiations)\b/i },
];
const FUTURE = /\b(?:hope|hopes|hoped|expect|expects|expected|target|aim|aims|could|may|might|will|would|is expected to|are expected to|is set to|are set to|plans? to|aims? to|is to|are to|next (?:month|year|week))\b/i;
const NEW_AGREEMENT = /\b((?:[A-Z][\p{L}-]+\s+){1,6}(?:Agreement|Pact|Treaty|Accord|Arrangement))(?:\s+\(([A-Z]{2,6})\))?|\b((?:[a-z][\p{L}-]+\s+){1,4}(?:agreement|pact|treaty|accord|arrangement))\s+\(([A-Z]{2,6})\)/u;

/** "a reciprocal access agreement": a name in lower case, at least two words that are not just "bilateral", "new"… */
const PLAIN_AGREEMENT = /()()()()\b(?:a|an|the)\s+((?:(?!(?:bilateral|new|formal|possible|future|separate|similar|final|broader|wider|draft)\b)[a-z][a-z-]+\s+){2,3}(?:agreement|pact|treaty))\b/;

function agreementsIn(ctx: Ctx, sentence: string): Agreement[] {
  const text = ` ${normalizeForSearch(sentence)} `;
  return ctx.store.all('agreements').filter((a) => a.kind === 'agreement' && [a.name, ...a.aliases].some((n) => {
    // Acronyms match as written; names as words.
    if (/^[A-Z0-9]{2,6}$/.test(n)) return new RegExp(`\\b${n}\\b`).test(sentence);
    const k = normalizeForSearch(n);
    return k.split(' ').length >= 3 && text.includes(` ${k} `);
  }));
}

function draftAgreements(ctx: Ctx): void {
  ctx.sentences.forEach((s, i) => {
    if (s.unused) return;
    // A question states nothing.
    if (/\?["”’]?$/.test(s.text) || /^(?:Q|Question|Reporter)\s*:/i.test(s.text)) return;
    const step = STEPS.find((k) => k.test.test(s.text));
    if (!step) return;
    // "Once in force, it will…", "if signed": a condition, not a step that happened.
    const stepAt = s.text.search(step.test);
    if (/\b(?:once|if|when|until|unless|after|before)\s+(?:it\s+|the\s+\w+\s+)?(?:is\s+|was\s+|comes?\s+|enters?\s+)?$/i.test(s.text.slice(Math.max(0, stepAt - 30), stepAt))) return;
    let agreements = agreementsIn(ctx, s.text);
    if (agreements.length === 0) {
      const m = s.text.match(NEW_AGREEMENT) ?? s.text.match(PLAIN_AGREEMENT);
      if (!m) return;
      const name = (m[1] || m[3] || m[5])!.trim().replace(/^(?:The|A|An|the|a|an)\s+/, '');
      const acronym = m[2] || m[4];
      if (!acronym && name.split(/\s+/).length < 3) return;
      // "Japan-France …" with no acronym is a description, not a name; "Paris Climate Agreement" is a name.
      if (ctx.vocab.countryOf(name.split(/[\s-]+/)[0]!) !== undefined && !acronym) return;
      const full = `${titleCase(name)}${acronym ? ` (${acronym})` : ''}`;
      const a: Agreement = {
        $schema: '../schemas/agreement.schema.json',
        id: ctx.store.freeId('agreements', slugOf(acronym || name)),
        kind: 'agreement',
        name: clip(full, 100),
        aliases: [...(acronym ? [acronym] : []), name.toLowerCase()],
        status: { label: step.label, evidence: [ev(ctx, i)] },
        translations: { ja: { name: clip(full, 100), status: step.ja }, fr: { name: clip(full, 100), status: step.fr } },
        covers: [],
        timeline: [],
      };
      ctx.store.put('agreements', a);
      ctx.report.added.push(`agreement ${a.id}: ${a.name}`);
      ctx.report.uncertain.push(`${a.name}: no Japanese or French name known; the English name stands in both`);
      agreements = [a];
    }
    if (agreements.length > 1) {
      ctx.report.uncertain.push(`“${clip(s.text, 60)}” names ${agreements.length} agreements; whose step it is cannot be told; not drafted`);
      return;
    }
    const a = agreements[0]!;
    if (a.timeline.some((t) => t.evidence.some((e) => e.article === ctx.article.id) && t.summary.startsWith(step.label))) return;
    const planned = FUTURE.test(s.text.slice(0, s.text.search(step.test) + 1) || s.text) && !/\b(?:was|were|has been|had been)\b/.test(s.text);
    const found = datesIn(withoutDateline(s.text).text, ctx.published)[0];
    const meeting = ctx.meeting && ctx.meetingWord.test(s.text) ? ctx.meeting : undefined;
    const date: DateFact = found?.date ?? meeting?.date ?? { value: ctx.published, precision: 'day', provenance: 'inferred', basis: `The report of ${longDate(ctx.published)} says so and gives no date of its own: it happened on or before that day.` };
    const stepRecord = { date, summary: `${step.label}${planned ? ' (planned)' : ''}: ${a.name}.`, ...(meeting ? { meeting: meeting.id } : {}), planned, evidence: [ev(ctx, i)] };
    const at = a.timeline.findIndex((t) => t.date.value > date.value);
    if (at === -1) a.timeline.push(stepRecord);
    else a.timeline.splice(at, 0, stepRecord);
    // Two reports of the same step on different days: both are kept, and the report says so.
    const same = a.timeline.filter((t) => t !== stepRecord && t.summary.startsWith(step.label) && !t.planned && !planned && t.date.value !== date.value);
    if (same.length > 0) ctx.report.uncertain.push(`sources disagree on ${a.id} “${step.label}”: ${same.map((t) => `${t.date.value} (${t.evidence[0]!.article})`).join(', ')}; this report says ${date.value}; both kept`);
    ctx.used.add(i);
    refreshStatus(ctx, a);
    ctx.store.touch('agreements', a.id);
    ctx.report.merged.push(`${a.id}: step “${step.label}${planned ? ' (planned)' : ''}” on ${date.value}${date.provenance === 'inferred' ? ` (inferred: ${date.basis})` : ''}`);
  });
}

/** The status is the latest step held (its "as of" is worked out where it is shown: src/knowledge/time.ts). */
function refreshStatus(ctx: Ctx, a: Agreement): void {
  const held = a.timeline.filter((t) => !t.planned);
  const latest = held.at(-1);
  if (!latest) return;
  const label = STEPS.find((k) => latest.summary.startsWith(k.label));
  if (label && latest.evidence.some((e) => e.article === ctx.article.id)) {
    a.status.label = label.label;
    a.status.evidence = latest.evidence;
    a.translations.ja.status = label.ja;
    a.translations.fr.status = label.fr;
  }
}

// ---------------------------------------------------------------- the whole article

/** Drafts what the sentences state into the store; returns the indexes of the sentences used as evidence. */
export function draftArticle(store: Store, article: Article, sentences: Sentence[], report: ArticleReport): Set<number> {
  const series = store.series;
  const ctx: Ctx = { store, vocab: store.vocabulary, article, published: article.published!, sentences, report, used: new Set(), local: new Map(), quotes: new Set(), series, meetingWord: meetingWord(series), ordinal: ordinalPattern(series) };
  // Another country pair: nothing of it becomes a Japan–France fact. Japan–France: the opening names
  // both, or the whole text names each at least twice (a transcript opens "I returned from Paris").
  const opening = [article.title ?? '', ...sentences.filter((s) => !s.unused).slice(0, 2).map((s) => s.text)].join(' ');
  const all = sentences.map((s) => s.text).join(' ');
  const named = (text: string, atLeast: number) => [...ctx.vocab.countriesIn(text).values()].every((n) => n >= atLeast);
  const both = named(opening, 1) || named(all, 2);
  if (!both) {
    const pair = [...ctx.vocab.countriesIn('').keys()].map((c) => ctx.vocab.nameOf(c)).join(' and ');
    for (const s of sentences) if (!s.unused) s.unused = { reason: 'other-countries', note: `the article is not about ${pair}` };
    report.uncertain.push(`the article is not about ${pair}: nothing drafted`);
    return ctx.used;
  }
  draftPeople(ctx);
  draftSuccessions(ctx);
  draftMeeting(ctx);
  draftTranscript(ctx);
  draftQuotes(ctx);
  draftAgreements(ctx);
  // Evidence must be in the text as stored: a passage that is not is dropped from the used set by the check.
  for (const i of ctx.used) if (!normalizeForEvidence(ctx.store.textOf(article.id)).includes(normalizeForEvidence(sentences[i]!.text))) ctx.used.delete(i);
  return ctx.used;
}
