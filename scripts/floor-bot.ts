// The floor for `npm run bench:e2e`: a bare discord.js bot that answers every command with one
// constant embed. No bot built on discord.js can answer faster than this through the same path.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const EMBED = { title: 'Fourth Japan–France two-plus-two', description: 'A constant answer.', color: 0x1f6feb };

const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api: process.env.DISCORD_API_URL! } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ embeds: [EMBED], allowedMentions: { parse: [] } }).catch(() => undefined);
});
client.once(Events.ClientReady, () => console.log(JSON.stringify({ msg: 'connected to Discord' })));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
