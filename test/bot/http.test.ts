// The HTTP transport in-process: signatures, limits, deferral and follow-ups, against a loopback Discord.
import { Writable } from 'node:stream';
import { InteractionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answering, createAnswering } from '../../src/bot/answering.js';
import { type HttpEndpoint, MAX_BODY_BYTES, startHttpServer } from '../../src/bot/http.js';
import { createLogger } from '../../src/log.js';
import type { InteractionEvent } from '../../src/metrics.js';
import { FakeDiscord } from '../../testing/fake-discord.js';
import { type KeyPair, keyPair, postSigned } from '../../testing/signed.js';
import { commands, kb } from '../helpers/bot.js';

const keys: KeyPair = keyPair();
let discord: FakeDiscord;
const servers: HttpEndpoint[] = [];
const logLines: string[] = [];

async function serve(answering: Answering, deferAfterMs?: number, observe?: (e: InteractionEvent) => void): Promise<string> {
  const log = createLogger({ level: 'debug', destination: new Writable({ write: (c, _e, done) => (logLines.push(String(c)), done()) }) });
  const server = await startHttpServer({
    publicKey: keys.publicKeyHex,
    host: '127.0.0.1',
    port: 0,
    answering,
    log,
    apiUrl: discord.apiUrl,
    health: () => ({ ok: true, body: { status: 'ok' } }),
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
    ...(observe ? { observe } : {}),
  });
  servers.push(server);
  return `http://127.0.0.1:${server.port}/interactions`;
}

let url: string;
beforeAll(async () => {
  discord = await new FakeDiscord().start();
  url = await serve(createAnswering({ commands, kb: () => kb }));
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await discord.stop();
});

const ping = () => discord.interaction(InteractionType.Ping, undefined).payload;
const meeting = () => discord.interaction(InteractionType.ApplicationCommand, discord.commandData('meeting', { query: '2018' }));

describe('signatures: nothing is read before the signature holds', () => {
  it('a signed PING gets {"type":1}', async () => {
    expect(await postSigned(url, keys, ping())).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it.each([
    ['a tampered body', { signedBody: '{"type":1,"id":"other"}' }],
    ['a tampered timestamp', { signedTimestamp: '1' }],
    ['a wrong key', { signWith: keyPair().privateKey }],
    ['no signature header', { headers: { 'x-signature-ed25519': undefined } }],
    ['no timestamp header', { headers: { 'x-signature-timestamp': undefined } }],
    ['a signature that is not hex', { headers: { 'x-signature-ed25519': 'z'.repeat(128) } }],
  ])('%s gets 401', async (_what, o) => {
    const res = await postSigned(url, keys, meeting().payload, o);
    expect(res.status).toBe(401);
    expect(discord.webhookCalls).toEqual([]);
  });

  it('malformed JSON with a valid signature gets 400; an unknown shape too', async () => {
    expect((await postSigned(url, keys, '{"type":')).status).toBe(400);
    expect((await postSigned(url, keys, { type: 'two' })).status).toBe(400);
  });

  it('a body over 1 MB gets 413, by its declared length or as it streams', async () => {
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await postSigned(url, keys, big)).status).toBe(413);
    const res = await fetch(url, {
      method: 'POST',
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode('x'.repeat(100_000)));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('answers', () => {
  it('/meeting 2018 gets type 4 with the cited embeds, no mentions, public', async () => {
    const res = await postSigned(url, keys, meeting().payload);
    expect(res.body.type).toBe(4);
    const data = res.body.data as { embeds: { title: string }[]; allowed_mentions: unknown; flags?: number };
    expect(data.embeds[0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags).toBeUndefined();
  });

  it('a miss is ephemeral; autocomplete gets type 8', async () => {
    const miss = await postSigned(url, keys, discord.interaction(InteractionType.ApplicationCommand, discord.commandData('agreement', { query: 'Treaty of Rome' })).payload);
    expect((miss.body.data as { flags: number }).flags).toBe(64);
    const auto = await postSigned(url, keys, discord.interaction(InteractionType.ApplicationCommandAutocomplete, discord.autocompleteData('meeting', 'query', '201')).payload);
    expect(auto.body.type).toBe(8);
    expect((auto.body.data as { choices: unknown[] }).choices.length).toBeGreaterThan(0);
  });

  it('no interaction token reaches the log', async () => {
    const { token, payload } = meeting();
    await postSigned(url, keys, payload);
    expect(logLines.join('')).not.toContain(token);
  });
});

describe('metrics', () => {
  it('each interaction is counted by type, command and outcome, as the gateway bot counts it', async () => {
    const events: InteractionEvent[] = [];
    const counted = await serve(createAnswering({ commands, kb: () => kb }), undefined, (e) => events.push(e));
    await postSigned(counted, keys, meeting().payload);
    await postSigned(counted, keys, discord.interaction(InteractionType.ApplicationCommand, discord.commandData('agreement', { query: 'Treaty of Rome' })).payload);
    await postSigned(counted, keys, discord.interaction(InteractionType.ApplicationCommandAutocomplete, discord.autocompleteData('meeting', 'query', '201')).payload);
    expect(events.map(({ type, command, outcome }) => ({ type, command, outcome }))).toEqual([
      { type: 'command', command: 'meeting', outcome: 'answered' },
      { type: 'command', command: 'agreement', outcome: 'miss' },
      { type: 'autocomplete', command: 'meeting', outcome: 'answered' },
    ]);
    for (const e of events) expect(e.seconds).toBeGreaterThan(0);
  });
});

describe('deferral', () => {
  function slow(ms: number, ephemeral = false): Answering {
    const real = createAnswering({ commands, kb: () => kb });
    return {
      ...real,
      command: async (name, options, caller) => {
        await new Promise((r) => setTimeout(r, ms));
        const answer = await real.command(name, options, caller);
        return answer.kind === 'reply' ? { ...answer, ephemeral } : answer;
      },
    };
  }

  it('an answer not ready in time is deferred (type 5), then sent by editing @original on the webhook', async () => {
    const slowUrl = await serve(slow(300), 50);
    const { token, payload } = meeting();
    const res = await postSigned(slowUrl, keys, payload);
    expect(res.body).toEqual({ type: 5 });
    await expect.poll(() => discord.webhookCalls.filter((c) => c.token === token), { timeout: 3000 }).toHaveLength(1);
    const edit = discord.webhookCalls.find((c) => c.token === token)!;
    expect(edit).toMatchObject({ method: 'PATCH', message: '@original', body: { allowed_mentions: { parse: [] } } });
    expect((edit.body!.embeds as { title: string }[])[0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(discord.violations).toEqual([]);
  });

  it('a deferred private answer replaces the public "thinking" with a private follow-up', async () => {
    const slowUrl = await serve(slow(300, true), 50);
    const { token, payload } = meeting();
    expect((await postSigned(slowUrl, keys, payload)).body).toEqual({ type: 5 });
    await expect.poll(() => discord.webhookCalls.filter((c) => c.token === token).map((c) => c.method), { timeout: 3000 }).toEqual(['DELETE', 'POST']);
    expect(discord.webhookCalls.find((c) => c.token === token && c.method === 'POST')!.body).toMatchObject({ flags: 64 });
  });

  it('a failing answer gets a private apology and one error line', async () => {
    const failing: Answering = { ...createAnswering({ commands, kb: () => kb }), command: () => Promise.reject(new Error('boom')) };
    const failUrl = await serve(failing);
    const before = logLines.length;
    const res = await postSigned(failUrl, keys, meeting().payload);
    expect(res.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Sorry, something went wrong/) } });
    expect(logLines.slice(before).filter((l) => l.includes('"level":50'))).toHaveLength(1);
  });
});
