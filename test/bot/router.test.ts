import { Writable } from 'node:stream';
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/bot/cooldown.js';
import { createRouter, sanitizeChoices } from '../../src/bot/router.js';
import { defineCommand } from '../../src/commands/define.js';
import { type CommandSet, commandSet } from '../../src/commands/registry.js';
import { createLogger } from '../../src/log.js';
import { embedLength, limitViolations } from '../../src/bot/limits.js';
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

function router(set: CommandSet = commands, extra: { cooldown?: Cooldown; deferAfterMs?: number; pageTtlMs?: number } = {}) {
  const { lines, log } = capture();
  const { route, drain } = createRouter({ commands: set, kb: () => kb, log, ...extra });
  return { lines, route, drain };
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
  return commandSet([cmd]);
}

// Replies are recorded as given to discord.js's public API.
type Payload = { embeds?: { title?: string; description?: string; footer?: { text: string } }[]; flags?: number; allowedMentions?: { parse: unknown[] }; components?: { components: { custom_id: string }[] }[]; content?: string };

describe('router: commands', () => {
  it('a query longer than Discord lets a user type is read as its first 300 characters: every page stays within the limits', async () => {
    // Discord enforces max_length 300, but a client or proxy may not; the footer carries the query.
    const query = `2018${'\u200b'.repeat(2500)}`;
    const { route } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query } });
    await route(i);
    const payload = i.calls[0]!.payload as Payload;
    expect(payload.components?.length).toBe(1);
    expect(limitViolations(payload.embeds as never)).toEqual([]);
    expect(payload.embeds!.reduce((n, e) => n + embedLength(e as never), 0)).toBeLessThanOrEqual(3000);
  });

  it('a query too long for the page buttons, carried in the footer, still leaves the first message within 3,000 characters', async () => {
    // Found by the hostile-input property: a long /ask query whose answer fills the first page
    // (found at 1,000 characters; within Discord's 300 since queries are read as Discord allows).
    const query = `\u0000𑱐${'\u0000'.repeat(42)}Ｃ${'\u0000'.repeat(250)}𠀀`;
    const { route } = router();
    const i = fakeInteraction({ kind: 'command', commandName: 'ask', options: { query }, locale: '' });
    await route(i);
    const payload = i.calls[0]!.payload as Payload;
    expect(payload.components?.length).toBe(1);
    expect(payload.embeds!.at(-1)!.footer!.text).toContain('𠀀');
    expect(payload.embeds!.reduce((n, e) => n + embedLength(e as never), 0)).toBeLessThanOrEqual(3000);
  });

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
    expect(embed.footer.text).toBe('Le texte des articles est cité dans sa version originale anglaise. · Page 1 sur 2');
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
    const set = commandSet([...commands.list, broken]);
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
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, userId: owner });
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

  it('pages hold no state: a fresh router (another replica, or after a restart) turns them', async () => {
    const owner = '300000000000000001';
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, userId: owner });
    await router().route(i);
    const first = i.calls[0]!.payload as Payload;
    const next = first.components![0]!.components[1]!.custom_id;
    expect(next.length).toBeLessThanOrEqual(100);
    const press = fakeInteraction({ kind: 'button', customId: next, userId: owner, message: { embeds: first.embeds as never } });
    await router().route(press);
    const turned = press.calls[0]!.payload as Payload;
    expect(press.calls[0]!.method).toBe('update');
    expect(turned.embeds![0]!.title).not.toBe(first.embeds![0]!.title);
    const back = fakeInteraction({ kind: 'button', customId: turned.components![0]!.components[0]!.custom_id, userId: owner, message: { embeds: turned.embeds as never } });
    await router().route(back);
    expect((back.calls[0]!.payload as Payload).embeds).toEqual(first.embeds);
  });

  it('a question too long for the button travels in the footer, and still turns', async () => {
    const owner = '300000000000000001';
    const query = 'Fourth Japan-France two-plus-two in Tokyo on 26 January 2018 with Kono, Le Drian, Onodera and Parly';
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query }, userId: owner });
    await router().route(i);
    const first = i.calls[0]!.payload as Payload & { embeds: { footer?: { text: string } }[] };
    const next = first.components![0]!.components[1]!.custom_id;
    expect(next.length).toBeLessThanOrEqual(100);
    expect(next).not.toContain(query);
    expect(first.embeds.at(-1)!.footer!.text).toContain(query);
    const press = fakeInteraction({ kind: 'button', customId: next, userId: owner, message: { embeds: first.embeds } });
    await router().route(press);
    expect(press.calls[0]!.method).toBe('update');
    // A footer that is not the one the button was made for is not trusted.
    const forged = fakeInteraction({ kind: 'button', customId: next, userId: owner, message: { embeds: [{ footer: { text: 'x\n🔎 something else' } }] } });
    await router().route(forged);
    expect(forged.calls.map((c) => c.method)).toEqual(['update', 'followUp']);
    expect(forged.calls[0]!.payload).toMatchObject({ components: [] });
  });

  it('an expired page button removes the buttons and says so privately', async () => {
    const owner = '300000000000000001';
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, userId: owner });
    const { route } = router(commands, { pageTtlMs: 50 });
    await route(i);
    const next = (i.calls[0]!.payload as Payload).components![0]!.components[1]!.custom_id;
    await new Promise((r) => setTimeout(r, 1100)); // ids keep the time to the second
    const press = fakeInteraction({ kind: 'button', customId: next, userId: owner });
    await route(press);
    expect(press.calls.map((c) => c.method)).toEqual(['update', 'followUp']);
    expect(press.calls[0]!.payload).toEqual({ components: [], allowedMentions: { parse: [] } });
    expect(press.calls[1]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'These pages have expired: run the command again.' });
  });

  it('a page id from an older version counts as expired', async () => {
    const { route } = router();
    const press = fakeInteraction({ kind: 'button', customId: 'pgn:0:zz:zz:e:gone-command-name:x' });
    await route(press);
    expect(press.calls[1]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'These pages have expired: run the command again.' });
  });
});

describe('router: message menu', () => {
  it('Ask the sources answers privately from the message text, as /ask does', async () => {
    const { route, lines } = router();
    const menu = fakeInteraction({ kind: 'message-command', commandName: 'Ask the sources', target: { content: 'Japan and France signed a logistics deal?' } });
    await route(menu);
    const ask = fakeInteraction({ kind: 'command', commandName: 'ask', options: { query: 'Japan and France signed a logistics deal?' } });
    await route(ask);
    const payload = menu.calls[0]!.payload as Payload;
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(payload.embeds).toEqual((ask.calls[0]!.payload as Payload).embeds);
    expect(lines[0]).toMatchObject({ command: 'Ask the sources', options: { message: 'Japan and France signed a logistics deal?' } });
  });

  it('an empty or attachment-only message gets a short explanation', async () => {
    const { route } = router();
    const empty = fakeInteraction({ kind: 'message-command', commandName: 'Ask the sources', target: { content: '   ' } });
    const files = fakeInteraction({ kind: 'message-command', commandName: 'Ask the sources', target: { content: '', attachments: 2 }, locale: 'fr' });
    await route(empty);
    await route(files);
    expect(empty.calls[0]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'That message has no text to check against the sources.' });
    expect(files.calls[0]!.payload).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringContaining('pièces jointes') });
  });
});
