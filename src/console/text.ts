// Cards as readable terminal text, for the local console: the same cards the bot sends as embeds.
import { type Card, type Line, inReadingOrder } from '../answers/cards.js';
import { type Lang, t } from '../answers/i18n.js';

const PREFIX = { item: '• ', quote: '│ ', note: '  ' } as const;

export function lineText(line: Line): string {
  const parts: string[] = [];
  if (line.flag) parts.push(`[${line.flag}]`);
  if (line.lead) parts.push(line.lead);
  if (line.text) parts.push(line.text);
  if (line.command) parts.push(parts.length > 0 ? `— ${line.command}` : line.command);
  const cites = line.cites?.length ? ` ${line.cites.map((n) => `[${n}]`).join('')}` : '';
  return `${line.style ? PREFIX[line.style] : ''}${parts.join(' ')}${cites}`;
}

const indent = (text: string) => text.split('\n').map((l) => (l === '' ? l : `  ${l}`)).join('\n');

/** "── page 2 of 3 ──": where Discord's message would break. */
export const pageMarker = (page: number, total: number, lang: Lang) => `── ${t(lang, 'page', { n: page, total })} ──`;

export function cardText(input: Card, lang: Lang, sourcesPage?: string): string {
  const card = inReadingOrder(input);
  const out: string[] = [card.title, '─'.repeat(Math.min(72, [...card.title].length))];
  if (card.lead.length > 0) out.push(card.lead.map(lineText).join('\n'));
  for (const s of card.sections) out.push('', `${s.name}:`, indent(s.lines.map(lineText).join('\n')));
  if (card.sources.length > 0) {
    if (sourcesPage) out.push('', sourcesPage);
    out.push('', `${t(lang, 'sources')}:`);
    let article = '';
    card.sources.forEach((s, i) => {
      if (s.article !== article) out.push(`  ${s.headline} — ${s.date}`);
      article = s.article;
      out.push(`  [${i + 1}] │ ${s.text}`);
    });
  }
  return out.join('\n');
}

/** The cards as text, with a marker where each Discord page after the first begins (`breaks`). */
export function cardsText(cards: Card[], lang: Lang, breaks: { card: number; sources: boolean; page: number; total: number }[] = []): string {
  const parts = cards.map((c, i) => {
    const inside = breaks.find((b) => b.card === i && b.sources);
    const before = breaks.find((b) => b.card === i && !b.sources);
    const text = cardText(c, lang, inside ? pageMarker(inside.page, inside.total, lang) : undefined);
    return before ? `${pageMarker(before.page, before.total, lang)}\n\n${text}` : text;
  });
  return `${parts.join('\n\n')}\n\n— ${t(lang, 'footer')}`;
}
