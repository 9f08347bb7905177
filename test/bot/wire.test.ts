import { type APIEmbed, InteractionResponseType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { pageButtons } from '../../src/bot/paginator';
import { callbackBody, replyWithBody } from '../../src/bot/wire';
import { fakeInteraction } from '../helpers/fake-interaction';

const page: APIEmbed[] = [{ title: 'Fourth Japan–France two-plus-two', description: '“quoted” <@123> @everyone', fields: [{ name: 'Date', value: '26 January 2018' }] }];
const parse = (b: Buffer) => JSON.parse(b.toString('utf8')) as { type: number; data: Record<string, unknown> };

describe('callbackBody', () => {
  it('is the embeds verbatim, no mentions, a channel message', () => {
    const body = parse(callbackBody(page, false));
    expect(body).toEqual({ type: InteractionResponseType.ChannelMessageWithSource, data: { embeds: page, components: [], allowed_mentions: { parse: [] } } });
  });

  it('flags an ephemeral answer, and only that one', () => {
    expect(parse(callbackBody(page, true)).data.flags).toBe(MessageFlags.Ephemeral);
    expect(parse(callbackBody(page, false)).data).not.toHaveProperty('flags');
  });

  it('reuses the bytes of a page it has seen, apart for public and ephemeral', () => {
    const copy = structuredClone(page);
    expect(callbackBody(copy, false)).toBe(callbackBody(copy, false));
    expect(callbackBody(copy, true)).toBe(callbackBody(copy, true));
    expect(callbackBody(copy, true)).not.toBe(callbackBody(copy, false));
  });

  it('carries page buttons, built for each message', () => {
    const buttons = pageButtons('tok', 0, 3);
    const body = parse(callbackBody(page, false, buttons));
    expect(body.data.components).toEqual(buttons);
    expect(body.data.embeds).toEqual(page);
    expect(callbackBody(page, false, buttons)).not.toBe(callbackBody(page, false, buttons));
  });

  it('is valid JSON whatever the text holds', () => {
    const odd: APIEmbed[] = [{ title: 'a"b\\c\u2028d\u0000e', description: '```\n</script>\n```' }];
    expect(parse(callbackBody(odd, false)).data.embeds).toEqual(odd);
  });
});

describe('replyWithBody', () => {
  it('acknowledges once and keeps discord.js state', async () => {
    const i = fakeInteraction({ kind: 'command', commandName: 'meeting' }) as unknown as Parameters<typeof replyWithBody>[0] & { calls: { method: string }[] };
    await replyWithBody(i, callbackBody(page, true), true);
    expect(i.replied).toBe(true);
    expect(i.ephemeral).toBe(true);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    await expect(replyWithBody(i, callbackBody(page, true), true)).rejects.toThrow(/already acknowledged/);
    expect(i.calls).toHaveLength(1);
  });
});
