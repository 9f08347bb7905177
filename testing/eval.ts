// The bot's own evaluation: the question set in test/eval/ through the same command modules the bot
// uses, scored on the first page a user would see. Shared by `npm run eval` and the test that holds
// the committed floor.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIEmbed } from 'discord-api-types/v10';
import { lineMarkdown, renderPages } from '../src/bot/render.js';
import type { CommandSet } from '../src/commands/registry.js';
import type { KnowledgeBase } from '../src/knowledge/base.js';
import { repoRoot } from '../src/paths.js';

export interface EvalQuestion {
  q: string;
  /** Run through this command with `query` instead of /ask. */
  command?: string;
  query?: string;
  answer?: string;
  evidence?: string;
  wrong: string[];
  unanswerable?: boolean;
  /** What an admission must also say. */
  admit?: string;
  /** Terms the admission must name as never mentioned. */
  mentions?: string[];
  /** What the sources lack, described for a reader of the set: not checked against the reply. */
  missing?: string[];
}

export interface EvalResult {
  answerable_ok: number;
  answerable: number;
  unanswerable_ok: number;
  unanswerable: number;
  wrong_facts: number;
  /** Answerable questions the reply said the sources do not cover (an unsure miss is not counted). */
  false_not_covered: number;
  questions: number;
  failures: string[];
}

export const questionsFile = path.join(repoRoot, 'test', 'eval', 'questions.json');

export function loadQuestions(file = questionsFile): EvalQuestion[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[] }).questions;
}

/** What a reader sees: Discord's escapes dropped, quote marks straightened, spaces single. */
function plain(text: string): string {
  return text
    .replace(/\\([\\*_~`|[\]#>-])/g, '$1')
    .replace(/\u200b/g, '')
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
}

const pageText = (page: APIEmbed[]) => plain(page.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].join('\n')).join('\n'));

export async function evaluate(commands: CommandSet, kb: KnowledgeBase, questions: EvalQuestion[] = loadQuestions()): Promise<EvalResult> {
  const r: EvalResult = { answerable_ok: 0, answerable: 0, unanswerable_ok: 0, unanswerable: 0, wrong_facts: 0, false_not_covered: 0, questions: questions.length, failures: [] };
  for (const x of questions) {
    const name = x.command ?? 'ask';
    const cmd = commands.get(name)!;
    const reply = await cmd.execute({ options: { query: x.query ?? x.q }, lang: 'en', kb, catalogue: () => commands.catalogue('en') });
    const first = pageText(renderPages(reply.cards, 'en', reply.onePerPage)[0] ?? []);
    // The answer in the bot's own words: the lead without the verbatim passages and small print.
    const answer = plain((reply.cards[0]?.lead ?? []).filter((l) => l.style !== 'quote' && l.style !== 'note').map(lineMarkdown).join('\n'));
    const admitted = reply.covered === false || reply.outcome === 'miss';
    const wrong = x.wrong.filter((w) => new RegExp(w, 'i').test(answer));
    if (wrong.length > 0 && !(x.unanswerable && admitted)) {
      r.wrong_facts += wrong.length;
      r.failures.push(`WRONG FACT ${x.q}: the answer says /${wrong.join('/, /')}/ — ${answer.slice(0, 200)}`);
    }
    if (x.unanswerable) {
      r.unanswerable++;
      const problems: string[] = [];
      if (!admitted) problems.push('answered instead of admitting');
      if (x.admit && !new RegExp(x.admit, 'i').test(first)) problems.push(`does not say /${x.admit}/`);
      for (const m of x.mentions ?? []) if (!first.toLowerCase().includes(m.toLowerCase())) problems.push(`does not name “${m}” as not mentioned`);
      if (problems.length === 0) r.unanswerable_ok++;
      else r.failures.push(`UNANSWERABLE ${x.q}: ${problems.join('; ')} — ${first.slice(0, 200)}`);
    } else {
      r.answerable++;
      const problems: string[] = [];
      if (admitted) problems.push(reply.unsure ? 'could not find an answer' : 'said the sources do not cover it');
      if (admitted && !reply.unsure) r.false_not_covered++;
      else if (x.answer && !new RegExp(x.answer, 'i').test(answer)) problems.push(`the answer lacks /${x.answer}/`);
      if (x.evidence && !first.includes(plain(x.evidence))) problems.push(`the first page lacks the passage “${x.evidence}”`);
      if (problems.length === 0 && wrong.length === 0) r.answerable_ok++;
      else if (problems.length > 0) r.failures.push(`ANSWERABLE ${x.q}: ${problems.join('; ')} — ${answer.slice(0, 200)}`);
    }
  }
  return r;
}
