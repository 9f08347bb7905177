// The shape of every data file. The JSON Schemas in data/schemas/ are generated from these
// (npm run data:schemas), so editors and the loader validate against the same rules.
import { z } from 'zod';

export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by single hyphens')
  .max(80);

const Text = z.string().trim().min(1, 'must not be empty');

/** A calendar date as precise as the source allows, and what it rests on. */
export const DateFact = z
  .object({
    value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(['day', 'month', 'year']),
    provenance: z
      .enum(['printed', 'stated', 'inferred'])
      .describe('printed: the article prints it; stated: the text says it in words; inferred: worked out, see basis'),
    basis: Text.describe('what the date rests on, in a sentence'),
    weekday: z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']).optional().describe('the day of the week, where the article gives it and not the date'),
    external: z
      .object({ value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'), precision: z.literal('day'), basis: Text })
      .optional()
      .describe('the date as known from outside the articles: shown as not in the sources, never used as evidence or for matching'),
  })
  .superRefine((date, ctx) => {
    const parts = date.value.split('-').length;
    const expected = { year: 1, month: 2, day: 3 }[date.precision];
    if (parts !== expected) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `has ${parts} part(s) but precision is "${date.precision}"` });
      return;
    }
    const [y, m = 1, d = 1] = date.value.split('-').map(Number) as [number, number?, number?];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${date.value}" is not a calendar date` });
    }
  });
export type DateFact = z.infer<typeof DateFact>;

/** A verbatim passage of one article that a fact rests on. */
export const Evidence = z.object({
  article: RecordId.describe('id of the article the passage comes from'),
  text: Text.describe('verbatim sentence(s) from the article'),
});
export type Evidence = z.infer<typeof Evidence>;

const EvidenceList = z.array(Evidence).min(1, 'needs at least one piece of evidence');

const Aliases = z.array(Text.max(100)).describe('what a user might type to find this record');

const Schema = z.string().optional().describe('path of the JSON Schema, for editors');

/** Why a sentence of an ingested article is used by no record. */
export const UnusedReason = z.enum(['byline', 'dateline', 'caption', 'boilerplate', 'fragment', 'heading', 'other-countries', 'not-drafted']);
export type UnusedReason = z.infer<typeof UnusedReason>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const Article = z
  .object({
    $schema: Schema,
    id: RecordId,
    file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must name a .txt file beside this one'),
    source: z.object({
      file: Text.describe('the file name (or URL) as received'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256').describe('hash of the verbatim text'),
    }),
    headline: z
      .object({
        text: Text.max(200),
        writtenBy: z.literal('us').describe('the articles carry no headline; this one is ours'),
        ja: Text.max(200).describe('our headline in Japanese'),
        fr: Text.max(200).describe('our headline in French'),
      })
      .optional()
      .describe('our headline, for an article that carries none (the seed articles)'),
    title: Text.max(300).optional().describe('the article’s own title, as published (ingested articles)'),
    url: z.url().optional().describe('where the article was published'),
    published: IsoDay.optional().describe('the publication date from the article or its metadata'),
    publisher: Text.max(200).optional(),
    date: DateFact.describe('publication date'),
    covers: Text.optional().describe('what the article reports, in our words'),
    coversIn: z.object({ ja: Text, fr: Text }).optional().describe('the same, in Japanese and French'),
    paragraphs: z
      .array(
        z.object({
          index: z.number().int().min(0).describe('0-based, paragraphs separated by blank lines'),
          startsWith: Text.describe('the paragraph begins with this text, to catch a wrong index'),
          kind: z.enum(['caption', 'appeal']),
          usableAsEvidence: z.boolean().describe('false: nothing may rest on this paragraph'),
          note: Text,
        }),
      )
      .default([])
      .describe('paragraphs that are not news'),
    unused: z
      .array(z.object({ sentence: Text, reason: UnusedReason, note: Text.optional() }))
      .optional()
      .describe('ingested articles: every sentence no record uses, with the reason'),
  })
  .superRefine((a, ctx) => {
    if (!a.headline && !a.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'needs the article’s own title, or our headline' });
    if (a.headline && (!a.covers || !a.coversIn)) ctx.addIssue({ code: 'custom', path: ['covers'], message: 'an article with our headline needs covers and coversIn, in our words' });
    if (a.published && a.date.value !== a.published) ctx.addIssue({ code: 'custom', path: ['date', 'value'], message: `is ${a.date.value}, but published is ${a.published}` });
  });
export type Article = z.infer<typeof Article>;

export const Country = z.enum(['JP', 'FR']);
export type Country = z.infer<typeof Country>;

const Span = {
  from: DateFact.describe('the earliest date an article has them in this office'),
  to: DateFact.optional().describe('the latest date an article has them in this office: they held it then, and may have held it after'),
};

/**
 * An office held over a dated span. Who held what at a meeting is derived from the spans and the
 * meeting's date (src/knowledge/offices.ts), never stored per meeting.
 */
export const Office = z
  .object({
    title: Text.describe('the title as the article gives it'),
    country: Country,
    ...Span,
    inference: Text.optional().describe('what part of this office is inferred, and from what'),
    succeeded: RecordId.optional().describe('the person its evidence says this one took the office over from ("X is succeeded by Y")'),
    evidence: EvidenceList,
  })
  .refine((o) => !o.to || o.from.value <= o.to.value, { message: 'ends before it begins', path: ['to'] });
export type Office = z.infer<typeof Office>;

export const Person = z.object({
  $schema: Schema,
  id: RecordId,
  name: Text.max(100),
  nameJa: Text.max(100).describe('the name as Japanese readers write it (kanji or katakana)'),
  aliases: Aliases,
  country: Country,
  offices: z.array(Office).min(1, 'needs at least one office').describe('the offices the articles have them in, as dated spans'),
});
export type Person = z.infer<typeof Person>;

const Fact = z.object({
  summary: Text.max(300).describe('our wording; must say no more than the evidence'),
  agreement: RecordId.optional().describe('the agreement or initiative this fact is about'),
  people: z.array(RecordId).optional().describe('the people this fact is about (ids), where not the meeting’s participants'),
  evidence: EvidenceList,
});

const Labels = z.object({ en: Text.max(100), ja: Text.max(100), fr: Text.max(100) });

/** One of the countries the bot follows: how it is named in three languages and the words that mean it. */
export const CountryInfo = z.object({
  $schema: Schema,
  id: Country.describe('the ISO 3166 code'),
  name: Labels.describe('the name in each language'),
  from: Labels.describe('"from X", as in "no one from X" (ja: "Xの", fr: "de X" or "du X")'),
  in: Labels.describe('"in X": being there (ja: the name alone, fr: "en X" or "au X")'),
  adjective: Text.max(40).describe('the English adjective, as before a title: "Japanese Foreign Minister"'),
  words: z.array(Text.max(40)).min(1).describe('what people type to mean the country or its people, in any of the three languages'),
});
export type CountryInfo = z.infer<typeof CountryInfo>;

/** An office ministers hold (foreign affairs, defence…): its titles in three languages and the words that mean it. */
export const OfficeKind = z.object({
  $schema: Schema,
  id: RecordId,
  words: z.array(Text.max(60)).min(1).describe('what people type for the office beside "minister" ("defence", "foreign"), or alone ("president")'),
  alone: z.boolean().default(false).describe('its words name it by themselves ("president"), not only beside "minister"'),
  lexicon: z.array(RecordId).describe('data/lexicon entries whose phrases mean the office ("ministre des armées")'),
  titles: z
    .array(z.object({ en: Text.max(100), ja: Text.max(100), fr: Text.max(100), country: Country.optional().describe('the one country whose title this is') }))
    .min(1)
    .describe('the titles articles give it, with what Japanese and French readers call it'),
});
export type OfficeKind = z.infer<typeof OfficeKind>;

/** A city or venue: its names for readers of the three languages, and the country it is in. */
export const Place = z.object({
  $schema: Schema,
  id: RecordId,
  name: Text.max(100).describe('as the records write it (meetings[].place.city or .venue)'),
  ja: Text.max(100).describe('as Japanese readers write it'),
  fr: Text.max(100).describe('as French readers write it'),
  kind: z.enum(['city', 'venue']),
  country: Country.optional().describe('the country it is in, where known: a drafted meeting there is placed in it'),
  aliases: z.array(Text.max(100)).default([]).describe('other names people type for it, in any language'),
});
export type Place = z.infer<typeof Place>;

/** A kind of recurring meeting (foreign and defence ministers of two countries, say): its names in three languages and the words that mean it. */
export const Series = z.object({
  $schema: Schema,
  id: RecordId,
  countries: z.array(Country).min(1).describe('the countries whose ministers meet'),
  name: Labels.describe('the short name, as in "the 4th …", "第4回…", "4e …"'),
  title: Labels.describe('the full name, with the countries'),
  about: z.object({ en: Text.max(300), ja: Text.max(300), fr: Text.max(300) }).describe('what the series is, in a sentence that introduces the passages describing it'),
  words: z.array(Text.max(60)).min(1).describe('what people type to mean a meeting of the series'),
  evidence: EvidenceList.describe('the passages that say what a meeting of the series is'),
});
export type Series = z.infer<typeof Series>;

export const Meeting = z.object({
  $schema: Schema,
  id: RecordId,
  series: RecordId.optional().describe('the series the meeting belongs to; absent where data/series has only one'),
  number: z
    .object({
      value: z.number().int().min(1),
      provenance: z.enum(['stated', 'inferred']),
      basis: Text,
    })
    .optional()
    .describe('the ordinal in the series; absent where no article states it'),
  name: Text.max(100),
  aliases: Aliases,
  date: DateFact,
  place: z
    .object({
      city: Text,
      venue: Text.optional(),
      online: z.boolean().optional().describe('true: held by video conference or online'),
      country: z
        .object({ value: Country, inference: Text.describe('why the city is in that country, from the articles’ words: no article says it outright') })
        .optional()
        .describe('the country the talks were held in'),
      evidence: EvidenceList,
    })
    .optional()
    .describe('absent where the articles do not say'),
  participants: z.array(z.object({ person: RecordId, evidence: EvidenceList })),
  outcomes: z.array(Fact),
  sideEvents: z.array(
    Fact.extend({
      status: z.enum(['held', 'planned', 'expected']),
      date: DateFact.optional(),
    }),
  ),
  evidence: EvidenceList.describe('the passages that establish the meeting itself'),
  alsoReported: z
    .array(
      z.object({
        date: DateFact.optional(),
        place: z.object({ city: Text, venue: Text.optional(), online: z.boolean().optional() }).optional(),
        evidence: EvidenceList,
      }),
    )
    .optional()
    .describe('where a later source disagrees (a date, a place): what it says, kept with its source, never picked silently'),
});
export type Meeting = z.infer<typeof Meeting>;

export const Quote = z
  .object({
    $schema: Schema,
    id: RecordId,
    kind: z.enum(['direct', 'reported']).describe('direct: the speaker’s own words in quotation marks'),
    speaker: RecordId.optional().describe('a person id'),
    attributedTo: Text.optional().describe('for words not from one person, e.g. a joint statement'),
    meeting: RecordId.optional().describe('the meeting it was said at; absent where the article ties it to none'),
    date: DateFact.optional().describe('when it was said or reported, where there is no meeting'),
    text: Text.max(1000).describe('direct: the quoted words verbatim; reported: the reporting passage'),
    about: Text.optional().describe('what the words refer to, where the article says'),
    setting: Text.nullable().describe('where or when it was said; null where the article does not say'),
    topics: z.array(Text).default([]),
    evidence: EvidenceList,
  })
  .refine((q) => (q.speaker === undefined) !== (q.attributedTo === undefined), {
    message: 'needs exactly one of speaker or attributedTo',
    path: ['speaker'],
  })
  .refine((q) => q.meeting !== undefined || q.date !== undefined, { message: 'needs a meeting or a date', path: ['meeting'] });
export type Quote = z.infer<typeof Quote>;

export const Agreement = z.object({
  $schema: Schema,
  id: RecordId,
  kind: z.enum(['agreement', 'initiative', 'position']),
  name: Text.max(100),
  aliases: Aliases,
  status: z
    .object({
      label: Text.max(100),
      evidence: EvidenceList,
    })
    // Strict: an "as of" written here would go stale as articles are added.
    .strict()
    .describe('the latest step; its "as of" is the date of the newest article the record cites (src/knowledge/time.ts), never stored'),
  translations: z
    .object({ ja: z.object({ name: Text.max(100), status: Text.max(100) }), fr: z.object({ name: Text.max(100), status: Text.max(100) }) })
    .describe('the name and status label in Japanese and French'),
  covers: z.array(Fact.omit({ agreement: true })).default([]),
  timeline: z
    .array(
      z.object({
        date: DateFact,
        summary: Text.max(300),
        meeting: RecordId.optional(),
        planned: z.boolean().default(false).describe('true for a step announced but not yet held'),
        evidence: EvidenceList,
      }),
    )
    .min(1),
});
export type Agreement = z.infer<typeof Agreement>;

/**
 * How people phrase what the articles say in other words. A synonym entry maps what people say
 * to words the articles use (never to new facts: every `means` must occur in an article); a
 * generic entry lists words that do not make a question specific (Japan, minister, talks).
 */
export const LexiconEntry = z
  .object({
    $schema: Schema,
    id: RecordId,
    kind: z.enum(['synonym', 'generic']),
    say: z.array(Text.max(60)).min(1).describe('what people type'),
    means: z.array(Text.max(80)).optional().describe('synonym: words the articles use for it, each found in an article'),
    note: Text.optional().describe('why this mapping holds'),
  })
  .refine((e) => e.kind === 'generic' || (e.means?.length ?? 0) > 0, { message: 'a synonym needs the words it means', path: ['means'] });
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/**
 * Words of a language the articles are not written in, with the English words a report would use
 * for them: a Japanese question's "懸念" is read as "concern", a French one's "chef de la diplomatie"
 * as "foreign minister", then as any English word is.
 */
export const Glossary = z.object({
  $schema: Schema,
  id: RecordId,
  language: z.enum(['ja', 'fr']).describe('the language of the words as typed'),
  note: Text.optional().describe('where the glossary comes from'),
  entries: z
    .array(
      z.object({
        say: z.array(Text.max(40)).min(1).describe('the word as typed, in its forms'),
        en: z.array(Text.max(60)).min(1).describe('English for it, most common first'),
      }),
    )
    .min(1),
});
export type Glossary = z.infer<typeof Glossary>;

export const dataKinds = {
  articles: Article,
  people: Person,
  meetings: Meeting,
  quotes: Quote,
  agreements: Agreement,
  lexicon: LexiconEntry,
  series: Series,
  countries: CountryInfo,
  places: Place,
  offices: OfficeKind,
  glossaries: Glossary,
} as const;
export type DataKind = keyof typeof dataKinds;
