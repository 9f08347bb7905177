// A Discord on loopback for end-to-end tests: the REST routes the bot uses and a v10 JSON gateway.
// It checks what the bot sends the way Discord does and records every violation.
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIEmbed,
  type GatewayGuildCreateDispatchData,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  type GatewayDispatchPayload,
  GatewayOpcodes,
  InteractionResponseType,
  InteractionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';

export const APP_ID = '900000000000000001';
export const GUILD_ID = '900000000000000002';
export const CHANNEL_ID = '900000000000000003';

export interface Callback {
  interactionId: string;
  type: InteractionResponseType;
  data: Record<string, unknown> | undefined;
  /** Milliseconds from dispatch to this callback. */
  latencyMs: number;
  shard: number;
}

interface Pending {
  dispatchedAt: number;
  acknowledged: boolean;
  token: string;
  resolve: (cb: Callback) => void;
  promise: Promise<Callback>;
  shard: number;
}

interface Session {
  socket: WebSocket;
  sessionId: string;
  seq: number;
  shard: [number, number];
  /** Events sent, for RESUME replays. */
  sent: GatewayDispatchPayload[];
}

/** Each shard holds one guild: the first is GUILD_ID, the next ones follow it. */
export const guildOfShard = (shard: number) => String(BigInt(GUILD_ID) + BigInt(shard));

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const botUser: APIUser = { id: APP_ID, username: 'nichifutsu', discriminator: '0000', global_name: null, avatar: null, bot: true };
const humanUser = (id: string): APIUser => ({ id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null });

function guildPayload(): GatewayGuildCreateDispatchData {
  const guild: GatewayGuildCreateDispatchData = {
    id: GUILD_ID,
    name: 'Nichi-Futsu watchers',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '900000000000000009',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [{ id: GUILD_ID, name: '@everyone', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0 as RoleFlags }],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US' as never,
    public_updates_channel_id: null,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    // GUILD_CREATE extras
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
  return guild;
}

export interface Failure {
  status: number;
  headers?: Record<string, string>;
  /** Discord did the work, and only its response was lost (a 502 from a proxy, say). */
  afterProcessing?: boolean;
}

/** Who sends an interaction, and from where. */
export interface Extra {
  locale?: string;
  userId?: string;
  shard?: number;
  /** From a DM (a user install): `user`, no guild, no member. */
  dm?: boolean;
}

export interface FakeDiscordOptions {
  /** What /gateway/bot recommends. */
  shards?: number;
  /** Discord's is 41,250 ms; tests that read the gateway ping want one sooner. */
  heartbeatMs?: number;
}

export class FakeDiscord {
  readonly violations: string[] = [];
  readonly requests: { method: string; path: string }[] = [];
  readonly registered = new Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody[]>();
  readonly callbacks: Callback[] = [];
  /** Calls on interaction webhooks: follow-ups and edits of the original response. */
  readonly webhookCalls: { method: string; token: string; message: string | null; body: Record<string, unknown> | undefined }[] = [];
  readonly identifies: { shard: [number, number]; intents: number }[] = [];
  readonly resumes: number[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly sessions = new Map<number, Session>();
  private readonly failNext = new Map<string, Failure>();
  /** Every INTERACTION_CREATE sent, by interaction id, to deliver one again. */
  private readonly delivered = new Map<string, { shard: number; payload: unknown }>();
  /** Callback requests seen per interaction id, accepted or not. */
  readonly callbackAttempts = new Map<string, number>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly gateway = new WebSocketServer({ noServer: true });
  private increment = 0n;
  private nextUser = 1;
  port = 0;

  constructor(private readonly options: FakeDiscordOptions = {}) {
    this.server.on('upgrade', (req, socket, head) => {
      this.gateway.handleUpgrade(req, socket, head, (ws) => this.connect(ws));
    });
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next request on a route (e.g. `POST /interactions`) answers with this HTTP status. */
  failOnce(routePrefix: string, status: number, options: Omit<Failure, 'status'> = {}): void {
    this.failNext.set(routePrefix, { status, ...options });
  }

  /** The interaction token Discord issued for an interaction id: a credential, for leak tests. */
  tokenOf(id: string): string | undefined {
    return this.pending.get(id)?.token;
  }

  /** Whether a shard's socket is open: what was dispatched while it is, reached the bot. */
  isOpen(shard = 0): boolean {
    const s = this.sessions.get(shard)?.socket;
    return s !== undefined && s.readyState === s.OPEN;
  }

  /** Delivers an interaction again, as Discord sometimes does. */
  redeliver(id: string): void {
    const d = this.delivered.get(id);
    const session = d && this.sessions.get(d.shard);
    if (!d || !session) throw new Error(`interaction ${id} was not delivered`);
    this.send(session, 'INTERACTION_CREATE', d.payload);
  }

  /** A snowflake as Discord makes them: the creation time in its top bits (discord.js reads it back). */
  id(): string {
    const DISCORD_EPOCH = 1_420_070_400_000n;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.increment++ & 0xfffn));
  }

  /** Identifies seen for a shard so far (a respawned shard identifies again). */
  identifiesOf(shard: number): number {
    return this.identifies.filter((i) => i.shard[0] === shard).length;
  }

  /** Resolves once the bot's shard has identified (or resumed) and received READY. */
  async waitForReady(shard = 0, timeoutMs = 20_000): Promise<void> {
    const start = Date.now();
    while (!this.sessions.get(shard)?.sent.some((e) => e.t === 'GUILD_CREATE')) {
      if (Date.now() - start > timeoutMs) throw new Error(`shard ${shard} did not become ready`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  readyShards(): number[] {
    return [...this.sessions.keys()];
  }

  /** Closes a shard's socket with a close code, as Discord does on a server-side problem. */
  closeSocket(shard: number, code: number): void {
    this.sessions.get(shard)?.socket.close(code, 'fake discord closed the socket');
  }

  // ── interactions ────────────────────────────────────────────────────────────

  command(name: string, options: Record<string, string> = {}, extra: Extra = {}) {
    return this.dispatch(InteractionType.ApplicationCommand, this.commandData(name, options), extra);
  }

  autocomplete(name: string, option: string, value: string, extra: Extra = {}) {
    return this.dispatch(InteractionType.ApplicationCommandAutocomplete, this.autocompleteData(name, option, value), extra);
  }

  button(customId: string, message: APIMessage, extra: Extra = {}) {
    return this.dispatch(InteractionType.MessageComponent, { custom_id: customId, component_type: 2 }, { ...extra, message });
  }

  /** A message context-menu command used on `target` (a message someone posted). */
  messageCommand(name: string, target: APIMessage, extra: Extra = {}) {
    return this.dispatch(InteractionType.ApplicationCommand, this.messageCommandData(name, target), extra);
  }

  commandData(name: string, options: Record<string, string> = {}): Record<string, unknown> {
    return { id: this.id(), name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value }) as APIApplicationCommandInteractionDataOption) };
  }

  autocompleteData(name: string, option: string, value: string): Record<string, unknown> {
    return { id: this.id(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] };
  }

  messageCommandData(name: string, target: APIMessage): Record<string, unknown> {
    return { id: this.id(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } };
  }

  /** A message posted by someone else, to use a message command on. */
  postedMessage(content: string, attachments = 0): APIMessage {
    const files = Array.from({ length: attachments }, (_, i) => ({ id: this.id(), filename: `photo${i}.png`, size: 1000, url: 'http://127.0.0.1/photo.png', proxy_url: 'http://127.0.0.1/photo.png' }));
    return { ...this.message({ content }), author: humanUser('800000000000000999'), attachments: files } as APIMessage;
  }

  /** An interaction as Discord sends it, over the gateway or (signed) to an HTTP endpoint. */
  interaction(type: InteractionType, data: Record<string, unknown> | undefined, extra: Extra & { message?: APIMessage } = {}): { id: string; token: string; payload: Record<string, unknown> } {
    const shard = extra.shard ?? 0;
    const id = this.id();
    const token = randomBytes(24).toString('base64url');
    // A new member for each interaction unless the test names one, as on a busy server.
    const user = humanUser(extra.userId ?? String(800000000000000000n + BigInt(this.nextUser++)));
    // In a DM or another user's DMs (a user install), Discord sends `user`, and no guild or member.
    const where = extra.dm
      ? { channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1, recipients: [user] }, user, authorizing_integration_owners: { 1: user.id }, context: 1 }
      : null;
    const interaction = {
      id,
      application_id: APP_ID,
      type,
      ...(data ? { data } : {}),
      guild_id: guildOfShard(shard),
      guild: { id: guildOfShard(shard), locale: 'en-US', features: [] },
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
      member: { user, roles: [], premium_since: null, permissions: '2248473465835073', pending: false, nick: null, mute: false, joined_at: new Date().toISOString(), deaf: false, flags: 0 },
      token,
      version: 1,
      locale: extra.locale ?? 'en-US',
      guild_locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD_ID },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(extra.message ? { message: extra.message } : {}),
    } as Record<string, unknown>;
    if (where) {
      for (const key of ['guild_id', 'guild', 'member', 'guild_locale']) delete interaction[key];
      Object.assign(interaction, where);
    }
    return { id, token, payload: interaction };
  }

  private dispatch(type: InteractionType, data: Record<string, unknown>, extra: Extra & { message?: APIMessage }): { id: string; reply: Promise<Callback> } {
    const shard = extra.shard ?? 0;
    const session = this.sessions.get(shard);
    if (!session) throw new Error(`shard ${shard} is not connected`);
    const { id, token, payload: interaction } = this.interaction(type, data, extra);
    let resolve!: (cb: Callback) => void;
    const promise = new Promise<Callback>((r) => (resolve = r));
    this.pending.set(id, { dispatchedAt: performance.now(), acknowledged: false, token, resolve, promise, shard });
    this.delivered.set(id, { shard, payload: interaction as unknown as APIInteraction });
    this.send(session, 'INTERACTION_CREATE', interaction);
    return { id, reply: promise };
  }

  // ── gateway ─────────────────────────────────────────────────────────────────

  private send(session: Session, t: string, d: unknown): void {
    const payload = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d } as GatewayDispatchPayload;
    session.sent.push(payload);
    if (session.sent.length > 500) session.sent.shift();
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(payload));
  }

  private connect(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatMs ?? 41_250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === GatewayOpcodes.Heartbeat) ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
      else if (msg.op === GatewayOpcodes.Identify) this.identify(ws, msg.d);
      else if (msg.op === GatewayOpcodes.Resume) this.resume(ws, msg.d);
    });
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    const intents = Number(d.intents);
    this.identifies.push({ shard, intents });
    if (intents !== 1) this.violations.push(`IDENTIFY with intents ${intents}: the bot needs Guilds (1) only`);
    const session: Session = { socket: ws, sessionId: randomBytes(8).toString('hex'), seq: 0, shard, sent: [] };
    this.sessions.set(shard[0], session);
    this.send(session, 'READY', {
      v: 10,
      user: botUser,
      guilds: [{ id: guildOfShard(shard[0]), unavailable: true }],
      session_id: session.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard,
      application: { id: APP_ID, flags: 0 },
    });
    this.send(session, 'GUILD_CREATE', { ...guildPayload(), id: guildOfShard(shard[0]) });
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find((s) => s.sessionId === d.session_id);
    if (!session) {
      ws.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      return;
    }
    this.resumes.push(session.shard[0]);
    session.socket = ws;
    const since = Number(d.seq);
    for (const e of session.sent.filter((e) => e.s > since)) ws.send(JSON.stringify(e));
    this.send(session, 'RESUMED', {});
  }

  // ── REST ────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The moment the request arrives, before its body is read and checked: what the bot's latency ends at.
    const receivedAt = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    this.requests.push({ method, path });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw && (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as unknown) : undefined;
    const json = (status: number, payload?: unknown) => {
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (!url.pathname.startsWith('/api/v10/')) {
      this.violations.push(`request outside /api/v10: ${method} ${url.pathname}`);
      return json(404, { message: '404: Not Found', code: 0 });
    }
    if (req.headers.authorization !== undefined && !/^Bot \S+$/.test(req.headers.authorization) && !path.startsWith('/interactions/') && !path.startsWith('/webhooks/')) {
      this.violations.push(`malformed Authorization header on ${path}`);
    }
    let m: RegExpExecArray | null;
    let processedThenFail: Failure | undefined;
    for (const [prefix, failure] of this.failNext) {
      if (!`${method} ${path}`.startsWith(prefix)) continue;
      this.failNext.delete(prefix);
      if (failure.afterProcessing) {
        processedThenFail = failure;
        break;
      }
      const target = /^\/interactions\/(\d+)\//.exec(path);
      if (target) this.callbackAttempts.set(target[1]!, (this.callbackAttempts.get(target[1]!) ?? 0) + 1);
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      return void res.end(JSON.stringify(failure.status === 429 ? { message: 'You are being rate limited.', retry_after: Number(failure.headers?.['retry-after'] ?? 1), global: false } : { message: 'fake failure', code: 0 }));
    }
    if (processedThenFail) {
      const status = processedThenFail.status;
      const swallow = (_s: number, _p?: unknown) => json(status, { message: 'fake failure after processing', code: 0 });
      if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
        return this.callback(m[1]!, m[2]!, body as { type: InteractionResponseType; data?: Record<string, unknown> }, url, swallow, receivedAt);
      }
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: this.options.shards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const list = body as RESTPostAPIChatInputApplicationCommandsJSONBody[];
      this.validateCommands(list);
      this.registered.set(m[2] ? `guild:${m[2]}` : 'global', list);
      return json(200, list.map((c) => ({ ...c, id: this.id(), application_id: m![1], version: this.id(), default_member_permissions: null, type: 1 })));
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.callback(m[1]!, m[2]!, body as { type: InteractionResponseType; data?: Record<string, unknown> }, url, json, receivedAt);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const data = body as Record<string, unknown> | undefined;
      this.webhookCalls.push({ method, token: m[2]!, message: m[3] ?? null, body: data });
      if (data && (method === 'PATCH' || method === 'POST')) this.validateMessage(`${method} webhook`, data);
      if (method === 'DELETE') return json(204);
      return json(200, this.message(data ?? {}));
    }
    this.violations.push(`unexpected route ${method} ${path}`);
    return json(404, { message: '404: Not Found', code: 0 });
  }

  private callback(
    id: string,
    token: string,
    body: { type: InteractionResponseType; data?: Record<string, unknown> },
    url: URL,
    json: (s: number, p?: unknown) => void,
    receivedAt: number,
  ): void {
    this.callbackAttempts.set(id, (this.callbackAttempts.get(id) ?? 0) + 1);
    const pending = this.pending.get(id);
    if (!pending || pending.token !== token) {
      this.violations.push(`callback for unknown interaction ${id}`);
      return json(404, { message: 'Unknown interaction', code: 10062 });
    }
    const latencyMs = receivedAt - pending.dispatchedAt;
    if (pending.acknowledged) {
      this.violations.push(`interaction ${id} acknowledged twice`);
      return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    if (latencyMs > 3000) {
      // As Discord does: past the 3-second window the interaction is gone.
      this.violations.push(`interaction ${id} acknowledged after ${Math.round(latencyMs)} ms`);
      return json(404, { message: 'Unknown interaction', code: 10062 });
    }
    pending.acknowledged = true;
    if (body.type === InteractionResponseType.ApplicationCommandAutocompleteResult) this.validateChoices(id, body.data?.choices);
    else if (body.data) this.validateMessage(`callback ${id}`, body.data);
    const cb: Callback = { interactionId: id, type: body.type, data: body.data, latencyMs, shard: pending.shard };
    this.callbacks.push(cb);
    pending.resolve(cb);
    if (url.searchParams.get('with_response') === 'true') {
      return json(200, { interaction: { id, type: 2 }, resource: { type: body.type, message: this.message(body.data ?? {}) } });
    }
    json(204);
  }

  /** Drops what tests no longer wait for, so a long benchmark does not grow the fake. */
  forget(id: string): void {
    this.pending.delete(id);
  }

  message(data: Record<string, unknown>): APIMessage {
    return {
      id: this.id(),
      channel_id: CHANNEL_ID,
      author: botUser,
      content: (data.content as string) ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: (data.embeds as APIEmbed[]) ?? [],
      pinned: false,
      type: 0,
      flags: (data.flags as number) ?? 0,
      components: (data.components as never) ?? [],
      application_id: APP_ID,
    } as APIMessage;
  }

  // ── validation, the way Discord does it ─────────────────────────────────────

  private validateCommands(list: RESTPostAPIChatInputApplicationCommandsJSONBody[]): void {
    if (list.length > 100) this.violations.push(`${list.length} commands`);
    const seen = new Set<string>();
    for (const c of list) {
      const where = `command ${c.name}`;
      if (seen.has(`${c.type}:${c.name}`)) this.violations.push(`${where}: duplicate name`);
      seen.add(`${c.type}:${c.name}`);
      for (const [field, valid] of [['integration_types', [0, 1]], ['contexts', [0, 1, 2]]] as const) {
        const got = (c as unknown as Record<string, unknown>)[field];
        if (got !== undefined && (!Array.isArray(got) || got.some((x) => !(valid as readonly number[]).includes(x as number)))) this.violations.push(`${where}: invalid ${field}`);
      }
      if ((c.type as number) === 3) {
        // Context-menu commands: 1–32 characters, spaces and capitals allowed, no description or options.
        for (const n of [c.name, ...Object.values(c.name_localizations ?? {})]) if (!n || n.length > 32) this.violations.push(`${where}: invalid menu name "${n}"`);
        if (c.description || c.options) this.violations.push(`${where}: a message command takes no description or options`);
        continue;
      }
      const names = [c.name, ...Object.values(c.name_localizations ?? {})];
      for (const n of names) if (!n || !NAME.test(n) || n !== n.toLowerCase()) this.violations.push(`${where}: invalid name "${n}"`);
      const descriptions = [c.description ?? '', ...Object.values(c.description_localizations ?? {})];
      for (const d of descriptions) if (!d || d.length > 100) this.violations.push(`${where}: description of ${d?.length ?? 0} characters`);
      const options = (c.options ?? []) as { name: string; description: string; required?: boolean; choices?: unknown[]; name_localizations?: Record<string, string>; description_localizations?: Record<string, string>; autocomplete?: boolean }[];
      if (options.length > 25) this.violations.push(`${where}: ${options.length} options`);
      let optionalSeen = false;
      for (const o of options) {
        if (!o.required) optionalSeen = true;
        else if (optionalSeen) this.violations.push(`${where}: required option ${o.name} after an optional one`);
        for (const n of [o.name, ...Object.values(o.name_localizations ?? {})]) if (!NAME.test(n) || n !== n.toLowerCase()) this.violations.push(`${where}: invalid option name "${n}"`);
        for (const d of [o.description, ...Object.values(o.description_localizations ?? {})]) if (!d || d.length > 100) this.violations.push(`${where}: option description of ${d.length} characters`);
        if ((o.choices?.length ?? 0) > 25) this.violations.push(`${where}: ${o.choices!.length} choices`);
        if (o.autocomplete && o.choices?.length) this.violations.push(`${where}: autocomplete with fixed choices`);
      }
    }
  }

  private validateChoices(id: string, choices: unknown): void {
    if (!Array.isArray(choices)) return void this.violations.push(`autocomplete ${id}: no choices array`);
    if (choices.length > 25) this.violations.push(`autocomplete ${id}: ${choices.length} choices`);
    for (const c of choices as { name: string; value: string }[]) {
      if (c.name.length < 1 || c.name.length > 100) this.violations.push(`autocomplete ${id}: choice name of ${c.name.length} characters`);
      if (String(c.value).length < 1 || String(c.value).length > 100) this.violations.push(`autocomplete ${id}: choice value of ${String(c.value).length} characters`);
    }
  }

  private validateMessage(where: string, data: Record<string, unknown>): void {
    const embeds = (data.embeds as APIEmbed[] | undefined) ?? [];
    if (embeds.length > 10) this.violations.push(`${where}: ${embeds.length} embeds`);
    let total = 0;
    for (const e of embeds) {
      const fields = e.fields ?? [];
      if ((e.title?.length ?? 0) > 256) this.violations.push(`${where}: title of ${e.title!.length}`);
      if ((e.description?.length ?? 0) > 4096) this.violations.push(`${where}: description of ${e.description!.length}`);
      if (fields.length > 25) this.violations.push(`${where}: ${fields.length} fields`);
      if ((e.footer?.text.length ?? 0) > 2048) this.violations.push(`${where}: footer of ${e.footer!.text.length}`);
      for (const f of fields) {
        if (f.name.length < 1 || f.name.length > 256) this.violations.push(`${where}: field name of ${f.name.length}`);
        if (f.value.length < 1 || f.value.length > 1024) this.violations.push(`${where}: field value of ${f.value.length}`);
      }
      total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    }
    if (total > 6000) this.violations.push(`${where}: ${total} characters of embeds`);
    for (const row of (data.components as { components?: { custom_id?: string }[] }[] | undefined) ?? []) {
      for (const c of row.components ?? []) if (c.custom_id !== undefined && (c.custom_id.length < 1 || c.custom_id.length > 100)) this.violations.push(`${where}: custom_id of ${c.custom_id.length}`);
    }
    if (typeof data.content === 'string' && data.content.length > 2000) this.violations.push(`${where}: content of ${data.content.length}`);
    const mentions = data.allowed_mentions as { parse?: unknown[] } | undefined;
    if (!mentions || (mentions.parse?.length ?? 1) !== 0) this.violations.push(`${where}: allowed_mentions is not { parse: [] }`);
  }
}

export type { APIChatInputApplicationCommandInteraction };
