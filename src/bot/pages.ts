// Previous/next buttons that hold no state: each button's custom_id carries what rebuilds its page
// (command, query, page, owner, creation time), so any replica, or this process after a restart,
// answers a press. Only the caller may turn the pages, as with RoboDanny's paginator.
import { createHash } from 'node:crypto';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { LANGS, type Lang } from '../answers/i18n.js';

export const PAGE_PREFIX = 'pg';
/** Discord's limit on a custom_id. */
export const CUSTOM_ID_MAX = 100;
/** Marks the line of a page's footer that carries a query too long for the buttons. */
export const QUERY_MARK = '\n🔎 ';

export interface PageKey {
  command: string;
  lang: Lang;
  /** The option value the command ran with ('' for none). */
  query: string;
  /** The page shown now (0-based). */
  page: number;
  owner: string;
  /** When the command ran, in ms since the epoch (kept to the second). */
  created: number;
}

export type Direction = 'prev' | 'next';

const LANG_CODE: Record<Lang, string> = { en: 'e', ja: 'j', fr: 'f' };
const DIR_CODE: Record<Direction, string> = { prev: 'p', next: 'n' };

function queryHash(query: string): string {
  return createHash('sha256').update(query).digest('base64url').slice(0, 12);
}

/**
 * `pg<dir>:<page>:<owner>:<created>:<lang>:<command>:<query>`, numbers in base 36. A query that
 * does not fit travels in the page's footer, and the id holds `#` and its hash instead.
 */
export function encodePageId(key: PageKey, dir: Direction): { id: string; queryInFooter: boolean } {
  const head = [
    `${PAGE_PREFIX}${DIR_CODE[dir]}`,
    key.page.toString(36),
    BigInt(key.owner).toString(36),
    Math.floor(key.created / 1000).toString(36),
    LANG_CODE[key.lang],
    key.command,
  ].join(':');
  const full = `${head}:${key.query}`;
  if (full.length <= CUSTOM_ID_MAX) return { id: full, queryInFooter: false };
  return { id: `${head}:#${queryHash(key.query)}`, queryInFooter: true };
}

export interface PressedPage {
  key: PageKey;
  dir: Direction;
  /** The query's hash, when the query is in the footer rather than the id. */
  queryHash?: string;
}

/** Reads a page button's id; undefined for anything else (another bot version's, or garbage). */
export function decodePageId(id: string): PressedPage | undefined {
  const m = /^pg([pn]):([0-9a-z]{1,3}):([0-9a-z]{1,13}):([0-9a-z]{1,8}):([ejf]):([a-z0-9_-]{1,32}):(.*)$/s.exec(id);
  if (!m) return undefined;
  const [, dir, page, owner, created, lang, command, query] = m as unknown as [string, string, string, string, string, string, string, string];
  let ownerId: string;
  try {
    ownerId = [...owner].reduce((n, c) => n * 36n + BigInt(parseInt(c, 36)), 0n).toString();
  } catch {
    return undefined;
  }
  const hashed = query.startsWith('#') && query.length === 13;
  return {
    dir: dir === 'p' ? 'prev' : 'next',
    key: {
      command,
      lang: LANGS.find((l) => LANG_CODE[l] === lang)!,
      query: hashed ? '' : query,
      page: parseInt(page, 36),
      owner: ownerId,
      created: parseInt(created, 36) * 1000,
    },
    ...(hashed ? { queryHash: query.slice(1) } : {}),
  };
}

// A footer shows text as typed, but a user's "@everyone" should not even look like a mention:
// a zero-width space after each @ breaks it, and is taken out again on a press.
const SHOWN_AT = '@\u200b';

/** The query a footer carries for a hashed id, if it is the one the id was made for. */
export function queryFromFooter(footer: string | undefined, hash: string): string | undefined {
  if (!footer) return undefined;
  const at = footer.indexOf(QUERY_MARK);
  if (at < 0) return undefined;
  const query = footer.slice(at + QUERY_MARK.length).replaceAll(SHOWN_AT, '@');
  return queryHash(query) === hash ? query : undefined;
}

/** The page's buttons, and its embeds with the query added to the footer when the ids cannot hold it. */
export function pageMessage(pages: APIEmbed[][], key: PageKey): { embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const embeds = pages[key.page] ?? [];
  if (pages.length <= 1) return { embeds, components: [] };
  const prev = encodePageId(key, 'prev');
  const next = encodePageId(key, 'next');
  const button = (id: string, emoji: string, disabled: boolean): APIButtonComponent => ({ type: 2, style: 2, custom_id: id, emoji: { name: emoji }, disabled });
  const components: APIActionRowComponent<APIButtonComponent>[] = [
    { type: 1, components: [button(prev.id, '◀️', key.page === 0), button(next.id, '▶️', key.page >= pages.length - 1)] },
  ];
  if (!prev.queryInFooter) return { embeds, components };
  const last = embeds[embeds.length - 1];
  if (!last) return { embeds, components };
  // Discord allows 2,048 characters in a footer; commands take shorter queries than that.
  const footer = `${last.footer?.text ?? ''}${QUERY_MARK}${key.query.replaceAll('@', SHOWN_AT)}`;
  return { embeds: [...embeds.slice(0, -1), { ...last, footer: { text: footer } }], components };
}
