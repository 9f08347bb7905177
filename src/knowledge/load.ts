// Reads data/, validates every file, checks references and proves every piece of evidence is in its
// article. All problems are collected, so one run of `npm run data:check` lists everything to fix.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DataError, type Problem } from './problems.js';
import type { Agreement, Article, Country, CountryInfo, LexiconEntry, Meeting, OfficeKind, Person, Place, Quote, Series } from './schema.js';
import { Country as CountryCodes } from './schema.js';
import { type DataKind, type Evidence, dataKinds } from './schema.js';
import { dataVersion } from './snapshot.js';
import { piecesOf } from './article-text.js';
import { officeOn } from './offices.js';
import { clip, normalizeForEvidence, normalizeForSearch, splitParagraphs } from './text.js';

export { GAP_LINE, piecesOf } from './article-text.js';

export { DataError, type Problem, formatProblem } from './problems.js';

export interface LoadedArticle extends Article {
  text: string;
}

/** An article's paragraph pieces, normalised for evidence matching, with whether facts may rest on them: needed while checking only. */
type Body = { text: string; usable: boolean; kind?: 'caption' | 'appeal' }[];

export interface Knowledge {
  articles: Map<string, LoadedArticle>;
  people: Map<string, Person>;
  meetings: Map<string, Meeting>;
  quotes: Map<string, Quote>;
  agreements: Map<string, Agreement>;
  /** How people phrase things the articles say in other words (data/lexicon/). */
  lexicon: Map<string, LexiconEntry>;
  /** The kinds of recurring meeting (data/series/): their names and the words that mean them. */
  series: Map<string, Series>;
  /** The countries followed (data/countries/): names in three languages and the words that mean them. */
  countries: Map<Country, CountryInfo>;
  /** Cities and venues (data/places/): their names in three languages and their country. */
  places: Map<string, Place>;
  /** The offices ministers hold (data/offices/): titles in three languages and the words that mean them. */
  offices: Map<string, OfficeKind>;
  /** English for words typed in another language (data/glossaries/): a word as typed → its English. */
  glossary: Map<string, string[]>;
  /** How often each record is named in the articles: breaks search ties towards central records. */
  mentions: Map<string, number>;
  /** A short hash of every data file: tells which data a running bot serves. */
  version: string;
}

type Parsed<K extends DataKind> = { file: string; value: z.infer<(typeof dataKinds)[K]> };

function fieldPath(p: readonly PropertyKey[]): string | undefined {
  if (p.length === 0) return undefined;
  return p.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function readKind<K extends DataKind>(dataDir: string, kind: K, problems: Problem[]): Parsed<K>[] {
  const dir = path.join(dataDir, kind);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    problems.push({ file: path.join('data', kind), reason: 'folder is missing' });
    return [];
  }
  const out: Parsed<K>[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = path.join('data', kind, name);
    const raw = readFileSync(path.join(dir, name), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      problems.push({ file, reason: `is not valid JSON (${(err as Error).message})` });
      continue;
    }
    const record = typeof json === 'object' && json !== null && 'id' in json && typeof json.id === 'string' ? json.id : undefined;
    const result = dataKinds[kind].safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, record, field: fieldPath(issue.path), reason: issue.message });
      }
      continue;
    }
    const value = result.data as z.infer<(typeof dataKinds)[K]>;
    if (name !== `${value.id}.json`) {
      problems.push({ file, record: value.id, field: 'id', reason: `does not match the file name (expected ${value.id}.json)` });
    }
    const first = seen.get(value.id);
    if (first) {
      problems.push({ file, record: value.id, field: 'id', reason: `duplicate id: already used by ${first}` });
      continue;
    }
    seen.set(value.id, file);
    out.push({ file, value });
  }
  return out;
}



function loadArticles(dataDir: string, parsed: Parsed<'articles'>[], problems: Problem[]) {
  const articles = new Map<string, LoadedArticle>();
  const bodies = new Map<string, Body>();
  for (const { file, value } of parsed) {
    let text: string;
    try {
      text = readFileSync(path.join(dataDir, 'articles', value.file), 'utf8');
    } catch {
      problems.push({ file, record: value.id, field: 'file', reason: `${value.file} is missing` });
      continue;
    }
    const digest = createHash('sha256').update(text).digest('hex');
    if (digest !== value.source.sha256) {
      problems.push({ file, record: value.id, field: 'source.sha256', reason: `${value.file} is not the text as received (its SHA-256 is ${digest})` });
    }
    const paragraphs = splitParagraphs(text);
    // A line that is only "[…]" marks omitted text: no passage may span it, so each side is a piece of its own.
    const pieces = paragraphs.map((p) => piecesOf(p).map((t) => ({ text: normalizeForEvidence(t), usable: true as boolean, kind: undefined as 'caption' | 'appeal' | undefined })));
    value.paragraphs.forEach((note, i) => {
      const target = paragraphs[note.index];
      if (target === undefined || !target.startsWith(note.startsWith)) {
        problems.push({ file, record: value.id, field: `paragraphs[${i}].startsWith`, reason: `paragraph ${note.index} does not begin with "${note.startsWith}"` });
        return;
      }
      for (const entry of pieces[note.index]!) {
        entry.usable = note.usableAsEvidence;
        entry.kind = note.kind;
      }
    });
    const body = pieces.flat();
    (value.unused ?? []).forEach((u, i) => {
      const needle = normalizeForEvidence(u.sentence);
      if (!body.some((p) => p.text.includes(needle))) problems.push({ file, record: value.id, field: `unused[${i}].sentence`, reason: `not found in ${value.file}: "${clip(u.sentence, 80)}"` });
    });
    articles.set(value.id, { ...value, text });
    bodies.set(value.id, body);
  }
  return { articles, bodies };
}

/** Loads and checks the whole knowledge base; throws DataError listing every problem found. */
export function loadKnowledge(dataDir: string): Knowledge {
  if (!existsSync(dataDir)) throw new DataError([{ file: dataDir, reason: 'the knowledge base folder is missing (DATA_DIR, or data/ by default)' }]);
  const problems: Problem[] = [];
  const articleFiles = readKind(dataDir, 'articles', problems);
  const peopleFiles = readKind(dataDir, 'people', problems);
  const meetingFiles = readKind(dataDir, 'meetings', problems);
  const quoteFiles = readKind(dataDir, 'quotes', problems);
  const agreementFiles = readKind(dataDir, 'agreements', problems);
  const lexiconFiles = readKind(dataDir, 'lexicon', problems);
  const seriesFiles = readKind(dataDir, 'series', problems);
  const countryFiles = readKind(dataDir, 'countries', problems);
  const placeFiles = readKind(dataDir, 'places', problems);
  const officeFiles = readKind(dataDir, 'offices', problems);
  // Optional: a knowledge base made before glossaries existed has none, and reads only English words.
  const glossaryFiles = existsSync(path.join(dataDir, 'glossaries')) ? readKind(dataDir, 'glossaries', problems) : [];
  const { articles, bodies } = loadArticles(dataDir, articleFiles, problems);

  const byId = <T extends { id: string }>(files: { value: T }[]) => new Map(files.map((f) => [f.value.id, f.value]));
  const people = byId(peopleFiles);
  const meetings = byId(meetingFiles);
  const quotes = byId(quoteFiles);
  const agreements = byId(agreementFiles);
  const lexicon = byId(lexiconFiles);
  const series = byId(seriesFiles);
  const countries = byId(countryFiles) as Map<Country, CountryInfo>;
  const places = byId(placeFiles);
  const offices = byId(officeFiles);
  const glossary = new Map<string, string[]>();
  for (const { file, value: g } of glossaryFiles) {
    g.entries.forEach((e, i) => {
      for (const typed of e.say) {
        // A French word as the reader sees it: accents folded, "chef d'État" three words ("chef d etat").
        const w = g.language === 'ja' ? typed : normalizeForSearch(typed);
        if (glossary.has(w)) problems.push({ file, record: g.id, field: `entries[${i}].say`, reason: `"${typed}" is glossed twice` });
        else glossary.set(w, e.en.map((x) => x.toLowerCase()));
      }
    });
  }
  for (const code of CountryCodes.options) {
    if (!countries.has(code) && !problems.some((p) => p.file.startsWith(path.join('data', 'countries')))) problems.push({ file: path.join('data', 'countries'), reason: `needs a file for ${code}` });
  }
  const placeNames = new Map<string, string>();
  for (const { file, value: p } of placeFiles) {
    const key = p.name.toLowerCase();
    if (placeNames.has(key)) problems.push({ file, record: p.id, field: 'name', reason: `"${p.name}" is also ${placeNames.get(key)}` });
    placeNames.set(key, p.id);
  }
  if (seriesFiles.length === 0 && !problems.some((p) => p.file.startsWith(path.join('data', 'series')))) problems.push({ file: path.join('data', 'series'), reason: 'needs at least one meeting series' });

  // Walks every evidence list of a record and checks each passage against its article.
  const checkEvidence = (file: string, record: string, field: string, evidence: Evidence[]) => {
    evidence.forEach((e, i) => {
      const article = articles.get(e.article);
      if (!article) {
        problems.push({ file, record, field: `${field}[${i}].article`, reason: `unknown article "${e.article}"` });
        return;
      }
      const needle = normalizeForEvidence(e.text);
      const paragraph = bodies.get(e.article)!.find((p) => p.text.includes(needle));
      if (!paragraph) {
        problems.push({ file, record, field: `${field}[${i}].text`, reason: `not found in article "${e.article}": "${clip(e.text, 80)}"` });
      } else if (!paragraph.usable) {
        problems.push({ file, record, field: `${field}[${i}].text`, reason: `rests on a paragraph of article "${e.article}" excluded from facts (${paragraph.kind})` });
      }
    });
  };
  const ref = (file: string, record: string, field: string, map: Map<string, unknown>, id: string | undefined, what: string) => {
    if (id !== undefined && !map.has(id)) problems.push({ file, record, field, reason: `unknown ${what} "${id}"` });
  };
  for (const { file, value: p } of peopleFiles) {
    p.offices.forEach((office, i) => {
      checkEvidence(file, p.id, `offices[${i}].evidence`, office.evidence);
      ref(file, p.id, `offices[${i}].succeeded`, people, office.succeeded, 'person');
      // A span's ends are the dates of articles that name them in it.
      const dates = office.evidence.map((e) => articles.get(e.article)?.date.value).filter((d): d is string => d !== undefined).sort();
      if (dates.length > 0 && (office.from.value > dates[0]! || (office.to && office.to.value < dates.at(-1)!))) {
        problems.push({ file, record: p.id, field: `offices[${i}]`, reason: `the span ${office.from.value}–${office.to?.value ?? ''} does not hold the dates of its evidence (${dates[0]}–${dates.at(-1)})` });
      }
    });
  }

  for (const { file, value: m } of meetingFiles) {
    checkEvidence(file, m.id, 'evidence', m.evidence);
    if (m.place) checkEvidence(file, m.id, 'place.evidence', m.place.evidence);
    m.participants.forEach((pt, i) => {
      ref(file, m.id, `participants[${i}].person`, people, pt.person, 'person');
      if (people.has(pt.person) && !officeOn(people.get(pt.person)!, m.date.value)) {
        problems.push({ file, record: m.id, field: `participants[${i}].person`, reason: `"${pt.person}" holds no office on ${m.date.value} (data/people offices), so the bot could not say in what capacity they attended` });
      }
      checkEvidence(file, m.id, `participants[${i}].evidence`, pt.evidence);
    });
    m.outcomes.forEach((o, i) => {
      ref(file, m.id, `outcomes[${i}].agreement`, agreements, o.agreement, 'agreement');
      o.people?.forEach((id, j) => ref(file, m.id, `outcomes[${i}].people[${j}]`, people, id, 'person'));
      checkEvidence(file, m.id, `outcomes[${i}].evidence`, o.evidence);
    });
    m.sideEvents.forEach((s, i) => {
      ref(file, m.id, `sideEvents[${i}].agreement`, agreements, s.agreement, 'agreement');
      s.people?.forEach((id, j) => ref(file, m.id, `sideEvents[${i}].people[${j}]`, people, id, 'person'));
      checkEvidence(file, m.id, `sideEvents[${i}].evidence`, s.evidence);
    });
  }
  const numbers = new Map<number, string>();
  for (const { file, value: m } of meetingFiles) {
    if (!m.number) continue;
    const other = numbers.get(m.number.value);
    if (other) problems.push({ file, record: m.id, field: 'number.value', reason: `meeting number ${m.number.value} is also "${other}"` });
    numbers.set(m.number.value, m.id);
  }

  for (const { file, value: q } of quoteFiles) {
    ref(file, q.id, 'speaker', people, q.speaker, 'person');
    ref(file, q.id, 'meeting', meetings, q.meeting, 'meeting');
    checkEvidence(file, q.id, 'evidence', q.evidence);
    const inEvidence = q.evidence.some((e) => normalizeForEvidence(e.text).includes(normalizeForEvidence(q.text)));
    if (!inEvidence) problems.push({ file, record: q.id, field: 'text', reason: 'does not occur in the quote’s own evidence' });
    if (q.kind === 'direct' && q.speaker && q.meeting && meetings.has(q.meeting) && people.has(q.speaker) && !officeOn(people.get(q.speaker)!, meetings.get(q.meeting)!.date.value)) {
      problems.push({ file, record: q.id, field: 'speaker', reason: `"${q.speaker}" holds no office at the date of "${q.meeting}", so the bot could not say in what capacity they spoke` });
    }
  }

  for (const { file, value: a } of agreementFiles) {
    checkEvidence(file, a.id, 'status.evidence', a.status.evidence);
    a.covers.forEach((c, i) => checkEvidence(file, a.id, `covers[${i}].evidence`, c.evidence));
    a.timeline.forEach((step, i) => {
      ref(file, a.id, `timeline[${i}].meeting`, meetings, step.meeting, 'meeting');
      checkEvidence(file, a.id, `timeline[${i}].evidence`, step.evidence);
      const prev = a.timeline[i - 1];
      if (prev && prev.date.value > step.date.value) {
        problems.push({ file, record: a.id, field: `timeline[${i}].date`, reason: `${step.date.value} comes before the previous step (${prev.date.value}): keep the timeline in date order` });
      }
    });
  }

  // No new facts: a synonym only leads to words the articles themselves use.
  const corpus = ` ${[...articles.values()].map((a) => normalizeForSearch(a.text)).join(' ')} `;
  for (const { file, value: e } of lexiconFiles) {
    (e.means ?? []).forEach((m, i) => {
      if (!corpus.includes(` ${normalizeForSearch(m)} `)) problems.push({ file, record: e.id, field: `means[${i}]`, reason: `"${m}" does not occur in any article` });
    });
  }

  for (const { file, value: s } of seriesFiles) checkEvidence(file, s.id, 'evidence', s.evidence);
  for (const { file, value: o } of officeFiles) o.lexicon.forEach((id, i) => ref(file, o.id, `lexicon[${i}]`, lexicon, id, 'lexicon entry'));
  for (const { file, value: p } of peopleFiles) {
    p.offices.forEach((r, i) => {
      if (![...offices.values()].some((o) => o.titles.some((t) => r.title.toLowerCase().includes(t.en.toLowerCase())))) problems.push({ file, record: p.id, field: `offices[${i}].title`, reason: `"${r.title}" is no title in data/offices` });
    });
  }
  for (const { file, value: m } of meetingFiles) {
    if (m.series !== undefined) ref(file, m.id, 'series', series, m.series, 'series');
    else if (series.size > 1) problems.push({ file, record: m.id, field: 'series', reason: 'names no series, and data/series has several' });
  }

  if (problems.length > 0) throw new DataError(problems);

  return {
    articles,
    people,
    meetings,
    quotes,
    agreements,
    lexicon,
    glossary,
    series,
    countries,
    places,
    offices,
    mentions: countMentions(articles, people, agreements, meetings, quotes),
    version: dataVersion(dataDir),
  };
}

function countMentions(
  articles: Map<string, LoadedArticle>,
  people: Map<string, Person>,
  agreements: Map<string, Agreement>,
  meetings: Map<string, Meeting>,
  quotes: Map<string, Quote>,
): Map<string, number> {
  const corpus = ` ${[...articles.values()].map((a) => normalizeForSearch(a.text)).join(' ')} `;
  const count = (term: string) => {
    const needle = ` ${normalizeForSearch(term)} `;
    if (needle.trim() === '') return 0;
    let n = 0;
    for (let i = corpus.indexOf(needle); i !== -1; i = corpus.indexOf(needle, i + 1)) n++;
    return n;
  };
  const mentions = new Map<string, number>();
  for (const p of people.values()) {
    // The surname is what the articles repeat; the longest alias found stands for the person.
    mentions.set(p.id, Math.max(0, ...[p.name, ...p.aliases].map(count)));
  }
  for (const a of agreements.values()) {
    mentions.set(a.id, [a.name, ...a.aliases].map(count).reduce((x, y) => x + y, 0) + a.timeline.length);
  }
  for (const m of meetings.values()) {
    const refs = [...quotes.values()].filter((q) => q.meeting === m.id).length + m.outcomes.length + m.participants.length;
    mentions.set(m.id, refs);
  }
  for (const q of quotes.values()) mentions.set(q.id, q.speaker ? (mentions.get(q.speaker) ?? 0) : 0);
  return mentions;
}

