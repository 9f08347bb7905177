// A command is one file in commands/: its definition, `execute` and `autocomplete`. The option
// values `execute` receives are typed from the same option list that registers the command, so the
// two cannot drift; `execute` sees no discord.js object, so it is tested without Discord.
import { type APIEmbed, type LocalizationMap, SlashCommandBuilder } from 'discord.js';
import type { KnowledgeBase } from '../knowledge/base';
import type { Choice } from '../knowledge/search';
import type { Lang } from '../render/i18n';

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

/** What a command answers: pages of embeds (one message each), ephemeral for a user's mistake. */
export interface Reply {
  pages: APIEmbed[][];
  ephemeral: boolean;
  outcome: Outcome;
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
  execute(ctx: CommandContext<OptionValues<O>>): Reply;
  autocomplete?(ctx: AutocompleteContext): Choice[];
}

/** What the router and the console know of a command. */
export interface Command {
  name: string;
  data: SlashCommandBuilder;
  options: readonly StringOption[];
  info(lang: Lang): CommandInfo;
  execute(ctx: CommandContext<Record<string, string | undefined>>): Reply;
  autocomplete?(ctx: AutocompleteContext): Choice[];
}

const localizations = (l: { ja: string; fr: string }): LocalizationMap => ({ ja: l.ja, fr: l.fr });

export function defineCommand<const O extends readonly StringOption[]>(spec: CommandSpec<O>): Command {
  const data = new SlashCommandBuilder()
    .setName(spec.name)
    .setNameLocalizations(localizations(spec.names))
    .setDescription(spec.description.en)
    .setDescriptionLocalizations(localizations(spec.description));
  for (const o of spec.options) {
    data.addStringOption((opt) =>
      opt
        .setName(o.name)
        .setNameLocalizations(localizations(o.names))
        .setDescription(o.description.en)
        .setDescriptionLocalizations(localizations(o.description))
        .setRequired(o.required)
        .setAutocomplete(o.autocomplete),
    );
  }
  return {
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
