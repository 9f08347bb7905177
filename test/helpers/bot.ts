// The real knowledge base and commands, loaded once per test file.
import type { APIEmbed } from 'discord-api-types/v10';
import type { Lang } from '../../src/answers/i18n.js';
import { renderPages } from '../../src/bot/render.js';
import type { Reply } from '../../src/commands/define.js';
import { type CommandSet, loadCommands } from '../../src/commands/registry.js';
import { type KnowledgeBase, buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { defaultDataDir } from '../../src/paths.js';

// Through the loader of the source tree, not the build's snapshot: tests check the code as it is now.
export const kb: KnowledgeBase = buildKnowledgeBase(loadKnowledge(defaultDataDir));
export const commands: CommandSet = await loadCommands();

/** A command's answer, and the Discord pages it renders to. */
export type Answer = Reply & { pages: APIEmbed[][] };

export async function run(name: string, query: string | undefined, lang: Lang = 'en'): Promise<Answer> {
  const command = commands.get(name);
  if (!command) throw new Error(`no command /${name}`);
  const first = command.options[0];
  const options = first ? { [first.name]: query } : {};
  const reply = await command.execute({ options, lang, kb, catalogue: () => commands.catalogue(lang) });
  return { ...reply, pages: renderPages(reply.cards, lang, reply.onePerPage) };
}

/** All the text of rendered pages, for assertions on content. */
export function textOf(reply: { pages: APIEmbed[][] }): string {
  return reply.pages
    .flat()
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].filter(Boolean).join('\n'))
    .join('\n');
}
