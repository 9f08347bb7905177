// Dispatches Discord interactions to the command modules and sends what they answer. The only
// place that knows both discord.js and the commands.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { type Lang, langOf, t } from '../answers/i18n.js';
import type { CommandSet } from '../commands/registry.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Logger } from '../log.js';
import type { InteractionEvent } from '../metrics.js';
import { type Response, createAnswering } from './answering.js';
import type { Cooldown } from './cooldown.js';
import { clip } from './limits.js';
import { PAGE_PREFIX } from './pages.js';
import type { ReplyCache } from './reply-cache.js';

export { sanitizeChoices } from './answering.js';

export interface RouterDeps {
  commands: CommandSet;
  /** The knowledge base being served now (a reload swaps it). */
  kb: () => KnowledgeBase;
  log: Logger;
  cooldown?: Cooldown;
  /** How long page buttons work. */
  pageTtlMs?: number;
  /** Acknowledge with a deferral if the answer is not ready by then (Discord allows 3 s). */
  deferAfterMs?: number;
  replyCache?: ReplyCache;
  /** Told of every interaction once it is handled: for metrics. */
  observe?: (event: InteractionEvent) => void;
}

const NO_MENTIONS = { parse: [] as [] };

/** Discord's JSON error codes the router acts on. */
const UNKNOWN_INTERACTION = 10062; // the 3-second window has passed
const ALREADY_ACKNOWLEDGED = 40060;
/** Discord allows 3 s for the first response; an interaction older than this and not acknowledged is dead. */
const RESPONSE_WINDOW_MS = 3_000;
/** How long an interaction id is remembered, to answer a second delivery of it once only. */
const SEEN_FOR_MS = 15 * 60_000;

/** Not acknowledged, and past Discord's window: nothing sent into it can arrive. */
function expired(interaction: Interaction): boolean {
  const acknowledged = interaction.isRepliable() ? interaction.replied || interaction.deferred : interaction.isAutocomplete() && interaction.responded;
  return !acknowledged && Date.now() - interaction.createdTimestamp > RESPONSE_WINDOW_MS;
}

function discordCode(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'number' ? err.code : undefined;
}

export interface Router {
  route(interaction: Interaction): Promise<void>;
  /**
   * Stops taking new interactions (each gets a short private notice) and resolves when the ones in
   * flight are done and none has arrived for `quietMs`: what is still in the socket's buffer when
   * the client disconnects would be dropped unseen, so the gateway is read until it is quiet.
   */
  drain(quietMs?: number): Promise<void>;
}

function summarizeOptions(interaction: ChatInputCommandInteraction): Record<string, string> {
  return Object.fromEntries(interaction.options.data.map((o) => [o.name, clip(String(o.value ?? ''), 200)]));
}

export function createRouter(deps: RouterDeps): Router {
  const { log } = deps;
  const deferAfterMs = deps.deferAfterMs ?? 2000;
  const answering = createAnswering({
    commands: deps.commands,
    kb: deps.kb,
    ...(deps.cooldown ? { cooldown: deps.cooldown } : {}),
    ...(deps.replyCache ? { replyCache: deps.replyCache } : {}),
    ...(deps.pageTtlMs !== undefined ? { pageTtlMs: deps.pageTtlMs } : {}),
  });

  async function send(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction, response: Response): Promise<void> {
    const message = { ...response.message, allowedMentions: NO_MENTIONS };
    if (response.kind === 'update' && interaction.isButton()) {
      await interaction.update(message);
      if (response.notice) await interaction.followUp({ content: response.notice, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    const ephemeral = response.kind === 'reply' && response.ephemeral;
    if (!interaction.deferred) {
      await interaction.reply({ ...message, ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
    } else if (ephemeral) {
      // Deferred in public, but this answer is the user's alone.
      await interaction.deleteReply();
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply(message);
    }
  }

  async function apologise(interaction: Interaction, lang: Lang): Promise<void> {
    if (!interaction.isRepliable()) return;
    const message = { content: t(lang, 'error'), allowedMentions: NO_MENTIONS };
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
    } catch (err) {
      log.debug({ err, interaction: interaction.id }, 'could not send the apology');
    }
  }

  /** Runs `work`, deferring if it is not done in time, and sends what it answers. */
  async function answer(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, work: Promise<Response>): Promise<string> {
    let deferral: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      deferral = interaction.deferReply().catch((err: unknown) => log.warn({ err, interaction: interaction.id }, 'deferral failed'));
    }, deferAfterMs);
    let response: Response;
    try {
      response = await work;
    } finally {
      clearTimeout(timer);
    }
    // An answer ready while the deferral is in flight waits for it: editing before Discord has
    // the deferral fails, and a deferral that failed leaves the first reply to send.
    if (deferral) await deferral;
    sent.add(interaction.id);
    await send(interaction, response);
    return response.outcome;
  }

  function callerOf(interaction: Interaction, lang: Lang) {
    return { user: interaction.user.id, lang };
  }

  /** Ids of interactions whose answer was sent: a 40060 on them means Discord already has it. */
  const sent = new Set<string>();
  const seen = new Map<string, number>();
  let accepting = true;
  let lastArrival = 0;
  const inFlight = new Set<Promise<void>>();

  function firstDelivery(id: string): boolean {
    const now = Date.now();
    if (seen.has(id)) return false;
    seen.set(id, now);
    // Oldest first: drop what Discord can no longer deliver again.
    for (const [old, at] of seen) {
      if (now - at < SEEN_FOR_MS && seen.size <= 50_000) break;
      seen.delete(old);
    }
    return true;
  }

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const lang = langOf(interaction.locale);
    const line: Record<string, unknown> = { interaction: interaction.id, locale: interaction.locale, guild: interaction.guildId ?? null };
    const shard = interaction.guild?.shardId;
    if (shard !== undefined) line.shard = shard;
    let level: 'info' | 'debug' = 'info';
    let type: InteractionEvent['type'] = 'other';
    try {
      if (interaction.isChatInputCommand()) {
        type = 'command';
        Object.assign(line, { type, command: interaction.commandName, options: summarizeOptions(interaction) });
        const options = Object.fromEntries(interaction.options.data.map((o) => [o.name, typeof o.value === 'string' ? o.value : undefined]));
        line.outcome = await answer(interaction, answering.command(interaction.commandName, options, callerOf(interaction, lang)));
      } else if (interaction.isMessageContextMenuCommand()) {
        type = 'command';
        const { content, attachments } = interaction.targetMessage;
        Object.assign(line, { type, command: interaction.commandName, options: { message: clip(content, 200) } });
        line.outcome = await answer(interaction, answering.messageCommand(interaction.commandName, { content, attachments: attachments.size }, callerOf(interaction, lang)));
      } else if (interaction.isAutocomplete()) {
        level = 'debug'; // one per keystroke: kept out of the info log
        const focused = interaction.options.getFocused(true);
        type = 'autocomplete';
        Object.assign(line, { type, command: interaction.commandName, options: { [focused.name]: clip(String(focused.value), 200) } });
        const choices = answering.autocomplete(interaction.commandName, { name: focused.name, value: String(focused.value) }, lang);
        await interaction.respond(choices);
        line.outcome = `${choices.length} choices`;
      } else if (interaction.isButton() && interaction.customId.startsWith(PAGE_PREFIX)) {
        type = 'button';
        Object.assign(line, { type });
        const embeds = interaction.message.embeds;
        const response = await answering.press(interaction.customId, callerOf(interaction, lang), embeds[embeds.length - 1]?.footer?.text);
        sent.add(interaction.id);
        await send(interaction, response);
        line.outcome = response.outcome;
      } else {
        Object.assign(line, { type: `unhandled:${interaction.type}` });
        if (interaction.isRepliable()) {
          await interaction.reply({ content: t(lang, 'unknownCommand'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        }
        line.outcome = 'unsupported';
      }
      log[level]({ ...line, latencyMs: Math.round((performance.now() - started) * 100) / 100 }, 'interaction');
    } catch (err) {
      const code = discordCode(err);
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      if (code === ALREADY_ACKNOWLEDGED && sent.has(interaction.id)) {
        // A resend after a lost response (a 502, a timeout): the first one reached Discord.
        line.outcome = 'answered';
        log.debug({ ...line, code, latencyMs }, 'interaction already acknowledged: an earlier attempt was delivered');
      } else if (code === UNKNOWN_INTERACTION || expired(interaction)) {
        // Into an interaction Discord no longer takes, an apology only doubles the failing traffic.
        line.outcome = 'expired';
        log.warn({ ...line, err, latencyMs, reason: 'the 3-second window passed before Discord took the answer' }, 'interaction expired: no apology sent');
      } else {
        line.outcome = 'error';
        log.error({ ...line, err, latencyMs }, 'interaction failed');
        await apologise(interaction, lang);
      }
    } finally {
      sent.delete(interaction.id);
    }
    if (deps.observe) {
      const outcome = type === 'autocomplete' && line.outcome !== 'error' ? (String(line.outcome).startsWith('0 ') ? 'empty' : 'answered') : String(line.outcome);
      deps.observe({ type, command: String(line.command ?? 'none'), outcome, seconds: (performance.now() - started) / 1000 });
    }
  }

  async function refuse(interaction: Interaction): Promise<void> {
    const line = { interaction: interaction.id, type: interaction.type, outcome: 'refused' };
    try {
      if (interaction.isRepliable()) await interaction.reply({ content: t(langOf(interaction.locale), 'shuttingDown'), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      else if (interaction.isAutocomplete()) await interaction.respond([]);
      log.info(line, 'interaction refused: shutting down');
    } catch (err) {
      log.warn({ ...line, err }, 'interaction refused: shutting down (the notice failed)');
    }
  }

  return {
    route(interaction) {
      lastArrival = performance.now();
      if (!firstDelivery(interaction.id)) {
        log.debug({ interaction: interaction.id }, 'the same interaction delivered again: answered once');
        return Promise.resolve();
      }
      if (!accepting) return refuse(interaction);
      // Only accepted work is waited for at shutdown: refusals go on until the client disconnects.
      const work = handle(interaction);
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
      return work;
    },
    async drain(quietMs = 250) {
      accepting = false;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      for (let wait = quietMs; wait > 0; wait = lastArrival + quietMs - performance.now()) await new Promise((r) => setTimeout(r, wait));
    },
  };
}
