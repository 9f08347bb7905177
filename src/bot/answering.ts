// What the bot answers, whatever carries it: a command, a message-menu use, a page press or an
// autocomplete becomes an answer in Discord's own JSON. The gateway router and the HTTP endpoint
// differ only in how they send it.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { type Lang, type LabelKey, t } from '../answers/i18n.js';
import { type Command, type MessageCommand, questionOf } from '../commands/define.js';
import { type CommandSet, fileNameOf } from '../commands/registry.js';
import { queryOf, runCommand } from '../commands/run.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Choice } from '../knowledge/search.js';
import type { Cooldown } from './cooldown.js';
import { clip } from './limits.js';
import { QUERY_MARK, decodePageId, pageMessage, queryFromFooter } from './pages.js';
import { renderPages } from './render.js';
import { type RenderedReply, ReplyCache } from './reply-cache.js';

export interface OutMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** A new message (public, or private to the caller), or an update of the message whose button was pressed. */
export type Response =
  | { kind: 'reply'; message: OutMessage; ephemeral: boolean; outcome: string }
  /** `notice` is then sent privately to whoever pressed. */
  | { kind: 'update'; message: OutMessage; outcome: string; notice?: string };

export interface Caller {
  user: string;
  lang: Lang;
}

export interface AnsweringDeps {
  commands: CommandSet;
  /** The knowledge base being served now (a reload swaps it). */
  kb: () => KnowledgeBase;
  cooldown?: Cooldown;
  replyCache?: ReplyCache;
  /** How long page buttons work after the command ran. */
  pageTtlMs?: number;
  now?: () => number;
}

export interface Answering {
  command(name: string, options: Record<string, string | undefined>, caller: Caller): Promise<Response>;
  messageCommand(name: string, target: { content: string; attachments: number }, caller: Caller): Promise<Response>;
  /** A page button: `footer` is the pressed message's last footer, which carries queries too long for the button. */
  press(customId: string, caller: Caller, footer: string | undefined): Promise<Response>;
  autocomplete(name: string, focused: { name: string; value: string }, lang: Lang): Choice[];
}

export const PAGE_TTL_MS = 15 * 60_000;

/** At most 25 choices, names and values of 1–100 characters, no duplicate values: what Discord accepts. */
export function sanitizeChoices(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    const name = clip(c.name.trim(), 100);
    const value = c.value.slice(0, 100);
    if (name === '' || value.trim() === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === 25) break;
  }
  return out;
}

function notice(lang: Lang, key: LabelKey, outcome: string, vars: Record<string, string | number> = {}): Response {
  return { kind: 'reply', message: { content: t(lang, key, vars) }, ephemeral: true, outcome };
}

export function createAnswering(deps: AnsweringDeps): Answering {
  const { commands } = deps;
  const cache = deps.replyCache ?? new ReplyCache();
  const now = deps.now ?? Date.now;
  const ttl = deps.pageTtlMs ?? PAGE_TTL_MS;

  /** Answers are pure functions of (command, language, query, data): a repeat is served from the cache. */
  async function rendered(cmd: Command | MessageCommand, lang: Lang, query: string): Promise<RenderedReply> {
    const kb = deps.kb();
    const key = cache.key(cmd.name, lang, { query });
    const hit = cache.get(kb, key);
    if (hit) return hit;
    const answer = await runCommand(commands, cmd, query, lang, kb);
    // A query too long for the page buttons rides in the last embed's footer: room is kept for it on every page.
    const reserve = QUERY_MARK.length + query.length;
    const reply = { pages: renderPages(answer.cards, lang, answer.onePerPage, reserve), ephemeral: answer.ephemeral, outcome: answer.outcome };
    cache.set(kb, key, reply);
    return reply;
  }

  function firstPage(reply: RenderedReply, command: string, query: string, caller: Caller): Response {
    const message = pageMessage(reply.pages, { command, lang: caller.lang, query, page: 0, owner: caller.user, created: now() });
    return { kind: 'reply', message, ephemeral: reply.ephemeral, outcome: reply.outcome };
  }

  function coolingDown(caller: Caller): Response | undefined {
    const wait = deps.cooldown?.take(caller.user) ?? 0;
    return wait > 0 ? notice(caller.lang, 'cooldown', 'cooldown', { s: Math.ceil(wait / 1000) }) : undefined;
  }

  const expired = (lang: Lang): Response => ({ kind: 'update', message: { components: [] }, notice: t(lang, 'expired'), outcome: 'expired' });

  return {
    async command(name, options, caller) {
      const cmd = commands.get(name);
      if (!cmd) return notice(caller.lang, 'unknownCommand', 'unknown-command');
      const busy = coolingDown(caller);
      if (busy) return busy;
      // Commands take one option: its value is the query the page buttons carry.
      const option = cmd.options[0];
      const query = option ? queryOf(options[option.name]) : '';
      if (option?.required && query === '') {
        // Discord enforces required options, but a client or a proxy may not: ask, never guess.
        const examples = cmd.info(caller.lang).examples.slice(0, 3).map((e) => `\`${e}\``).join(' · ');
        return notice(caller.lang, 'missingOption', 'missing-option', { examples });
      }
      return firstPage(await rendered(cmd, caller.lang, query), cmd.name, query, caller);
    },

    async messageCommand(name, target, caller) {
      const cmd = commands.getMessageCommand(name);
      if (!cmd) return notice(caller.lang, 'unknownCommand', 'unknown-command');
      const busy = coolingDown(caller);
      if (busy) return busy;
      const question = questionOf(target.content);
      if (question === '') return notice(caller.lang, target.attachments > 0 ? 'menuAttachmentsOnly' : 'menuEmpty', 'miss');
      return firstPage(await rendered(cmd, caller.lang, question), fileNameOf(cmd.name), question, caller);
    },

    async press(customId, caller, footer) {
      const pressed = decodePageId(customId);
      // An id this version cannot read (an older bot's) is as good as expired.
      if (!pressed || now() - pressed.key.created > ttl) return expired(caller.lang);
      const { key } = pressed;
      if (caller.user !== key.owner) return notice(caller.lang, 'onlyCaller', 'not-owner');
      const query = pressed.queryHash ? queryFromFooter(footer, pressed.queryHash) : key.query;
      const cmd = commands.get(key.command) ?? commands.messageCommands.find((c) => fileNameOf(c.name) === key.command);
      if (query === undefined || !cmd) return expired(caller.lang);
      const reply = await rendered(cmd, key.lang, query);
      const page = Math.max(0, Math.min(reply.pages.length - 1, key.page + (pressed.dir === 'prev' ? -1 : 1)));
      return { kind: 'update', message: pageMessage(reply.pages, { ...key, query, page }), outcome: 'turned' };
    },

    autocomplete(name, focused, lang) {
      const cmd = commands.get(name);
      return sanitizeChoices(cmd?.autocomplete?.({ focused, lang, kb: deps.kb(), catalogue: () => commands.catalogue(lang) }) ?? []);
    },
  };
}
