import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, schemaFileNames } from '../../src/knowledge/json-schemas.js';
import type { DataKind } from '../../src/knowledge/schema.js';
import { defaultDataDir } from '../../src/paths.js';

describe('generated JSON Schemas', () => {
  it.each(Object.entries(schemaFileNames) as [DataKind, string][])('%s: data/schemas/%s is up to date (npm run data:schemas)', (kind, file) => {
    expect(readFileSync(path.join(defaultDataDir, 'schemas', file), 'utf8')).toBe(jsonSchemaFor(kind));
  });
});
