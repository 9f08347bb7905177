// Discord's limits, enforced in one place: whatever a card holds, what is sent fits.
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { clip } from '../knowledge/text.js';

export { clip };

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedsPerMessage: 10,
  charactersPerMessage: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Ours, not Discord's: the first message of an answer stays short enough to read at a glance. */
  firstPage: 3000,
} as const;

/** Characters that count towards the 6,000 per message. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Packs lines into as few field values as fit 1,024 characters each; an over-long line is clipped. */
export function packLines(lines: string[], max: number = LIMITS.fieldValue): string[] {
  const values: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current === '') current = line;
    else if (current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      values.push(current);
      current = line;
    }
  }
  if (current !== '') values.push(current);
  return values;
}

/** Clips every part of an embed to its limit; an embed that is still over 6,000 loses fields from the end. */
export function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map(
      (f): APIEmbedField => ({
        ...f,
        name: clip(f.name.trim() === '' ? '\u200b' : f.name, LIMITS.fieldName),
        value: clip(f.value.trim() === '' ? '\u200b' : f.value, LIMITS.fieldValue),
      }),
    );
  }
  while (embedLength(out) > LIMITS.charactersPerMessage && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  if (embedLength(out) > LIMITS.charactersPerMessage && out.description) {
    out.description = clip(out.description, Math.max(1, out.description.length - (embedLength(out) - LIMITS.charactersPerMessage)));
  }
  return out;
}

/**
 * Groups embeds into messages (pages) of at most 10 embeds and 6,000 characters. Embeds of one
 * group (a card and its sources) stay on one page when they fit together.
 */
export function paginate(groups: APIEmbed[][], firstPage: number = LIMITS.charactersPerMessage, reserve = 0): APIEmbed[][] {
  const pages: APIEmbed[][] = [];
  let page: APIEmbed[] = [];
  let size = 0;
  // `reserve`: what the transport adds to every page (a query too long for the buttons, in the footer).
  const max = () => (pages.length === 0 ? firstPage : LIMITS.charactersPerMessage) - reserve;
  const flush = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    size = 0;
  };
  for (const group of groups) {
    const fitted = group.map(fitEmbed);
    const groupSize = fitted.reduce((n, e) => n + embedLength(e), 0);
    // On the first page what fits goes first (a card's sources may follow on the next); later, a card keeps its sources with it.
    if (pages.length > 0 && page.length > 0 && (size + groupSize > max() || page.length + fitted.length > LIMITS.embedsPerMessage)) flush();
    for (const e of fitted) {
      const n = embedLength(e);
      if (page.length > 0 && (size + n > max() || page.length >= LIMITS.embedsPerMessage)) flush();
      page.push(e);
      size += n;
    }
  }
  flush();
  return pages;
}

/** Whether an embed list obeys every limit: for tests and for the fake Discord. */
export function limitViolations(embeds: APIEmbed[]): string[] {
  const v: string[] = [];
  if (embeds.length > LIMITS.embedsPerMessage) v.push(`${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    total += embedLength(e);
    if ((e.title?.length ?? 0) > LIMITS.title) v.push('title too long');
    if ((e.description?.length ?? 0) > LIMITS.description) v.push('description too long');
    if ((e.footer?.text.length ?? 0) > LIMITS.footer) v.push('footer too long');
    if ((e.fields?.length ?? 0) > LIMITS.fields) v.push('too many fields');
    for (const f of e.fields ?? []) {
      if (f.name.length === 0 || f.name.length > LIMITS.fieldName) v.push(`field name length ${f.name.length}`);
      if (f.value.length === 0 || f.value.length > LIMITS.fieldValue) v.push(`field value length ${f.value.length}`);
    }
  }
  if (total > LIMITS.charactersPerMessage) v.push(`${total} characters in one message`);
  return v;
}
