// Answers are pure functions of (command, options, language, data): a repeated question is served
// from here without searching or rendering again. A reload brings a new knowledge base and so a
// fresh cache.
import type { APIEmbed } from 'discord-api-types/v10';
import type { Outcome } from '../commands/define.js';
import type { KnowledgeBase } from '../knowledge/base.js';

/** A command's answer as Discord pages, ready to send. */
export interface RenderedReply {
  pages: APIEmbed[][];
  ephemeral: boolean;
  outcome: Outcome;
}

export class ReplyCache {
  private byKb = new WeakMap<KnowledgeBase, Map<string, RenderedReply>>();

  constructor(private readonly capacity = 500) {}

  key(command: string, lang: string, options: Record<string, string | undefined>): string {
    return `${command}\u0000${lang}\u0000${JSON.stringify(options)}`;
  }

  get(kb: KnowledgeBase, key: string): RenderedReply | undefined {
    const map = this.byKb.get(kb);
    const hit = map?.get(key);
    if (hit && map) {
      // Least recently used goes first: move this one to the end.
      map.delete(key);
      map.set(key, hit);
    }
    return hit;
  }

  set(kb: KnowledgeBase, key: string, reply: RenderedReply): void {
    let map = this.byKb.get(kb);
    if (!map) this.byKb.set(kb, (map = new Map()));
    map.set(key, reply);
    if (map.size > this.capacity) map.delete(map.keys().next().value!);
  }
}
