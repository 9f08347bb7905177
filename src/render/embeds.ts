// Cards become Discord embeds here and nowhere else: colours, citations, footers, limits, pages.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Knowledge } from '../knowledge/load';
import type { Card, CardKind } from './cards';
import { formatDate } from './cards';
import { type Lang, t } from './i18n';
import { LIMITS, clip, packLines, paginate } from './limits';

export const COLOURS: Record<CardKind, number> = {
  meeting: 0x1f6feb,
  person: 0x8250df,
  quote: 0xbf8700,
  agreement: 0x1a7f37,
  timeline: 0x0969da,
  sources: 0x57606a,
  help: 0x57606a,
  info: 0x57606a,
  miss: 0xcf222e,
};

function fieldsOf(card: Card): APIEmbedField[] {
  return card.fields.flatMap((f) =>
    packLines(f.lines).map((value, i) => ({ name: i === 0 ? f.name : `${f.name} (${i + 1})`, value, ...(f.inline ? { inline: true } : {}) })),
  );
}

/**
 * The citation embeds: passages grouped under their article's headline and date, each numbered as
 * the card cites it, verbatim in a quote block.
 */
function sourceEmbeds(card: Card, k: Knowledge, lang: Lang): APIEmbed[] {
  const byArticle = new Map<string, string[]>();
  card.sources.forEach((e, i) => {
    const lines = byArticle.get(e.article) ?? [];
    lines.push(`**[${i + 1}]**\n> ${e.text.replace(/\s+/g, ' ')}`);
    byArticle.set(e.article, lines);
  });
  const blocks = [...byArticle].flatMap(([id, lines]) => {
    const a = k.articles.get(id)!;
    return [`📰 *${a.headline.text}* — ${formatDate(a.date, lang)}`, ...lines];
  });
  const descriptions = packLines(blocks, LIMITS.description);
  return descriptions.map((description, i) => ({
    title: descriptions.length > 1 ? `${t(lang, 'sources')} (${i + 1}/${descriptions.length})` : t(lang, 'sources'),
    description,
    color: COLOURS[card.kind],
    footer: { text: t(lang, 'headlinesOurs') },
  }));
}

export function cardEmbeds(card: Card, k: Knowledge, lang: Lang): APIEmbed[] {
  const fields = fieldsOf(card);
  const main: APIEmbed = {
    title: clip(card.title, LIMITS.title),
    color: COLOURS[card.kind],
    ...(card.description ? { description: card.description } : {}),
    fields: fields.slice(0, LIMITS.fields),
    footer: { text: t(lang, 'footer') },
  };
  // A card with more than 25 fields continues in a second embed rather than losing facts.
  const more: APIEmbed[] = [];
  for (let i = LIMITS.fields; i < fields.length; i += LIMITS.fields) {
    more.push({ title: clip(card.title, LIMITS.title), color: COLOURS[card.kind], fields: fields.slice(i, i + LIMITS.fields) });
  }
  return [main, ...more, ...sourceEmbeds(card, k, lang)];
}

/** Cards as pages of embeds, each page one message within Discord's limits, numbered when there are several. */
export function renderPages(cards: Card[], k: Knowledge, lang: Lang, onePerPage = false): APIEmbed[][] {
  const groups = cards.map((card) => cardEmbeds(card, k, lang));
  const pages = onePerPage ? groups.flatMap((g) => paginate([g])) : paginate(groups);
  if (pages.length <= 1) return pages;
  return pages.map((page, i) => {
    const last = page[page.length - 1]!;
    const label = t(lang, 'page', { n: i + 1, total: pages.length });
    const footer = last.footer ? `${last.footer.text} · ${label}` : label;
    return [...page.slice(0, -1), { ...last, footer: { text: clip(footer, LIMITS.footer) } }];
  });
}
