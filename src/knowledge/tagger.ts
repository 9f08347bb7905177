// What each word of an English question is in its sentence: "pass on the invite", "did he switch",
// "when does it kick off" use verbs that WordNet also lists as nouns, and only the sentence tells
// which. Tagged by wink-nlp's English model (parts of speech and lemmas), loaded on first use: it
// takes about a quarter of a second, and most questions use only words the articles use, which need
// no tagging. Servers load it at start.
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';
import { wordsOf } from './words.js';

/** A word's part of speech in context (Universal Dependencies tags: NOUN, VERB, AUX, PROPN…) and its dictionary form. */
export interface Tag {
  pos: string;
  lemma: string;
  /**
   * What the word does in the question, where that makes it framing whatever it means: a request
   * to the bot ("explain what…", "could you list…"), or the head of "what kinds of", "which part of".
   */
  role?: 'request' | 'classifier';
}

const WH = /^(?:what|which)$/i;
const MODAL = /^(?:can|could|would|will)$/i;
/** Whom a request is put to: "can you explain", "could someone explain". */
const ASKED = /^(?:you|u|someone|somebody|anyone|anybody)$/i;

type Nlp = ReturnType<typeof WinkNLP>;

const require_ = createRequire(import.meta.url);
let nlp: Nlp | undefined;

function load(): Nlp {
  const winkNLP = require_('wink-nlp') as typeof WinkNLP;
  const model = require_('wink-eng-lite-web-model') as Parameters<typeof WinkNLP>[0];
  return winkNLP(model, ['pos']);
}

/** Loads the model now rather than on the first question that needs it. */
export function warmTagger(): void {
  nlp ??= load();
}

const DO = /^(?:do|does|did)(?:n['’]?t)?$/i;
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'NUM']);
const OBJECT_START = new Set(['ADP', 'DET', 'PRON', 'PROPN']);

/**
 * A question opened with "do", "does" or "did" has a bare verb after its subject. Where the model
 * tags none (it reads "did the 2015 meeting touch on" as a run of nouns), the noun that follows
 * the subject's noun and comes before a preposition, a determiner or a name is that verb.
 */
function mainVerbOfDoQuestion(texts: string[], tags: string[]): void {
  const first = tags.findIndex((t) => t !== 'INTJ' && t !== 'PUNCT');
  if (first < 0 || !DO.test(texts[first]!) || tags.some((t, i) => i > first && t === 'VERB')) return;
  for (let i = first + 2; i < tags.length - 1; i++) {
    if (tags[i] === 'NOUN' && SUBJECT_END.has(tags[i - 1]!) && OBJECT_START.has(tags[i + 1]!)) {
      tags[i] = 'VERB';
      return;
    }
  }
}

/**
 * Each word of the text (as the reader splits words) with its tag in context; the first
 * occurrence wins. A contraction typed without its apostrophe ("wasnt", "didnt") is the auxiliary.
 */
export function tagWords(text: string): Map<string, Tag> {
  nlp ??= load();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const texts = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink-nlp's own types declare `its.lemma` with a model-addon parameter that `out` does not accept.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  mainVerbOfDoQuestion(texts, tags);
  const out = new Map<string, Tag>();
  texts.forEach((raw, i) => {
    const words = wordsOf(raw);
    // Of its own sentence: "My notes say 2011. Can you confirm…" asks at its second sentence's start.
    const start = texts.slice(0, i).findLastIndex((x) => /^[.?!]+$/.test(x)) + 1;
    const before = texts.slice(start, i).filter((_, j) => tags[start + j] !== 'INTJ' && tags[start + j] !== 'PUNCT');
    const request = tags[i] === 'VERB' && lemmas[i]!.toLowerCase() === raw.toLowerCase() && (before.length === 0 || (before.length === 2 && MODAL.test(before[0]!) && ASKED.test(before[1]!)));
    const classifier = tags[i] === 'NOUN' && WH.test(texts[i - 1] ?? '') && /^of$/i.test(texts[i + 1] ?? '');
    const tag: Tag = { pos: tags[i]!, lemma: lemmas[i]!.toLowerCase(), ...(request ? { role: 'request' as const } : classifier ? { role: 'classifier' as const } : {}) };
    if (words.length === 1 && !out.has(words[0]!)) out.set(words[0]!, tag);
    // wink-nlp splits "wasnt" into "was" and "nt": the word the reader sees is the pair.
    const next = texts[i + 1];
    if (next !== undefined && /^n['’]?t$/i.test(next) && tags[i + 1] === 'PART') {
      const joined = wordsOf(`${raw}${next.replace(/['’]/g, '')}`);
      if (joined.length === 1 && !out.has(joined[0]!)) out.set(joined[0]!, { pos: 'AUX', lemma: tag.lemma });
    }
  });
  return out;
}
