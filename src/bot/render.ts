// Cards become Discord embeds here and nowhere else: markup, colours, citations, footers, limits,
// pages. The gateway bot and any other transport send what this returns.
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { type Card, type CardKind, type Line, inReadingOrder } from '../answers/cards.js';
import { type Lang, flagOf, t } from '../answers/i18n.js';
import { escapeMarkdown } from './escape.js';
import { LIMITS, clip, embedLength, packLines, paginate } from './limits.js';

export const COLOURS: Record<CardKind, number> = {
  answer: 0x2da44e,
  meeting: 0x1f6feb,
  person: 0x8250df,
  quote: 0xbf8700,
  agreement: 0x1a7f37,
  timeline: 0x0969da,
  sources: 0x57606a,
  help: 0x57606a,
  miss: 0xcf222e,
};

const PREFIX = { item: '• ', quote: '> ', note: '-# ' } as const;

export function lineMarkdown(line: Line): string {
  const parts: string[] = [];
  if (line.flag) parts.push(flagOf(line.flag));
  if (line.lead) parts.push(`**${escapeMarkdown(line.lead)}**`);
  if (line.text) parts.push(escapeMarkdown(line.text));
  if (line.command) parts.push(parts.length > 0 ? `— \`${line.command}\`` : `\`${line.command}\``);
  const cites = line.cites?.length ? line.cites.map((n) => `[${n}]`).join('') : '';
  const body = `${parts.join(' ')}${cites ? ` ${cites}` : ''}`;
  return line.style ? `${PREFIX[line.style]}${body}` : body;
}

function fieldsOf(card: Card): APIEmbedField[] {
  return card.sections.flatMap((s) =>
    packLines(s.lines.map(lineMarkdown)).map((value, i) => ({ name: i === 0 ? s.name : `${s.name} (${i + 1})`, value, ...(s.inline ? { inline: true } : {}) })),
  );
}

/** The citation embeds: passages grouped under their article's headline and date, each numbered as the card cites it, verbatim in a quote block. */
function sourceEmbeds(card: Card, lang: Lang): APIEmbed[] {
  const byArticle = new Map<string, string[]>();
  card.sources.forEach((s, i) => {
    let lines = byArticle.get(s.article);
    if (!lines) byArticle.set(s.article, (lines = [`📰 *${escapeMarkdown(s.headline)}* — ${s.date}`]));
    lines.push(`**[${i + 1}]**\n> ${escapeMarkdown(s.text)}`);
  });
  const descriptions = packLines([...byArticle.values()].flat(), LIMITS.description);
  return descriptions.map((description, i) => ({
    title: descriptions.length > 1 ? `${t(lang, 'sources')} (${i + 1}/${descriptions.length})` : t(lang, 'sources'),
    description,
    color: COLOURS[card.kind],
    footer: { text: t(lang, 'headlinesOurs') },
  }));
}

export function cardEmbeds(input: Card, lang: Lang, reserve = 0): APIEmbed[] {
  const card = inReadingOrder(input);
  const fields = fieldsOf(card);
  const title = clip(escapeMarkdown(card.title), LIMITS.title);
  const description = card.lead.map(lineMarkdown).join('\n');
  const footer = { text: t(lang, 'footer') };
  // A long card continues in further embeds (each within the first page's budget) rather than losing facts.
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { title, color: COLOURS[card.kind], ...(description ? { description } : {}), fields: [] };
  const budget = LIMITS.firstPage - footer.text.length - 40 - reserve;
  for (const f of fields) {
    const n = f.name.length + f.value.length;
    if (current.fields!.length > 0 && (embedLength(current) + n > budget || current.fields!.length >= LIMITS.fields)) {
      embeds.push(current);
      current = { title, color: COLOURS[card.kind], fields: [] };
    }
    current.fields!.push(f);
  }
  embeds.push(current);
  embeds[0] = { ...embeds[0]!, footer };
  return [...embeds, ...sourceEmbeds(card, lang)];
}

/** Where Discord's pages break in a list of cards: before a card, or before its sources. */
export interface PageBreak {
  card: number;
  /** The break falls before this card's sources, not before the card. */
  sources: boolean;
  /** The page that starts there, from 2. */
  page: number;
  total: number;
}

/** The page breaks of `renderPages`, for a text rendering of the same cards (the console). */
export function pageBreaks(cards: Card[], lang: Lang, onePerPage = false): PageBreak[] {
  const pages = renderPages(cards, lang, onePerPage);
  const starts = new Set<number>();
  let at = 0;
  for (const page of pages.slice(0, -1)) starts.add((at += page.length));
  const breaks: PageBreak[] = [];
  let offset = 0;
  cards.forEach((card, i) => {
    const own = cardEmbeds(card, lang).length - sourceEmbeds(inReadingOrder(card), lang).length;
    if (starts.has(offset)) breaks.push({ card: i, sources: false, page: breaks.length + 2, total: pages.length });
    // A break inside a card's own embeds falls within its text; one before its sources is shown there.
    for (let e = offset + 1; e < offset + cardEmbeds(card, lang).length; e++) if (starts.has(e)) breaks.push({ card: i, sources: e >= offset + own, page: breaks.length + 2, total: pages.length });
    offset += cardEmbeds(card, lang).length;
  });
  return breaks;
}

/** Cards as pages of embeds, each page one message within Discord's limits, numbered when there are several. */
export function renderPages(cards: Card[], lang: Lang, onePerPage = false, reserve = 0): APIEmbed[][] {
  const groups = cards.map((card) => cardEmbeds(card, lang, reserve));
  const paginated = onePerPage ? groups.flatMap((g, i) => paginate([g], i === 0 ? LIMITS.firstPage : undefined, reserve)) : paginate(groups, LIMITS.firstPage, reserve);
  // "Article text is quoted in its original English": said once per message, not per card.
  const note = t(lang, 'footer');
  const pages = paginated.map((page) => {
    let said = false;
    return page.map((e): APIEmbed => {
      if (e.footer?.text !== note) return e;
      if (!said) {
        said = true;
        return e;
      }
      const copy = { ...e };
      delete copy.footer;
      return copy;
    });
  });
  if (pages.length <= 1) return pages;
  return pages.map((page, i) => {
    const last = page[page.length - 1]!;
    const label = t(lang, 'page', { n: i + 1, total: pages.length });
    const footer = last.footer ? `${last.footer.text} · ${label}` : label;
    return [...page.slice(0, -1), { ...last, footer: { text: clip(footer, LIMITS.footer) } }];
  });
}
