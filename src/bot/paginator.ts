// Previous/next buttons for answers longer than one message. Only the person who ran the command
// can turn the pages (as RoboDanny's paginator does), and the buttons go away after a timeout.
import { randomBytes } from 'node:crypto';
import { type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type ButtonInteraction, ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { type Lang, t } from '../answers/i18n.js';

export const PAGE_PREFIX = 'page:';

interface Session {
  owner: string;
  pages: APIEmbed[][];
  page: number;
  timer: NodeJS.Timeout;
  /** The pages' size as JSON: what the set holds in memory, near enough. */
  bytes: number;
}

export interface PaginatorOptions {
  timeoutMs: number;
  /** Bytes of open page sets kept at most; beyond it the oldest expire early. */
  maxBytes?: number;
}

export function pageButtons(token: string, page: number, total: number): APIActionRowComponent<APIButtonComponent>[] {
  const button = (dir: 'prev' | 'next', emoji: string, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${PAGE_PREFIX}${token}:${dir}`,
    emoji: { name: emoji },
    disabled,
  });
  return [{ type: ComponentType.ActionRow, components: [button('prev', '◀️', page === 0), button('next', '▶️', page === total - 1)] }];
}

export class Paginator {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly options: PaginatorOptions) {}

  private bytes = 0;

  get size(): number {
    return this.sessions.size;
  }

  /** Bytes held by the open page sets. */
  get heldBytes(): number {
    return this.bytes;
  }

  private forget(token: string): void {
    const session = this.sessions.get(token);
    if (!session) return;
    clearTimeout(session.timer);
    this.bytes -= session.bytes;
    this.sessions.delete(token);
  }

  /** Starts a session; returns the token its buttons carry. `onExpire` removes the buttons from the message. */
  open(owner: string, pages: APIEmbed[][], onExpire: () => void): string {
    const token = randomBytes(6).toString('base64url');
    const timer = setTimeout(() => {
      this.forget(token);
      onExpire();
    }, this.options.timeoutMs);
    timer.unref();
    // Cached answers share their pages, so this overcounts, which errs on the safe side.
    const bytes = JSON.stringify(pages).length * 2;
    this.sessions.set(token, { owner, pages, page: 0, timer, bytes });
    this.bytes += bytes;
    const max = this.options.maxBytes ?? 64 * 1024 * 1024;
    while (this.bytes > max && this.sessions.size > 1) this.forget(this.sessions.keys().next().value!);
    return token;
  }

  /** Handles a press: the next page for its owner, a short private note for anyone else. */
  async press(interaction: ButtonInteraction, lang: Lang): Promise<'turned' | 'not-owner' | 'expired'> {
    const [token = '', dir] = interaction.customId.slice(PAGE_PREFIX.length).split(':');
    const session = this.sessions.get(token);
    if (!session) {
      await interaction.reply({ content: t(lang, 'expired'), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return 'expired';
    }
    if (interaction.user.id !== session.owner) {
      await interaction.reply({ content: t(lang, 'onlyCaller'), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return 'not-owner';
    }
    session.page = Math.max(0, Math.min(session.pages.length - 1, session.page + (dir === 'prev' ? -1 : 1)));
    await interaction.update({
      embeds: session.pages[session.page]!,
      components: pageButtons(token, session.page, session.pages.length),
      allowedMentions: { parse: [] },
    });
    return 'turned';
  }

  close(): void {
    for (const token of [...this.sessions.keys()]) this.forget(token);
  }
}
