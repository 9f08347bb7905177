// A stand-in for discord.js interactions: just what the router touches, recording every call.
import { InteractionType, type Interaction } from 'discord.js';

export interface Call {
  method: string;
  payload?: unknown;
}

interface FakeOptions {
  kind: 'command' | 'message-command' | 'autocomplete' | 'button' | 'modal';
  commandName?: string;
  options?: Record<string, string>;
  focused?: { name: string; value: string };
  customId?: string;
  /** A button's message: the embeds it shows now. */
  message?: { embeds: { footer?: { text: string } }[] };
  /** A message command's target. */
  target?: { content: string; attachments?: number };
  userId?: string;
  locale?: string;
  /** Make this method reject, as Discord does with an HTTP error. */
  failOn?: string;
  /** Milliseconds each call takes to reach Discord and come back. */
  roundTripMs?: number;
  /** How long ago Discord created the interaction. */
  ageMs?: number;
}

export type FakeInteraction = Interaction & { calls: Call[] };

let nextId = 1;

export function fakeInteraction(o: FakeOptions): FakeInteraction {
  const calls: Call[] = [];
  const state = { replied: false, deferred: false };
  const record = (method: string, after?: () => void) => async (payload?: unknown) => {
    // discord.js refuses these before a reply or a deferral has been acknowledged.
    if (['editReply', 'followUp', 'deleteReply'].includes(method) && !state.replied && !state.deferred) {
      throw new Error(`${method}: the reply to this interaction has not been sent or deferred`);
    }
    // As sent: JSON applies toJSON, as discord.js does with builders.
    calls.push({ method, payload: payload === undefined ? undefined : (JSON.parse(JSON.stringify(payload)) as unknown) });
    if (o.roundTripMs) await new Promise((r) => setTimeout(r, o.roundTripMs));
    if (o.failOn === method) throw new Error(`${method} rejected (HTTP 500)`);
    after?.();
    return {};
  };
  const options = o.options ?? {};
  const id = String(nextId++);
  const token = `token-${id}`;
  const fake = {
    id,
    token,
    type: o.kind === 'autocomplete' ? InteractionType.ApplicationCommandAutocomplete : o.kind === 'button' ? InteractionType.MessageComponent : o.kind === 'modal' ? InteractionType.ModalSubmit : InteractionType.ApplicationCommand,
    locale: o.locale ?? 'en-US',
    guildId: '100000000000000001',
    createdTimestamp: Date.now() - (o.ageMs ?? 0),
    user: { id: o.userId ?? '200000000000000001' },
    commandName: o.commandName,
    customId: o.customId,
    calls,
    get replied() {
      return state.replied;
    },
    get deferred() {
      return state.deferred;
    },
    webhook: { editMessage: record('webhook.editMessage') },
    message: o.message ?? { embeds: [] },
    targetMessage: { content: o.target?.content ?? '', attachments: { size: o.target?.attachments ?? 0 } },
    isChatInputCommand: () => o.kind === 'command',
    isMessageContextMenuCommand: () => o.kind === 'message-command',
    isAutocomplete: () => o.kind === 'autocomplete',
    isButton: () => o.kind === 'button',
    isRepliable: () => o.kind !== 'autocomplete',
    options: {
      data: Object.entries(options).map(([name, value]) => ({ name, value })),
      getString: (name: string) => options[name] ?? null,
      getFocused: () => ({ ...(o.focused ?? { name: 'query', value: '' }), type: 3 }),
    },
    reply: record('reply', () => (state.replied = true)),
    deferReply: record('deferReply', () => (state.deferred = true)),
    editReply: record('editReply'),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    respond: record('respond', () => (state.replied = true)),
    update: record('update', () => (state.replied = true)),
  };
  return fake as unknown as FakeInteraction;
}
