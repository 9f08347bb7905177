// Discord's everyday faults, through the loopback Discord, against the built bot: each test here
// failed on the bot before it was fixed (issue 14).
import { createServer, type Server } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from '../../testing/fake-discord.js';
import { type BotProcess, BUILT, DUMMY_TOKEN, startProcess } from '../../testing/process.js';

const envFor = (discord: FakeDiscord, extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: DUMMY_TOKEN,
  DISCORD_CLIENT_ID: APP_ID,
  DISCORD_API_URL: discord.apiUrl,
  LOG_LEVEL: 'debug',
  DISCORD_GUILD_ID: '',
  COOLDOWN_COMMANDS: '0',
  ...extra,
});

async function startBot(discord: FakeDiscord, extra: Record<string, string> = {}): Promise<BotProcess> {
  const bot = startProcess(BUILT.main, envFor(discord, extra));
  await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
  await discord.waitForReady();
  return bot;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('callbacks that fail', () => {
  let discord: FakeDiscord;
  let bot: BotProcess;
  beforeAll(async () => {
    discord = await new FakeDiscord().start();
    bot = await startBot(discord);
  }, 40_000);
  afterAll(async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await discord.stop();
  });

  it('429 with retry-after 4: the retry meets an expired interaction, and no apology follows it', async () => {
    discord.failOnce('POST /interactions/', 429, { headers: { 'retry-after': '4' } });
    const { id } = discord.command('meeting', { query: '2018' });
    const line = await bot.waitForLog((l) => l.interaction === id && l.msg !== undefined && String(l.msg).startsWith('interaction expired'), 15_000);
    expect(line).toMatchObject({ outcome: 'expired', level: 40 });
    await sleep(500);
    // The rate-limited attempt and discord.js's retry after 4 s: nothing more.
    expect(discord.callbackAttempts.get(id)).toBe(2);
    expect(bot.lines.filter((l) => l.interaction === id && l.level === 50)).toEqual([]);
  }, 20_000);

  it('a rejected callback is logged in one short line, without the interaction token or the request body', async () => {
    discord.failOnce('POST /interactions/', 400);
    const { id, reply } = discord.command('agreement', { query: 'ACSA' });
    const token = discord.tokenOf(id)!;
    const line = await bot.waitForLog((l) => l.interaction === id && l.outcome === 'error');
    // The apology: still within the window, so it is sent, and Discord takes it.
    expect((await reply).data).toMatchObject({ flags: 64, content: expect.stringMatching(/^Sorry/) });
    const text = JSON.stringify(line);
    expect(text).not.toContain(token);
    expect(text).not.toContain('"type":"Buffer"');
    expect(text).not.toContain('requestBody');
    expect(text.length).toBeLessThanOrEqual(2048);
    expect((line.err as { url?: string }).url).toContain('/interactions/');
    expect(bot.output()).not.toContain(token);
  }, 20_000);

  it('a callback Discord took but whose response was lost (502): the resend meets 40060, logged at debug, no apology', async () => {
    discord.failOnce('POST /interactions/', 502, { afterProcessing: true });
    const { id, reply } = discord.command('meeting', { query: '2018' });
    await reply;
    const line = await bot.waitForLog((l) => l.interaction === id && l.msg === 'interaction already acknowledged: an earlier attempt was delivered', 15_000);
    expect(line).toMatchObject({ level: 20, outcome: 'answered' });
    await sleep(300);
    expect(bot.lines.filter((l) => l.interaction === id && Number(l.level) >= 40)).toEqual([]);
    expect(discord.callbackAttempts.get(id)).toBe(2);
  }, 20_000);

  it('the same interaction delivered twice is answered once', async () => {
    const { id, reply } = discord.command('quote', { query: 'Parly' });
    discord.redeliver(id);
    await reply;
    await bot.waitForLog((l) => l.interaction === id && l.msg === 'the same interaction delivered again: answered once');
    await sleep(300);
    expect(discord.callbackAttempts.get(id)).toBe(1);
  }, 20_000);

  it('a missing required option gets a private "what are you looking for?" with examples, not a record', async () => {
    const cb = await discord.command('meeting', {}).reply;
    expect(cb.data).toMatchObject({ flags: 64 });
    expect(String(cb.data!.content)).toMatch(/^What are you looking for\? For example: `\/meeting 2018`/);
    expect(cb.data!.embeds ?? []).toEqual([]);
  }, 20_000);
});

describe('the gateway closes for good', () => {
  it.each([4004, 4014])('close %i after login: logged as an error with its meaning, exit 1 (with a metrics port too)', async (code) => {
    const discord = await new FakeDiscord().start();
    try {
      const bot = await startBot(discord, { METRICS_PORT: '0' });
      discord.closeSocket(0, code);
      expect(await bot.exit).toBe(1);
      const line = bot.lines.find((l) => l.code === code && l.level === 50)!;
      expect(line.meaning).toMatch(code === 4004 ? /authentication failed/ : /disallowed intents/);
    } finally {
      await discord.stop();
    }
  }, 30_000);
});

describe('signals and ports', () => {
  it('SIGTERM with a half-sent request open on the metrics port: exits 0 at once, without "gateway reconnecting"', async () => {
    const discord = await new FakeDiscord().start();
    try {
      const bot = await startBot(discord, { METRICS_PORT: '0' });
      const port = Number((await bot.waitForLog((l) => l.msg === 'metrics listening')).port);
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      socket.write('GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      socket.on('error', () => undefined);
      await sleep(100);
      const t0 = Date.now();
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(bot.lines.some((l) => l.msg === 'gateway reconnecting')).toBe(false);
      socket.destroy();
    } finally {
      await discord.stop();
    }
  }, 30_000);

  it('SIGHUP during start-up is queued, not fatal: the bot comes up and reloads', async () => {
    const discord = await new FakeDiscord().start();
    try {
      const bot = startProcess(BUILT.main, envFor(discord));
      await bot.waitForLog((l) => l.msg === 'knowledge base loaded', 30_000);
      bot.child.kill('SIGHUP');
      await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
      await bot.waitForLog((l) => l.msg === 'knowledge base reloaded', 10_000);
      expect(bot.child.exitCode).toBeNull();
      await discord.waitForReady();
      const cb = await discord.command('meeting', { query: '2018' }).reply;
      expect(cb.data).toBeDefined();
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
    } finally {
      await discord.stop();
    }
  }, 40_000);

  it('a metrics port already taken stops start-up before IDENTIFY', async () => {
    const discord = await new FakeDiscord().start();
    const taken: Server = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const bot = startProcess(BUILT.main, envFor(discord, { METRICS_PORT: String(port) }));
      expect(await bot.exit).toBe(1);
      expect(bot.output()).toContain(`METRICS_PORT ${port}`);
      expect(discord.identifies).toEqual([]);
    } finally {
      taken.close();
      await discord.stop();
    }
  }, 30_000);

  it('a DATA_DIR that does not exist is named in the error', async () => {
    const discord = await new FakeDiscord().start();
    try {
      const bot = startProcess(BUILT.main, envFor(discord, { DATA_DIR: '/nonexistent/knowledge' }));
      expect(await bot.exit).toBe(1);
      expect(bot.output()).toContain('/nonexistent/knowledge: the knowledge base folder is missing');
      expect(discord.identifies).toEqual([]);
    } finally {
      await discord.stop();
    }
  }, 30_000);
});

describe('SIGTERM in the middle of a burst', () => {
  // The bot disconnects only once it has refused or answered all it was sent and the gateway has
  // been quiet for a moment: what sat unread in the socket's buffer at the disconnect would be lost.
  it('20 times, a burst of 500 with SIGTERM 100–400 ms in: every interaction delivered is answered or logged as refused', async () => {
    const discord = await new FakeDiscord().start();
    let refused = 0;
    try {
      for (let trial = 0; trial < 20; trial++) {
        const bot = await startBot(discord);
        const delivered: string[] = [];
        const signalAt = 100 + ((trial * 53) % 300);
        const started = Date.now();
        let signalled = false;
        while (bot.child.exitCode === null && delivered.length < 500) {
          if (!signalled && Date.now() - started >= signalAt) {
            bot.child.kill('SIGTERM');
            signalled = true;
          }
          for (let i = 0; i < 5 && discord.isOpen(); i++) {
            const { id, reply } = discord.command(['meeting', 'quote', 'agreement'][i % 3]!, { query: ['2018', 'Parly', 'ACSA'][i % 3]! });
            void reply;
            delivered.push(id);
          }
          await sleep(5);
        }
        expect(await bot.exit).toBe(0);
        const answered = new Set(discord.callbacks.map((c) => c.interactionId));
        const logged = new Set(bot.lines.filter((l) => l.interaction !== undefined && l.outcome !== undefined).map((l) => String(l.interaction)));
        const lost = delivered.filter((id) => !answered.has(id) && !logged.has(id));
        expect(lost, `trial ${trial}: ${lost.length} of ${delivered.length} neither answered nor logged`).toEqual([]);
        refused += bot.lines.filter((l) => l.outcome === 'refused').length;
      }
      // The trials did reach the drain: arrivals after the signal were refused, not only answered.
      expect(refused).toBeGreaterThan(0);
    } finally {
      await discord.stop();
    }
  }, 240_000);
});
