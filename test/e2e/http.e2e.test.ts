// `npm run start:http` as built, two replicas on loopback: signed interactions in, answers out,
// and a page turned on the replica that did not make it.
import { InteractionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../testing/fake-discord.js';
import { type BotProcess, BUILT, startProcess } from '../../testing/process.js';
import { type KeyPair, keyPair, postSigned } from '../../testing/signed.js';

const keys: KeyPair = keyPair();
let discord: FakeDiscord;
const replicas: { bot: BotProcess; url: string }[] = [];
const tokens: string[] = [];

type Data = { embeds?: { title?: string; footer?: { text: string } }[]; components?: { components: { custom_id: string }[] }[]; flags?: number; allowed_mentions?: unknown; content?: string };

async function replica(): Promise<{ bot: BotProcess; url: string }> {
  const bot = startProcess(BUILT.http, { DISCORD_PUBLIC_KEY: keys.publicKeyHex, HTTP_PORT: '0', DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'debug', DISCORD_TOKEN: '', METRICS_PORT: '' });
  const line = await bot.waitForLog((l) => l.msg === 'HTTP interactions endpoint listening', 20_000);
  return { bot, url: `http://127.0.0.1:${String(line.port)}` };
}

function send(url: string, type: InteractionType, data: Record<string, unknown> | undefined, extra: Parameters<FakeDiscord['interaction']>[2] = {}) {
  const { token, payload } = discord.interaction(type, data, extra);
  tokens.push(token);
  return postSigned(`${url}/interactions`, keys, payload);
}

beforeAll(async () => {
  discord = await new FakeDiscord().start();
  replicas.push(await replica(), await replica());
}, 40_000);

afterAll(async () => {
  for (const { bot } of replicas) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await discord.stop();
});

describe('npm run start:http, two replicas', () => {
  it('answers a signed PING, and /healthz', async () => {
    const [a] = replicas;
    expect((await send(a!.url, InteractionType.Ping, undefined)).body).toEqual({ type: 1 });
    const health = await fetch(`${a!.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('unsigned and tampered requests get 401', async () => {
    const [a] = replicas;
    const { payload } = discord.interaction(InteractionType.ApplicationCommand, discord.commandData('meeting', { query: '2018' }));
    expect((await postSigned(`${a!.url}/interactions`, keys, payload, { headers: { 'x-signature-ed25519': undefined, 'x-signature-timestamp': undefined } })).status).toBe(401);
    expect((await postSigned(`${a!.url}/interactions`, keys, payload, { signedBody: JSON.stringify({ ...payload, id: '1' }) })).status).toBe(401);
  });

  it('/meeting 2018 and autocomplete', async () => {
    const [a] = replicas;
    const res = await send(a!.url, InteractionType.ApplicationCommand, discord.commandData('meeting', { query: '2018' }));
    expect(res.body.type).toBe(4);
    const data = res.body.data as Data;
    expect(data.embeds![0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const auto = await send(a!.url, InteractionType.ApplicationCommandAutocomplete, discord.autocompleteData('meeting', 'query', 'Tok'));
    expect(auto.body.type).toBe(8);
  });

  it('a command on replica A, its "next" pressed on replica B: B answers page 2', async () => {
    const [a, b] = replicas;
    const userId = '900000000000000901';
    const first = await send(a!.url, InteractionType.ApplicationCommand, discord.commandData('meeting', { query: '2018' }), { userId });
    const data = first.body.data as Data;
    const next = data.components![0]!.components[1]!.custom_id;
    const message = discord.message(data as Record<string, unknown>);
    const turned = await send(b!.url, InteractionType.MessageComponent, { custom_id: next, component_type: 2 }, { userId, message });
    expect(turned.body.type).toBe(7);
    const page2 = turned.body.data as Data;
    expect(page2.embeds!.at(-1)!.footer!.text).toMatch(/Page 2 of \d+/);
    const stranger = await send(b!.url, InteractionType.MessageComponent, { custom_id: next, component_type: 2 }, { message });
    expect(stranger.body).toMatchObject({ type: 4, data: { flags: 64, content: 'Only the person who ran this command can turn its pages.' } });
  });

  it('in a DM (user install), and the "Ask the sources" message menu, privately', async () => {
    const [, b] = replicas;
    const dm = await send(b!.url, InteractionType.ApplicationCommand, discord.commandData('quote', { query: 'Parly' }), { dm: true });
    expect((dm.body.data as Data).embeds!.length).toBeGreaterThan(0);
    const menu = await send(b!.url, InteractionType.ApplicationCommand, discord.messageCommandData('Ask the sources', discord.postedMessage('Japan and France signed a logistics deal?')), { locale: 'fr' });
    expect(menu.body.type).toBe(4);
    expect((menu.body.data as Data).flags).toBe(64);
    expect((menu.body.data as Data).embeds!.length).toBeGreaterThan(0);
  });

  it('logs one line per interaction, with no interaction token; SIGTERM exits 0', async () => {
    for (const { bot } of replicas) {
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
    }
    const output = replicas.map(({ bot }) => bot.output()).join('\n');
    for (const token of tokens) expect(output).not.toContain(token);
    const lines = replicas.flatMap(({ bot }) => bot.lines).filter((l) => l.msg === 'interaction');
    expect(lines.map((l) => l.command)).toEqual(expect.arrayContaining(['meeting', 'quote', 'Ask the sources']));
  });
});

describe('configuration', () => {
  it('without DISCORD_PUBLIC_KEY it exits 1 and names it', async () => {
    const bot = startProcess(BUILT.http, { DISCORD_PUBLIC_KEY: '', HTTP_PORT: '0' });
    expect(await bot.exit).toBe(1);
    expect(bot.output()).toContain('DISCORD_PUBLIC_KEY');
  });
});
