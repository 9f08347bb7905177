import { describe, expect, it } from 'vitest';
import { agreementCard, meetingCard, missCard, noDirectQuotesCard, personCard, quoteCard, sourcesCards, timelineCard } from '../../src/answers/cards.js';
import { renderPages } from '../../src/bot/render.js';
import { escapeUserText } from '../../src/bot/escape.js';
import { LANGS, formatDateValue, langOf } from '../../src/answers/i18n.js';
import { LIMITS, clip, embedLength, limitViolations, packLines, paginate } from '../../src/bot/limits.js';
import { kb } from '../helpers/bot.js';

const k = kb.knowledge;

describe('every embed for every record, in every locale', () => {
  const cards = (lang: (typeof LANGS)[number]) => [
    ...[...k.meetings.values()].map((m) => meetingCard(k, m, lang)),
    ...[...k.people.values()].map((p) => personCard(k, p, lang)),
    ...[...k.people.values()].map((p) => noDirectQuotesCard(k, p, lang)),
    ...[...k.quotes.values()].map((q) => quoteCard(k, q, lang)),
    ...[...k.agreements.values()].map((a) => agreementCard(k, a, lang)),
    timelineCard(k, lang),
    ...sourcesCards(k, lang),
  ];

  it.each(LANGS)('%s: within limits, cited, with the footer in that language', (lang) => {
    for (const card of cards(lang)) {
      const pages = renderPages([card], lang);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(limitViolations(page), card.title).toEqual([]);
      const all = pages.flat();
      // Every [n] marker points to a numbered passage, and every passage is verbatim from its article.
      const markers = new Set([...JSON.stringify(all.slice(0, 1)).matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
      for (const n of markers) expect(n).toBeLessThanOrEqual(card.sources.length);
      for (const e of card.sources) expect(k.articles.get(e.article)!.text).toContain(e.text);
      const footer = all[0]!.footer!.text;
      expect(footer).toContain({ en: 'original English', ja: '英語の原文', fr: 'version originale anglaise' }[lang]);
    }
  });

  it('quotes the evidence in a block under the article headline and date', () => {
    const [page] = renderPages([meetingCard(k, k.meetings.get('two-plus-two-2015')!, 'en')], 'en', false);
    const all = renderPages([meetingCard(k, k.meetings.get('two-plus-two-2015')!, 'en')], 'en').flat();
    const sources = all.find((e) => e.title === 'Sources')!;
    expect(sources.description).toContain('📰 *Japan and France sign defence equipment transfer pact at second two-plus-two in Tokyo* — a Friday in 2015');
    expect(sources.description).toContain(`> ${k.meetings.get('two-plus-two-2015')!.evidence[0]!.text}`);
    expect(page!.length).toBeGreaterThan(0);
  });

  it('a quote shows its passage once, in a block, with its article and date', () => {
    const [page] = renderPages([quoteCard(k, k.quotes.get('kishida-2015-step-up')!, 'en')], 'en');
    const text = JSON.stringify(page);
    const passage = k.quotes.get('kishida-2015-step-up')!.evidence[0]!.text;
    expect(page![0]!.description).toContain(`> ${passage}`);
    expect(text.split('We were able to further step up').length - 1).toBe(1);
    expect(page![0]!.description).toContain('Japan and France sign defence equipment transfer pact at second two-plus-two in Tokyo — a Friday in 2015');
  });

  it('numbers sources in reading order, and cites ascending', () => {
    for (const card of [meetingCard(k, k.meetings.get('two-plus-two-2015')!, 'en'), meetingCard(k, k.meetings.get('two-plus-two-2018')!, 'en'), agreementCard(k, k.agreements.get('acsa')!, 'en')]) {
      const text = renderPages([card], 'en').flat().filter((e) => e.title !== 'Sources').map((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)].join('\n')).join('\n');
      const cites = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      let next = 1;
      for (const n of cites) {
        expect(n).toBeLessThanOrEqual(next);
        if (n === next) next++;
      }
      for (const group of text.matchAll(/((?:\[\d+\])+)/g)) {
        const ns = [...group[1]!.matchAll(/\d+/g)].map((m) => Number(m[0]));
        expect(ns).toEqual([...ns].sort((a, b) => a - b));
      }
    }
  });

  it('labels in Japanese and French', () => {
    const ja = renderPages([meetingCard(k, k.meetings.get('two-plus-two-2018')!, 'ja')], 'ja')[0]![0]!;
    expect(ja.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['日付', '場所', '出席者', '成果']));
    expect(ja.fields![0]!.value).toBe('2018年1月26日');
    const fr = renderPages([agreementCard(k, k.agreements.get('acsa')!, 'fr')], 'fr')[0]![0]!;
    expect(fr.description).toContain('au 26 janvier 2018');
    expect(fr.fields!.map((f) => f.name)).toEqual(['Type', 'Contenu', 'Chronologie']);
  });
});

describe('limits', () => {
  it('keeps room on every page for what the transport adds (a query carried in the footer)', () => {
    // Larger than any query Discord lets through (300 characters, 600 UTF-16 units), so that it shows.
    const reserve = 1200;
    for (const cards of [[timelineCard(k, 'en')], [meetingCard(k, k.meetings.get('two-plus-two-2018')!, 'en')]]) {
      const pages = renderPages(cards, 'en', false, reserve);
      pages.forEach((page, i) => expect(page.reduce((n, e) => n + embedLength(e), 0) + reserve).toBeLessThanOrEqual(i === 0 ? LIMITS.firstPage : LIMITS.charactersPerMessage));
    }
  });

  it('clips with an ellipsis and never splits a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀😀', 4)).toBe('ab…');
    expect(clip('abc', 3)).toBe('abc');
  });

  it('packs lines into values of at most 1,024 characters, clipping an over-long line', () => {
    const values = packLines(['x'.repeat(600), 'y'.repeat(600), 'z'.repeat(3000)]);
    expect(values).toHaveLength(3);
    for (const v of values) expect(v.length).toBeLessThanOrEqual(1024);
  });

  it('keeps a message under 6,000 characters and 10 embeds', () => {
    const big = { title: 't'.repeat(300), description: 'd'.repeat(5000), fields: Array.from({ length: 30 }, () => ({ name: 'n', value: 'v'.repeat(2000) })) };
    const pages = paginate([[big, big, big]]);
    for (const page of pages) {
      expect(limitViolations(page)).toEqual([]);
      expect(page.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.charactersPerMessage);
    }
    const many = paginate(Array.from({ length: 23 }, () => [{ title: 'x' }]));
    expect(many.map((p) => p.length)).toEqual([10, 10, 3]);
  });

  it('a miss card echoes hostile input as inert text', () => {
    const [embed] = renderPages([missCard('@everyone **bold** <@123> [link](http://x)\u202e', 'en', [], [])], 'en')[0]!;
    expect(embed!.title).not.toContain('@everyone');
    expect(embed!.title).not.toContain('<@123>');
    expect(embed!.title).not.toContain('\u202e');
    expect(embed!.title).toContain('\\*\\*bold\\*\\*');
    expect(embed!.title).toContain('\\[link\\]');
  });
});

describe('i18n', () => {
  it('falls back to English for locales it does not translate', () => {
    expect(langOf('en-US')).toBe('en');
    expect(langOf('de')).toBe('en');
    expect(langOf('zh-CN')).toBe('en');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('ja')).toBe('ja');
    expect(langOf('fr')).toBe('fr');
  });

  it('formats dates at their precision', () => {
    expect(formatDateValue('2017-01', 'month', 'en')).toBe('January 2017');
    expect(formatDateValue('2017-01', 'month', 'ja')).toBe('2017年1月');
    expect(formatDateValue('2015-03-13', 'day', 'fr')).toBe('13 mars 2015');
    expect(formatDateValue('2015', 'year', 'ja')).toBe('2015年');
  });

  it('escapes user text so it cannot format, link or ping', () => {
    const out = escapeUserText('\u202e@here `code` > quote\n# head');
    expect(out).not.toMatch(/@here/);
    expect(out).not.toContain('\u202e');
    expect(out).not.toContain('\n');
    expect(out).toContain('\\`code\\`');
  });
});
