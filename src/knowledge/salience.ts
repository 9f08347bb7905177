// Which words of a question say what it is about, and which only frame it. A question is answered
// when the sources support what it is about; "again", "basically", "pls", "the guy who" never
// block an answer, while "submarines", "the Philippines" or "F-35", which the sources never
// mention, make it one they do not cover. Decided from what WordNet says of the word (its parts
// of speech, what kind of thing a noun names, its synonyms and derived forms), never from a list
// of the words of past questions.
import { stem } from './words.js';
import type { Tag } from './tagger.js';
import type { Pos, WordInfo, WordNet } from './wordnet.js';

/**
 * Nouns of these kinds name an act, a message, an idea or a state ("ploy", "agenda", "worry"), not a
 * thing: where the articles never use the word, they may still say what it names in other words.
 */
const ABSTRACT_NOUN_KINDS = new Set(['noun.act', 'noun.communication', 'noun.cognition', 'noun.attribute', 'noun.state', 'noun.event', 'noun.process', 'noun.feeling', 'noun.motive']);

/** Nouns of these kinds name when, how much or how related: the reader's dates and counts carry them. */
const FRAMING_NOUN_KINDS = new Set(['noun.Tops', 'noun.time', 'noun.quantity', 'noun.relation']);

export type Salience =
  /**
   * Says what the question is about: an answer must cover it (in one of these ways of saying it).
   * `common`: an everyday word ("portfolio", "table"), not a name or a code: where the articles never
   * use it, it may only be how the asker put it.
   */
  | { kind: 'topic'; alternatives: string[][]; common?: boolean; abstract?: boolean; verbAsked?: boolean }
  /** Says how: helps pick the passage where one covers it ("oppose" for "opposition", "before"), never blocks an answer. */
  | { kind: 'hint'; alternatives: string[][]; verbOfOpen?: boolean }
  /** Frames the question: dropped. */
  | { kind: 'framing' };

export interface WordContext {
  /** The word as normalised (lowercase, no accents). */
  word: string;
  /** Typed with a capital letter other than at the start of the question, in capitals, or with a digit. */
  marked: boolean;
  /** Whether a stem occurs in the articles. */
  inArticles: (stem: string) => boolean;
  /** Whether a stem is a stop word or a generic word, never what a question is about. */
  framing: (stem: string) => boolean;
  /** The question is in English (not French or Japanese). */
  english: boolean;
  /** The word is the English the glossary gives for a French or Japanese one. */
  glossed?: boolean;
  /**
   * What the word is in the question's sentence. Tagging loads a model (a quarter of a second in a
   * fresh process), so it is asked only where the answer depends on it.
   */
  tag?: () => Tag | undefined;
  /** Whether a stem is a verb of an event the reader reasons about ("agree", "sign"), never only how. */
  event?: (stem: string) => boolean;
  /** The question names a person or an office: a verb of saying is then how they put it. */
  ofPerson?: boolean;
  /** The question asks what, who or how (not whether): its verb says how the thing asked was done. */
  open?: boolean;
  /**
   * Where the word stands where a verb does: after "to", a modal or auxiliary, or a pronoun or a
   * country as subject ("plan to stop", "will they research", "would Japan and France stop").
   * Read from its place, not the tagger, whose model costs a quarter of a second to load.
   */
  verbSlot?: boolean;
  /** Where a request or a classifier stands: at the start ("explain…", "can you list…") or in "what kinds of". */
  framingPosition?: boolean;
  /** The question asks yes or no: its verb is what it asks ("did they honour the victims?"). */
  yesNo?: boolean;
  /** With the preposition after it, the word is a verb of talking ("touch on", "dwell on"). */
  talkedOf?: () => boolean;
}

/** Tags of words that only hold a sentence together: "wasnt", "each", "up", "whether". */
const GRAMMAR_TAGS = new Set(['AUX', 'PART', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'INTJ', 'PUNCT', 'SYM']);

/**
 * Words the sources use that WordNet relates to this one, from its first two senses of the part of
 * speech it is read as (a later sense of "energy" is "push"): synonyms, and for nouns and verbs
 * their derived forms too ("armament" → "arm", "oppose" → "opposition").
 */
function relatedInArticles(info: WordInfo, pos: Pos, ctx: WordContext, wordnet: WordNet): string[][] {
  const out = new Map<string, string[]>();
  for (const sense of info.senses.filter((s) => s.pos === pos).slice(0, 2)) {
    // Of a word glossed from French or Japanese, a synonym in a sense that is one of its own first
    // two: the gloss is one word for the meaning, and the articles use a word in its usual senses
    // ("projet de loi": "bill", which shares a sense with "measure", but "measures against smuggling" are steps).
    const usual = (w: string) => (wordnet.lookup(w)?.senses ?? []).filter((x) => x.pos === pos).slice(0, 2).some((x) => x.words.join('|') === sense.words.join('|'));
    for (const w of pos === 'adj' ? sense.words : [...sense.words, ...sense.related]) {
      const parts = w.toLowerCase().split(/[\s-]+/);
      if (parts.length !== 1) continue;
      const s = stem(parts[0]!);
      if (s !== stem(ctx.word) && s.length >= 3 && !ctx.framing(s) && ctx.inArticles(s) && (!ctx.glossed || !sense.words.includes(w) || usual(w))) out.set(s, [s]);
    }
  }
  return [...out.values()];
}

/** A synset's words all written with a capital: a name ("Asia", "Philippines"), not a common noun. */
export const isName = (words: string[]) => words.every((w) => /^\p{Lu}/u.test(w));

/** The forms WordNet derives from a word that share its first four letters, where the articles use them ("territorial"). */
function family(info: WordInfo, own: string[], ctx: WordContext): string[][] {
  const head = own[0]!.slice(0, 4);
  const forms = info.senses
    .slice(0, 4)
    .flatMap((s) => s.related)
    .filter((w) => !/[\s-]/.test(w))
    .map((w) => stem(w.toLowerCase()))
    .filter((x) => x !== own[0] && x.length >= 4 && x.startsWith(head) && !ctx.framing(x) && ctx.inArticles(x));
  return [...new Set(forms)].map((x) => [x]);
}

/**
 * "Asian" is of Asia, and "Asia" the place of the Asian: a name stands for itself and for the names
 * WordNet derives from it or says it pertains to, where the articles use them.
 */
function nameAdjective(info: WordInfo, own: string[], ctx: WordContext, topic: (alternatives?: string[][]) => Salience, pos: Pos = 'adj'): Salience {
  const of = info.senses
    .filter((s) => s.pos === pos)
    .slice(0, 2)
    .flatMap((s) => s.related)
    .filter((w) => !/[\s-]/.test(w))
    .map((w) => stem(w.toLowerCase()))
    .filter((x) => x !== own[0] && ctx.inArticles(x));
  return topic([own, ...[...new Set(of)].map((x) => [x])]);
}

/** Kinds of verb a passage reports in its own words: saying, changing, thinking. Not going ("did they travel to Lyon"): where is what is asked. */
const REPORTED_VERB_KINDS = new Set(['verb.communication', 'verb.change', 'verb.cognition', 'verb.stative']);

/** How many verb senses make a verb a light one ("work" has 27, "make" 49; "pledge" 5). */
const LIGHT_VERB_SENSES = 20;

/**
 * Prefixes of opposition, whose compound stays on its head's topic: "counterterrorism" is about
 * terrorism, "antipiracy" about piracy. Not those that make another thing ("cybersecurity" is no
 * security passage's topic).
 */
const PREFIX = /^(?:counter|anti|non)-?(?=\p{Ll}{4})/u;

/** A prefix typed apart from its head ("anti-terror", "non-proliferation"): the head says the topic. */
const BARE_PREFIX = /^(?:anti|non)$/;

/** Whether a word WordNet does not know is two it does, each of three letters or more ("home" + "ported"). */
function compoundOfWords(word: string, wordnet: WordNet): boolean {
  if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) return false;
  const known = (w: string) => [w, w.replace(/(?:ed|ing|s)$/, ''), w.replace(/d$/, '')].some((x) => x.length >= 3 && wordnet.lookup(x) !== undefined);
  for (let i = 3; i <= word.length - 3; i++) if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}

/** Particles a closed phrasal noun ends in: "signoff", "pushback", "kickoff". */
const CLOSED_PARTICLES = ['up', 'out', 'off', 'back', 'down', 'over', 'in', 'on'];

/**
 * A word typed closed that is two words: one the dictionary holds open or hyphenated ("lowcost":
 * "low-cost"), or a verb and its particle ("signoff": sign off). Its dictionary entry, or the verb's.
 */
function openCompound(word: string, wordnet: WordNet): { info: WordInfo; stems: string[]; verbOf?: true } | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined;
  for (let i = 2; i <= word.length - 2; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    const info = wordnet.lookup(`${a}-${b}`) ?? wordnet.lookup(`${a} ${b}`);
    if (info) return { info, stems: [stem(a), stem(b)] };
  }
  const particle = CLOSED_PARTICLES.find((p) => word.endsWith(p) && word.length - p.length >= 3);
  const verb = particle ? wordnet.lookup(word.slice(0, -particle.length)) : undefined;
  return verb && (verb.counts.verb ?? 0) > 0 ? { info: verb, stems: [stem(word.slice(0, -particle!.length))], verbOf: true } : undefined;
}

export function salienceOf(ctx: WordContext, wordnet: WordNet): Salience {
  if (BARE_PREFIX.test(ctx.word)) return { kind: 'framing' };
  const s = salienceOfWord(ctx, wordnet);
  // A compound the articles never use whose head they do ("counterterrorism": "terrorism") is also
  // said by its head.
  const head = ctx.word.replace(PREFIX, '');
  if (s.kind !== 'topic' || head === ctx.word || ctx.inArticles(stem(ctx.word)) || !ctx.inArticles(stem(head))) return s;
  return { ...s, alternatives: [...s.alternatives, [stem(head)]] };
}

function salienceOfWord(ctx: WordContext, wordnet: WordNet): Salience {
  const own = [stem(ctx.word)];
  const topic = (alternatives: string[][] = [own]): Extract<Salience, { kind: 'topic' }> => ({ kind: 'topic', alternatives });
  const framing: Salience = { kind: 'framing' };
  const inArticles = ctx.inArticles(own[0]!);
  // "Explain what…", "what kinds of…": asked of the bot, or how the thing asked is sorted.
  if (ctx.framingPosition && !ctx.marked && ctx.tag?.()?.role) return framing;
  // "u", "r", "ok": too short to say what a question is about unless typed as a code.
  if (ctx.word.length <= 2 && !ctx.marked) return framing;
  // In a French or Japanese question, WordNet's English is no guide ("point", "date"): a word counts
  // when the articles use it or it is typed as a name.
  if (!ctx.english) {
    if (!inArticles && !ctx.marked) return framing;
    // A name typed with its capital is one in any language: "Asia" (for "Asie") is also "Asian".
    const name = wordnet.lookup(ctx.word);
    const first = name?.senses.find((s) => s.pos === 'noun');
    return name && first && isName(first.words) ? nameAdjective(name, own, ctx, topic, 'noun') : topic();
  }
  // An irregular form ("brought") is looked up by its dictionary form ("bring").
  const known = wordnet.lookup(ctx.word);
  // Grammar in its sentence ("wasnt the meeting…", "whether") never says what a question is about.
  if (!known && !inArticles && !ctx.marked && GRAMMAR_TAGS.has(ctx.tag?.()?.pos ?? '')) return framing;
  const lemma = known ? undefined : ctx.tag?.()?.lemma;
  const info = known ?? (lemma !== undefined && lemma !== ctx.word ? wordnet.lookup(lemma) : undefined);
  // Not an English word WordNet knows: a name or code ("Rafale", "F-35", "SNLE"), or chat and
  // typos no article word is close to ("pls", "yrs"). A longer unknown word is taken as a name
  // ("rafale", "cyber").
  // Two words typed as one, which the dictionary holds apart: as its entry says ("lowcost" is as
  // "low-cost" is); a verb with its particle ("signoff") is the doing of it, an everyday word.
  const open = !info && !inArticles && !ctx.marked ? openCompound(ctx.word, wordnet) : undefined;
  if (open?.verbOf) return { kind: 'topic', alternatives: [open.stems], common: true, abstract: true };
  if (open) {
    const { noun: n = 0, verb: v = 0 } = open.info.counts;
    const kind = open.info.senses.find((x) => x.pos === 'noun')?.lexname ?? '';
    if (n === 0 && v === 0) return framing;
    return n >= v ? { kind: 'topic', alternatives: [open.stems], common: true, ...(ABSTRACT_NOUN_KINDS.has(kind) ? { abstract: true } : {}) } : { kind: 'hint', alternatives: [open.stems] };
  }
  // Two everyday words typed as one ("homeported"): an everyday word, not a name.
  if (!info && !inArticles && !ctx.marked && compoundOfWords(ctx.word, wordnet)) return { kind: 'topic', alternatives: [own], common: true };
  if (!info) return inArticles || ctx.marked || ctx.word.length >= 5 ? topic() : framing;
  const { noun = 0, verb = 0, adj = 0, adv = 0 } = info.counts;
  // An adverb frames ("again", "basically"); one the articles use may point to a passage ("before").
  if (adv > 0 && adv >= noun && adv >= adj) return inArticles ? { kind: 'hint', alternatives: [own] } : framing;
  const nouns = info.senses.filter((s) => s.pos === 'noun').slice(0, 2);
  // Number words ("one", "two") count; dates and counts are read elsewhere.
  if (nouns[0]?.lexname === 'noun.quantity' && nouns[0].words.some((w) => /^\d+$/.test(w))) return framing;
  // "Years", "time", "one": when, how much, how related. The reader's dates and counts carry them.
  const nounFirst = noun > 0 && noun >= adj && !(verb > 0 && /(?:ed|ing)$/.test(ctx.word));
  const nounKind = nouns.find((s) => s.lexname !== 'noun.Tops')?.lexname ?? 'noun.Tops';
  if (nounFirst && !isName(nouns[0]!.words) && ['noun.time', 'noun.quantity', 'noun.relation'].includes(nounKind)) return framing;
  if (adj > 0 && adj >= noun && isName(info.senses.find((s) => s.pos === 'adj')?.words ?? [])) return nameAdjective(info, own, ctx, topic);
  // A noun the articles use stands also for its own family's forms they use ("territory" and
  // "territorial"); a verb's nouns often name another step ("approve", "approval").
  // Of a person, a verb of saying ("how did she describe", "what did he warn") says how something
  // was said, not what: the passage is found by the rest. Events the reader reasons about ("agree",
  // "sign") stay, and so does such a verb of no one ("when did the Diet approve it").
  const firstVerb = info.senses.find((s) => s.pos === 'verb');
  if (ctx.ofPerson && verb > 0 && verb >= noun && !ctx.marked && firstVerb?.lexname === 'verb.communication' && !ctx.event?.(own[0]!)) return { kind: 'hint', alternatives: [own, ...relatedInArticles(info, 'verb', ctx, wordnet)] };
  // A verb in its past or -ing form the articles use ("predicted", "getting") says how, not what: it helps pick the passage.
  if (inArticles && verb > 0 && verb >= noun && !ctx.marked && /(?:ed|ing)$/.test(ctx.word)) return { kind: 'hint', alternatives: [own, ...relatedInArticles(info, 'verb', ctx, wordnet)] };
  // A light verb in its sentence ("work on", "make", "take"; WordNet gives it twenty senses or more)
  // says little of what: it helps pick the passage, as "cooperate on" may say it.
  if (inArticles && verb >= LIGHT_VERB_SENSES && !ctx.marked && !ctx.event?.(own[0]!) && ctx.tag?.()?.pos === 'VERB') return { kind: 'hint', alternatives: [own] };
  // In a question that asks what or how ("how did they plan to stop…", "which territories does it
  // name to explain…"), a verb says how the thing asked was done or put: the passage may say it in
  // its own words ("thwart"), so the verb helps pick it and never blocks the answer. Asked whether
  // ("did they stop…"), the verb is what is asked.
  if (inArticles && ctx.open && ctx.verbSlot && verb > 0 && !ctx.marked && !ctx.event?.(own[0]!)) return { kind: 'hint', alternatives: [own, ...relatedInArticles(info, 'verb', ctx, wordnet)], verbOfOpen: true };
  if (inArticles) {
    const said = topic(noun > 0 && noun >= verb ? [own, ...family(info, own, ctx)] : [own]);
    // An everyday noun for an act or an idea ("help", "sectors") is one though the articles use it: a passage may say the thing otherwise.
    return nounFirst && !ctx.marked && !isName(nouns[0]!.words) && ABSTRACT_NOUN_KINDS.has(nounKind) ? { ...said, common: true, abstract: true } : said;
  }
  // "Trained", "counting": a verb's forms, not the nouns WordNet also lists for them; "special":
  // an adjective with a rare noun sense.
  // A verb in its sentence ("pass on the invite", "did he switch", "kick off", "did both sides flag"),
  // though WordNet also lists it as a noun, says how, not what. A plural after "to" is a noun ("to submarines").
  const verbForm = () => verb > 0 && (/(?:ed|ing)$/.test(ctx.word) || (!ctx.marked && ((ctx.verbSlot === true && !/[^s]s$/.test(ctx.word)) || ctx.tag?.()?.pos === 'VERB')));
  // An adjective in its sentence ("her top worries"), though WordNet lists the noun first, says how.
  const adjectiveForm = () => adj > 0 && !ctx.marked && ctx.tag?.()?.pos === 'ADJ';
  if (noun > 0 && noun >= adj && !verbForm() && !adjectiveForm()) {
    // A name ("Taiwan", "Australian") stands for itself: its synset's other names are other things.
    // A capital speaks for its country ("Beijing" for China, "Pyongyang" for North Korea): the
    // whole WordNet has the place part of, where the articles name it. Only a capital (WordNet's
    // synset calls it one): an island or a province is not its country.
    const capital = nouns[0]!.lexname === 'noun.location' && nouns[0]!.words.some((w) => /\bcapital\b/i.test(w));
    // One word only: "South Korea" would match "South China Sea" and "North Korea" word by word.
    const whole = capital ? nouns[0]!.partOf.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).map((w) => [stem(w.toLowerCase())]).filter((x) => ctx.inArticles(x[0]!)) : [];
    if (isName(nouns[0]!.words)) {
      // A name of a time ("January"), or of a language ("English wording", "a French translation"): how, not what.
      if (nouns[0]!.lexname === 'noun.time' || (nouns[0]!.lexname === 'noun.communication' && !inArticles)) return framing;
      const named = nameAdjective(info, own, ctx, topic, 'noun');
      return named.kind === 'topic' ? { ...named, alternatives: [...named.alternatives, ...whole] } : named;
    }
    const kind = nouns.find((s) => s.lexname !== 'noun.Tops')?.lexname ?? 'noun.Tops';
    if (FRAMING_NOUN_KINDS.has(kind)) return framing;
    const related = relatedInArticles(info, 'noun', ctx, wordnet);
    // WordNet writes a proper noun with its capital ("Beijing"), though its synset may hold a description.
    // Typed with its capital ("the Diet", "Parliament"), a sense naming a body of people: that body's name, not the everyday word.
    const proper = nouns.some((n) => n.words.some((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() === ctx.word)) || (ctx.marked && info.senses.some((n) => n.pos === 'noun' && n.lexname === 'noun.group'));
    return { ...topic([own, ...related, ...(proper ? whole : [])]), ...(proper ? {} : { common: true, ...(ABSTRACT_NOUN_KINDS.has(kind) ? { abstract: true } : {}) }) };
  }
  if (adj > 0 && adj >= verb) {
    if (isName(info.senses.find((s) => s.pos === 'adj')?.words ?? [])) return nameAdjective(info, own, ctx, topic);
    // "Atomic" is "nuclear" in the articles' words.
    const related = relatedInArticles(info, 'adj', ctx, wordnet);
    if (related.length > 0) return { ...topic([own, ...related]), common: true, abstract: true };
  }
  if (ctx.marked) return topic();
  // A verb the articles never use says how, not what; its derived nouns may point to a passage
  // ("oppose": "expressed opposition").
  if (verb > 0) {
    // A gerund is a noun too: "dodging" is "evasion".
    const related = [...relatedInArticles(info, 'verb', ctx, wordnet), ...(/ing$/.test(ctx.word) ? relatedInArticles(info, 'noun', ctx, wordnet) : [])];
    // Asked yes or no, a verb is what is asked ("did they honour the victims?"): a passage must say
    // it in one of these words, else an unsure miss; unless it only says they talked of something.
    // Not a verb of saying ("praise", "vow", "condemn": the passages report what was said, in their
    // own verbs), of change ("did he switch jobs": the records' times say) or of thought.
    const reported = info.senses.filter((x) => x.pos === 'verb').slice(0, 2).some((x) => REPORTED_VERB_KINDS.has(x.lexname));
    if (ctx.yesNo && verbForm() && verb < LIGHT_VERB_SENSES && !reported && !ctx.talkedOf?.()) return { ...topic([own, ...related]), common: true, abstract: true, verbAsked: true };
    if (related.length > 0) return { kind: 'hint', alternatives: [own, ...related] };
  }
  // Adjectives the articles never use say how, not what: "different", "special".
  return framing;
}
