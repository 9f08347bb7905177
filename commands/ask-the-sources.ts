// The message menu: right-click a message → Apps → Ask the sources, to check what someone posted
// against the articles without retyping it. Answered privately, as /ask would answer it.
import { defineMessageCommand } from '../src/commands/define.js';
import { askQuestion } from '../src/commands/questions.js';

export default defineMessageCommand({
  name: 'Ask the sources',
  names: { ja: '資料に聞く', fr: 'Demander aux sources' },
  execute: async ({ text, kb, lang }) => ({ ...(await askQuestion(kb, text, lang)), ephemeral: true }),
});
