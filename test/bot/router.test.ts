import { Writable } from 'node:stream';
import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';
import { Paginator } from '../../src/bot/paginator.js';
import { createRouter, sanitizeChoices } from '../../src/bot/router.js';
import { defineCommand } from '../../src/commands/define.js';
import type { CommandSet } from '../../src/commands/registry.js';
import { createLogger } from '../../src/log.js';
import { limitViolations } from '../../src/bot/limits.js';
import { commands, kb } from '../helpers/bot.js';
import { fakeInteraction } from '../../testing/fake-interaction.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger({ level: 'debug', destination: stream }) };
}

const paginators: Paginator[] = [];
afterEach(() => paginators.splice(0).forEach((p) => p.close()));

function router(set: CommandSet = commands, extra: { cooldown?: Cooldown; deferAfterMs?: number } = {}) {
  const { lines, log } = capture();
  const paginator = new Paginator({ timeoutMs: 60_000 });
  paginators.push(paginator);
  const { route, drain } = createRouter({ commands: set, kb: () => kb, log, paginator, ...extra });
  return { lines, paginator, route, drain };
}

/** A command set of one test command whose answer is ready `ms` later (its title: `done`). */
function answeringAfter(name: string, ms: number): CommandSet {
  const cmd = defineCommand({
    name,
    names: { ja: name, fr: name },
    description: { en: 'x', ja: 'x', fr: 'x' },
    options: [],
    examples: [],
    execute: () => new Promise((r) => setTimeout(() => r({ cards: [{ kind: 'help', title: 'done', lead: [], sections: [], sources: [] }], ephemeral: false, outcome: 'answered' }), ms)),
  });
  return { list: [cmd], get: () => cmd, catalogue: () => [], registrations: () => [cmd.data] };
}

// Replies are recorded as given to discord.js's public API.
type Payload = { embeds?: { title?: string; description?: string }[]; flags?: number; allowedMentions?: { parse: unknown[] }; components?: { components: { custom_id: string }[] }[]; content?: string };

describe('router: commands', () => {
  it('/meeting 2018: one public reply, no mentions, one log line with command, options, latency and outcome', async () => {
    const { route, lines } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' } });
    await route(i);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    const payload = i.calls[0]!.payload as Payload;
    expect(payload.flags).toBeUndefined();
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect((i as { replied?: boolean }).replied).toBe(true);
    expect(payload.embeds![0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(limitViolations(payload.embeds as never)).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'interaction', type: 'command', command: 'meeting', options: { query: '2018' }, outcome: 'answered', locale: 'en-US' });
    expect(typeof lines[0]!.latencyMs).toBe('number');
  });

  it('a miss is ephemeral', async () => {
    const { route } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'agreement', options: { query: 'Treaty of Versailles' } });
    await route(i);
    const payload = i.calls[0]!.payload as Payload;
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(payload.embeds![0]!.title).toBe('Nothing found for “Treaty of Versailles”');
  });

  it('answers in the interaction’s locale', async () => {
    const { route } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, locale: 'fr' });
    await route(i);
    const embed = (i.calls[0]!.payload as { embeds: { fields: { name: string }[]; footer: { text: string } }[] }).embeds[0]!;
    expect(embed.fields.map((f) => f.name)).toContain('Participants');
    expect(embed.fields.map((f) => f.name)).toContain('Lieu');
    expect(embed.footer.text).toBe('Le texte des articles est cité dans sa version originale anglaise.');
  });

  it('an internal error: an ephemeral apology, one error line, and the next interaction is served', async () => {
    const broken = defineCommand({
      name: 'broken',
      names: { ja: 'broken', fr: 'broken' },
      description: { en: 'x', ja: 'x', fr: 'x' },
      options: [],
      examples: [],
      execute: () => {
        throw new Error('boom');
      },
    });
    const set: CommandSet = { list: [...commands.list, broken], get: (n) => (n === 'broken' ? broken : commands.get(n)), catalogue: commands.catalogue, registrations: commands.registrations };
    const { route, lines } = router(set);
    const i = fakeInteraction({ kind: 'command', commandName: 'broken' });
    await route(i);
    expect(i.calls).toEqual([{ method: 'reply', payload: expect.objectContaining({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/^Sorry, something went wrong/) }) }]);
    expect(lines.filter((l) => l.level === 50)).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'interaction failed', command: 'broken', outcome: 'error', err: { message: 'boom' } });
    const next = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' } });
    await route(next);
    expect(next.calls[0]!.method).toBe('reply');
  });

  it('a reply Discord rejects is logged once and the router keeps going', async () => {
    const { route, lines } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, failOn: 'reply' });
    await route(i);
    expect(lines.filter((l) => l.level === 50)).toHaveLength(1);
    expect(lines.find((l) => l.level === 50)).toMatchObject({ interaction: i.id, err: { message: 'reply rejected (HTTP 500)' } });
  });

  it('defers when an answer takes longer than allowed, then edits the reply', async () => {
    const { route } = router(answeringAfter('slow', 50), { deferAfterMs: 10 });
    const i = fakeInteraction({ kind: 'command', commandName: 'slow' });
    await route(i);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect((i.calls[1]!.payload as Payload).embeds![0]!.title).toBe('done');
  });

  it('an answer ready while the deferral is in flight waits for it, then edits', async () => {
    const { route, lines } = router(answeringAfter('quick', 20), { deferAfterMs: 5 });
    // The deferral takes 60 ms to be acknowledged; the answer is ready after 20.
    const i = fakeInteraction({ kind: 'command', commandName: 'quick', roundTripMs: 60 });
    await route(i);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
  });

  it('a deferral Discord rejects leaves the first reply to send', async () => {
    const { route, lines } = router(answeringAfter('late', 20), { deferAfterMs: 5 });
    const i = fakeInteraction({ kind: 'command', commandName: 'late', failOn: 'deferReply' });
    await route(i);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'reply']);
    expect((i.calls[1]!.payload as Payload).embeds![0]!.title).toBe('done');
    expect(lines.filter((l) => l.level === 50)).toEqual([]);
    expect(lines.find((l) => l.msg === 'deferral failed')).toMatchObject({ level: 40, interaction: i.id });
  });

  it('an unsupported interaction gets an ephemeral answer', async () => {
    const { route } = router();
    const i = fakeInteraction({ kind: 'modal' });
    await route(i);
    expect(i.calls[0]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringContaining('/help') });
  });

  it('a per-user cooldown answers ephemerally', async () => {
    const { route } = router(commands, { cooldown: new Cooldown(2, 10_000) });
    for (let n = 0; n < 2; n++) await route(fakeInteraction({ kind: 'command', commandName: 'help' }));
    const third = fakeInteraction({ kind: 'command', commandName: 'help' });
    await route(third);
    expect(third.calls[0]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/try again in \d+ s/) });
    const other = fakeInteraction({ kind: 'command', commandName: 'help', userId: '200000000000000999' });
    await route(other);
    expect((other.calls[0]!.payload as Payload).embeds).toBeDefined();
  });
});

describe('router: autocomplete and pages', () => {
  it('autocomplete answers ranked choices, within limits, and logs at debug', async () => {
    const { route, lines } = router();
    const i = fakeInteraction({ kind: 'autocomplete', commandName: 'person', focused: { name: 'query', value: 'Par' } });
    await route(i);
    const choices = i.calls[0]!.payload as { name: string; value: string }[];
    expect(i.calls[0]!.method).toBe('respond');
    expect(choices[0]).toEqual({ name: expect.stringMatching(/^Florence Parly/), value: 'florence-parly' });
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(lines[0]).toMatchObject({ level: 20, type: 'autocomplete', outcome: `${choices.length} choices` });
  });

  it('sanitizes choices to what Discord accepts', () => {
    const many = Array.from({ length: 40 }, (_, n) => ({ name: n === 0 ? '' : `${'n'.repeat(150)}${n}`, value: n === 2 ? 'v1' : `v${n}` }));
    const clean = sanitizeChoices(many);
    expect(clean).toHaveLength(25);
    for (const c of clean) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(clean.map((c) => c.value)).size).toBe(25);
  });

  it('pages turn for the caller only', async () => {
    const { route } = router();
    const owner = '300000000000000001';
    const i = fakeInteraction({ kind: 'command', commandName: 'ask', options: { query: 'North Korea' }, userId: owner });
    await route(i);
    const payload = i.calls[0]!.payload as Payload;
    const next = payload.components![0]!.components[1]!.custom_id;
    const stranger = fakeInteraction({ kind: 'button', customId: next, userId: '300000000000000002' });
    await route(stranger);
    expect(stranger.calls[0]).toMatchObject({ method: 'reply', payload: { flags: MessageFlags.Ephemeral, content: 'Only the person who ran this command can turn its pages.' } });
    const press = fakeInteraction({ kind: 'button', customId: next, userId: owner });
    await route(press);
    expect(press.calls[0]!.method).toBe('update');
    expect((press.calls[0]!.payload as Payload).embeds![0]!.title).not.toBe(payload.embeds![0]!.title);
  });

  it('an expired page button says so', async () => {
    const { route } = router();
    const press = fakeInteraction({ kind: 'button', customId: 'page:gone:next' });
    await route(press);
    expect(press.calls[0]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'These pages have expired: run the command again.' });
  });
});

describe('paginator', () => {
  it('holds at most maxBytes of page sets, however large each is: the oldest expires first', async () => {
    const pages = [[{ title: 'a', description: 'x'.repeat(4000) }], [{ title: 'b', description: 'y'.repeat(4000) }]];
    const one = JSON.stringify(pages).length * 2;
    const paginator = new Paginator({ timeoutMs: 60_000, maxBytes: one * 2.5 });
    paginators.push(paginator);
    const first = paginator.open('u', pages, () => undefined);
    for (let i = 0; i < 50; i++) paginator.open('u', pages, () => undefined);
    expect(paginator.size).toBe(2);
    expect(paginator.heldBytes).toBeLessThanOrEqual(one * 2.5);
    const press = fakeInteraction({ kind: 'button', customId: `page:${first}:next`, userId: 'u' });
    expect(await paginator.press(press as never, 'en')).toBe('expired');
  });

  it('removes the buttons when a page set times out', async () => {
    const paginator = new Paginator({ timeoutMs: 20 });
    paginators.push(paginator);
    let removed = false;
    paginator.open('u', [[{ title: 'a' }], [{ title: 'b' }]], () => (removed = true));
    await new Promise((r) => setTimeout(r, 60));
    expect(removed).toBe(true);
    expect(paginator.size).toBe(0);
  });
});
