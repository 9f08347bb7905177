import { answer, missReply } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { toChoice } from '../src/knowledge/search.js';
import { timelineCard } from '../src/answers/cards.js';

export default defineCommand({
  name: 'timeline',
  names: { ja: '年表', fr: 'chronologie' },
  description: {
    en: 'Meetings and agreement steps in date order, each cited',
    ja: '会合と協定の各段階を日付順に（出典つき）',
    fr: 'Réunions et étapes des accords par date, avec leurs sources',
  },
  options: [
    queryOption(false, {
      en: 'Only this meeting or agreement (optional)',
      ja: 'この会合・協定のみ（任意）',
      fr: 'Seulement cette réunion ou cet accord (facultatif)',
    }),
  ],
  examples: ['/timeline', '/timeline ACSA', '/timeline 2015'],
  autocomplete: ({ focused, kb }) => {
    const find = (kind: 'meeting' | 'agreement') => kb.index.search(focused.value, { kind, limit: 25 }).hits;
    // Best first across both kinds; for an empty query, meetings then agreements.
    return [...find('meeting'), ...find('agreement')]
      .sort((a, b) => b.score - a.score)
      .slice(0, 25)
      .map(toChoice);
  },
  execute: ({ options, kb, lang }) => {
    const k = kb.knowledge;
    if (options.query === undefined || options.query.trim() === '') return answer([timelineCard(k, lang)]);
    const only = new Set<string>();
    for (const kind of ['meeting', 'agreement'] as const) {
      const id = kb.index.exactId(options.query, kind);
      if (id) only.add(id);
    }
    if (only.size === 0) {
      const best = kb.index.search(options.query, { limit: 3 }).hits.filter((h) => h.kind === 'meeting' || h.kind === 'agreement');
      for (const h of best.slice(0, 1)) only.add(h.id);
    }
    if (only.size === 0) return missReply(kb, lang, options.query, 'agreement');
    return answer([timelineCard(k, lang, only)]);
  },
});
