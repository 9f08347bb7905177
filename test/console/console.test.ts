import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerLine, complete, parseLine } from '../../src/console/console';
import { repoRoot } from '../../src/paths';
import { commands, kb } from '../helpers/bot';

describe('console adapter', () => {
  it('/meeting 2018 renders the embed as readable text with its citation', () => {
    const { text, status } = answerLine('/meeting 2018', commands, kb);
    expect(status).toBe('answered');
    expect(text).toContain('Fourth Japan–France two-plus-two');
    expect(text).toContain('Jean-Yves Le Drian — Foreign Minister');
    expect(text).toContain('  │ Japan and France agreed Friday on a framework');
    expect(text).not.toContain('**');
  });

  it('/quote Parly and /agreement ACSA answer as in Discord', () => {
    expect(answerLine('/quote Parly', commands, kb).text).toContain('“Our three concerns in Asia');
    expect(answerLine('agreement ACSA', commands, kb).text).toContain('Status: Framework agreed — as of 26 January 2018');
  });

  it('answers in Japanese labels for ja', () => {
    expect(answerLine('/meeting 2018', commands, kb, 'ja').text).toContain('出席者:');
  });

  it('says what is wrong with a line', () => {
    expect(parseLine('/nope x', commands)).toMatch(/^Unknown command \/nope/);
    expect(parseLine('/meeting', commands)).toMatch(/needs something to look for, e\.g\. \/meeting 2018/);
    expect(answerLine('/meeting Berlin', commands, kb)).toMatchObject({ status: 'miss' });
    expect(answerLine('/nope', commands, kb)).toMatchObject({ status: 'usage' });
  });

  it('tab-completes commands, then through the command’s own autocomplete', () => {
    expect(complete('/me', commands, kb)[0]).toEqual(['/meeting ']);
    expect(complete('/person Par', commands, kb)[0][0]).toBe('/person florence-parly');
    expect(complete('/agreement ', commands, kb)[0][0]).toBe('/agreement acsa');
  });
});

describe('npm start without a token', () => {
  const run = promisify(execFile);
  const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', LOG_LEVEL: '' };

  it('answers one command and exits 0, saying how to connect to Discord', async () => {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/main.ts', '/quote Parly'], { cwd: repoRoot, env });
    expect(stdout).toContain('Florence Parly — Minister for the Armed Forces');
    expect(stderr).toContain('set DISCORD_TOKEN and DISCORD_CLIENT_ID');
  });

  it('exits 1 on a miss and 2 on an unknown command', async () => {
    await expect(run('npx', ['tsx', 'src/main.ts', '/meeting Berlin'], { cwd: repoRoot, env })).rejects.toMatchObject({ code: 1 });
    await expect(run('npx', ['tsx', 'src/main.ts', '/nope'], { cwd: repoRoot, env })).rejects.toMatchObject({ code: 2 });
  });

  it('stops with exit 1 and a named variable on a bad configuration', async () => {
    await expect(run('npx', ['tsx', 'src/main.ts', '/help'], { cwd: repoRoot, env: { ...env, LOG_LEVEL: 'loud' } })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('LOG_LEVEL'),
    });
  });
});
