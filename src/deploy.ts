// `npm run deploy`: registers the commands, in DISCORD_GUILD_ID if set (instant), else globally.
//   --dry-run   prints the JSON Discord would receive; needs no token
//   --clear     removes the registered commands instead (the guild's, or with --global the global ones)
//   --global    registers (or clears) globally even when DISCORD_GUILD_ID is set
import { parseArgs } from 'node:util';
import { Routes } from 'discord.js';
import { loadCommands } from './commands/registry.js';
import { ConfigError, loadConfig } from './config.js';
import { fail, loadEnvFile } from './fail.js';
import { restClient } from './rest.js';

loadEnvFile();

const USAGE = 'Usage: npm run deploy [-- --dry-run | --clear] [--global]';

async function deploy(): Promise<void> {
  let flags;
  try {
    flags = parseArgs({ options: { 'dry-run': { type: 'boolean' }, clear: { type: 'boolean' }, global: { type: 'boolean' } } }).values;
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const commands = await loadCommands();
  const body = flags.clear ? [] : commands.registrations();
  if (flags['dry-run']) {
    console.log(JSON.stringify(body, null, 2));
    return;
  }
  const config = loadConfig();
  if (!config.token || !config.clientId) {
    throw new ConfigError('DISCORD_TOKEN (the bot token) and DISCORD_CLIENT_ID (the application id) are both needed to register commands. See .env.example, or use --dry-run.');
  }
  const guildId = flags.global ? undefined : config.guildId;
  const route = guildId ? Routes.applicationGuildCommands(config.clientId, guildId) : Routes.applicationCommands(config.clientId);
  const result = (await restClient(config.token, config.apiUrl).put(route, { body })) as unknown[];
  const where = guildId ? `in server ${guildId}` : 'globally';
  if (flags.clear) console.log(`Removed every command registered ${where}.`);
  else console.log(`Registered ${result.length} commands ${where}: ${body.map((c) => c.name).join(', ')}`);
}

deploy().catch((err: unknown) => fail(err instanceof ConfigError ? err.message : `Deploy failed: ${(err as Error).message}`));
