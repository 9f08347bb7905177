// JSON Schemas for the data files, generated from the zod schemas so the two cannot disagree.
import { z } from 'zod';
import { dataKinds, type DataKind } from './schema.js';

export const schemaFileNames: Record<DataKind, string> = {
  articles: 'article.schema.json',
  people: 'person.schema.json',
  meetings: 'meeting.schema.json',
  quotes: 'quote.schema.json',
  agreements: 'agreement.schema.json',
  lexicon: 'lexicon.schema.json',
  series: 'series.schema.json',
  countries: 'country.schema.json',
  places: 'place.schema.json',
  offices: 'office.schema.json',
  glossaries: 'glossary.schema.json',
};

export function jsonSchemaFor(kind: DataKind): string {
  // "input": what a person writes in the file (defaults may be left out).
  const schema = z.toJSONSchema(dataKinds[kind], { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
