// Finds the commands: every file in commands/ is one, so a new command touches that one file.
// Under tsx (tests) that is commands/*.ts; in production, the built dist/commands/*.js.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Lang } from '../answers/i18n.js';
import type { Command, CommandInfo, MessageCommand } from './define.js';

/** commands/ beside src/: the source tree's, or dist/'s for the built bot. */
export const commandsDir = fileURLToPath(new URL('../../commands', import.meta.url));

export interface CommandSet {
  /** The slash commands. */
  list: Command[];
  get(name: string): Command | undefined;
  /** The message context-menu commands, by their (display) name. */
  messageCommands: MessageCommand[];
  getMessageCommand(name: string): MessageCommand | undefined;
  catalogue(lang: Lang): CommandInfo[];
  /** What `npm run deploy` registers. */
  registrations(): RESTPostAPIApplicationCommandsJSONBody[];
}

function isCommand(x: unknown): x is Command | MessageCommand {
  return typeof x === 'object' && x !== null && 'kind' in x && 'name' in x && 'data' in x && 'execute' in x && typeof x.execute === 'function';
}

/** The file a command lives in: its name, lowercase, spaces as hyphens ("Ask the sources" → ask-the-sources). */
export function fileNameOf(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '-');
}

export async function loadCommands(dir: string = commandsDir): Promise<CommandSet> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const list: Command[] = [];
  const messageCommands: MessageCommand[] = [];
  for (const file of files) {
    const command = await importCommand(dir, file);
    if (command.kind === 'message') messageCommands.push(command);
    else list.push(command);
  }
  return commandSet(list, messageCommands);
}

/** One command by its name, importing only its file; undefined when there is no such file. */
export async function loadCommand(name: string, dir: string = commandsDir): Promise<Command | MessageCommand | undefined> {
  const base = fileNameOf(name);
  if (!/^[a-z0-9-]+$/.test(base)) return undefined; // a name, never a path
  const file = ['.js', '.ts'].map((ext) => base + ext).find((f) => existsSync(path.join(dir, f)));
  return file === undefined ? undefined : importCommand(dir, file);
}

async function importCommand(dir: string, file: string): Promise<Command | MessageCommand> {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
  if (!isCommand(mod.default)) throw new Error(`commands/${file} must export default defineCommand({...})`);
  const expected = file.replace(/\.(ts|js)$/, '');
  if (fileNameOf(mod.default.name) !== expected) throw new Error(`commands/${file} defines “${mod.default.name}”: name the file ${fileNameOf(mod.default.name)}.ts`);
  return mod.default;
}

export function commandSet(list: Command[], messageCommands: MessageCommand[] = []): CommandSet {
  const byName = new Map(list.map((c) => [c.name, c]));
  const messageByName = new Map(messageCommands.map((c) => [c.name, c]));
  return {
    list,
    get: (name) => byName.get(name),
    messageCommands,
    getMessageCommand: (name) => messageByName.get(name),
    catalogue: (lang) => list.map((c) => c.info(lang)),
    registrations: () => [...list.map((c) => c.data), ...messageCommands.map((c) => c.data)],
  };
}
