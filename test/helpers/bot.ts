// The real knowledge base and commands, loaded once per test file.
import type { Reply } from '../../src/commands/define';
import { type CommandSet, loadCommands } from '../../src/commands/registry';
import { type KnowledgeBase, loadKnowledgeBase } from '../../src/knowledge/base';
import { defaultDataDir } from '../../src/paths';
import type { Lang } from '../../src/render/i18n';

export const kb: KnowledgeBase = loadKnowledgeBase(defaultDataDir);
export const commands: CommandSet = await loadCommands();

export function run(name: string, query: string | undefined, lang: Lang = 'en'): Reply {
  const command = commands.get(name);
  if (!command) throw new Error(`no command /${name}`);
  const first = command.options[0];
  const options = first ? { [first.name]: query } : {};
  return command.execute({ options, lang, kb, catalogue: () => commands.catalogue(lang) });
}

/** All the text of a reply, for assertions on content. */
export function textOf(reply: Reply): string {
  return reply.pages
    .flat()
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].filter(Boolean).join('\n'))
    .join('\n');
}
