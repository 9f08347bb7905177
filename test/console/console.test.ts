import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { renderPages } from '../../src/bot/render.js';
import { answerLine, complete, parseLine, runInteractiveConsole } from '../../src/console/console.js';
import { QUERY_MAX } from '../../src/commands/define.js';
import { queryOf, runCommand } from '../../src/commands/run.js';
import { repoRoot } from '../../src/paths.js';
import { BUILT } from '../../testing/process.js';
import { commands, kb } from '../helpers/bot.js';

describe('console adapter', () => {
  it('/meeting 2018 renders the embed as readable text with its citation', async () => {
    const { text, status } = await answerLine('/meeting 2018', commands, kb);
    expect(status).toBe('answered');
    expect(text).toContain('Fourth Japan–France two-plus-two');
    expect(text).toContain('Jean-Yves Le Drian — Foreign Minister');
    expect(text).toContain('[1] │ Japan and France agreed Friday on a framework');
    expect(text).not.toContain('**');
  });

  it('/quote Parly and /agreement ACSA answer as in Discord', async () => {
    expect((await answerLine('/quote Parly', commands, kb)).text).toContain('"Our three concerns in Asia');
    expect((await answerLine('agreement ACSA', commands, kb)).text).toContain('Status: Framework agreed — as of 26 January 2018');
  });

  it('leaves on "exit" or "quit", as a new user types, not only on Ctrl+D', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      for (const word of ['exit', '/quit']) {
        const input = new PassThrough();
        const done = runInteractiveConsole(commands, () => kb, 'en', input);
        input.write(`${word}\n`);
        await expect(done).resolves.toBeUndefined();
      }
    } finally {
      log.mockRestore();
    }
  });

  it('reads a line as an interaction: the query cut where Discord cuts it, through the same core', async () => {
    const long = `who was France's defence minister in 2015? ${'and also '.repeat(60)}`;
    expect([...long].length).toBeGreaterThan(QUERY_MAX);
    const parsed = parseLine(`/ask ${long}`, commands);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.query).toBe(queryOf(long));
    expect([...parsed.query].length).toBeLessThanOrEqual(QUERY_MAX);
    expect((await answerLine(`/ask ${long}`, commands, kb)).text).toBe((await answerLine(`/ask ${[...long].slice(0, QUERY_MAX).join('')}`, commands, kb)).text);
  });

  it('shows where Discord’s pages break, as many breaks as the bot sends pages', async () => {
    for (const line of ['/meeting 2018', '/timeline', '/quote Parly']) {
      const parsed = parseLine(line, commands);
      if (typeof parsed === 'string') throw new Error(parsed);
      const reply = await runCommand(commands, parsed.command, parsed.query, 'en', kb);
      const pages = renderPages(reply.cards, 'en', reply.onePerPage).length;
      const { text } = await answerLine(line, commands, kb);
      const markers = text.match(/^── Page (\d+) of (\d+) ──$/gm) ?? [];
      expect(markers.length, line).toBe(pages - 1);
      markers.forEach((m, i) => expect(m).toBe(`── Page ${i + 2} of ${pages} ──`));
    }
  });

  it('answers in Japanese labels for ja', async () => {
    expect((await answerLine('/meeting 2018', commands, kb, 'ja')).text).toContain('出席者:');
  });

  it('says what is wrong with a line', async () => {
    expect(parseLine('/nope x', commands)).toMatch(/^Unknown command \/nope/);
    expect(parseLine('/meeting', commands)).toMatch(/needs something to look for, e\.g\. \/meeting 2018/);
    expect((await answerLine('/meeting Berlin', commands, kb))).toMatchObject({ status: 'miss' });
    expect((await answerLine('/nope', commands, kb))).toMatchObject({ status: 'usage' });
  });

  it('tab-completes commands, then through the command’s own autocomplete', async () => {
    expect(complete('/me', commands, kb)[0]).toEqual(['/meeting ']);
    expect(complete('/person Par', commands, kb)[0][0]).toBe('/person florence-parly');
    expect(complete('/agreement ', commands, kb)[0][0]).toBe('/agreement acsa');
  });
});

describe('npm start (the built bot) without a token', () => {
  const run = promisify(execFile);
  const main = path.join(repoRoot, BUILT.main);
  const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', NODE_ENV: '' };

  it('answers one command and exits 0, saying how to connect to Discord', async () => {
    const { stdout, stderr } = await run(process.execPath, [main, '/quote Parly'], { cwd: repoRoot, env });
    expect(stdout).toContain('Florence Parly — Minister for the Armed Forces');
    expect(stderr).toContain('set DISCORD_TOKEN and DISCORD_CLIENT_ID');
  });

  it('one line loads the command it names, yet /help and an unknown command still list them all', async () => {
    const help = await run(process.execPath, [main, '/help'], { cwd: repoRoot, env });
    for (const name of ['/agreement', '/ask', '/meeting', '/person', '/quote', '/sources', '/timeline']) expect(help.stdout).toContain(name);
    const unknown = await run(process.execPath, [main, '/nope'], { cwd: repoRoot, env }).catch((err: { stdout: string }) => err);
    expect(unknown.stdout).toContain('Commands: /agreement /ask /help /meeting /person /quote /sources /timeline');
  });

  it('one line loads only what it uses: /quote Parly loads no other command, no question reader, no Discord code', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-modules-'));
    const log = path.join(dir, 'loaded.txt');
    writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }\n`);
    writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
    const { stdout } = await run(process.execPath, ['--import', path.join(dir, 'register.mjs'), main, '/quote Parly'], { cwd: repoRoot, env });
    expect(stdout).toContain('Florence Parly — Minister for the Armed Forces');
    const loaded = readFileSync(log, 'utf8');
    rmSync(dir, { recursive: true });
    expect(loaded).toContain('/dist/commands/quote.js');
    for (const unused of ['/dist/commands/meeting.js', '/dist/commands/ask.js', 'knowledge/question.js', 'knowledge/answer.js', 'answers/findings.js', 'knowledge/load.js', 'discord.js', 'fuse.js', 'pino']) {
      expect(loaded, unused).not.toContain(unused);
    }
  });

  it('an English question read from the built snapshot never loads ICU\'s Japanese word dictionary: the records\' Japanese words come split', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-segmenter-'));
    const log = path.join(dir, 'segmenters.txt');
    writeFileSync(log, '');
    writeFileSync(
      path.join(dir, 'count.mjs'),
      `import { appendFileSync } from 'node:fs';\nconst Segmenter = Intl.Segmenter;\nIntl.Segmenter = class extends Segmenter { constructor(locale, options) { appendFileSync(${JSON.stringify(log)}, String(locale) + '\\n'); super(locale, options); } };\n`,
    );
    const english = await run(process.execPath, ['--import', path.join(dir, 'count.mjs'), main, '/ask who was France\'s defence minister in 2015?'], { cwd: repoRoot, env });
    expect(english.stdout).toContain('Jean-Yves Le Drian');
    expect(readFileSync(log, 'utf8')).toBe('');
    // A Japanese question still reads its own words (and the answer is the same as before the splits were saved).
    const japanese = await run(process.execPath, ['--import', path.join(dir, 'count.mjs'), main, '/ask 2015年のフランスの国防相は誰？'], { cwd: repoRoot, env });
    expect(japanese.stdout).toContain('Jean-Yves Le Drian');
    rmSync(dir, { recursive: true });
  });

  it('exits 1 on a miss and 2 on an unknown command or flag', async () => {
    await expect(run(process.execPath, [main, '/meeting Berlin'], { cwd: repoRoot, env })).rejects.toMatchObject({ code: 1 });
    await expect(run(process.execPath, [main, '/nope'], { cwd: repoRoot, env })).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [main, '--lokale', 'fr', '/help'], { cwd: repoRoot, env })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--lokale'") });
  });

  it('with no line and no terminal (a service), exits 1 naming DISCORD_TOKEN instead of opening the console', async () => {
    const child = run(process.execPath, [main], { cwd: repoRoot, env });
    child.child.stdin?.end();
    await expect(child).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_TOKEN is not set') });
  });

  it('NODE_ENV=production never opens the console; npm run console does', async () => {
    await expect(run(process.execPath, [main, '/help'], { cwd: repoRoot, env: { ...env, NODE_ENV: 'production' } })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('DISCORD_TOKEN') });
    const { stdout } = await run(process.execPath, [main, '--console', '/help'], { cwd: repoRoot, env: { ...env, NODE_ENV: 'production' } });
    expect(stdout).toContain('/meeting 2018');
  });

  it('a DATA_DIR that does not exist stops it with exit 1, naming the folder', async () => {
    await expect(run(process.execPath, [main, '/help'], { cwd: repoRoot, env: { ...env, DATA_DIR: '/nonexistent/kb' } })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('/nonexistent/kb: the knowledge base folder is missing (DATA_DIR'),
    });
  });
});
