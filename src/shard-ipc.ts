// What the sharding manager asks each shard process, and the answers, as typed IPC messages: the
// manager serves one /healthz and /metrics for all its shards.
import type { Shard } from 'discord.js';
import type { Health } from './metrics.js';

export interface ShardRequest {
  botRequest: 'metrics' | 'health';
  nonce: number;
}
export interface ShardAnswer {
  botAnswer: 'metrics' | 'health';
  nonce: number;
  value: unknown;
}

const isRequest = (m: unknown): m is ShardRequest => typeof m === 'object' && m !== null && 'botRequest' in m && 'nonce' in m;
const isAnswer = (m: unknown): m is ShardAnswer => typeof m === 'object' && m !== null && 'botAnswer' in m && 'nonce' in m;

/** In a shard process: answers the manager's requests. */
export function answerShardRequests(sources: { metrics: () => Promise<object[]>; health: () => Health }): void {
  process.on('message', (m: unknown) => {
    if (!isRequest(m)) return;
    const reply = (value: unknown) => process.send?.({ botAnswer: m.botRequest, nonce: m.nonce, value } satisfies ShardAnswer);
    if (m.botRequest === 'health') reply(sources.health());
    else void sources.metrics().then(reply, () => reply(null));
  });
}

let nonce = 0;

/** In the manager: asks one shard, and waits at most `timeoutMs` for its answer. */
export function askShard<T>(shard: Shard, what: ShardRequest['botRequest'], timeoutMs = 2_000): Promise<T> {
  const id = ++nonce;
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      shard.off('message', listen);
    };
    const listen = (m: unknown) => {
      if (!isAnswer(m) || m.nonce !== id) return;
      done();
      if (m.value === null) reject(new Error(`shard ${shard.id} could not answer ${what}`));
      else resolve(m.value as T);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`shard ${shard.id} did not answer ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    shard.on('message', listen);
    shard.send({ botRequest: what, nonce: id } satisfies ShardRequest).catch((err: unknown) => {
      done();
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
}
