// The words the drafter reads countries and places by, built from data/countries and data/places,
// so that an article about a city or country we add there needs no code.
import { officeKindOf, titleCountry } from '../knowledge/offices.js';
import { escapeRegExp } from '../knowledge/text.js';
import type { Country, CountryInfo, OfficeKind, Place } from '../knowledge/schema.js';

export interface IngestVocabulary {
  /** A pattern (one capturing group) for a country as it qualifies a title: its name, possessive or adjective. */
  adjective: string;
  /** The country that a match of `adjective` names. */
  countryOf(adjective: string): Country | undefined;
  /** The English adjective for a country: "Japanese". */
  adjectiveOf(c: Country): string;
  /** The English name of a country. */
  nameOf(c: Country): string;
  /** Capitalised words that name a country or a city: never part of a person's name. */
  placeWords: Set<string>;
  /** The country a city is in, where data/places knows it. */
  cityCountry(city: string): Country | undefined;
  /** A pattern (no capturing group) for a minister's title as articles write it: "Foreign Minister", "Minister for the Armed Forces". */
  office: string;
  /** Which office a title is (data/offices id). */
  officeOf(title: string): string;
  /** Which office a title is, only where data/offices knows it. */
  knownOffice(title: string): string | undefined;
  /** The one country whose title this is, if only one gives it. */
  officeCountry(title: string): Country | undefined;
  /** How a meeting held by video is placed: data/places' "online" entry, whose Japanese and French names the cards use. */
  onlinePlace: string;
  /** The countries a text names, by name, adjective or one of their cities, with how often. */
  countriesIn(text: string): Map<Country, number>;
}

export function ingestVocabulary(countries: Iterable<CountryInfo>, places: Iterable<Place>, offices: Iterable<OfficeKind>): IngestVocabulary {
  const officeList = [...offices];
  const list = [...countries];
  const placeList = [...places];
  const cities = placeList.filter((p) => p.kind === 'city');
  // Latin-script English forms only: drafted articles are in English.
  const englishWords = (c: CountryInfo) => [...new Set([c.name.en, c.adjective, ...c.words].filter((w) => /^[A-Z][A-Za-z]+$/.test(w)))];
  const forms = list.flatMap((c) => [c.adjective, c.name.en, `${c.name.en}['’]s`]);
  const adjective = `(${forms.sort((a, b) => b.length - a.length).map((f) => (f.includes('[') ? f : escapeRegExp(f))).join('|')})`;
  const namesOf = new Map(list.map((c) => [c.id, [...englishWords(c), ...cities.filter((p) => p.country === c.id).map((p) => p.name)]]));
  const patterns = new Map([...namesOf].map(([id, names]) => [id, new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'g')]));
  // Ministers' titles, each word's first letter in either case ("defence minister"), "the" optional.
  const titles = [...new Set(officeList.flatMap((o) => o.titles.map((t) => t.en)).filter((t) => /\bminister\b/i.test(t)))].sort((a, b) => b.length - a.length);
  const office = `(?:${titles.map((t) => t.split(' ').map((w) => (w.toLowerCase() === 'the' ? '(?:the )?' : `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))} `)).join('').trimEnd()).join('|')})`;
  return {
    adjective,
    office,
    onlinePlace: placeList.find((p) => p.id === 'online')?.name ?? 'Online',
    officeOf: (title) => officeKindOf(officeList, title) ?? title.toLowerCase(),
    knownOffice: (title) => officeKindOf(officeList, title),
    officeCountry: (title) => titleCountry(officeList, title),
    countryOf: (a) => list.find((c) => c.adjective === a || a.replace(/['’]s$/, '') === c.name.en)?.id,
    adjectiveOf: (c) => list.find((x) => x.id === c)?.adjective ?? c,
    nameOf: (c) => list.find((x) => x.id === c)?.name.en ?? c,
    placeWords: new Set([...namesOf.values()].flat()),
    cityCountry: (city) => cities.find((p) => p.name === city || p.aliases.includes(city))?.country,
    countriesIn: (text) => new Map([...patterns].map(([id, re]) => [id, (text.match(re) ?? []).length])),
  };
}
