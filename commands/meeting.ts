import { answer, lookup, missReply, unanswered } from '../src/commands/answers.js';
import { defineCommand, queryOption } from '../src/commands/define.js';
import { meetingCard } from '../src/answers/cards.js';

export default defineCommand({
  name: 'meeting',
  names: { ja: '会合', fr: 'reunion' },
  description: {
    en: 'A two-plus-two meeting: date, place, who attended in what role, outcomes',
    ja: '2+2会合：日付、場所、出席者とその役職、成果',
    fr: 'Une réunion « 2+2 » : date, lieu, participants et fonctions, résultats',
  },
  options: [
    queryOption(true, {
      en: 'A year (2018), an ordinal (4th, fourth), a place (Paris) or a date',
      ja: '年（2018）、回（4th）、場所（Paris）、日付',
      fr: 'Une année (2018), un rang (4th), un lieu (Paris) ou une date',
    }),
  ],
  examples: ['/meeting 2018', '/meeting fourth', '/meeting Paris', '/meeting Tokyo'],
  autocomplete: ({ focused, kb }) => kb.index.autocomplete(focused.value, 'meeting'),
  execute: async ({ options, kb, lang }) => {
    const found = lookup(kb, 'meeting', options.query);
    const gap = await unanswered(kb, lang, options.query, 'meeting', found);
    if (gap) return gap;
    if (!found) return missReply(kb, lang, options.query, 'meeting');
    const meeting = kb.knowledge.meetings.get(found.best.id)!;
    return answer([meetingCard(kb.knowledge, meeting, lang, found.others)]);
  },
});
