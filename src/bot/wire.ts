// The first answer to a command, as the bytes Discord receives. A cited answer is a few kilobytes
// of embeds, and most answers come from the reply cache: serialised once and kept with the page,
// the bytes are reused instead of being rebuilt by discord.js (a MessagePayload, a JSON string,
// a Buffer) on every interaction.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type ChatInputCommandInteraction,
  InteractionResponseType,
  MessageFlags,
  Routes,
} from 'discord.js';

interface Serialised {
  embeds: string;
  /** The whole body, public and ephemeral, for an answer without buttons. */
  bodies: [Buffer?, Buffer?];
}

const serialised = new WeakMap<readonly APIEmbed[], Serialised>();

function of(page: readonly APIEmbed[]): Serialised {
  let s = serialised.get(page);
  if (!s) serialised.set(page, (s = { embeds: JSON.stringify(page), bodies: [] }));
  return s;
}

function body(embeds: string, ephemeral: boolean, components: string): string {
  const flags = ephemeral ? `,"flags":${MessageFlags.Ephemeral}` : '';
  return `{"type":${InteractionResponseType.ChannelMessageWithSource},"data":{"embeds":${embeds},"components":${components},"allowed_mentions":{"parse":[]}${flags}}}`;
}

/**
 * The interaction callback's JSON body: one page of embeds, no mentions, the ephemeral flag if
 * asked, and the page buttons if any (they carry a per-message token, so those bodies are built
 * each time around the page's cached embeds).
 */
export function callbackBody(page: readonly APIEmbed[], ephemeral: boolean, components: APIActionRowComponent<APIButtonComponent>[] = []): Buffer {
  const s = of(page);
  if (components.length) return Buffer.from(body(s.embeds, ephemeral, JSON.stringify(components)));
  const slot = ephemeral ? 1 : 0;
  return (s.bodies[slot] ??= Buffer.from(body(s.embeds, ephemeral, '[]')));
}

/**
 * Acknowledges `interaction` with a prepared body: what `interaction.reply()` does, minus building
 * the body. Keeps discord.js's state (`replied`, `ephemeral`) so that later calls on the
 * interaction (a follow-up, an apology) behave as after `reply()`.
 */
export async function replyWithBody(interaction: ChatInputCommandInteraction, payload: Buffer, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) throw new Error(`interaction ${interaction.id} is already acknowledged`);
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
    body: payload,
    passThroughBody: true,
    headers: { 'Content-Type': 'application/json' },
    auth: false,
  });
  interaction.ephemeral = ephemeral;
  interaction.replied = true;
}
