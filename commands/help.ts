import { answer } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { helpCard } from '../src/answers/cards.js';

export default defineCommand({
  name: 'help',
  names: { ja: 'ヘルプ', fr: 'aide' },
  description: {
    en: 'What the bot knows, and examples',
    ja: 'このボットが知っていることと使用例',
    fr: 'Ce que sait le bot, avec des exemples',
  },
  options: [
    queryOption(false, {
      en: 'One command (optional)',
      ja: 'コマンドを一つ選ぶ（任意）',
      fr: 'Une seule commande (facultatif)',
    }),
  ],
  examples: ['/help', '/help quote'],
  autocomplete: ({ focused, catalogue }) =>
    catalogue()
      .filter((c) => c.name.startsWith(focused.value.trim().replace(/^\//, '').toLowerCase()))
      .map((c) => ({ name: `/${c.name} — ${c.description}`.slice(0, 100), value: c.name })),
  execute: ({ options, kb, lang, catalogue }) => {
    const wanted = options.query?.trim().replace(/^\//, '').toLowerCase();
    const all = catalogue();
    const some = wanted ? all.filter((c) => c.name === wanted) : [];
    return answer([helpCard(kb.knowledge, lang, some.length > 0 ? some : all)]);
  },
});
