// `npm run ingest -- <FILE | DIR | URL> [--dry-run] [--title T] [--url U] [--published YYYY-MM-DD] [--publisher P] [--data DIR]`
import { parseArgs } from 'node:util';
import { formatReport, ingest } from '../src/ingest/ingest.js';
import { Refusal } from '../src/ingest/refusal.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { snapshotFile } from '../src/knowledge/snapshot.js';
import { defaultDataDir } from '../src/paths.js';

const USAGE = 'usage: npm run ingest -- <FILE | DIR | URL> [--dry-run] [--json] [--title T] [--url U] [--published YYYY-MM-DD] [--publisher P] [--data DIR]';

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      title: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      publisher: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length !== 1) {
  console.error(`name one file, folder or URL\n${USAGE}`);
  process.exit(2);
}
const { title, url, published, publisher } = args.values;
try {
  const dataDir = args.values.data ?? process.env.DATA_DIR ?? defaultDataDir;
  // Into the shipped data/ of a built checkout, the build's snapshot is refreshed too: the next start stays fast.
  const snapshot = path.resolve(dataDir) === defaultDataDir && existsSync(path.dirname(snapshotFile)) ? snapshotFile : undefined;
  const report = await ingest(args.positionals[0]!, {
    dataDir,
    ...(snapshot ? { snapshot } : {}),
    dryRun: args.values['dry-run'],
    flags: { title, url, published, publisher },
  });
  console.log(args.values.json ? JSON.stringify(report, null, 2) : formatReport(report));
} catch (err) {
  if (err instanceof Refusal) {
    console.error(`refused (${err.code}): ${err.message}\nnothing was written.`);
    process.exit(1);
  }
  throw err;
}
