// `npm run data:schemas`: rewrites data/schemas/*.schema.json from src/knowledge/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaFor, schemaFileNames } from '../src/knowledge/json-schemas.js';
import type { DataKind } from '../src/knowledge/schema.js';
import { defaultDataDir } from '../src/paths.js';

const dir = path.join(defaultDataDir, 'schemas');
mkdirSync(dir, { recursive: true });
for (const [kind, file] of Object.entries(schemaFileNames) as [DataKind, string][]) {
  writeFileSync(path.join(dir, file), jsonSchemaFor(kind));
  console.log(`wrote data/schemas/${file}`);
}
