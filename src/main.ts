// `npm start`: with DISCORD_TOKEN, the gateway bot; without, the local console, but only for a
// person: a line to answer, or a terminal. A service without a token fails loudly instead of
// "serving" nothing. Each path imports only what it uses: the console loads no Discord code.
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { fail, loadEnvFile } from './fail.js';

// A one-line answer runs each of the reader's ~150 patterns once. V8 first interprets a pattern and
// compiles it to machine code only when it runs again; interpreting the long case-insensitive
// Unicode ones costs more than compiling them, so they are compiled at once (a quarter less time
// for a one-shot answer; a server compiles them all at its warm-up either way).
setFlagsFromString('--no-regexp-tier-up');

const NO_TOKEN = [
  'DISCORD_TOKEN is not set, and there is no one at a terminal to use the local console.',
  'To serve Discord: copy .env.example to .env and set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token)',
  'and DISCORD_CLIENT_ID. For the console: `npm run console`, or `npm start -- "/help"`.',
].join('\n');

const USAGE = 'Usage: npm start [-- [--console] [--locale en|ja|fr] ["/command query"]]';

function args(): { locale?: string; line?: string; console: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { locale: { type: 'string' }, console: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    return { console: values.console, ...(values.locale ? { locale: values.locale } : {}), ...(positionals.length > 0 ? { line: positionals.join(' ') } : {}) };
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}

async function main(): Promise<void> {
  loadEnvFile();
  const { locale, line, console: wanted } = args();
  const production = process.env.NODE_ENV === 'production';
  const token = process.env.DISCORD_TOKEN?.trim();
  if (wanted || !token || line !== undefined) {
    if (!wanted && production && !token) fail(`${NO_TOKEN}\n(NODE_ENV=production never opens the console.)`);
    if (line === undefined && !process.stdin.isTTY) fail(wanted ? 'The console needs a terminal, or a line to answer: npm run console -- "/help"' : NO_TOKEN);
    const { runConsole } = await import('./console/run.js');
    return runConsole({ line, locale, connectHint: !token });
  }
  // Stack traces in the original TypeScript for a server's logs; the console has no use for the
  // source maps, and would read one per module.
  process.setSourceMapsEnabled(true);
  const { runGateway } = await import('./gateway.js');
  await runGateway();
}

main().catch((err: unknown) => fail(err instanceof Error ? `Fatal: ${err.message}` : `Fatal: ${String(err)}`));
