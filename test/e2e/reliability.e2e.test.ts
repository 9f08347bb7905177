// Broken data, live reloads and secrets, with the real process.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/paths.js';
import { APP_ID, FakeDiscord } from '../../testing/fake-discord.js';
import { copyOfData, editJson, removeCopy } from '../helpers/data.js';
import { DUMMY_TOKEN, BUILT, startProcess } from '../../testing/process.js';

describe('broken data stops start-up with exit 1 and one clear message', () => {
  const start = async (dataDir: string) => {
    const p = startProcess(BUILT.main, { DATA_DIR: dataDir, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }, ['--console', '/help']);
    return { code: await p.exit, output: p.output() };
  };

  it.each([
    ['bad JSON', (dir: string) => writeFileSync(path.join(dir, 'quotes/parly-2018-three-concerns.json'), '{'), /data\/quotes\/parly-2018-three-concerns\.json: is not valid JSON/],
    ['a schema violation', (dir: string) => editJson(dir, 'meetings/two-plus-two-2015.json', (m) => (m.number = { value: 0, provenance: 'stated', basis: 'x' })), /data\/meetings\/two-plus-two-2015\.json › record "two-plus-two-2015" › field number\.value: /],
    ['a dangling reference', (dir: string) => editJson(dir, 'quotes/kono-2018-free-and-open.json', (q) => (q.speaker = 'taro-kouno')), /record "kono-2018-free-and-open" › field speaker: unknown person "taro-kouno"/],
    ['unfounded evidence', (dir: string) => editJson(dir, 'agreements/acsa.json', (a) => ((a.status as { evidence: { text: string }[] }).evidence[0]!.text = 'Japan and France signed the ACSA.')), /record "acsa" › field status\.evidence\[0\]\.text: not found in article/],
    ['a duplicate id', (dir: string) => copyFileSync(path.join(dir, 'people/gen-nakatani.json'), path.join(dir, 'people/gen-nakatani-2.json')), /record "gen-nakatani" › field id: duplicate id/],
  ])('%s', async (_what, breakIt, message) => {
    const dir = copyOfData();
    breakIt(dir);
    const { code, output } = await start(dir);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});

describe('one answer and exit (npm run console -- "/quote Parly")', () => {
  const once = async (line: string) => {
    const p = startProcess(BUILT.main, { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }, ['--console', line]);
    return { code: await p.exit, output: p.output() };
  };

  it('answers, with exit code 0, and says how to connect to Discord', async () => {
    const { code, output } = await once('/quote Parly');
    expect(code).toBe(0);
    expect(output).toContain('Florence Parly');
    expect(output).toMatch(/DISCORD_TOKEN/);
  });

  it('exit code 1 when nothing is found, 2 for a line that is not a command', async () => {
    const [miss, usage] = await Promise.all([once('/meeting Berlin'), once('/nope')]);
    expect(miss.code).toBe(1);
    expect(miss.output).toMatch(/Berlin/);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/Unknown command \/nope/);
  });
});

describe('reload on SIGHUP', () => {
  let discord: FakeDiscord;
  let dir: string;
  let bot: ReturnType<typeof startProcess>;
  const status = async () => {
    const cb = await discord.command('agreement', { query: 'ACSA' }).reply;
    return ((cb.data!.embeds as { description: string }[])[0]!).description;
  };

  beforeAll(async () => {
    discord = await new FakeDiscord().start();
    dir = copyOfData(true);
    bot = startProcess(BUILT.main, { DATA_DIR: dir, DISCORD_TOKEN: DUMMY_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info' });
    await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
    await discord.waitForReady();
  }, 40_000);

  afterAll(async () => {
    bot.child.kill('SIGKILL');
    await discord.stop();
    removeCopy(dir);
  });

  it('serves new data once it has been validated in full', async () => {
    expect(await status()).toContain('Framework agreed');
    editJson(dir, 'agreements/acsa.json', (a) => ((a.status as { label: string }).label = 'Framework agreed (relabelled)'));
    bot.child.kill('SIGHUP');
    await bot.waitForLog((l) => l.msg === 'knowledge base reloaded');
    expect(await status()).toContain('Framework agreed (relabelled)');
  });

  it('keeps serving the old data when the new data fails, and logs why', async () => {
    writeFileSync(path.join(dir, 'agreements/acsa.json'), '{ not json');
    bot.child.kill('SIGHUP');
    const line = await bot.waitForLog((l) => String(l.msg).startsWith('reload failed'));
    // The unreadable file, and the three meetings whose outcomes point at the ACSA it held.
    expect(line).toMatchObject({ level: 50, problems: 4 });
    expect(JSON.stringify(line)).toContain('acsa.json');
    expect(await status()).toContain('Framework agreed (relabelled)');
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('secrets', () => {
  it('a failed login never prints the token', async () => {
    const discord = await new FakeDiscord().start();
    discord.failOnce('GET /gateway/bot', 401);
    const bot = startProcess(BUILT.main, { DISCORD_TOKEN: DUMMY_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'trace' });
    const code = await bot.exit;
    await discord.stop();
    expect(code).toBe(1);
    expect(bot.output()).toMatch(/401|Unauthorized|invalid token/i);
    expect(bot.output()).not.toContain(DUMMY_TOKEN);
    expect(bot.output()).not.toContain(DUMMY_TOKEN.split('.')[2]);
  }, 30_000);

  it('.env is ignored by git and .env.example holds no secret', () => {
    expect(readFileSync(path.join(repoRoot, '.gitignore'), 'utf8').split('\n')).toContain('.env');
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const values = example
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=').slice(1).join('='));
    expect(values.length).toBeGreaterThanOrEqual(5);
    for (const v of values) expect(v).toMatch(/^(|info|\d+|127\.0\.0\.1)$/); // empty, or a non-secret default
  });
});
