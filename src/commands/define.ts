// A command is one file in commands/: its definition, `execute` and `autocomplete`. The option
// values `execute` receives are typed from the same option list that registers the command, so the
// two cannot drift. Nothing here imports discord.js: commands answer with neutral cards, and the
// registration JSON is plain data, so the console loads no Discord code at all.
import type {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  LocalizationMap,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Card } from '../answers/cards.js';
import type { Lang } from '../answers/i18n.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { Choice } from '../knowledge/search.js';

export interface Localized {
  en: string;
  ja: string;
  fr: string;
}

export interface StringOption {
  name: string;
  /** Localised option names (lowercase, no spaces, as Discord requires). */
  names: { ja: string; fr: string };
  description: Localized;
  required: boolean;
  autocomplete: boolean;
}

/** `{ query: string }` for a required option, `{ filter: string | undefined }` for an optional one. */
export type OptionValues<O extends readonly StringOption[]> = {
  [K in O[number] as K['name']]: K['required'] extends true ? string : string | undefined;
};

export interface CommandContext<V> {
  options: V;
  lang: Lang;
  kb: KnowledgeBase;
  /** Every command's help line and examples, for /help. */
  catalogue: () => CommandInfo[];
}

export interface AutocompleteContext {
  /** The option being typed, and what is typed so far. */
  focused: { name: string; value: string };
  lang: Lang;
  kb: KnowledgeBase;
  catalogue: () => CommandInfo[];
}

export type Outcome = 'answered' | 'miss';

/** What a command answers: cards, private (ephemeral) for a user's mistake. */
export interface Reply {
  cards: Card[];
  ephemeral: boolean;
  outcome: Outcome;
  /** One card per page, for a list of separate answers; otherwise cards share pages as they fit. */
  onePerPage?: boolean;
  /** For a question: whether the sources answer it (false: the reply admits they do not). */
  covered?: boolean;
  /** For a miss: the bot could not find an answer, and says so, without claiming the sources are silent. */
  unsure?: boolean;
}

export interface CommandInfo {
  name: string;
  description: string;
  examples: string[];
}

export interface CommandSpec<O extends readonly StringOption[]> {
  name: string;
  names: { ja: string; fr: string };
  description: Localized;
  options: O;
  /** Shown by /help, and tried by the tests. */
  examples: string[];
  execute(ctx: CommandContext<OptionValues<O>>): Reply | Promise<Reply>;
  autocomplete?(ctx: AutocompleteContext): Choice[];
}

/** What the router and the console know of a command. */
export interface Command {
  kind: 'chat';
  name: string;
  /** The registration JSON Discord receives. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  options: readonly StringOption[];
  info(lang: Lang): CommandInfo;
  execute(ctx: CommandContext<Record<string, string | undefined>>): Reply | Promise<Reply>;
  autocomplete?(ctx: AutocompleteContext): Choice[];
}

const localizations = (l: { ja: string; fr: string }): LocalizationMap => ({ ja: l.ja, fr: l.fr });

// Numbers as Discord documents them; type-checked against discord-api-types without loading it.
const CHAT_INPUT = 1 as ApplicationCommandType.ChatInput;
const MESSAGE = 3 as ApplicationCommandType.Message;
/** The longest option value taken: a question, not an essay (Discord would allow 6,000). */
export const QUERY_MAX = 300;
const STRING = 3 as ApplicationCommandOptionType.String;
/** Installable in a server and by a user, who can then use it anywhere. */
export const INTEGRATION_TYPES = [0 as ApplicationIntegrationType.GuildInstall, 1 as ApplicationIntegrationType.UserInstall];
/** Usable in servers, in DMs with the bot, and in group DMs and other users' DMs. */
export const CONTEXTS = [0 as InteractionContextType.Guild, 1 as InteractionContextType.BotDM, 2 as InteractionContextType.PrivateChannel];

export function defineCommand<const O extends readonly StringOption[]>(spec: CommandSpec<O>): Command {
  const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
    type: CHAT_INPUT,
    name: spec.name,
    name_localizations: localizations(spec.names),
    description: spec.description.en,
    description_localizations: localizations(spec.description),
    integration_types: INTEGRATION_TYPES,
    contexts: CONTEXTS,
    options: spec.options.map((o) => ({
      type: STRING,
      name: o.name,
      name_localizations: localizations(o.names),
      description: o.description.en,
      description_localizations: localizations(o.description),
      required: o.required,
      autocomplete: o.autocomplete,
      max_length: QUERY_MAX,
    })),
  };
  return {
    kind: 'chat',
    name: spec.name,
    data,
    options: spec.options,
    info: (lang) => ({ name: spec.name, description: spec.description[lang], examples: spec.examples }),
    // The router fills `options` from the same list, so the cast only restates what it checked.
    execute: (ctx) => spec.execute(ctx as CommandContext<OptionValues<O>>),
    ...(spec.autocomplete ? { autocomplete: spec.autocomplete } : {}),
  };
}

/** The main query option most commands take. */
export function queryOption<R extends boolean>(
  required: R,
  description: Localized,
): StringOption & { name: 'query'; required: R } {
  return { name: 'query', names: { ja: '検索語', fr: 'recherche' }, description, required, autocomplete: true };
}

export interface MessageCommandContext {
  /** The target message's text, clipped to QUERY_MAX at a word boundary. */
  text: string;
  lang: Lang;
  kb: KnowledgeBase;
}

/** A message context-menu command: it reads the message it is used on. */
export interface MessageCommand {
  kind: 'message';
  name: string;
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(ctx: MessageCommandContext): Reply | Promise<Reply>;
}

export function defineMessageCommand(spec: { name: string; names: { ja: string; fr: string }; execute: MessageCommand['execute'] }): MessageCommand {
  return {
    kind: 'message',
    name: spec.name,
    data: { type: MESSAGE, name: spec.name, name_localizations: localizations(spec.names), integration_types: INTEGRATION_TYPES, contexts: CONTEXTS },
    execute: spec.execute,
  };
}

/** A message's text as a question: whitespace collapsed, clipped at a word boundary. */
export function questionOf(content: string): string {
  const text = content.replace(/\s+/g, ' ').trim();
  if (text.length <= QUERY_MAX) return text;
  const cut = text.slice(0, QUERY_MAX);
  const space = cut.lastIndexOf(' ');
  return space > QUERY_MAX / 2 ? cut.slice(0, space) : cut;
}
