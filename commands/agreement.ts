import { answer, lookup, missReply, unanswered } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { agreementCard } from '../src/answers/cards.js';

export default defineCommand({
  name: 'agreement',
  names: { ja: '協定', fr: 'accord' },
  description: {
    en: 'Where an agreement or initiative stands: status, what it covers, dated timeline',
    ja: '協定・取り組みの現状、内容、日付つきの経緯',
    fr: 'Où en est un accord ou une initiative : statut, contenu, chronologie',
  },
  options: [
    queryOption(true, {
      en: 'An agreement, initiative or position (ACSA, Vendémiaire, North Korea…)',
      ja: '協定・取り組み・立場（ACSA、Vendémiaire、北朝鮮…）',
      fr: 'Un accord, une initiative ou une position (ACSA, Vendémiaire…)',
    }),
  ],
  examples: ['/agreement ACSA', '/agreement defense equipment', '/agreement Vendémiaire', '/agreement South China Sea'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value, 'agreement'),
  execute: async ({ options, kb, lang }) => {
    const found = lookup(kb, 'agreement', options.query);
    const gap = await unanswered(kb, lang, options.query, 'agreement', found);
    if (gap) return gap;
    if (!found) return missReply(kb, lang, options.query, 'agreement');
    return answer([agreementCard(kb.knowledge, kb.knowledge.agreements.get(found.best.id)!, lang)]);
  },
});
