import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../src/log.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gsecret.knownTokenForTheLogTest000000000000';

function capture(secrets: string[] = [TOKEN]) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger({ level: 'debug', secrets, destination });
  return { log, text: () => lines.join(''), parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('never writes a known secret, at any depth, in any field or message', () => {
    const { log, text, parsed } = capture();
    log.info({ deep: { a: { b: [`Bot ${TOKEN}`] } }, url: `https://x/${TOKEN}/y` }, `login with ${TOKEN}`);
    log.error({ err: new Error(`401 for token ${TOKEN}`) }, 'failed');
    log.warn(`plain ${TOKEN}`);
    expect(parsed()).toHaveLength(3);
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain('knownTokenForTheLogTest');
    expect(parsed()[0]).toMatchObject({ deep: { a: { b: ['Bot [REDACTED]'] } }, url: 'https://x/[REDACTED]/y', msg: 'login with [REDACTED]' });
    expect((parsed()[1]!.err as { message: string }).message).toBe('401 for token [REDACTED]');
  });

  it('censors secret-named keys even when the process was given no secret', () => {
    const { log, parsed } = capture([]);
    log.info({ token: 'abc', config: { token: 'def' }, headers: { authorization: 'Bot ghi' } }, 'x');
    expect(parsed()[0]).toMatchObject({ token: '[REDACTED]', config: { token: '[REDACTED]' }, headers: { authorization: '[REDACTED]' } });
  });

  it('writes an interaction line as given', () => {
    const { log, parsed } = capture();
    const line = { interaction: '1', type: 'command', command: 'quote', options: { query: 'Parly' }, latencyMs: 0.4, outcome: 'answered' };
    log.info(line, 'interaction');
    expect(parsed()[0]).toMatchObject({ ...line, msg: 'interaction', level: 30 });
  });

  it('scrubs a secret the way JSON escapes it', () => {
    const secret = 'with"quote\\and-backslash';
    const { log, text } = capture([secret]);
    log.info({ v: secret }, 'x');
    expect(text()).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(text()).toContain('[REDACTED]');
  });
});

describe('scrubSecrets', () => {
  it('returns the same string when no secret occurs', () => {
    const line = '{"msg":"nothing here"}';
    expect(scrubSecrets(line, [TOKEN])).toBe(line);
    expect(scrubSecrets(`a${TOKEN}b${TOKEN}`, [TOKEN])).toBe('a[REDACTED]b[REDACTED]');
  });
});
