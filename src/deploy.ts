// `npm run deploy`: registers the slash commands, in DISCORD_GUILD_ID if set (instant), else globally.
// `npm run deploy -- --dry-run` prints the JSON Discord would receive, and needs no token.
import { REST, Routes } from 'discord.js';
import dotenv from 'dotenv';
import { loadCommands } from './commands/registry';
import { ConfigError, loadConfig } from './config';

dotenv.config({ quiet: true });

async function deploy(): Promise<void> {
  const commands = await loadCommands();
  const body = commands.list.map((c) => c.data.toJSON());
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify(body, null, 2));
    return;
  }
  const config = loadConfig();
  if (!config.token || !config.clientId) {
    throw new ConfigError('DISCORD_TOKEN (the bot token) and DISCORD_CLIENT_ID (the application id) are both needed to register commands. See .env.example, or use --dry-run.');
  }
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const result = (await rest.put(route, { body })) as unknown[];
  console.log(`Registered ${result.length} commands ${config.guildId ? `in server ${config.guildId}` : 'globally'}: ${commands.list.map((c) => `/${c.name}`).join(' ')}`);
}

deploy().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Deploy failed: ${(err as Error).message}`);
  process.exit(1);
});
