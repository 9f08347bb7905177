import { answer, lookup, missReply, unanswered } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { personCard } from '../src/answers/cards.js';

export default defineCommand({
  name: 'person',
  names: { ja: '人物', fr: 'personne' },
  description: {
    en: 'A person: roles over time, meetings attended, quotes',
    ja: '人物：役職の変遷、出席した会合、発言',
    fr: 'Une personne : fonctions successives, réunions, citations',
  },
  options: [
    queryOption(true, {
      en: 'A name or surname, with or without accents',
      ja: '氏名または姓',
      fr: 'Un nom ou un prénom, avec ou sans accents',
    }),
  ],
  examples: ['/person Le Drian', '/person Parly', '/person Kishida'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value, 'person'),
  execute: async ({ options, kb, lang }) => {
    const found = lookup(kb, 'person', options.query);
    const gap = await unanswered(kb, lang, options.query, 'person', found);
    if (gap) return gap;
    if (!found) return missReply(kb, lang, options.query, 'person');
    return answer([personCard(kb.knowledge, kb.knowledge.people.get(found.best.id)!, lang)]);
  },
});
