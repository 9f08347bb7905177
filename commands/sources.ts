import { answer, missReply } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { normalizeForSearch } from '../src/knowledge/text.js';
import { headline, sourcesCards } from '../src/answers/cards.js';

export default defineCommand({
  name: 'sources',
  names: { ja: '出典', fr: 'sources' },
  description: {
    en: 'The source articles: their dates (printed or inferred) and what each covers',
    ja: '出典記事：日付（記載または推定）と内容',
    fr: 'Les articles sources : leur date (imprimée ou déduite) et leur contenu',
  },
  options: [
    queryOption(false, {
      en: 'One article (optional)',
      ja: '記事を一つ選ぶ（任意）',
      fr: 'Un seul article (facultatif)',
    }),
  ],
  examples: ['/sources', '/sources 2015'],
  autocomplete: ({ focused, kb }) => {
    const typed = normalizeForSearch(focused.value);
    return [...kb.knowledge.articles.values()]
      .filter((a) => typed === '' || normalizeForSearch(`${a.id} ${headline(a, 'en')}`).includes(typed))
      .map((a) => ({ name: `${a.date.value} — ${headline(a, 'en')}`.slice(0, 100), value: a.id }));
  },
  execute: ({ options, kb, lang }) => {
    const k = kb.knowledge;
    if (options.query === undefined || options.query.trim() === '') return answer(sourcesCards(k, lang));
    const typed = normalizeForSearch(options.query);
    const article = k.articles.get(options.query) ?? [...k.articles.values()].find((a) => normalizeForSearch(`${a.id} ${headline(a, 'en')} ${a.date.value}`).includes(typed));
    if (!article) return missReply(kb, lang, options.query);
    return answer(sourcesCards(k, lang, article.id));
  },
});
