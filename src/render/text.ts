// Embeds as readable terminal text, for the local console.
import type { APIEmbed } from 'discord.js';

const BOLD = /\*\*(.+?)\*\*/g;
const ITALIC = /(?<![\\*])\*(?!\s)(.+?)\*/g;

function plain(markdown: string): string {
  return markdown
    .replace(BOLD, '$1')
    .replace(ITALIC, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^-# /gm, '  ')
    .replace(/^> /gm, '  │ ')
    .replace(/\\([\\*_~`|>#[\]()-])/g, '$1')
    .replace(/\u200b/g, '');
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}

export function embedToText(e: APIEmbed): string {
  const out: string[] = [];
  if (e.title) {
    const title = plain(e.title);
    out.push(title, '─'.repeat(Math.min(72, [...title].length)));
  }
  if (e.description) out.push(plain(e.description));
  for (const f of e.fields ?? []) out.push('', `${plain(f.name)}:`, indent(plain(f.value)));
  if (e.footer) out.push('', `— ${plain(e.footer.text)}`);
  return out.join('\n');
}

export function pageToText(embeds: APIEmbed[]): string {
  return embeds.map(embedToText).join('\n\n');
}
