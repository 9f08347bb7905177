// The floor for `npm run bench:e2e`: a bare discord.js bot that answers every command with one
// constant embed through interaction.reply(), the way discord.js bots answer.
// FLOOR_EMBEDS_FILE makes the constant answer a given list of embeds (one as large as ours).
import { readFileSync } from 'node:fs';
import { type APIEmbed, Client, Events, GatewayIntentBits } from 'discord.js';

const EMBEDS: APIEmbed[] = process.env.FLOOR_EMBEDS_FILE
  ? (JSON.parse(readFileSync(process.env.FLOOR_EMBEDS_FILE, 'utf8')) as APIEmbed[])
  : [{ title: 'Fourth Japan–France two-plus-two', description: 'A constant answer.', color: 0x1f6feb }];

const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api: process.env.DISCORD_API_URL! } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ embeds: EMBEDS, allowedMentions: { parse: [] } }).catch(() => undefined);
});
client.once(Events.ClientReady, () => console.log(JSON.stringify({ msg: 'connected to Discord' })));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
