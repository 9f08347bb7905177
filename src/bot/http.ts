// The HTTP interactions transport: Discord POSTs each interaction, signed with Ed25519, and the
// answer is the HTTP response, as discord-utils-bot does it. No gateway session, no state: any
// number of replicas can run behind a load balancer. Only the carrying differs from the gateway
// bot; what is answered comes from the same `Answering`.
import { type KeyObject, createPublicKey, verify } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type Lang, langOf, t } from '../answers/i18n.js';
import type { Logger } from '../log.js';
import type { InteractionEvent } from '../metrics.js';
import type { Answering, OutMessage, Response } from './answering.js';
import { clip } from './limits.js';
import { PAGE_PREFIX } from './pages.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Discord allows 3 s; past this an unfinished answer is deferred and sent through the webhook. */
export const DEFER_AFTER_MS = 2_500;
const WEBHOOK_TIMEOUT_MS = 5_000;
const EPHEMERAL = 64;
const NO_MENTIONS = { parse: [] as [] };

// Interaction and callback types, as Discord documents them.
const PING = 1;
const APPLICATION_COMMAND = 2;
const MESSAGE_COMPONENT = 3;
const AUTOCOMPLETE = 4;
const CHAT_INPUT = 1;
const MESSAGE_MENU = 3;
const PONG = 1;
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const DEFERRED_UPDATE = 6;
const UPDATE_MESSAGE = 7;
const AUTOCOMPLETE_RESULT = 8;

/** The Ed25519 key Discord signs with, from the 64 hex characters the Developer Portal shows. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Whether Discord signed timestamp + body. Malformed headers are simply not valid. */
export function verifySignature(key: KeyObject, body: Buffer, signature: string | undefined, timestamp: string | undefined): boolean {
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

// Only what this bot reads; everything else Discord sends passes through unread.
const User = z.object({ id: z.string().regex(/^\d{1,20}$/) });
const Option = z.object({ name: z.string(), type: z.number(), value: z.unknown().optional(), focused: z.boolean().optional() });
const Interaction = z.object({
  id: z.string(),
  application_id: z.string().regex(/^\d{1,20}$/),
  type: z.number().int(),
  token: z.string().regex(/^[\w.-]{1,500}$/).optional(),
  locale: z.string().optional(),
  guild_id: z.string().optional(),
  member: z.object({ user: User }).optional(),
  user: User.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().optional(),
      options: z.array(Option).optional(),
      target_id: z.string().optional(),
      resolved: z.object({ messages: z.record(z.string(), z.object({ content: z.string().optional(), attachments: z.array(z.unknown()).optional() })).optional() }).optional(),
      custom_id: z.string().optional(),
    })
    .optional(),
  message: z.object({ embeds: z.array(z.object({ footer: z.object({ text: z.string() }).optional() })).optional() }).optional(),
});
type Interaction = z.infer<typeof Interaction>;

export interface HttpServerOptions {
  publicKey: string;
  host: string;
  port: number;
  answering: Answering;
  log: Logger;
  /** Discord's REST API base, for follow-ups (`DISCORD_API_URL`); Discord's own by default. */
  apiUrl?: string;
  observe?: (event: InteractionEvent) => void;
  /** /healthz's body and status. */
  health: () => { ok: boolean; body: Record<string, unknown> };
  deferAfterMs?: number;
}

export interface HttpEndpoint {
  port: number;
  /** Stops taking requests, finishes the ones in flight (follow-ups included), then resolves. */
  close(): Promise<void>;
}

/** What Discord receives as the interaction response's `data`. */
function messageData(message: OutMessage, ephemeral = false): Record<string, unknown> {
  return { ...message, allowed_mentions: NO_MENTIONS, ...(ephemeral ? { flags: EPHEMERAL } : {}) };
}

function callbackOf(response: Response): Record<string, unknown> {
  if (response.kind === 'update') return { type: UPDATE_MESSAGE, data: messageData(response.message) };
  return { type: CHANNEL_MESSAGE, data: messageData(response.message, response.ephemeral) };
}

interface Work {
  /** The interaction's response, sent as the HTTP response when ready in time. */
  response: Promise<Record<string, unknown>>;
  /** What to do after a deferral, or after the response (a private notice). */
  after?: (deferred: boolean) => Promise<void>;
  line: Record<string, unknown>;
  type: InteractionEvent['type'];
  deferType?: number;
  level: 'info' | 'debug';
}

export async function startHttpServer(opts: HttpServerOptions): Promise<HttpEndpoint> {
  const { answering, log } = opts;
  const key = publicKeyFromHex(opts.publicKey);
  const apiUrl = (opts.apiUrl ?? 'https://discord.com/api').replace(/\/+$/, '');
  const deferAfterMs = opts.deferAfterMs ?? DEFER_AFTER_MS;
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;

  /** A call on the interaction's webhook: no bot token, the interaction token is the credential. */
  async function webhook(interaction: Interaction, method: 'PATCH' | 'POST' | 'DELETE', suffix: string, body?: unknown): Promise<void> {
    const url = `${apiUrl}/v10/webhooks/${interaction.application_id}/${interaction.token}${suffix}`;
    for (let attempt = 0; ; attempt++) {
      // Bounded: a webhook that never answers must not hold a follow-up (or shutdown) forever.
      const res = await fetch(url, { method, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS), ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
      await res.arrayBuffer();
      if (res.ok) return;
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= 2) throw Object.assign(new Error(`Discord answered ${res.status} to ${method} ${suffix}`), { status: res.status });
      const wait = Number(res.headers.get('retry-after') ?? '1');
      await new Promise((r) => setTimeout(r, Math.min(Number.isFinite(wait) ? wait : 1, 5) * 1000));
    }
  }

  function userOf(i: Interaction): string {
    return i.member?.user.id ?? i.user?.id ?? '0';
  }

  function plan(i: Interaction, lang: Lang): Work {
    const line: Record<string, unknown> = { interaction: i.id, locale: i.locale ?? null, guild: i.guild_id ?? null };
    const caller = { user: userOf(i), lang };
    const data = i.data ?? {};
    if (i.type === APPLICATION_COMMAND && data.type === CHAT_INPUT && data.name) {
      const options = Object.fromEntries((data.options ?? []).map((o) => [o.name, typeof o.value === 'string' ? o.value : undefined]));
      Object.assign(line, { type: 'command', command: data.name, options: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, clip(v ?? '', 200)])) });
      const answer = answering.command(data.name, options, caller);
      return commandWork(i, answer, line);
    }
    if (i.type === APPLICATION_COMMAND && data.type === MESSAGE_MENU && data.name) {
      const target = (data.target_id && data.resolved?.messages?.[data.target_id]) || { content: '', attachments: [] };
      const content = target.content ?? '';
      Object.assign(line, { type: 'command', command: data.name, options: { message: clip(content, 200) } });
      const answer = answering.messageCommand(data.name, { content, attachments: target.attachments?.length ?? 0 }, caller);
      return commandWork(i, answer, line);
    }
    if (i.type === AUTOCOMPLETE && data.name) {
      const focused = (data.options ?? []).find((o) => o.focused) ?? { name: 'query', value: '' };
      const value = String(focused.value ?? '');
      Object.assign(line, { type: 'autocomplete', command: data.name, options: { [focused.name]: clip(value, 200) } });
      const choices = answering.autocomplete(data.name, { name: focused.name, value }, lang);
      line.outcome = `${choices.length} choices`;
      return { response: Promise.resolve({ type: AUTOCOMPLETE_RESULT, data: { choices } }), line, type: 'autocomplete', level: 'debug' };
    }
    if (i.type === MESSAGE_COMPONENT && data.custom_id?.startsWith(PAGE_PREFIX)) {
      Object.assign(line, { type: 'button' });
      const embeds = i.message?.embeds ?? [];
      const answer = answering.press(data.custom_id, caller, embeds[embeds.length - 1]?.footer?.text);
      return {
        response: answer.then((r) => {
          line.outcome = r.outcome;
          return callbackOf(r);
        }),
        after: async (deferred) => {
          const r = await answer;
          // After a deferred update, a private note (to someone who does not own the pages) is a follow-up.
          if (deferred && r.kind === 'update') await webhook(i, 'PATCH', '/messages/@original', messageData(r.message));
          if (deferred && r.kind === 'reply') await webhook(i, 'POST', '', messageData(r.message, r.ephemeral));
          if (r.kind === 'update' && r.notice) await webhook(i, 'POST', '', { content: r.notice, flags: EPHEMERAL, allowed_mentions: NO_MENTIONS });
        },
        line,
        type: 'button',
        deferType: DEFERRED_UPDATE,
        level: 'info',
      };
    }
    Object.assign(line, { type: `unhandled:${i.type}`, outcome: 'unsupported' });
    return { response: Promise.resolve({ type: CHANNEL_MESSAGE, data: messageData({ content: t(lang, 'unknownCommand') }, true) }), line, type: 'other', level: 'info' };
  }

  function commandWork(i: Interaction, answer: Promise<Response>, line: Record<string, unknown>): Work {
    return {
      response: answer.then((r) => {
        line.outcome = r.outcome;
        return callbackOf(r);
      }),
      after: async (deferred) => {
        if (!deferred) return;
        const r = await answer;
        if (r.kind === 'reply' && r.ephemeral) {
          // Deferred in public, but this answer is the user's alone.
          await webhook(i, 'DELETE', '/messages/@original');
          await webhook(i, 'POST', '', messageData(r.message, true));
        } else {
          await webhook(i, 'PATCH', '/messages/@original', messageData(r.message));
        }
      },
      line,
      type: 'command',
      deferType: DEFERRED_CHANNEL_MESSAGE,
      level: 'info',
    };
  }

  async function interaction(body: Buffer, res: ServerResponse, started: number): Promise<void> {
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'the body is not JSON' });
    }
    const parsed = Interaction.safeParse(raw);
    if (!parsed.success) return send(res, 400, { error: 'not an interaction this endpoint understands' });
    const i = parsed.data;
    if (i.type === PING) return send(res, 200, { type: PONG });
    if (!i.token) return send(res, 400, { error: 'the interaction has no token' });
    const lang = langOf(i.locale);
    let work: Work;
    try {
      work = plan(i, lang);
    } catch (err) {
      work = { response: Promise.reject(err instanceof Error ? err : new Error(String(err))), line: { interaction: i.id }, type: 'other', level: 'info' };
    }
    const { line } = work;
    let deferred = false;
    let timer: NodeJS.Timeout | undefined;
    const deferral = new Promise<Record<string, unknown> | undefined>((resolve) => {
      if (work.deferType === undefined) return;
      timer = setTimeout(() => resolve({ type: work.deferType }), deferAfterMs);
    });
    let failed = false;
    let first: Record<string, unknown> | undefined;
    try {
      first = await Promise.race([work.response, deferral]);
    } catch (err) {
      failed = true;
      line.outcome = 'error';
      log.error({ ...line, err, latencyMs: ms(started) }, 'interaction failed');
      first = { type: CHANNEL_MESSAGE, data: messageData({ content: t(lang, 'error') }, true) };
    } finally {
      clearTimeout(timer);
    }
    deferred = !failed && first !== undefined && first.type === work.deferType && first.data === undefined;
    send(res, 200, first);
    if (failed) return observe(work, started);
    try {
      await work.after?.(deferred);
      if (deferred) await work.response; // for the outcome in the log line
      log[work.level]({ ...line, ...(deferred ? { deferred } : {}), latencyMs: ms(started) }, 'interaction');
    } catch (err) {
      line.outcome = 'error';
      log.error({ ...line, err, latencyMs: ms(started) }, 'interaction failed');
      // Deferred: the user sees "thinking…" until told otherwise.
      if (deferred) await webhook(i, 'POST', '', { content: t(lang, 'error'), flags: EPHEMERAL, allowed_mentions: NO_MENTIONS }).catch((e: unknown) => log.debug({ err: e, interaction: i.id }, 'could not send the apology'));
    }
    observe(work, started);
  }

  function observe(work: Work, started: number): void {
    if (!opts.observe) return;
    const outcome = String(work.line.outcome ?? 'unknown');
    const reported = work.type === 'autocomplete' && outcome !== 'error' ? (outcome.startsWith('0 ') ? 'empty' : 'answered') : outcome;
    opts.observe({ type: work.type, command: String(work.line.command ?? 'none'), outcome: reported, seconds: (performance.now() - started) / 1000 });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' }, { allow: 'GET, HEAD' });
      const h = closing ? { ok: false, body: { status: 'stopping' } } : opts.health();
      return send(res, h.ok ? 200 : 503, h.body);
    }
    if (path !== '/interactions') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });
    if (closing) return send(res, 503, { error: 'shutting down' }, { connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return tooLarge(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        tooLarge(req, res);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      const body = Buffer.concat(chunks);
      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      // Nothing is parsed before the signature holds.
      if (!verifySignature(key, body, typeof signature === 'string' ? signature : undefined, typeof timestamp === 'string' ? timestamp : undefined)) {
        log.debug({ bytes: body.length }, 'interaction refused: bad or missing signature');
        return send(res, 401, { error: 'invalid request signature' });
      }
      const work = interaction(body, res, started).catch((err: unknown) => {
        log.error({ err }, 'interaction endpoint failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    });
    req.on('error', () => res.destroy());
  }

  function tooLarge(req: IncomingMessage, res: ServerResponse): void {
    send(res, 413, { error: `the body is over ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
    // Stop reading what is left; the socket closes once the response is out.
    req.pause();
  }

  const server: Server = createServer(handle);
  // Load balancers keep connections open: longer than theirs (nginx: 60 s) avoids a race on reuse.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ host: opts.host, port }, 'HTTP interactions endpoint listening');
  return {
    port,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const ms = (started: number) => Math.round((performance.now() - started) * 100) / 100;
