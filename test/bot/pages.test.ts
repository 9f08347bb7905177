import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, decodePageId, encodePageId, pageMessage, queryFromFooter } from '../../src/bot/pages.js';

const key = { command: 'ask', lang: 'fr' as const, query: 'Le Drian: 2015?', page: 3, owner: '18446744073709551615', created: 1_795_000_000_000 };

describe('page ids', () => {
  it('carry command, language, query, page, owner and time, and read back exactly', () => {
    const { id, queryInFooter } = encodePageId(key, 'next');
    expect(queryInFooter).toBe(false);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(decodePageId(id)).toEqual({ dir: 'next', key });
  });

  it('a query that does not fit becomes a hash, and only its own footer restores it', () => {
    const long = { ...key, query: 'q'.repeat(300) };
    const { id, queryInFooter } = encodePageId(long, 'prev');
    expect(queryInFooter).toBe(true);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    const pressed = decodePageId(id)!;
    const { embeds } = pageMessage([[{ title: 'a', footer: { text: 'Page 1 of 2' } }], [{ title: 'b' }]], { ...long, page: 0 });
    expect(queryFromFooter(embeds[0]!.footer!.text, pressed.queryHash!)).toBe(long.query);
    expect(queryFromFooter('Page 1 of 2\n🔎 another question', pressed.queryHash!)).toBeUndefined();
  });

  it('garbage and other bots’ ids are not page ids', () => {
    for (const id of ['', 'page:abc:next', 'pgx:0:1:1:e:ask:q', 'pgn:0:1:1:x:ask:q', 'pgn:0:1:1:e:ASK:q']) expect(decodePageId(id)).toBeUndefined();
  });

  it('a single page has no buttons; the first and last pages disable the way out', () => {
    expect(pageMessage([[{ title: 'a' }]], { ...key, page: 0 }).components).toEqual([]);
    const two = [[{ title: 'a' }], [{ title: 'b' }]];
    const first = pageMessage(two, { ...key, page: 0 }).components[0]!.components;
    const last = pageMessage(two, { ...key, page: 1 }).components[0]!.components;
    expect(first.map((b) => b.disabled)).toEqual([true, false]);
    expect(last.map((b) => b.disabled)).toEqual([false, true]);
  });
});
