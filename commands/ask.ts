import { askQuestion } from '../src/commands/questions.js';
import { defineCommand, queryOption } from '../src/commands/define.js';

export default defineCommand({
  name: 'ask',
  names: { ja: '質問', fr: 'question' },
  description: {
    en: 'A free question: the best-matching facts across meetings, people, quotes and agreements',
    ja: '自由な質問：会合・人物・発言・協定から最も合う事実',
    fr: 'Une question libre : les faits les plus pertinents, tous types confondus',
  },
  options: [
    queryOption(true, {
      en: 'Your question, e.g. who represented France in 2015?',
      ja: '質問（例：2015年にフランスを代表したのは？）',
      fr: 'Votre question, p. ex. qui représentait la France en 2015 ?',
    }),
  ],
  examples: ['/ask who represented France in 2015?', '/ask what did they say about North Korea?', '/ask minesweeping'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value),
  execute: ({ options, kb, lang }) => askQuestion(kb, options.query, lang),
});
