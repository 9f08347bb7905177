import { describe, expect, it } from 'vitest';
import { commandsDir, fileNameOf, loadCommand, loadCommands } from '../../src/commands/registry.js';

describe('command registry', () => {
  it('finds every command in commands/, one per file named after it', async () => {
    const all = await loadCommands();
    expect(all.list.map((c) => c.name)).toEqual(['agreement', 'ask', 'help', 'meeting', 'person', 'quote', 'sources', 'timeline']);
    expect(all.messageCommands.map((c) => fileNameOf(c.name))).toEqual(['ask-the-sources']);
  });

  it('loads one command by name, the same definition as in the full set', async () => {
    const quote = await loadCommand('quote');
    expect(quote?.kind).toBe('chat');
    expect(quote).toBe((await loadCommands()).get('quote'));
    expect((await loadCommand('Ask the sources'))?.kind).toBe('message');
  });

  it('a name with no file, or one shaped like a path, loads nothing', async () => {
    expect(await loadCommand('nope')).toBeUndefined();
    for (const name of ['../src/main', 'quote/../help', '.', '', 'quote.ts']) expect(await loadCommand(name, commandsDir)).toBeUndefined();
  });
});
