// The question reader: what kind of question it is (who, when, where, what was said, status, …),
// what it is about (people, meetings by year, ordinal or place, agreements, roles, countries), and
// which of its words still need an answer. Pure, and free of Discord; WordNet and a part-of-speech
// tagger weigh the words the articles never use.
import type { Knowledge } from './load.js';
import type { Country, LexiconEntry, OfficeKind } from './schema.js';
import { type Tag, tagWords } from './tagger.js';
import { isName, salienceOf } from './salience.js';
import { seriesWordsPattern } from './series.js';
import { type YearSpan, spanAsked } from './span.js';
import { latestArticle, latestYear } from './time.js';
import { openWordNet, slipOf, type Sense } from './wordnet.js';
import { escapeRegExp, normalizeForSearch } from './text.js';
import { type Term, buildLexicon, editDistance, stem, stemsOf, termsOf, wordsOf } from './words.js';

export type Intent = 'who' | 'said' | 'speaker' | 'when' | 'where' | 'status' | 'covers' | 'count' | 'compare' | 'list' | 'what';
/** An office, by its id in data/offices ('defense', 'foreign'…). */
export type RoleKind = string;

export interface Question {
  text: string;
  /** "Which article says…", "does either report mention…": the answer names the article its passages are from. */
  sourceAsked?: true;
  intent: Intent;
  /** Exact years and meeting ordinals asked about (never matched by edit distance). */
  years: number[];
  ordinals: number[];
  /** "What day": the day of the week or month is asked for. */
  dayAsked: boolean;
  /** The date itself (month and day), which a weekday does not answer. */
  dateAsked: boolean;
  people: string[];
  countries: Country[];
  roles: RoleKind[];
  /** The country that qualifies the office asked about ("France's foreign minister"), where the question says. */
  roleCountry?: Country;
  /** The office is whom someone met or called on ("who went to see the Japanese PM"): its holder is that person. */
  roleMet?: boolean;
  agreements: string[];
  /** The words that named each agreement, as terms (with the lexicon's other ways of saying them). */
  agreementTerms: Term[];
  /** "Why": asks for reasons. */
  why: boolean;
  /** Asks what someone did (met, agreed, visited…) rather than who they are. */
  event: boolean;
  /** Asks whether or when someone was somewhere: visited, came to or was in a place or country. */
  presence: boolean;
  /** Asks for someone's counterpart: the minister with the same office for the other country. */
  counterpart: boolean;
  /** Asks who came after ("who replaced her", "son successeur", "後任") or before ("his predecessor") someone in office. */
  succession?: 'next' | 'previous';
  /** Asks how someone reacted ("how did Beijing react"): the words naming whom. Only a passage in which they say or do something in response answers. */
  reactionOf?: string[];
  /** Asks for a person's name ("the names of the hostages"): only a fact that names someone answers. */
  nameAsked?: boolean;
  /** Asks for particulars ("which specific drones", "exactly"), of the word given (or ''): a passage that says they were withheld does not answer. */
  specificsAsked?: string;
  /** "Before 2018": the meetings of the years before it are asked about. */
  beforeYear?: number;
  /** The stretch its years bound ("since 2015", "by January 2017"; the years stay among `years`). */
  span?: YearSpan;
  /** Its years are bounded in a way not read ("in the three years before 2018"): no count is made over them. */
  spanUnread?: true;
  /** Months named beside a year ("in January 2018"), 1 to 12. */
  months?: number[];
  /** The day of the month named beside one ("27 January 2018"). */
  day?: number;
  /** A day of the week named ("on a Saturday", "samedi", "土曜日"), in English. */
  weekday?: string;
  /** A verb of saying or responding, of a person ("what did she brief them on", "how did he react"): what they said answers, if they said anything on it. */
  saidAsked?: boolean;
  /** A number of the series said of a meeting ("the 2015 meeting was the first"), to confirm or correct. */
  numberClaimed?: number;
  /** A meeting the question compares with, by its number ("…held in Lyon like the first one"). */
  comparedWith?: number;
  /** Agreements and people set aside ("besides terrorism, what…", "apart from the minister, who…"): the answer is about something else. */
  besides?: string[];
  /** The words set aside as typed ("unmanned systems" of "apart from unmanned systems, which other fields…"). */
  setAside?: string;
  /** Asked across meetings: "at both meetings", "which of the meetings", "each 2+2", "quelle réunion". */
  acrossMeetings: boolean;
  /** Asks whom someone met ("met", "meet with", "rencontré"; the noun "meeting" is not it). */
  met: boolean;
  /** Asks whether an agreement is in force, which no article says of any. */
  inForce: boolean;
  /** Meetings named by place. */
  places: string[];
  /** Of those, the meetings a place word names alone ("Iikura": the one meeting held there). */
  placeNamed?: string[];
  /** A "when" question that also asks where or how a meeting was held ("where and when was it held"). */
  placeToo: boolean;
  /** A country named as where ("held in France"), not as whose. */
  inCountry?: Country;
  /** Asked yes or no ("did they…", "…, right?"): a passage that denies it is said to. */
  yesNo: boolean;
  /** Asks which of the series a meeting was ("which number was the 2018 one", "何回目", "quantième"). */
  numberAsked: boolean;
  /** Asks what office someone held ("his job", "her portfolio", "son poste"). */
  positionAsked: boolean;
  /** Asks how something was or will be done ("how did they plan to stop…", "comment", "どのように"): by what means. */
  manner: boolean;
  /** Asks for a measure ("how big", "in square kilometres"): only a figure answers it. */
  measure: boolean;
  /** Asks whether or how something took place ("did it go ahead", "where were the drills held"), not what was agreed or planned. */
  asHappened: boolean;
  /** Asks what was decided, agreed or signed ("what was agreed at…", "何が合意された"). */
  decided?: true;
  /** Asks about a time after the latest source (now, today, in the end, a later year). */
  after: boolean;
  /** Asks for a date ("what date", "quelle date", "日付"). */
  dateWord?: boolean;
  /** Asks when something happened first ("when did they first agree…"): the earliest answer. */
  earliest?: boolean;
  /** "The day after the talks" (1), "the day before" (-1): a day next to the meeting asked. */
  dayShift?: 1 | -1;
  /** Words typed between quotation marks ("the 'open seas' line"): where they are an article's, quoted back. */
  quoted?: string[];
  /** What else the question asks about, which the answer must cover. */
  terms: Term[];
  /** Words that help pick a passage but never block an answer ("before", "oppose" for "opposition"). */
  hints: Term[];
  /**
   * Common words the articles never use that are not what the question asks for ("did his
   * portfolio change", "on behalf of France"): an answer from the rest of the question stands, and
   * says it does not rest on them; they alone never make the sources "silent".
   */
  loose: Term[];
}

/** Words for the form an answer should take ("tl;dr", "key points", "short version", "bullet list"): how to answer, never what about. */
const ANSWER_FORM_WORDS = new Set(['tldr', 'tl', 'dr', 'summary', 'summarise', 'summarize', 'recap', 'overview', 'rundown', 'gist', 'highlights', 'takeaways', 'point', 'points', 'bullet', 'bullets', 'list', 'version', 'short', 'brief', 'quick', 'only', 'key', 'main', 'please', 'pls', 'plz', 'thanks', 'thx', 'resume', 'bref', 'everything', 'anything']);
/** Words that deny what follows them ("not", "wasn't", "pas", "never"). */
const NEGATIONS = new Set(['not', 'never', 'pas', 'non', 'jamais', 'didn', 'doesn', 'isn', 'wasn', 'weren', 'aren', 'didnt', 'doesnt', 'isnt', 'wasnt', 'werent', 'arent', 'nt']);
/** Words asking to have a claim checked ("fix it if it's wrong", "correct me"). */
const CHECKING_WORDS = new Set(['fix', 'correct', 'check', 'verify', 'confirm', 'wrong', 'right', 'true', 'false', 'accurate', 'inaccurate', 'off', 'ok', 'okay', 'mistaken']);
/** For whom or where the answer goes ("for the channel", "for #news"). */
const PURPOSE_IN = /\bfor\s+(?:the\s+|my\s+|our\s+)?(?:#\S+|channel|chat|server|group|class|team|thread)(?![\p{L}])/giu;
const PURPOSE = /^for\s+(?:the\s+|my\s+|our\s+)?(?:#\S+|channel|chat|server|group|class|team|thread)$/iu;
/** Indefinite pronouns for a person (grammar, a closed class): "anybody", "someone". */
const INDEFINITE_PERSONS = new Set(['anybody', 'anyone', 'somebody', 'someone', 'everybody', 'everyone', 'nobody']);

/** Which of the series a meeting was: its number asked for. */
const NUMBER_ASKED = /\b(?:what|which)\s+(?:\S+\s+)?number\b|\b(?:which|what)\b[^?]*\bin the series\b|\bmeeting number\b|\bnumber (?:was|is) (?:the|it)\b|何回目|何度目|第何回|\bquanti[eè]me\b|\bquel num[ée]ro\b/i;

/** Verbs that ask for a motive after "what is": "what is driving…". */
const CAUSE_VERBS = new Set(['driving', 'motivating']);
/** Words for a reason, asked for as "why" is ("the rationale for", "la raison de", "理由", "背景"). */
const WHY_NOUNS = new Set(['reason', 'reasons', 'reasoning', 'rationale', 'motive', 'motives', 'motivation', 'motivations', 'raison', 'raisons', '理由', '動機', '背景']);
/** Words between "which" and a word for a person: "which of the four ministers", "lesquels des deux ministres". */
const BEFORE_PERSON = new Set(['of', 'the', 'these', 'those', 'two', 'three', 'four', 'both', 'des', 'les', 'deux', 'quatre', '2', '3', '4']);
/** Words that open a question for something (not whether): who, what, quand, combien. */
const QUESTION_OPENERS = new Set(['who', 'whom', 'whose', 'what', 'whats', 'which', 'when', 'where', 'how', 'why', 'qui', 'que', 'qu', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'quand', 'ou', 'comment', 'pourquoi', 'combien']);
/** "How did they…", "comment comptent-ils…", "どのように": by what means (not how many, how long, how big). */
const MANNER = /\bhow (?!many\b|much\b|long\b|often\b|far\b|old\b|big\b|large\b|soon\b|about\b)|\bcomment\b|どのよう|どうやって/i;
/**
 * A measure asked for: a size, a distance, an amount, an age, in English, French or Japanese.
 * "How big a deal", "how much of a step": how much it mattered, asked of a thing, is no figure.
 */
const MEASURE = /\bhow (?:big|large|long|far|wide|high|heavy|old|much)\b(?! (?:of )?an? )|\bmontant\b|\b(?:monetary |financial |total )?value of\b|\bworth\b|\bbudget\b|\bprice\b|\bin (?:square )?(?:kilomet(?:er|re)s?|km2?|miles?|tonnes?|tons?|dollars?|euros?|yen)\b|\bquelle (?:taille|superficie|distance)\b|\b(?:la |sa )?superficie\b|\bcombien (?:de kilom|d['’]argent|co[uû]te)|\bco[uû]t\w* combien|\bhow much (?:does|did|will) \S+ cost|\bcost\b|\bsquare (?:kilomet|km|miles?\b)|費用|広さ|面積|大きさ|距離|何キロ|何平方|平方キロ|いくら|予算|金額|総額|何億|何万|何円|何ドル|何ユーロ/i;

/** Someone taking part in something, in a past form ("took part", "visited", "a participé", "参加した"): it presumes the thing took place. */
const TOOK_PART = /\b(?:went|took part|participated|visited|travell?ed|conducted|carried out)\b|\b(?:a|ont|avait|avaient)\s+(?:particip|visit|effectu)|(?:実施され|参加し|訪問し|訪れ)た/i;
/** Done under an agreement ("exported under the pact", "dans le cadre de l'accord", "協定に基づいて"), which presumes something was. */
const UNDER_AGREEMENT = /\bunder (?:the|this|that|their|its)\b|\bafter the (?:pact|agreement|deal|treaty)\b|\bapr[eè]s (?:l['’]|le |la )(?:accord|pacte|trait[ée])|\bas part of\b|\bdans le cadre d|\ben vertu d|\bau titre d|に基づ|のもとで|の下で/i;
/** A thing done, in a past form: "has Japan exported", "have been sent", "a-t-il transférés", "輸出した". */
const DONE = /\b(?:has|have|had)\s+(?:\w+\s+){0,3}\w+(?:ed|en|wn|ne|nt)\b|\ba-t-(?:il|elle)\s+\w+[ée]e?s?\b|\b(?:a|ont)\s+(?:\S+\s+){0,2}\w+[ée]e?s?\b|(?:し|され)(?:た|ました)/iu;
/** What could be done, not what was: "what can they share under the ACSA". */
const POSSIBLE = /\b(?:can|could|may|might|would|will)\b|\bpeu(?:t|vent)\b|\bpourr\w+|でき|可能/i;
/** Its results asked for ("what came out of", "the outcome of"): it presumes the thing took place. */
const RESULTED = /\b(?:came out of|come out of|resulted from|results? of|outcomes? of)\b|\bwhat happened (?:at|in|during)\b|\br[ée]sultats? d|結果が出|成果が出|どんな結果|どんな成果/i;
/** Something taking place, in a past form ("took place", "a eu lieu", "行われた"). */
const OCCURRED = /\b(?:took place|happened)\b|\b(?:a|avait) eu lieu|\bs['’]est (?:tenue?|d[ée]roul)|\bse sont (?:tenue?s?|d[ée]roul)|(?:行われ|開かれ|開催され)た/i;
/** The same verbs after "did" or "was": "did it go", "were they held", "did he make the trip". */
const OCCURRING = /\b(?:go|goes|held|happen|take part|participate|make the trip|visit|travel|come|conduct|carry out)\b/i;

const STOPWORDS = new Set(
  ('a an and are as at be been being by can could should must might shall did do does for from had has have he her hers him his how i if in into is it its ' +
    'me my of on or our she so than that the their them then there these they this those to us was we were what when where which ' +
    'while who whom whose why will with would you your yes no not any some there ever been after besides except apart other ' +
    // Prepositions of place and relation: grammar, never what a question is about (time words are read
    // as dates; "during" names no time of its own).
    'against among amid amidst toward towards upon via within throughout despite beyond onto across along around beneath underneath during ' +
    // Quantifiers: how many, never what ("several countries").
    'several various numerous multiple few many ' +
    // French, for questions typed in French
    'qui que quoi quel quelle quels quelles est etait sont le la les de du des en au aux et un une pour avec sur dans par il elle ce cette ces a l d qu ' +
    'ils elles on nous vous je leur leurs se sa son ses y t ont eu ete ou ' +
    // French prepositions, as the English ones above: grammar, never what is asked ("parmi" is not a misspelt name).
    'parmi entre chez aupres envers selon sans sous vers contre pendant durant ' +
    // French spoken fillers ("genre les drones pis toute", "ben", "tsé"): how people talk, never what is asked.
    'genre pis ben bah tse toute ' +
    // Nouns that stand for anything ("the whole 2+2 thing", "logistics stuff"): never what is asked.
    'thing things stuff ' +
    // A negated auxiliary, its "'t" split off or typed without it ("doesn't": "doesn"): grammar.
    'didn doesn don isn wasn weren aren hasn haven hadn couldn wouldn shouldn didnt doesnt dont isnt wasnt werent arent hasnt havent hadnt couldnt wouldnt shouldnt cant ' +
    // Japanese "since" and "up to" after a year: how a time is bounded, read with the year.
    '以降 以前')
    .split(' '),
);

// Function words that only French has: two of them make a question French.
const FRENCH_WORDS = new Set('le la les de du des un et est sont une au aux qui que quoi quel quelle quels quelles avec pour dans sur ont ete etait entre leur leurs ce cette ces il elle ils elles nous vous lors combien pourquoi depuis apres avant selon chez aupres se ne pas ou'.split(' '));

/** French: two of its function words, or one and a lowercase word with a French accent ("à", "été"). */
function looksFrench(words: string[], text: string): boolean {
  const n = words.filter((w) => FRENCH_WORDS.has(w)).length;
  return n >= 2 || (n === 1 && /(?<![\p{L}])\p{L}*[àâçéèêëîïôûùœÀÂÇÉÈÊËÎÏÔÛÙŒ]\p{L}*(?![\p{L}])/u.test(text));
}

/** Accents dropped, case kept, with where each folded character came from in the text. */
function foldAccents(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const c of text[i]!.normalize('NFKD').replace(/\p{M}/gu, '')) {
      folded += c;
      from.push(i);
    }
  }
  from.push(text.length);
  return { folded, from };
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  premier: 1, premiere: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5,
  '1er': 1, '1re': 1, '2e': 2, '3e': 3, '4e': 4, '5e': 5, '6e': 6, '2eme': 2, '3eme': 3, '4eme': 4, '5eme': 5,
};
const WH_WORDS = new Set(['what', 'which']);
const ASKING_WORDS = new Set(['what', 'which', 'whose', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle']);
const ORDINAL_SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };
/** Words for a meeting in general; each series adds its own (data/series/) in createReader. */
const GENERAL_MEETING_WORDS = ['meeting', 'meetings', 'talks', 'summit', 'gathering', 'session', 'ministerial', 'reunion', '会合', '会議', '会談'];
/** Words that count sittings of a series after an ordinal: "the fourth round", "la troisième édition". */
const SITTING_WORDS = new Set(['round', 'edition', 'iteration', 'installment', 'instalment', 'sitting', 'tour']);
/** Verbs of a thing beginning: said of a series of meetings, its first. */
const SERIES_BEGUN = new Set(['start', 'starts', 'started', 'begin', 'begins', 'began', 'begun', 'launched', 'commenced', 'originated', 'commence', 'debute']);
/** Verbs of what an agreement makes possible. */
const ENABLING = ['enable', 'enables', 'let', 'lets', 'permit', 'permits', 'stipulate', 'stipulates', 'provide', 'provides', 'permet', 'permettra', 'permettre', 'permettent'];
/** Words that make a question one of what someone said. */
const SAYING_WORDS = new Set(['say', 'said', 'says', 'quote', 'quotes', 'quoted', 'told', 'tell', 'spoke', 'speak', 'statement', 'remarks', 'remark', 'comments', 'comment', 'declared', 'dit', 'line', 'lines', 'words']);
/** Verbs that say someone spoke, in a past or present form: "which minister described…", "quel ministre a déclaré…"; any other verb of saying in its past form ("listed") too. */
const SPEAKING_VERBS = new Set(['said', 'says', 'described', 'describes', 'called', 'calls', 'told', 'stated', 'declared', 'remarked', 'warned', 'noted', 'stressed', 'insisted', 'dit', 'declare', 'affirme']);
/** The articles themselves, as a question names them. */
const SOURCE_WORDS = new Set(['article', 'articles', 'report', 'reports', 'source', 'sources', 'piece', 'story', 'texte', 'textes', 'rapport', '記事']);
/** After "first", words that make it say when something was held: "first held", "first took place", "first met in". */
const FIRST_HELD_NEXT = new Set(['held', 'hold', 'took', 'take', 'met', 'meet', 'convened', 'happened', 'occurred', 'when', 'where', 'in', 'on', 'and', 'time']);
const AFTER_WORDS = new Set(['now', 'today', 'currently', 'current', 'still', 'anymore', 'eventually', 'nowadays', 'presently', 'aujourd', 'actuel', 'actuellement', 'finalement', 'yet', '結局', '最終的', '現在', '今では']);
/** Words of time relative to another time: of now alone, or of a time the question names. */
const STILL_WORDS = new Set(['still', 'yet', 'anymore', 'encore', 'toujours']);
const AFTER_PHRASES = [['in', 'the', 'end'], ['these', 'days'], ['since', 'then'], ['actually', 'happen'], ['actually', 'happened'], ['did', 'it', 'happen'], ['right', 'now'], ['au', 'final'], ['en', 'fin', 'de', 'compte']];
/** Verbs that ask what someone did rather than who they are. */
export const EVENT_STEMS = new Set(['agre', 'meet', 'visit', 'discuss', 'decid', 'sign', 'pledg', 'confirm', 'affirm', 'express', 'invit', 'go', 'going', 'travel', 'trip']);
/** Verbs of what a meeting decided, by their stems: "what was agreed", "what did they sign". */
const DECIDING_STEMS = new Set(['agre', 'decid', 'sign', 'pledg', 'conclud', 'approv', 'adopt', 'convenu']);
/** Words for coming after or before someone in an office, by their stems (en, fr, ja). */
const SUCCESSION_STEMS = {
  next: new Set(['replac', 'replacement', 'successor', 'succeed', 'succe', 'succed', 'remplac', 'remplacant', 'successeur', '後任', '後継']),
  previous: new Set(['predecessor', 'preced', 'predecesseur', '前任']),
};
/** Of those, the nouns: they say which way alone. */
const SUCCESSION_NOUNS = new Set(['replacement', 'successor', 'remplacant', 'successeur', '後任', '後継', 'predecessor', 'predecesseur', '前任']);
/** Words for a reaction, by their stems (en, fr). */
const REACTION_STEMS = new Set(['react', 'reaction', 'respond', 'respons', 'reagi', 'reagir', 'reagit']);
/** The calendar's words, whatever the language the question is typed in. */
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const JA_WEEKDAYS: Record<string, string> = { 月: 'monday', 火: 'tuesday', 水: 'wednesday', 木: 'thursday', 金: 'friday', 土: 'saturday', 日: 'sunday' };
const WEEKDAY_WORDS = Object.values(JA_WEEKDAYS);
const FR_CALENDAR: Record<string, string> = {
  lundi: 'monday', mardi: 'tuesday', mercredi: 'wednesday', jeudi: 'thursday', vendredi: 'friday', samedi: 'saturday', dimanche: 'sunday',
  ...Object.fromEntries(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'].map((m, i) => [m, EN_MONTHS[i]!])),
};
/** What stands between a kind and its examples: "issues like cholera", "fields such as…", "domaines comme…". */
const EXAMPLE_MARKERS = [['like'], ['such', 'as'], ['including'], ['especially'], ['notably'], ['eg'], ['e', 'g'], ['comme'], ['notamment'], ['tel', 'que'], ['tels', 'que'], ['telle', 'que'], ['telles', 'que']];
/** Sittings of something other than a meeting, after 第N回: drills, talks, rounds (第3回の共同訓練). */
const OTHER_SITTING = /^[のは]?\s*(?:共同|日仏|二国間)?\s*(?:訓練|演習|交渉|協議|ラウンド|選挙)/;
/** Up to a dash or colon before a question: "sorry newbie question — what…", "quick one: who…", "for my notes: in which year…". */
const LEAD_IN = /^\s*([^?\n—–:]{2,60}?)\s*(?:[—–:]|\s-)\s+(?=(?:(?:in|on|at|for|from|by|with|to|during|since|until|en|dans|depuis|pour|avec|par)\s+)?(?:who|whom|what|which|when|where|how|why|did|does|do|is|was|were|are|can|could|name|list|give|tell|explain|describe|define|summari[sz]e|compare|qui|que|quel|quelle|quand|o[uù]|comment|pourquoi|citez|donnez|nommez)\b|["“«])/i;
/** Asked which of the articles says something: "which article mentions…", "does either report say…", "quel article…", "どの記事". */
const SOURCE_ASKED = /\b(?:which|what|either|neither|both|one of the)\s+(?:of\s+the\s+)?(?:two\s+)?(?:articles?|reports?|sources?|pieces?|stor(?:y|ies))\b|\bquel(?:le)?s?\s+(?:des\s+deux\s+)?(?:articles?|textes?|rapports?)\b|(?:どの|どちらの)記事/i;
/** Words for the members of a group asked for: "which countries", "how many nations are in it". */
const MEMBER_NOUNS = ['countries', 'nations', 'members', 'states', 'pays', 'membres'];
/** A claim put to be checked: "is it true that…", "c'est vrai que…", "c'est-tu vrai que…", "vrai qu'il…". */
const CLAIM_OPENER = /\b(?:is it|it['’]?s|est-il|est-ce|c['’]est|c['’]est-tu|c['’]tu)\s+(?:really\s+|bien\s+)?(?:true|right|correct|vrai|exact|juste)\s+(?:that|qu(?:e\b|['’]))|^\s*(?:vrai|true)\s+qu?(?:e\b|['’]|that\b)/i;
/** Words that, before "to" and a verb, say a thing was planned: "due to take place", "set to be held". */
const PLAN_MODALS = new Set(['supposed', 'due', 'meant', 'scheduled', 'slated', 'set', 'planned', 'expected', 'intended']);
const PLANNED_TO = new RegExp(`\\b(?:${[...PLAN_MODALS].join('|')}|pencil(?:l?ed) in)\\s+to\\b|\\bto\\s+be\\s+(?:held|\\w+ed)\\b`, 'i');
/** Chat shorthand for a linking word, read as the word: "n" (and), "abt" (about), "b4" (before). */
const SHORTHAND: Record<string, string> = { n: 'and', abt: 'about', bc: 'because', cuz: 'because', b4: 'before', 'w/': 'with' };
/** A lead-in asking to have a claim checked ("quick check -", "Claim:", "yes/no:", "vrai ou faux :"): what follows is the claim. */
const CHECK_LEAD = /^\s*([^?\n—–:]{0,40}?)\b(?:check|claim|fact[- ]?check|yes\s*\/\s*no|yes or no|true or false|true\s*\/\s*false|verify|confirm|vrai ou faux|oui ou non|v[ée]rif\p{L}*)\b([^?\n—–:]{0,20}?)\s*(?:[—–:]|\s-)\s+(?=\S)/iu;
/** The claim after a checking lead-in, to its end. */
const CHECK_LEAD_CLAIM = new RegExp(`${CHECK_LEAD.source}([\\s\\S]*)$`, 'iu');
/** A sentence that only asks whether what comes before holds ("Accurate?", "Is that true?", "Vrai ?", "Is that what the source says?"): how it is asked, not what. */
const CONFIRMING_SENTENCE = String.raw`(?<=[.!?"”»]\s*)(?:(?:(?:is|was) (?:this|that|it|the claim) )?(?:accurate|true|correct|right|exact|vrai)|(?:is|was) (?:this|that|it) what (?:the|either|both) (?:${[...SOURCE_WORDS].join('|')}) (?:says?|said)|(?:does|do|did) (?:the|either) (?:${[...SOURCE_WORDS].join('|')}) (?:say|support|back) (?:this|that|it))\s*\?`;
const CONFIRMING = new RegExp(CONFIRMING_SENTENCE, 'giu');
/** The same sentence closing the question: it asks yes or no of what comes before. */
const CONFIRMING_END = new RegExp(`${CONFIRMING_SENTENCE}\\s*$`, 'iu');
/**
 * A question word, a number, or a lead that is a name alone: then it is part of the question ("In
 * 2018 — who…", "Sato: what…"). A name in a phrase of who asks ("a listener called Sam: how…") is not.
 */
const QUESTION_WORDS_IN = /\b(?:who|whom|what|which|when|where|how|why|qui|quel|quelle|quand|comment|pourquoi)\b|\d|^\s*(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u;
/** What opens a clause telling of a thing already named: "the pact (that) they signed". */
const RELATIVE_OPENERS = new Set(['they', 'he', 'she', 'we', 'that', 'which', 'ils', 'qu', 'quils']);
/** Verbs a request opens with: "can you…", "could someone…". */
const MODALS = new Set(['can', 'could', 'would', 'will']);
/** Verbs that open a yes-or-no question. */
const AUXILIARIES = new Set(['did', 'does', 'do', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'didnt', 'wasnt', 'werent', 'isnt', 'arent', 'hasnt', 'havent']);
/** Month names and their abbreviations. French ones are read as English before this (FR_CALENDAR). */
const JA_YES_NO_END = /(?:ですか|でしたか|ましたか|ますか|でしょうか|だった|だったっけ|っけ|よね|んですか|のですか|んだよね)\s*[？?]?\s*$/u;
const JA_QUESTION_WORD = /誰|だれ|何|なに|なん|いつ|どこ|どの|どれ|どちら|なぜ|どう|どんな|いくつ|幾つ|何回|何人/u;
const MONTH_WORDS = new Set([...EN_MONTHS, ...EN_MONTHS.map((m) => m.slice(0, 3)), 'sept']);
/** The adverbs a phrasal verb takes ("kick off", "carry out", "bring up"). */
// Not "in", "on", "about": after a noun ("the minister in 2015") they are prepositions, and asking
// WordNet of every such pair would load its indexes for a one-line question that needs none.
const PARTICLES = new Set(['off', 'up', 'out', 'over', 'down', 'back', 'through', 'away', 'ahead', 'forward']);
/** Being somewhere: "visit Japan", "come to Tokyo", "venu au Japon". The answerer drops them as terms. */
export const PRESENCE_STEMS = new Set(
  ['visit', 'visited', 'come', 'came', 'go', 'went', 'gone', 'travel', 'travelled', 'traveled', 'trip', 'arrive', 'stay', 'venu', 'visite', 'rendu'].map(stem),
);
/** Words for the office someone holds, asked of a person ("his portfolio", "her job"). */
const POSITION_WORDS = new Set(['portfolio', 'portfolios', 'capacity', 'capacities', 'qualite', 'post', 'posts', 'job', 'jobs', 'title', 'titles', 'role', 'roles', 'position', 'positions', 'poste', 'postes', 'fonction', 'fonctions', '役職', '肩書', '肩書き']);
/** Nouns for holding an office; each office adds its own words (data/offices/). */
const OFFICE_NOUNS = ['minister', 'ministers', 'min', 'mins', 'ministry', 'portfolio', 'secretary', 'chief', 'ministre', 'ministres'];
/** Words that may stand between an office's word and its noun: "foreign and defence ministers", "minister of defence". */
/** Words between quotation marks; an apostrophe inside a word ("Japan's", "didn't") opens none. */
// An apostrophe between letters inside it ("I'm", "the world's") is part of the words, not the quote's end.
const QUOTED = /(?<![\p{L}\p{N}])["“'‘«「『]\s*((?:[^"“”'‘’«»「」『』]|(?<=\p{L})['’](?=\p{L})){2,120}?)\s*["”'’»」』](?![\p{L}\p{N}])/gu;
/** Words that open a clause: a lexicon phrase never spans one ("the foreign minister when the defence pact…" holds no "minister of defence"). */
const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'whereas', 'because', 'who', 'whom', 'whose', 'which', 'if', 'but', 'quand', 'lorsque', 'qui', 'que', 'mais']);
/** A question's words to match lexicon phrases in: its stop words dropped, a mark where a clause opens. */
const phraseWords = (words: string[]) => words.flatMap((w) => (CLAUSE_OPENERS.has(w) ? ['|'] : STOPWORDS.has(w) ? [] : [w]));
const OFFICE_JOINERS = new Set(['and', 'or', 'of', 'for', 'the', 'de', 'la', 'des', 'du', 'l', 'et', 'aux', 'a']);

/** The country of a lexicon entry that names only one country's title (its `means` is that title). */
function lexiconCountry(o: OfficeKind, lexicon: Map<string, LexiconEntry>): Map<string, Country> {
  return new Map(o.lexicon.flatMap((id) => {
    const title = o.titles.find((t) => t.country && lexicon.get(id)?.means?.some((m) => m.toLowerCase() === t.en.toLowerCase()));
    return title?.country ? [[id, title.country] as const] : [];
  }));
}

/**
 * Two questions in one ("which French ministers called on the prime minister, and where?",
 * "…, et quand ?", "what came up? any disease?"): the first, and what follows the joining word. None where the question is one.
 * The second part often points back at the first ("who held that office"), so it is answered on
 * its own only where it names something of its own.
 */
export function questionParts(text: string): { first: string; second: string } | undefined {
  // Japanese: a question mark with more Japanese after it ("…中谷さんだったっけ？外務大臣は？").
  const japanese = /[？?]\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u.exec(text);
  if (japanese && japanese.index >= 6 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text.slice(0, japanese.index))) {
    return { first: text.slice(0, japanese.index + 1).trim(), second: text.slice(japanese.index + japanese[0].length).trim() };
  }
  const JOINTS = /\?\s+(?=\S)|(?:,\s*|\s+)(?:and|but|plus)\s+(?=(?:who|whom|whose|what|which|when|where|how|why|since when|in which|at which|on which)\b)|\s+[-–—]\s+(?=(?:who|what|which|when|where|how|why)\b)|,?\s+et\s+(?=(?:qui|quel|quelle|quels|quelles|quand|o[uù]|comment|pourquoi|depuis quand|combien|qu['’]est-ce|qu['’]a-t-)(?![\p{L}]))/giu;
  // The first joint that leaves a question before it: "the Lyon meeting — which round was it, and
  // who went?" splits at "and who", not at the dash after the topic. Past the first joint, not before
  // a pronoun for whom the topic names ("Sato's remark — where was he, and what did he add?"): that
  // stays one question of its own topic.
  let first = true;
  for (const joint of text.matchAll(JOINTS)) {
    const parts = joint.index !== undefined && joint.index > 0 ? splitAt(text, { ...joint, index: joint.index }) : undefined;
    if (parts && (first || !/\b(?:he|she|him|his|her|they|them|their|il|elle|ils|elles|lui)\b/i.test(parts.second))) return parts;
    first = false;
  }
  return undefined;
}

/** The question split at one joint, if what comes before it asks something. */
function splitAt(text: string, joint: RegExpMatchArray & { index: number }): { first: string; second: string } | undefined {
  // "The guy who was defence minister then — what…": the person described is asked for first.
  const described = /^(?:the|that|this)\s+(?:[\p{L}'’-]+\s+){1,3}?who\s+/iu.exec(text.slice(0, joint.index));
  // Its describing words stay ("the French guy who…": French).
  const first = (described ? `${described[0].replace(/\s*who\s+$/i, '')}, who ${text.slice(described[0].length, joint.index).trim()}` : text.slice(0, joint.index)).trim();
  const second = text.slice(joint.index + joint[0].length).trim();
  // A question word opens the first part too (after chat, or a leading clause: "Before the talks, which…"),
  // or it is one question with two clauses ("did they sign it, and when?", "the meeting where…: who…").
  // A topic set before a dash goes too ("the Lyon meeting — which round was that, and…").
  const opening = wordsOf(first.replace(/^[^,:?]{0,60}[,:]\s*/u, '').replace(/^[^?—–]{3,100}\s[—–]\s+/u, '')).filter((w) => !['so', 'hey', 'ok', 'okay', 'and', 'but', 'also', 'then'].includes(w));
  const QUESTION_WORD = /^(?:who|whom|whose|what|whats|which|when|where|how|why|qui|quel|quelle|quels|quelles|quand|ou|comment|pourquoi|combien|in|on|at|by)$/;
  // Or after a leading phrase of time without its comma ("before the talks in 2018 who did…").
  const afterPhrase = /^(?:before|after|during|since|avant|apres|lors)$/.test(opening[0] ?? '') && opening.slice(1, 8).some((w) => QUESTION_WORD.test(w) && !/^(?:in|on|at|by)$/.test(w));
  // Two sentences ("…in the 2018 report? What's the timeline?"): the first may ask yes or no.
  // Two sentences, each with its own question mark ("…in the 2018 report? What's the timeline?",
  // "Sato, elle est ministre de quoi ? c'est elle la…"), however the first opens.
  const sentences = /^\?/.test(joint[0]);
  // Or its question word comes last, where the thing asked would stand ("Japan's minister in 2015 who, and…").
  const inPlace = /^(?:who|whom|what|which|when|where)$/.test(opening.at(-1) ?? '');
  if (!(QUESTION_WORD.test(opening[0] ?? '') || afterPhrase || sentences || inPlace) || wordsOf(first).length < 3) return undefined;
  return { first: first.replace(/[,;:]$/, '') + '?', second: second.charAt(0).toUpperCase() + second.slice(1) };
}

export interface Reader {
  read(text: string): Question;
  /** Stems that occur somewhere in the articles: a term outside them is something they never mention. */
  inArticles(stem: string): boolean;
  /** Whether a word's first noun sense names a person ("hostage", "Japanese", "official"). */
  personNoun(word: string): boolean;
  /** Whether a word is a verb of saying ("mention", "call", "name"), in any of its forms. */
  sayingVerb(word: string): boolean;
  /** What kind of thing a noun's first sense names, as WordNet files it ("noun.group" for "organizations"). */
  nounKind(word: string): string | undefined;
  /** Whether two English words can say the same thing: a WordNet sense of one holds the other, or a form derived from it ("begin" and "start", "talks" and "negotiating"). */
  akin(a: string, b: string): boolean;
  /** In an English question, the English word a word no dictionary holds was typed for, one slip away ("logisitcally"), if there is just one. */
  spelledAs(word: string, question: string): string | undefined;
  /** What a noun or name is a kind or an instance of, by its first two senses ("frigate": warship; "Tahiti": island). */
  kindsOf(word: string): string[];
}

export function createReader(k: Knowledge): Reader {
  // Split here, not when the module loads: the snapshot's Japanese splits are known by then.
  const COUNTERPART_WORDS = new Set(['counterpart', 'counterparts', 'homologue', 'homologues', 'カウンターパート', '相手'].flatMap(wordsOf));
  const offices = [...k.offices.values()].map((o) => ({ id: o.id, alone: o.alone, words: o.words.map(wordsOf), lexicon: new Set(o.lexicon), countryOf: lexiconCountry(o, k.lexicon) }));
  const officeLexicon = new Set([...k.offices.values()].flatMap((o) => o.lexicon));
  // The words of the lexicon's names for offices ("防衛相", "minister of defence"), as typed.
  const OFFICE_PHRASE_WORDS = new Set([...officeLexicon].flatMap((id) => k.lexicon.get(id)?.say ?? []).flatMap(wordsOf).filter((w) => !STOPWORDS.has(w)));
  const ROLE_WORDS = new Set([...OFFICE_NOUNS, ...[...k.offices.values()].flatMap((o) => o.words.flatMap(wordsOf))]);
  // The glossary's French fixed phrases ("chef de la diplomatie", "chef d'État"), longest first.
  const frenchPhrases = [...k.glossary.keys()].filter((w) => w.includes(' ') && /^[a-z0-9 ]+$/.test(w)).sort((a, b) => b.length - a.length);
  const FRENCH_PHRASE = frenchPhrases.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${frenchPhrases.map((p) => p.split(' ').map(escapeRegExp).join("[\\s'’-]+")).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  /** A French question's fixed phrases read as the English the glossary gives: "chef de la diplomatie" is the foreign minister. */
  const glossFrenchPhrases = (text: string, english: Set<string>): string => {
    if (!FRENCH_PHRASE) return text;
    const { folded, from } = foldAccents(text);
    let out = text;
    for (const m of [...folded.matchAll(FRENCH_PHRASE)].reverse()) {
      const words = wordsOf(m[0]);
      // Our lexicon reads it already ("ministère des armées": its "armées" is France's minister's title): it wins.
      if (termsOf(words, lexicon).some((t) => t.via)) continue;
      // Of its English, the one naming an office ("chef de l'État": president, not head of state).
      const glosses = k.glossary.get(words.join(' ')) ?? [];
      const en = glosses.find((g) => wordsOf(g).some((w) => ROLE_WORDS.has(w) && !OFFICE_NOUNS.includes(w))) ?? glosses[0];
      if (!en) continue;
      for (const w of wordsOf(en)) english.add(w);
      out = `${out.slice(0, from[m.index])} ${en} ${out.slice(from[m.index + m[0].length])}`;
    }
    return out;
  };
  /** A word WordNet's first noun sense writes with a capital: a name ("Asia", "Russia"). */
  const isProperName = (w: string) => {
    const first = wordnet.lookup(w)?.senses.find((x) => x.pos === 'noun');
    return first !== undefined && isName(first.words);
  };
  /**
   * A verb and its particle that WordNet holds as one verb ("kick off", "carried out", "set up"):
   * read as the one verb of its commonest sense, or of the words derived from it, that the articles
   * use ("kick off" is "start"). Where the articles use none, the words stay as typed.
   */
  const phrasalVerbsRead = (words: string[], phrasal: Set<string>): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const [w, particle] = [words[i]!, words[i + 1]];
      const verb = particle && PARTICLES.has(particle) && /^[a-z]+$/.test(w) ? wordnet.lookup(w)?.senses.some((x) => x.pos === 'verb') && wordnet.lookup(`${wordnet.lookup(w)!.lemma}_${particle}`) : undefined;
      const sense = verb ? verb.senses.find((x) => x.pos === 'verb') : undefined;
      // A verb, as itself: "start" for "kick off", not the noun "first" derived from it.
      const asVerb = (x: string) => /^[a-z]+$/.test(x) && vocabulary.has(stem(x)) && wordnet.lookup(x)!.senses.some((y) => y.pos === 'verb' && y.words.includes(x));
      const used = sense ? [...sense.words, ...sense.related].find(asVerb) : undefined;
      if (!used) {
        out.push(w);
        continue;
      }
      out.push(used);
      phrasal.add(used);
      i++;
    }
    return out;
  };
  /** A verb of saying ("brief", "explain") or of responding, which is saying too ("react", whose first sense is "respond"). */
  const sayingVerb = (w: string): boolean => {
    if (!/^[a-z]+$/.test(w) || EVENT_STEMS.has(stem(w)) || STOPWORDS.has(w)) return false;
    const first = wordnet.lookup(w)?.senses.find((x) => x.pos === 'verb');
    if (!first) return false;
    const communication = (x: string) => wordnet.lookup(x)?.senses.filter((y) => y.pos === 'verb').slice(0, 2).some((y) => y.lexname === 'verb.communication') ?? false;
    return first.lexname === 'verb.communication' || first.words.some((x) => x !== w && /^[a-z]+$/.test(x) && communication(x));
  };
  /** A verb of giving or getting ("offer", "swap", "receive"): its first verb sense is one of possession. */
  const possessionVerb = (w: string): boolean => /^[a-z]+$/.test(w) && !STOPWORDS.has(w) && wordnet.lookup(w)?.senses.find((x) => x.pos === 'verb')?.lexname === 'verb.possession';
  /** A word's first noun sense, where it names a person ("hostage", and "Japanese", a name). */
  const personSense = (w: string) => {
    const first = /^[a-z]+$/.test(w) ? wordnet.lookup(w)?.senses.find((s) => s.pos === 'noun') : undefined;
    // WordNet files "person" itself among its top nouns, not its persons.
    return first?.lexname === 'noun.person' || first?.words.includes('person') ? first : undefined;
  };
  // A common noun: "Waters" the singer is no answer to "which waters".
  // A word's own synset words, and those with their related words: looked up once per word.
  const senseWords = new Map<string, { own: Set<string>; near: Set<string> }>();
  const wordsOfSenses = (w: string) => {
    let found = senseWords.get(w);
    if (!found) {
      const senses: Sense[] = wordnet.lookup(w)?.senses ?? [];
      const own = new Set(senses.flatMap((s) => s.words.map((x) => x.toLowerCase())));
      found = { own, near: new Set([...own, ...senses.flatMap((s) => s.related.map((x) => x.toLowerCase()))]) };
      senseWords.set(w, found);
    }
    return found;
  };
  const akin = (a: string, b: string): boolean => {
    const [x, y] = [wordsOfSenses(a.toLowerCase()), wordsOfSenses(b.toLowerCase())];
    return [...x.near].some((w) => y.own.has(w)) || [...y.near].some((w) => x.own.has(w));
  };
  const isPersonNoun = (w: string) => {
    const first = personSense(w);
    return first !== undefined && !isName(first.words);
  };
  // What people type for each country (data/countries/): "japan", "japonais", "日本".
  const countryOfWord: Record<string, Country> = {};
  for (const c of k.countries.values()) {
    // Its code too ("JP-FR talks", "FR minister"), as people write it.
    for (const w of [c.id, c.name.en, c.name.ja, c.name.fr, c.adjective, ...c.words]) {
      const words = wordsOf(w);
      if (words.length === 1) countryOfWord[words[0]!] = c.id;
    }
  }
  const lexicon = buildLexicon(k.lexicon.values(), STOPWORDS);
  const wordnet = openWordNet();
  // Words that mean a meeting: the general ones, each series' own, and its countries' names
  // ("the second Japan France meeting").
  const MEETING_WORDS = new Set([...GENERAL_MEETING_WORDS, ...[...k.series.values()].flatMap((s) => s.words.flatMap(wordsOf)), ...Object.keys(countryOfWord)]);
  // "次の2+2": the next meeting, which no article can know of.
  // Each series' own words, one by one ("two", "plus"): skipped when looking for the noun after "which".
  const seriesWordSet = new Set([...k.series.values()].flatMap((x) => x.words.flatMap(wordsOf)));
  const SERIES_PLURAL = new RegExp(`(${seriesWordsPattern(k.series.values())})s(?![\\p{L}\\p{N}])`, 'giu');
  // A Japanese question of a meeting itself: a series' name or a word for a meeting, and no drills or talks of another kind.
  const meetingJa = new RegExp(`${seriesWordsPattern(k.series.values())}|会合|会談|会議`, 'i');
  const ofMeetingJa = (text: string) => meetingJa.test(text) && !/訓練|演習|交渉|選挙|署名|協定/.test(text);
  const nextInJapanese = new RegExp(`(次|次回|今後)の?(${seriesWordsPattern(k.series.values())}|会合|会談)`, 'i');
  // Article by article: one array of every article's words at once is hundreds of megabytes at thousands of articles.
  const vocabulary = new Set<string>();
  for (const a of k.articles.values()) for (const w of stemsOf(a.text)) vocabulary.add(w);
  const vocabularyList = [...vocabulary].filter((w) => w.length >= 4 && !/\d/.test(w));

  // Names as word sequences, longest first: "jean paul de vries" before "vries"; "haruto sakai" also as "sakai haruto".
  const names: { words: string[]; id: string; kind: 'person' | 'agreement' }[] = [];
  for (const p of k.people.values()) {
    for (const n of [p.name, ...p.aliases]) {
      const w = wordsOf(n);
      names.push({ words: w, id: p.id, kind: 'person' });
      if (w.length === 2) names.push({ words: [w[1]!, w[0]!], id: p.id, kind: 'person' });
    }
  }
  for (const a of k.agreements.values()) for (const n of [a.name, ...a.aliases]) names.push({ words: wordsOf(n), id: a.id, kind: 'agreement' });
  // Every word of a person's names: a title beside one ("Prime Minister Sato", "佐藤首相") is how they are named.
  // (An alias may hold a title, "Prime Minister Sato": its title words are no name.)
  const personNameWords = new Set(names.filter((n) => n.kind === 'person').flatMap((n) => n.words).filter((w) => !ROLE_WORDS.has(w) && !OFFICE_NOUNS.includes(w) && countryOfWord[w] === undefined && w !== 'pm'));
  names.sort((a, b) => b.words.length - a.words.length);
  // Single surnames and agreement words, for typos ("kishda", "vendemiare").
  const fuzzyNames = names.filter((n) => n.words.length === 1 && n.words[0]!.length >= 5);
  // Names of several words, for one of them mistyped ("kasumi hal").
  const multiwordNames = names.filter((n) => n.words.length >= 2);
  const cities = new Map<string, string[]>();
  // Every word of a place's names: after the word that names it ("Iikura"), the rest of its name ("guest house") is spent.
  const placeNameWords = new Set<string>();
  const placePhrases: { words: string[]; meetings: string[] }[] = [];
  for (const m of k.meetings.values()) {
    if (!m.place) continue;
    // The city, and the venue's own name ("Iikura"), not its common words ("Japanese Foreign Ministry").
    const common = (w: string) => countryOfWord[w] !== undefined || ROLE_WORDS.has(w) || ['guest', 'house', 'ministry', 'residence', 'office', 'official', 'hall', 'palace'].includes(w);
    const names = [m.place.city, m.place.venue ?? ''];
    for (const w of new Set(names.flatMap(wordsOf))) if (w.length >= 4 && !common(w)) cities.set(w, [...(cities.get(w) ?? []), m.id]);
    for (const w of names.flatMap(wordsOf)) placeNameWords.add(w);
    // Its other names (data/places/: "東京", "飯倉公館", "Tokio") only whole: a word of one ("外務省", "会議") is no place.
    for (const p of k.places.values()) {
      if (p.name !== m.place.city && p.name !== m.place.venue) continue;
      for (const other of [p.ja, p.fr, ...p.aliases]) {
        const words = wordsOf(other);
        if (words.length === 0) continue;
        const known = placePhrases.find((x) => x.words.join(' ') === words.join(' '));
        if (known) known.meetings.push(m.id);
        else placePhrases.push({ words, meetings: [m.id] });
      }
    }
  }
  placePhrases.sort((a, b) => b.words.length - a.words.length);
  const agreementByAlias = new Map<string, string>();
  for (const a of k.agreements.values()) for (const n of [a.name, ...a.aliases]) agreementByAlias.set(stemsOf(n).join(' '), a.id);
  // Each agreement's name words (no generic ones: "pact", "agreement", "Japan").
  const agreementWords = new Map([...k.agreements.values()].map((a) => [a.id, new Set([a.name, ...a.aliases].flatMap(stemsOf).filter((w) => w.length >= 4 && !lexicon.generic.has(w) && !STOPWORDS.has(w)))] as const));
  const latestMeeting = Math.max(...[...k.meetings.values()].map((m) => m.number?.value ?? 0));
  const lastYear = latestYear(k);
  const lastDate = latestArticle(k).date;
  // A city standing for its country's government, as news writes it ("Lyon's side"): a meeting's city whose country the records give.
  const cityCountry = new Map([...k.meetings.values()].flatMap((m) => (m.place?.country ? wordsOf(m.place.city).map((w) => [w, m.place!.country!.value] as const) : [])));
  // The dates the records give things, planned ones included ("February 2018" for drills announced in January).
  const recordDates = [
    ...[...k.meetings.values()].flatMap((m) => [m.date, ...m.sideEvents.flatMap((e) => (e.date ? [e.date] : []))]),
    ...[...k.agreements.values()].flatMap((a) => a.timeline.map((s) => s.date)),
  ].map((d) => d.value);

  // Words of the lexicon's phrases are never "corrected": "calédonie" is French, not a typo of "caledonia".
  const lexiconWords = new Set(lexicon.phrases.flatMap((p) => p.words));

  /** A word the articles never use, corrected to one they do when it is one typo away. */
  /**
   * A typo, to the article word it is one or two edits from. A name typed in French or Japanese
   * script's Latin neighbour ("Asie", "Russie") may be as short as four letters: the articles'
   * English name for it is one edit away ("asia", "russia"), its first two letters the same.
   */
  function correct(word: string, name = false): string {
    const s = stem(word);
    if (vocabulary.has(s) || lexicon.generic.has(s) || lexiconWords.has(s) || /\d/.test(s)) return word;
    // Only a word that is no English name itself ("Kongo", "Mars" are), to one that is ("Asia").
    if (name && s.length >= 3 && word.length >= 4 && !wordnet.lookup(word)) {
      const english = vocabularyList.find((v) => v.slice(0, 2) === word.slice(0, 2) && Math.abs(v.length - word.length) <= 1 && editDistance(v, word) === 1 && isProperName(v));
      if (english) return english;
    }
    if (s.length < 5 || wordnet.lookup(word)) return word;
    // A word the articles use with an ending made on it ("presser", "sanctioner"): that word, not
    // one a letter away ("pressure").
    const base = /^(.{4,}?)(?:ers?|ies?|y)$/.exec(s)?.[1];
    if (base !== undefined && vocabulary.has(base)) return base;
    const max = s.length >= 9 ? 2 : 1;
    let best: string | undefined;
    for (const v of vocabularyList) {
      if (Math.abs(v.length - s.length) > max) continue;
      if (editDistance(v, s) <= max) {
        best = v;
        break;
      }
    }
    return best ?? word;
  }

  /**
   * Adjacent words a segmenter split that the glossary knows whole ("安全" + "保障": "安全保障",
   * security), where joining them leaves every phrase the lexicon reads ("防衛装備品・技術移転協定") whole.
   */
  function joinGlossed(words: string[]): string[] {
    const read = (ws: string[]) => termsOf(ws, lexicon).filter((t) => t.via).length;
    let out = words;
    for (let i = 0; i < out.length; i++) {
      for (const n of [4, 3, 2]) {
        const part = out.slice(i, i + n);
        if (part.length < n || part.some((w) => /^[a-z0-9]+$/.test(w)) || !k.glossary.has(part.join(''))) continue;
        const joined = [...out.slice(0, i), part.join(''), ...out.slice(i + n)];
        if (read(joined) < read(out)) continue;
        out = joined;
        break;
      }
    }
    return out;
  }

  // The words of every agreement's name and aliases ("pact", "agreement", "raa"), made on first need.
  let nameWords: Set<string> | undefined;
  const agreementNameWords = () => (nameWords ??= new Set([...k.agreements.values()].flatMap((a) => [a.name, ...a.aliases].flatMap(wordsOf))));

  /** Whether words name something to find: a word the articles use, or one the lexicon says they say otherwise ("counterterrorism"). */
  const namesTopic = (words: string[]) => words.some((w) => vocabulary.has(stem(w)) && !STOPWORDS.has(w)) || termsOf(words, lexicon).some((t) => t.via && !lexicon.generic.has(t.alternatives[0]![0]!));
  /** Words that only say how to answer ("key points only", "quick bullet list"), with grammar, a purpose ("for the channel") and counts ("4-5"). */
  const answerFormOnly = (text: string): boolean => {
    const words = wordsOf(text.replace(PURPOSE_IN, ''));
    return words.length > 0 && words.some((w) => ANSWER_FORM_WORDS.has(w)) && words.every((w) => ANSWER_FORM_WORDS.has(w) || STOPWORDS.has(w) || /^\d{1,2}$/.test(w) || ['need', 'give', 'me', 'us', 'want'].includes(w));
  };
  /** A sentence that only asks to have what comes before checked: a word pointing back, words of checking, grammar. */
  const checkingOnly = (sentence: string): boolean => {
    const words = wordsOf(sentence);
    return words.some((w) => ['it', 'that', 'this', 'me'].includes(w)) && words.some((w) => CHECKING_WORDS.has(w)) && words.every((w) => CHECKING_WORDS.has(w) || STOPWORDS.has(w) || ['me', 'pls', 'please', 'thanks', 'so'].includes(w));
  };
  /** A sentence of the sources and how they bear on a claim, with no question word and no topic of its own. */
  const aboutSourcesOnly = (sentence: string): boolean => {
    const words = wordsOf(sentence);
    return words.some((w) => SOURCE_WORDS.has(w)) && !words.some((w) => ['who', 'whom', 'what', 'which', 'when', 'where', 'why', 'how', 'qui', 'quel', 'quelle', 'quand', 'comment', 'pourquoi'].includes(w)) && !namesTopic(words.filter((w) => !SOURCE_WORDS.has(w) && !sayingVerb(w)));
  };
  /** Verbs of holding something true ("I think", "I remember that"), beside those of saying. */
  const HOLDING = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'remember', 'remembers', 'recall', 'recalls', 'heard', 'read', 'reckon', 'reckons']);
  /** Who holds a claim, as people say it: an indefinite person, the asker, "my friend", "a guy here". */
  const HOLDER_OPENERS = new Set(['someone', 'somebody', 'people', 'everyone', 'everybody', 'i', 'we', 'my', 'our', 'a', 'an', 'some', 'this', 'one']);
  /** "Someone in the server swears the frigate was a destroyer, wasn't it?": the claim alone, asked yes or no. */
  const heldClaim = (text: string): string => {
    const tokens = text.trim().split(/\s+/);
    if (!HOLDER_OPENERS.has(wordsOf(tokens[0] ?? '')[0] ?? '')) return text;
    for (let i = 1; i <= 6 && i < tokens.length - 2; i++) {
      const verb = tokens[i]!.toLowerCase();
      if (!(HOLDING.has(verb) || sayingVerb(verb))) continue;
      const holder = tokens.slice(0, i);
      const words = wordsOf(holder.join(' '));
      // Of no one the articles name: no capital but "I", no office or country, no topic.
      if (!HOLDER_OPENERS.has(words[0] ?? '') || holder.some((w) => /^\p{Lu}/u.test(w) && w !== 'I') || words.some((w) => ROLE_WORDS.has(w) || countryOfWord[w] !== undefined) || namesTopic(words)) return text;
      const claim = tokens.slice(tokens[i + 1]?.toLowerCase() === 'that' ? i + 2 : i + 1).join(' ');
      // A question of its own after it ("I read that… — when was it?") is asked as it is.
      if (/^(?:who|whom|what|which|when|where|how|why|whether|if)$/i.test(claim.split(/\s+/)[0] ?? '')) return text;
      return /\?/.test(claim) ? claim : `${claim.replace(/[.!\s]+$/, '')}, right?`;
    }
    return text;
  };
  function read(input: string): Question {
    // A lead-in with no question in it, before a dash or a colon ("sorry newbie question — what
    // does…", "quick one: who…"): chat, not what is asked.
    // Only where none of its words names a topic: "unsc reform - what timeline…", "Sanctions: what…" name theirs.
    // "…. Accurate?" closing the question asks whether it holds (a tag, as ", right?"); before another
    // question ("Accurate? Who said it?"), that question is what is asked.
    const asTyped = input
      // Question words as typed fast: "wat", "wut", "waht" are "what".
      .replace(/(?<![\p{L}'’])(?:wat|wut|waht|whta)(?![\p{L}'’])/giu, 'what')
      // Chat shorthand, typed lowercase between words: "… n what did he say abt drones".
      .replace(/(?<=\p{Ll}\s)(n|abt|bc|cuz|b4|w\/)(?=\s+\p{Ll})/gu, (_m: string, w: string) => SHORTHAND[w] ?? w)
      // "def min", "mins": a minister, not the stem of "mines"; not "5 min".
      .replace(/(?<!\d\s?)\b(?:(def|defence|defense|foreign)\s+)?min(s?)\b(?!['’.])/giu, (_m: string, office: string | undefined, plural: string) => `${office ? `${office.toLowerCase() === 'def' ? 'defence' : office} ` : ''}minister${plural}`)
      // Calling on someone is meeting them ("did they call on PM Sato first?"); calling on someone to do something is not.
      // (A verb only: "a courtesy call on", "the ministers' call on" name the visit, and read as they are;
      // "called on Lyon's mayor" names whom by another, which the reader resolves as it is.)
      .replace(/(?<!\b(?:a|the|their|his|her|its|courtesy)\s)(?<!['’]s\s|s['’]\s)\b(call|calls|called|calling)\s+on\s+(?=(?:the\s+)?\p{Lu}\p{L}*\b(?!['’]))(?![^?.,;]*?\bto\s+\p{Ll})/gu, (_m: string, verb: string) => (/called/i.test(verb) ? 'met ' : 'meet '))
      // "By the end of January 2018" bounds time as "by January 2018" does ("by the end of the year" is a deadline asked of, read as it is).
      .replace(/\b(by|until|till)\s+the\s+end\s+of\s+(?=(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b)/gi, '$1 ')
      // A meeting had with someone is meeting them: "did they get a meeting with Sato", "had talks with her".
      .replace(/\b(get|gets|getting|got|have|has|having|had|hold|holds|holding|held|secure|secured)\s+(?:a\s+|an\s+)?(?:meeting|talks|audience|sit-down)\s+with\b/gi, (_m: string, verb: string) => (/^(?:got|had|held|secured)$/i.test(verb) ? 'met' : 'meet'))
      .replace(LEAD_IN, (m: string, lead: string) => (QUESTION_WORDS_IN.test(lead) || namesTopic(wordsOf(lead)) ? m : ''))
      // A claim after a checking lead-in is asked yes or no: with no question mark of its own, as "…, right?".
      .replace(CHECK_LEAD_CLAIM, (m: string, before: string, after: string, claim: string) => (namesTopic(wordsOf(`${before} ${after}`)) ? m : /\?/.test(claim) ? claim : `${claim.replace(/[.!\s]+$/, '')}, right?`))
      // A cleft claim ("it was Sato who signed it", "c'est Dumont qui l'a dit") says it of the one named: "Sato signed it".
      .replace(/\b(?:it|this)\s+(?:was|is)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)(?:who|that)\s+|\bc['’]est\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)qui\s+/gu, (_m: string, en: string | undefined, fr: string | undefined) => en ?? fr ?? '')
      // Someone else's claim, put to be checked ("someone here swears the frigate was…, wasn't it?",
      // "my friend says…", "I remember that…"): the claim is what is asked.
      .replace(/^[\s\S]*$/, heldClaim)
      // A short label before a colon that names nothing ("Trivia time: the last meeting — which port?"): chat.
      .replace(/^\s*([^?\n—–:]{2,24}?)\s*:\s+(?=\S)/, (m: string, lead: string) => (wordsOf(lead).length <= 3 && !/\d/.test(lead) && !QUESTION_WORDS_IN.test(lead) && !namesTopic(wordsOf(lead)) ? '' : m))
      // Or one that introduces a quoted claim ('Draft line: "…"'), whatever its words.
      // Not one that says who said it or asks ("Dumont said:", "Which minister said:").
      .replace(/^\s*([^?\n—–:"“«]{2,30}?)\s*:\s+(?=["“«])/, (m: string, lead: string) => (wordsOf(lead).length <= 4 && !/\d/.test(lead) && !wordsOf(lead).some((w) => QUESTION_OPENERS.has(w) || (sayingVerb(w) && /ed$/.test(w)) || ['said', 'says', 'told', 'wrote'].includes(w) || personNameWords.has(w) || ROLE_WORDS.has(w)) && !/(?<!^\s*)\p{Lu}/u.test(lead) ? '' : m))
      // Or one that only says how to answer and for whom ("quick bullet list for the channel:", "for #news:").
      .replace(/^\s*([^?\n—–:]{2,60}?)\s*:\s+(?=\S)/, (m: string, lead: string) => (answerFormOnly(lead) || PURPOSE.test(lead.trim()) ? '' : m))
      // Any last sentence that speaks of the sources and names nothing else ("Supported by the
      // articles or not?", "Does the report bear that out?"): it asks whether the claim before it holds.
      // So does one that only asks to have it checked ("Fix it if it's wrong.", "Correct me if that's off?").
      .replace(/(?<=[.!?][”"»]?\s+)([^.!?"”»]+[?.!]?)\s*$/u, (m: string, sentence: string) => ((/\?\s*$/.test(sentence) && aboutSourcesOnly(sentence)) || checkingOnly(sentence) ? ' Is that what the source says?' : m))
      .replace(CONFIRMING, (m: string, at: number, all: string) => (all.slice(at + m.length).trim() === '' ? m : ' '))
      // After the question, a word on why it is asked ("need it for an essay", "I need to check for
      // my thesis", "thanks!"): the asker's, naming nothing the question is about; who the asker is
      // ("asking as a proud Lyonnais") names no one the question is about, capital or not.
      .replace(/(?<=\?)\s+(?:i|i['’]m|im|we|my|need|needed|for|it['’]s|its|just|asking|thanks?|thx|pls|please|merci|je|j['’]\p{L}+)\b[^?]*$/iu, (m: string) => (!/^\s*(?:(?:asking|speaking|writing)\s+)?as\s+an?\s/iu.test(m) && /\d|(?<!^\s*)\b\p{Lu}\p{Ll}+/u.test(m.trim().replace(/^\S+/, '')) ? m : ''))
      // After the question, a remark that names nothing the articles speak of and asks nothing
      // ("sounds like a riddle 💀", "lol", an emoji): chat.
      .replace(/(?<=\?)\s+((?:sounds|seems|looks|feels|lol|lmao|haha+|ngl|tbh|idk|btw|kinda|sorta|wow|omg)\b[^?]*|[\p{Extended_Pictographic}\s!.]+)$/iu, (m: string, rest: string) => (QUESTION_WORDS_IN.test(rest) || namesTopic(wordsOf(rest)) ? m : ''))
      // Or how to answer ("key points only", "4-5 bullets pls"), after the question or a comma.
      .replace(/(?<=\?)\s+([^?]+)$/u, (m: string, rest: string) => (answerFormOnly(rest) ? '' : m))
      .replace(/,\s*([^,?]+?)\s*([.!?]?)\s*$/u, (m: string, rest: string, mark: string) => (answerFormOnly(rest) ? mark : m))
      // Or any last remark of the asker's own with no question in it that names nothing ("that's how I remember it").
      .replace(/(?<=\?)\s+([^?]+)$/u, (m: string, rest: string) => (!/\b(?:i|me|my|we|us|our|je|moi|j['’])(?![\p{L}])/iu.test(rest) || /^\s*(?:(?:and|or|but|so|et|ou|mais)\s+)?(?:who|whom|what|which|when|where|how|why|qui|quel|quelle|quand|comment|pourquoi)\b/i.test(rest) || /\d|(?<![\p{L}])(?!I\b)\p{Lu}/u.test(rest) || namesTopic(wordsOf(rest)) ? m : ''))
      // The same after a comma, where it says what the answer is for ("…, I need it for my class").
      .replace(/,\s*(?:i need (?:it|this|that) for|i['’]m (?:writing|preparing)|it['’]s for|for my)\b[^?,]*[.!?]?\s*$/iu, (m: string) => (/\d|\b\p{Lu}\p{Ll}+/u.test(m.replace(/^,\s*\S+/, '')) ? m : '?'));
    // "When she visited Tokyo, what did she say?": the question first, its "when" clause after it,
    // as "what did she say when she visited Tokyo" is read.
    const text = asTyped.replace(/^\s*((?:when|quand|lorsque?)\b(?!\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)\b)[^,?]{3,200}),\s*((?:what|who|whom|how|which|where|why|did|does|do|was|were|is|are|has|have|had|quel|quelle|qui|comment|o[uù])\b[\s\S]*?)\s*(\?)?\s*$/i, (_m: string, clause: string, question: string, mark: string | undefined) => `${question} ${clause.charAt(0).toLowerCase()}${clause.slice(1)}${mark ?? ''}`);
    // "F-35", "Type-26": one word, as typed, so it is named as such when the articles lack it.
    const shown = new Map<string, string>();
    // A plural is the thing's ("F-35s").
    let joined = text.slice(0, 300).replace(/\b([A-Za-z]+)-(\d+)(?:s\b|\b)/g, (m: string, a: string, b: string) => {
      shown.set(`${a}${b}`.toLowerCase(), `${a}-${b}`);
      return `${a}${b}`;
    });
    // A word written with a hyphen that the articles write whole ("co-operation") is that word, not its
    // two halves; one they never use whole ("follow-up", "kick-off") stays two, as a phrasal verb is read.
    joined = joined.replace(/(?<![\p{L}-])(\p{Ll}{2,})-(\p{Ll}{2,})(?![\p{L}-])/gu, (m: string, a: string, b: string) => (vocabulary.has(stem(`${a}${b}`)) && (wordnet.lookup(`${a}${b}`)?.senses.length ?? 0) > 0 ? `${a}${b}` : m));
    // Japanese has no spaces: a few verbs read as their English words, then a split at numbers and
    // at the particles between words ("2015年のフランスの防衛相は誰" → "2015 年 フランス 防衛相 誰").
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(joined)) {
      joined = joined
        .replace(/話し合わ|話し合っ|話し合い|協議|議論/g, ' discussed ')
        .replace(/言っ|言い|発言し|述べ|語っ|話し/g, ' said ')
        // A verb made of a kanji noun: 署名され(ました), 出席し(ました) → 署名, 出席.
        .replace(/(?<=\p{Script=Han})(?:され|し)(?=ま|た|て)/gu, ' ')
        .replace(/来日|訪日/g, ' visit japan ')
        .replace(/訪仏/g, ' visit france ')
        .replace(/会談|会っ|会い/g, ' meet ')
        .replace(/いつ/g, ' when ')
        // どの企業, 何の技術: the thing asked for, as after "which".
        .replace(/どの|何の|なんの/g, ' which ')
        // 最初の, 初回の, 初めて: the first.
        // Of a meeting (not drills, 訓練): 初めて開かれた is "first held"; 〜が最初だった "was the first meeting".
        .replace(/(?:初めて|はじめて)(?=.*(?:開|行われ|実施))/g, (m: string) => (ofMeetingJa(text) ? ' first held ' : m))
        .replace(/が?(?:最初|初回)(?=だっ|でし|です|じゃ|では)/g, (m: string) => (ofMeetingJa(text) ? ' was the first meeting ' : m))
        .replace(/最初の?|初回の?|初めての|はじめての/g, ' first ')
        .replace(/開催され|開催|開かれ/g, ' ')
        // The calendar: 土曜日 is Saturday, 1月 January.
        .replace(/([月火水木金土日])曜日?/g, (_m: string, d: string) => ` ${JA_WEEKDAYS[d]} `)
        .replace(/(?<!\d)(1[0-2]|[1-9])月/g, (_m: string, n: string) => ` ${EN_MONTHS[Number(n) - 1]} `)
        // 第2回, 2回目, 2度目: the second meeting (回 counts sittings, with or without a meeting's word after it).
        .replace(/第\s*(\d+)\s*回(?:目)?|(\d+)\s*[回度]目/g, (m: string, a: string | undefined, b: string | undefined, at: number, all: string) => ` ${a ?? b}${ORDINAL_SUFFIX[Number(a ?? b)] ?? 'th'}${OTHER_SITTING.test(all.slice(at + m.length, at + m.length + 8)) ? '' : ' meeting'} `)
        .replace(/(?<![A-Za-z\d])(\d+)(?!th|st|nd|rd|\d)/g, ' $1 ')
        .replace(/について|ですか|でしたか|ましたか|ますか|から|まで|[のはがをにでとへもやかだ？。、]/g, ' ');
    }
    const french = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && looksFrench(wordsOf(text), text);
    // French "réunion" is a meeting; "Réunion" (capitalised) and "reunion" (English), the island.
    // In a French question typed without accents, "reunion" in lower case is the meeting too.
    joined = joined.replace(french ? /\br[ée]unions?\b/g : /\bréunions?\b/g, 'meeting');
    // "Les discussions", "des entretiens": the talks, the meeting itself (as "the talks" is in English).
    if (french) joined = joined.replace(/\b(les|des|aux|ces)\s+(?:discussions|entretiens)\b/giu, '$1 talks');
    // "Entre les armées", "leurs armées": the militaries, not the ministry ("le ministère des Armées", "la ministre française des Armées").
    // Capitalised ("les Armées"), or within three words of "ministre", it is the ministry.
    if (french) joined = joined.replace(/(?<!minist\p{L}*(?:\s+\p{L}+){0,2}\s+)\b([Ll]es|[Ll]eurs|deux|aux|des|ses)\s+armées\b/gu, '$1 militaires');
    // The English of a French phrase is read as English ("sous-marins": "submarine", which no article mentions).
    const fromFrenchPhrase = new Set<string>();
    if (french) joined = glossFrenchPhrases(joined, fromFrenchPhrase);
    // A series' word typed in the plural (its name and an "s") is that word.
    joined = joined.replace(SERIES_PLURAL, '$1');
    // Choices offered in brackets ("(1st, 2nd, 3rd...?)") prompt the answer; they are not what is asked.
    joined = joined.replace(/\(([^()]*)\)/g, (m: string, inner: string) => (inner.includes(',') && (inner.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => ORDINALS[w.toLowerCase()] !== undefined || /^(?:\d+|etc|or|ou)$/i.test(w)) ? ' ' : m));
    // The calendar in French: "samedi" is Saturday, "janvier" January (typed lowercase: "Mars" stays a name).
    // Whole words only: "Imai" holds "mai" (May), and stays a name.
    joined = joined.replace(/(?<![\p{L}\p{M}])\p{Ll}+(?![\p{L}\p{M}])/gu, (w: string) => FR_CALENDAR[w.normalize('NFD').replace(/\p{M}/gu, '')] ?? w);
    // A real word one letter from an office word, beside another office word, is that office word
    // mistyped: "foreign minster" (WordNet's church) is "foreign minister".
    const typedWords = wordsOf(joined).map((w, i, ws) => {
      if (w.length < 5 || ROLE_WORDS.has(w) || vocabulary.has(stem(w)) || !(ROLE_WORDS.has(ws[i - 1] ?? '') || ROLE_WORDS.has(ws[i + 1] ?? ''))) return w;
      return [...ROLE_WORDS].find((r) => r.length >= 5 && Math.abs(r.length - w.length) <= 1 && editDistance(r, w) === 1) ?? w;
    });
    // French puts a nationality inside an office's name ("le ministre japonais de la Défense"): read
    // before it, as "le japonais ministre de la Défense", so the office is its whole name.
    if (french) {
      for (let i = 1; i + 1 < typedWords.length; i++) {
        if (countryOfWord[typedWords[i]!] !== undefined && ROLE_WORDS.has(typedWords[i - 1]!) && ['de', 'des', 'du', 'd'].includes(typedWords[i + 1]!)) [typedWords[i - 1], typedWords[i]] = [typedWords[i]!, typedWords[i - 1]!];
      }
    }
    // Read from a phrasal verb: it helps find the passage, and never blocks an answer.
    const phrasal = new Set<string>();
    const all = phrasalVerbsRead(typedWords, phrasal);
    const has = (w: string) => all.includes(w);
    const starts = (...ws: string[]) => ws.every((w, i) => all[i] === w);
    const phrase = (ws: string[]) => all.some((_, i) => ws.every((w, j) => all[i + j] === w));
    const used = new Set<number>();
    // A tag at the end ("…, right?", "…, correct?", "…, n'est-ce pas ?") asks to confirm; it is not a topic.
    // Also a question tag ("…, wasn't he?") and "right?" typed without its comma.
    const tag = /,\s*(?:right|correct|true|yes|yeah|yep|no|n['’]est-ce pas|non|c['’]est (?:bien )?[çc]a|pas vrai|vrai)\s*\??\s*$/i.exec(text) ?? CONFIRMING_END.exec(text) ?? /\b(?:right|correct)\s*\?\s*$/i.exec(text) ?? /,\s*(?:was|were|is|are|did|does|do|has|have|had)n['’]?t\s+(?:he|she|it|they|there)\s*\??\s*$/i.exec(text);
    const closingTag = tag !== null;
    // The tag's words ("right", "c'est ça") ask whether, and are no topic.
    if (tag) for (let i = Math.max(0, all.length - Math.max(1, wordsOf(tag[0]).length)); i < all.length; i++) used.add(i);

    // Entities: names first (longest match), then years, ordinals, countries, places.
    const people: string[] = [];
    const agreements: string[] = [];
    const agreementTerms: Term[] = [];
    // Where a person's name is in the question: "Dumont's trip" is whose, not a phrase of "trip".
    const nameAt = new Set<number>();
    // A name of several words at i with one mistyped, the others as written ("kasumi hal"), where the
    // mistyped word is none the articles use; looked for only where such a word is.
    const unknownAt = (j: number) => (all[j]?.length ?? 0) >= 4 && !used.has(j) && !vocabulary.has(stem(all[j]!));
    const closeTo = (w: string, x: string | undefined) => x !== undefined && (x === w || (w.length >= 4 && x.length >= 4 && !vocabulary.has(stem(x)) && editDistance(w, x) === 1));
    const mistypedName = (i: number) =>
      [0, 1, 2, 3].some((j) => unknownAt(i + j)) ? multiwordNames.find((n) => n.words.some((w, j) => all[i + j] === w) && n.words.every((w, j) => !used.has(i + j) && closeTo(w, all[i + j]))) : undefined;
    for (let i = 0; i < all.length; i++) {
      if (used.has(i)) continue;
      const hit = names.find((n) => n.words.every((w, j) => all[i + j] === w && !used.has(i + j))) ?? mistypedName(i);
      // A French or Japanese word the glossary knows ("parlement") is no typo of a name.
      const near = hit ? undefined : all[i]!.length >= 5 && !STOPWORDS.has(all[i]!) && !k.glossary.has(all[i]!) ? fuzzyNames.find((n) => editDistance(n.words[0]!, all[i]!) <= (all[i]!.length >= 8 ? 2 : 1) && !vocabulary.has(stem(all[i]!))) : undefined;
      // An English word typed as one is no typo of a name ("the other party"); typed as a name it may
      // be ("Le Drain", "Parley").
      const typedAsName = near ? new RegExp(`(?<![\\p{L}])${all[i]!.charAt(0).toUpperCase()}${all[i]!.slice(1)}(?![\\p{L}])`, 'u').test(text) : false;
      // English WordNet knows no French word: in French, a short lowercase word ("parle") is no mistyped name.
      const typo = near && (typedAsName || (french ? all[i]!.length >= 6 : !wordnet.lookup(all[i]!))) ? near : undefined;
      // Japanese runs have no spaces: "河野外相は" holds the name "河野".
      const cjk = hit || typo || !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(all[i]!) ? undefined : names.find((n) => n.words.length === 1 && /[\p{Script=Han}\p{Script=Katakana}]/u.test(n.words[0]!) && all[i]!.includes(n.words[0]!));
      const found = hit ?? typo ?? cjk;
      if (!found) continue;
      const list = found.kind === 'person' ? people : agreements;
      if (!list.includes(found.id)) list.push(found.id);
      if (found.kind === 'agreement') {
        const lexical = termsOf(found.words, lexicon);
        // The name as typed, one term: "north korea", not "north" and "korea".
        agreementTerms.push(lexical.length === 1 ? lexical[0]! : { text: found.words.join(' '), alternatives: [found.words.map(stem)] });
      }
      for (let j = 0; j < found.words.length; j++) {
        used.add(i + j);
        if (found.kind === 'person') nameAt.add(i + j);
      }
    }
    const years: number[] = [];
    const ordinals: number[] = [];
    const countries: Country[] = [];
    const places: string[] = [];
    // "The fourth one", "the last one": a meeting, where the question speaks of meetings.
    const meetingNamed = all.some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined);
    // A country's name counts only beside a word for a meeting ("the second Japan–France meeting"), not
    // alone ("the first time Japan's navy…").
    // A meeting word in the next four, with no verb between ("the first Japan-France talks", not "first attend a 2+2").
    const verbOnly = (x: string) => {
      const senses = /^[a-z]+$/.test(x) ? (wordnet.lookup(x)?.senses ?? []) : [];
      return senses.length > 0 && senses.every((s) => s.pos === 'verb');
    };
    const meetingAfter = (i: number) => {
      const at = all.slice(i + 1, i + 5).findIndex((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined);
      // "The fourth round", "la deuxième édition": a sitting counted, unless of something else ("round of sanctions").
      // "The second round of the Lyon–Kasumi talks" is a sitting of the series named after "of".
      const ofMeeting = all.slice(i + 3, i + 8).some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined);
      const sitting = SITTING_WORDS.has(all[i + 1] ?? '') && (!['of', 'de', 'des', 'du'].includes(all[i + 2] ?? '') || ofMeeting);
      return (at >= 0 && !all.slice(i + 1, i + 1 + at).some(verbOnly)) || (meetingNamed && ['one', 'ones'].includes(all[i + 1] ?? '')) || sitting;
    };
    // "The 2018 meeting was the third, right?": an ordinal that ends the question, a meeting named before it.
    const ordinalOfMeeting = (i: number) => all.slice(i + 1).every((x) => ['one', 'ever', 'right', 'correct', 'true', 'non', 'yes', 'no', 'then', 'ou', 'or', 'not', 'pas', 'bien'].includes(x)) && all.slice(Math.max(0, i - 8), i).some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined);
    const copulaBefore = (i: number) => {
      let j = i - 1;
      while (j >= 0 && ['the', 'very', 'le', 'la', 'bien', 'really', 'actually', 'indeed', 'truly'].includes(all[j]!)) j--;
      return ['was', 'were', 'is', 'are', 'etait', 'est', 'ete', 'wasnt', 'werent', 'isnt'].includes(all[j] ?? '') && j < i - 1;
    };
    let numberClaimed: number | undefined;
    let comparedWith: number | undefined;
    const inPlaceName = new Set<number>();
    // Meetings a place word names alone (a venue only one was held at: "Iikura"), where a city may hold several.
    const placeNamed = new Set<string>();
    // A place denied ("in Lyon, not Kasumi", "rather than in Kasumi") is no place the claim puts the meeting.
    const denied = (i: number) => all.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w)) || (all[i - 2] === 'rather' && all[i - 1] === 'than') || (all[i - 2] === 'instead' && all[i - 1] === 'of');
    for (const p of placePhrases) {
      for (let i = 0; i + p.words.length <= all.length; i++) {
        if (!p.words.every((w, j) => all[i + j] === w && !inPlaceName.has(i + j))) continue;
        if (denied(i)) {
          p.words.forEach((_, j) => (used.add(i + j), inPlaceName.add(i + j)));
          continue;
        }
        for (const id of p.meetings) if (!places.includes(id)) places.push(id);
        if (p.meetings.length === 1) placeNamed.add(p.meetings[0]!);
        p.words.forEach((_, j) => (used.add(i + j), inPlaceName.add(i + j)));
      }
    }
    // A year typed onto a word ("ジャポニスム2018", "Expo2025") is part of a name, not a time asked.
    const namedYears = new Set([...text.matchAll(/\p{L}((?:19|20)\d\d)(?![年\d])/gu)].map((m) => m[1]!));
    // "The second and (the) fourth meetings": an ordinal joined to one said of a meeting.
    const pairedOrdinal = (i: number) => {
      if (!['and', 'or', 'et', 'ou'].includes(all[i + 1] ?? '')) return false;
      const next = ['the', 'la', 'le'].includes(all[i + 2] ?? '') ? i + 3 : i + 2;
      return ORDINALS[all[next] ?? ''] !== undefined && meetingAfter(next);
    };
    all.forEach((w, i) => {
      if (inPlaceName.has(i)) return;
      if (/^(19|20)\d\d$/.test(w) && namedYears.has(w)) {
        used.add(i);
      } else if (/^(19|20)\d\d$/.test(w)) {
        years.push(Number(w));
        used.add(i);
      } else if (ORDINALS[w] !== undefined && ['came', 'come', 'comes', 'happened', 'occurred'].includes(all[i - 1] ?? '') && (all.includes('or') || all.includes('ou'))) {
        // "Which came first, the talks … or …": which is earlier is asked, not the first meeting
        // ("the meeting that came first" is the first).
        used.add(i);
      } else if (ORDINALS[w] !== undefined && ['like', 'as', 'unlike', 'than', 'comme'].includes(all[i - 2] ?? '') && ['the', 'la', 'le', 'l'].includes(all[i - 1] ?? '') && ordinalOfMeeting(i)) {
        // "…held in Lyon like the first one": a meeting compared with, not the one asked about.
        used.add(i);
        comparedWith = ORDINALS[w];
      } else if (ORDINALS[w] !== undefined && (meetingAfter(i) || ordinalOfMeeting(i) || pairedOrdinal(i))) {
        ordinals.push(ORDINALS[w]);
        used.add(i);
        if (SITTING_WORDS.has(all[i + 1] ?? '')) used.add(i + 1);
        // "Was the 2015 meeting the first", "the 2018 talks were the third": the number is said of a meeting.
        // "Was the Lyon meeting in June 2014 the second?": the copula opens the question, the number closes it.
        if (copulaBefore(i) || (ordinalOfMeeting(i) && ['was', 'were', 'is', 'are'].includes(all[0] ?? '') && all[i - 1] === 'the')) numberClaimed = ORDINALS[w];
      } else if (['last', 'latest', 'newest', 'recent', 'dernier', 'derniere'].includes(w) && meetingAfter(i)) {
        // "The last meeting": the latest one the articles report, not the article's own "last".
        ordinals.push(latestMeeting);
        used.add(i);
      } else if (countryOfWord[w]) {
        if (!countries.includes(countryOfWord[w])) countries.push(countryOfWord[w]);
        used.add(i);
      } else if (cities.has(w) && denied(i)) {
        used.add(i);
      } else if (cities.has(w)) {
        for (const id of cities.get(w)!) if (!places.includes(id)) places.push(id);
        if (cities.get(w)!.length === 1) placeNamed.add(cities.get(w)![0]!);
        used.add(i);
        for (let j = i + 1; j < all.length && placeNameWords.has(all[j]!) && !cities.has(all[j]!); j++) used.add(j);
      }
    });
    // A word for one sitting of a series after the series' or a place's name ("the summit rounds",
    // "the Lyon round") is the meeting named, not a thing to find.
    all.forEach((w, i) => {
      if (SITTING_WORDS.has(w.replace(/s$/, '')) && i > 0 && (MEETING_WORDS.has(all[i - 1]!) || (used.has(i - 1) && !/^\d+$/.test(all[i - 1]!)))) used.add(i);
    });

    // "Right?" after a claim, "right before the talks": a tag or how near, not a topic.
    const tagRight = /\bright\s*[?,!]|\bright\W*$/i.test(text);
    all.forEach((w, i) => {
      if (w === 'right' && (tagRight || ['before', 'after', 'away', 'then', 'there', 'now', 'here', 'when'].includes(all[i + 1] ?? ''))) used.add(i);
    });
    // "Tell the press", "told reporters": whom it was said to, not what it was about.
    // Not "who told reporters…": there, whom it was said to picks which words.
    all.forEach((w, i) => {
      if (!['tell', 'told', 'telling'].includes(w) || ['who', 'whom', 'qui'].includes(all[0] ?? '')) return;
      let j = i + 1;
      while (['the', 'a', 'an', 'his', 'her', 'their'].includes(all[j] ?? '')) j++;
      for (const end = j + 2; j < end && j < all.length && !STOPWORDS.has(all[j]!) && !used.has(j) && !['about', 'that', 'on', 'of', 'regarding'].includes(all[j]!); j++) used.add(j);
    });
    // "For my essay", "pour mon mémoire": the asker's own things, not a topic of the articles.
    all.forEach((w, i) => {
      if (!['my', 'mon', 'ma', 'mes'].includes(w)) return;
      for (let j = i + 1; j <= i + 2 && j < all.length && !STOPWORDS.has(all[j]!) && !used.has(j); j++) used.add(j);
    });
    // "Lyon's side", "the French side", "le côté français": a country as a party, not a topic;
    // "in terms of X": X is the topic.
    all.forEach((w, i) => {
      if (['side', 'sides', 'cote', 'camp'].includes(w)) {
        const city = [all[i - 1], all[i - 1] === 's' ? all[i - 2] : undefined].map((x) => cityCountry.get(x ?? '')).find((c) => c !== undefined);
        if (countryOfWord[all[i - 1] ?? ''] !== undefined || countryOfWord[all[i + 1] ?? ''] !== undefined || city) used.add(i);
        // The city's country is whose side: a meeting city's side is its country's.
        if (city && !countries.includes(city)) countries.push(city);
      }
      if (w === 'terms' && all[i - 1] === 'in' && all[i + 1] === 'of') used.add(i);
      // "The best quote", "the key line", "the strongest words": a judgement asked of the bot, which
      // shows the quotes; the words are no topic.
      if (SAYING_WORDS.has(all[i + 1] ?? '') && (['best', 'key', 'main', 'top', 'most', 'important', 'notable', 'memorable'].includes(w) || (/est$/.test(w) && wordnet.lookup(w)?.senses.some((x) => x.pos === 'adj')))) used.add(i);
      // "On the cards", "in the works": planned, said in other words.
      if (['cards', 'works', 'horizon', 'pipeline'].includes(w) && all[i - 1] === 'the' && ['on', 'in'].includes(all[i - 2] ?? '')) used.add(i);
    });
    // "Back in 2015", "way back then": how far back, not a topic.
    all.forEach((w, i) => {
      if (w === 'back' && (/^(19|20)\d\d$/.test(all[i + 2] ?? '') || all[i + 1] === 'then') && ['in', 'then'].includes(all[i + 1] ?? '')) used.add(i);
    });
    // A month beside a year ("in January 2018", "feb 2018", "janvier 2018") is part of a date, not a topic.
    const months: number[] = [];
    let day: number | undefined;
    // A day of the week (French and Japanese ones were read as English above); it stays a word to
    // find too ("what happens on Saturday").
    const weekdayAt = all.findIndex((w) => WEEKDAY_WORDS.includes(w));
    const weekday = weekdayAt >= 0 ? all[weekdayAt]!.charAt(0).toUpperCase() + all[weekdayAt]!.slice(1) : undefined;
    all.forEach((w, i) => {
      // ("2018年1月": the year, its 年, then the month.)
      // Or beside a day of the month ("on 13 March", "January 26", "1月26日"), with or without its year.
      const dayBeside = [all[i - 1], all[i + 1]].some((x) => /^\d{1,2}$/.test(x ?? '') && Number(x) >= 1 && Number(x) <= 31);
      if (MONTH_WORDS.has(w) && (dayBeside || /^(19|20)\d\d$/.test(all[i + 1] ?? '') || /^(19|20)\d\d$/.test(all[i - 1] ?? '') || (all[i - 1] === '年' && /^(19|20)\d\d$/.test(all[i - 2] ?? '')) || (['in', 'en', 'of', 'since', 'until', 'by'].includes(all[i - 1] ?? '') && !['may', 'march', 'mars'].includes(w)))) {
        used.add(i);
        const n = EN_MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
        if (n > 0 && !months.includes(n)) months.push(n);
        // "27 January", "January 27": the day of the month.
        const d = [all[i - 1], all[i + 1]].map((x) => (/^\d{1,2}$/.test(x ?? '') ? Number(x) : NaN)).find((x) => x >= 1 && x <= 31);
        if (d !== undefined) {
          day = d;
          all.forEach((x, j) => (j === i - 1 || j === i + 1) && x === String(d) && used.add(j));
        }
      }
    });

    // "A year before the 2018 talks", "two years after 2015": the year meant.
    const shift = /\b(a|an|one|two|three|four|five|\d)\s+years?\s+(before|after|earlier|later|prior)\b/.exec(all.join(' '));
    // "The day after the talks", "the next day", "le lendemain", "翌日": a day next to a meeting's.
    const dayNext = /\b(?:the\s+)?day\s+(after|before)\b|\b(?:the\s+)?(next|following|previous|preceding)\s+day\b|\b(lendemain|veille)\b/.exec(all.join(' ')) ?? /(翌日|前日)/.exec(text);
    const dayShift = dayNext ? (['after', 'next', 'following', 'lendemain', '翌日'].includes(dayNext.slice(1).find((x) => x !== undefined)!) ? 1 : -1) : undefined;
    if (shift && years.length === 1) {
      const n = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 }[shift[1]!] ?? Number(shift[1]);
      years[0] = years[0]! + (['before', 'earlier', 'prior'].includes(shift[2]!) ? -n : n);
    }
    // "The previous January", "the March before", after a date with its month ("in May 2018"): the last
    // such month before it (of its year if that month comes earlier). Not without the date's month
    // ("in 2015, the previous January" may be that year's).
    const prior = shift ? null : /\bthe\s+(?:previous|preceding|prior)\s+(\w+)\b|\bthe\s+(\w+)\s+before\b(?!\s+(?:the|that|this|its|their|his|her|it|\d+)\b)/.exec(all.join(' '));
    const priorWord = prior?.[1] ?? prior?.[2];
    const anchor = months[0];
    if (priorWord && MONTH_WORDS.has(priorWord) && years.length === 1 && months.length === 1 && anchor !== undefined) {
      const month = EN_MONTHS.findIndex((m) => m.startsWith(priorWord.slice(0, 3))) + 1;
      if (month >= anchor) years[0] = years[0]! - 1;
      months[0] = month;
      used.add(all.lastIndexOf(priorWord));
    }
    // "Before 2018", "avant 2018": the years before it, not that year.
    let beforeYear: number | undefined;
    const beforeAt = shift ? -1 : all.findIndex((w, i) => ['before', 'avant'].includes(w) && /^(19|20)\d\d$/.test(all[i + 1] ?? ''));
    if (beforeAt >= 0 && years.length === 1) {
      beforeYear = years[0]!;
      years.length = 0;
    }
    // "Since 2015", "from 2014 to 2017", "by January 2017", "2017年まで": the years bounded, or that they are bounded in a way not read.
    // "In the three years before 2018" is a stretch, not the one year "three years before 2018" is.
    const stretch = shift !== null && /\bthe\s+(?:\w+\s+)?years?\s+(?:before|after|earlier|later|prior)\b/.test(all.join(' '));
    let bounded = years.length === 0 || beforeYear !== undefined ? undefined : stretch ? 'unread' : shift ? undefined : spanAsked(all.join(' '), text);

    // "When did the 2+2 meetings start?", "where did the whole 2+2 thing kick off?": a series' beginning
    // is its first meeting. Only of the meetings themselves: talks on a pact, or drills, begin otherwise.
    const seriesWordAt = all.findIndex((w) => GENERAL_MEETING_WORDS.includes(w) || seriesWordSet.has(w));
    if (seriesWordAt >= 0 && years.length + ordinals.length === 0 && people.length === 0 && agreements.length === 0) {
      // "First" said of when it was held ("was first held", "初めて開かれた"), not of a thing ("the first drills").
      const firstHeld = (i: number) => all[i] === 'first' && (i + 1 === all.length || FIRST_HELD_NEXT.has(all[i + 1]!));
      const begun = all.findIndex((w, i) => (i > seriesWordAt && (SERIES_BEGUN.has(w) || (w === 'kick' && all[i + 1] === 'off'))) || firstHeld(i));
      if (begun >= 0) {
        ordinals.push(1);
        used.add(begun);
        if (all[begun] === 'kick') used.add(begun + 1);
      }
    }

    // A French verb the glossary reads as one of saying ("a déclaré", "a affirmé").
    // A word the glossary gives first as one English verb of saying ("a affirmé": affirm, "説明": explain).
    // Not a word for the articles themselves ("記事": article, which WordNet also has as a verb).
    const glossedSaying = (w: string) => !SOURCE_WORDS.has(w) && (k.glossary.get(w) ?? []).slice(0, 1).some((en) => wordsOf(en).length === 1 && sayingVerb(en));
    const frenchSayingWord = (w: string) => french && glossedSaying(w);
    // What the articles themselves say ("the meetings the articles speak of", "dont parlent les articles") is no one's words.
    // So is what the asker's own notes say ("my script says…", "mes notes disent…"): a claim to check, not someone's words.
    // Or the bot's own last answer ("you said…").
    const saidBySources = (i: number) => [all[i - 2], all[i - 1], all[i + 1], all[i + 2]].some((x) => x !== undefined && SOURCE_WORDS.has(x)) || ['my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos'].includes(all[i - 2] ?? '') || ['you', 'u', 'vous', 'tu'].includes(all[i - 1] ?? '');
    // What kind of question.
    // In French, a word the glossary reads otherwise is not the English lexicon's ("première": first, not premier).
    const frenchOtherwise = (t: Term) => {
      const en = french && !t.text.includes(' ') ? k.glossary.get(t.text) : undefined;
      const means = new Set((k.lexicon.get(t.via!)?.means ?? []).flatMap(wordsOf));
      return en !== undefined && !en.flatMap(wordsOf).some((w) => means.has(w));
    };
    const lexiconIds = new Set(termsOf(phraseWords(all), lexicon).flatMap((t) => (t.via && !frenchOtherwise(t) ? [t.via] : [])));
    // "Which (French) minister", "quel ministre": asks who.
    // "Which minister", "which French officials", "which of the four ministers".
    const whichPerson = all.some((w, i) => {
      if (!['which', 'quel', 'quelle', 'quels', 'quelles'].includes(w)) return false;
      // (Or a word for any person, "which politician", as the lexicon lists them.)
      const at = all.slice(i + 1, i + 6).findIndex((x) => ['minister', 'ministers', 'ministre', 'ministres', 'official', 'officials'].includes(x) || (isPersonNoun(x) && lexicon.generic.has(stem(x))));
      // Not the ministers' meetings: a possessive before a meeting word says which meetings.
      const after = all.slice(i + 2 + at, i + 4 + at);
      return at >= 0 && all.slice(i + 1, i + 1 + at).every((x) => BEFORE_PERSON.has(x) || countryOfWord[x] !== undefined) && !(after[0] === 's' || after.some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined));
    });
    // "In which building was it held?", "at what venue did they meet": a place asked by its preposition,
    // for a noun that names a place or a made thing (WordNet: location, artifact), not a time ("in which
    // year"), of something held or met ("projects in which field" asks no place).
    const placeAskedIn = () =>
      all.some((w) => ['held', 'hold', 'met', 'meet', 'hosted', 'convened', 'located', 'based'].includes(w)) &&
      all.some((w, i) => ['in', 'at'].includes(w) && ['which', 'what'].includes(all[i + 1] ?? '') && ['noun.location', 'noun.artifact'].includes(wordnet.lookup(all[i + 2] ?? '')?.senses.find((x) => x.pos === 'noun')?.lexname ?? ''));
    let intent: Intent = 'what';
    // "What did they want done about areas where…": after another question word, "where" opens a
    // relative clause, unless joined to it ("when and where").
    // "Which (French) official": a word for a person right after "which" or "what" says a person is asked for.
    const personAskedAt = (at: number) => ['which', 'what'].some((x) => all[at - 1] === x || (all[at - 2] === x && countryOfWord[all[at - 1] ?? ''] !== undefined)) && isPersonNoun(all[at]!);
    const relativeWhere = (at: number) => {
      const first = all.findIndex((w) => ['what', 'who', 'whom', 'whose', 'which', 'when', 'how', 'why'].includes(w));
      return first >= 0 && first < at && !['and', 'or'].includes(all[at - 1] ?? '');
    };
    const whenClause = (at: number) => {
      // "Did the article say/mention when…" (the verb as such, not "was it mentioned when"): an embedded question still asks when.
      // The question's own opening word, past chat ("so", "ok") and a leading phrase of time or place ("In 2018, how…").
      const lead = all.findIndex((w) => !['so', 'and', 'but', 'ok', 'okay', 'hey', 'hi', 'pls', 'please', 'also', 'then', 'just', 'btw'].includes(w));
      const asking = (w: string) => ['what', 'who', 'whom', 'whose', 'which', 'how', 'why', 'where'].includes(w) || AUXILIARIES.has(w);
      const opener = lead >= 0 && !asking(all[lead]!) && ['in', 'at', 'on', 'during', 'after', 'before', 'en', 'a', 'au', 'lors'].includes(all[lead]!) ? all.findIndex((w, i) => i > lead && i < at && asking(w)) : lead;
      // "What did she say when…": "what" is what she said, so "when" opens a clause, not what she said.
      // Not of what an article says ("which article says when…", "what did the report say when…").
      const objectAsked = ['what', 'which'].includes(all[opener] ?? '') && !all.slice(opener, at).some((w) => ['article', 'articles', 'report', 'reports', 'source', 'sources', 'story', 'piece', 'news'].includes(w));
      if (at === all.length - 1 || ['and', 'or'].includes(all[at - 1] ?? '') || (!objectAsked && ['know', 'tell', 'say', 'says', 'mention', 'mentions', 'report', 'state', 'explain', 'remember', 'recall', 'sure', 'ask', 'exactly', 'specify', 'indicate', 'give'].includes(all[at - 1] ?? ''))) return false;
      return opener >= 0 && opener < at && (['what', 'who', 'whom', 'whose', 'which', 'how', 'why', 'where'].includes(all[opener]!) || AUXILIARIES.has(all[opener]!));
    };
    // "Same job both times?", "le même poste en 2015 et 2018": whether an office changed ("the same
    // minister" asks who, as before).
    const sameAsked = all.some((w, i) => ['same', 'meme'].includes(w) && POSITION_WORDS.has(all[i + 1] ?? '')) && (['both', 'each', 'deux'].some(has) || years.length >= 2);
    const comparing = ['compare', 'compared', 'versus', 'vs'].some(has) || sameAsked;
    if (sameAsked) all.forEach((w, i) => ['same', 'meme'].includes(w) && used.add(i));
    if (phrase(['how', 'many']) || phrase(['how', 'much']) || phrase(['number', 'of'])) intent = 'count';
    // "Which minister described France as…": the person asked for is who said it.
    else if (starts('who', 'said') || starts('who', 'says') || starts('who', 'told') || starts('who', 'spoke') || starts('qui', 'a', 'dit') || (whichPerson && people.length === 0 && all.some((w) => SPEAKING_VERBS.has(w) || (/ed$/.test(w) && sayingVerb(w))))) intent = 'speaker';
    // "Compare who Japan sent in 2015 vs 2018": who is what is compared, and each meeting's answer says it.
    else if (!(comparing && ['who', 'whom', 'qui'].some(has)) && (['changed', 'change', 'difference', 'differ'].some(has) || comparing || (years.length >= 2 && has('between')))) intent = 'compare';
    // "Which meetings", "which of the ministers' meetings", "list the talks".
    // "A timeline of the meetings": them all, in order.
    else if (starts('list') || (['timeline', 'chronology', 'chronologie'].some(has) && all.some((x) => MEETING_WORDS.has(x))) || phrase(['all', 'the', 'meetings']) || phrase(['all', 'meetings']) || (!whichPerson && all.some((w, i) => ['which', 'quelles', 'quels'].includes(w) && ['meetings', 'talks', 'sessions', 'reunions'].includes(all.slice(i + 1).find((x) => !['of', 'the', 'des', 'les'].includes(x) && countryOfWord[x] === undefined && !seriesWordSet.has(x)) ?? '')))) intent = 'list';
    // ("Ça a rapport avec Sato", "en rapport avec": related to, not a report.)
    else if (all.some((w, i) => (SAYING_WORDS.has(w) || (frenchSayingWord(w) && !all.slice(i + 1, i + 3).includes('avec'))) && !saidBySources(i)) && people.length > 0) intent = 'said';
    // "Who became minister when Mori moved?", "was a disease named when they talked about health?":
    // a "when" clause inside a question that another question word or an auxiliary opens dates it.
    else if (all.some((w, i) => w === 'when' && !whenClause(i)) || phrase(['what', 'date']) || phrase(['which', 'date']) || phrase(['what', 'day']) || phrase(['which', 'day']) || phrase(['what', 'year']) || phrase(['which', 'year']) || phrase(['what', 'month']) || phrase(['which', 'month']) || phrase(['date', 'of']) || phrase(['exact', 'day']) || phrase(['exact', 'date']) || phrase(['day', 'and', 'month'])) intent = 'when';
    // "Where" asks a place, unless it opens a relative clause ("the meeting where they signed…").
    // "Where did the pact stand (after the talks)?" asks its status.
    else if (agreements.length > 0 && all.some((w, i) => w === 'where' && all.slice(i + 1, i + 8).some((x) => ['stand', 'stood', 'stands'].includes(x)))) intent = 'status';
    // A "where" with the verb inverted after it asks ("…the 2015 one, where in Lyon did they sit down?"), after a noun too.
    // ("The 2018 meeting where?": last, it asks, as "where" after a meeting word otherwise does not.)
    else if (all.some((w, i) => w === 'where' && (i === all.length - 1 || (((!MEETING_WORDS.has(all[i - 1] ?? '') && !['one', 'ones', 'place', 'time'].includes(all[i - 1] ?? '')) || AUXILIARIES.has((['in', 'at', 'on'].includes(all[i + 1] ?? '') ? all[i + 3] : all[i + 1]) ?? '')) && !relativeWhere(i)))) || /(^|[^\p{L}])où([^\p{L}]|$)/iu.test(text) || (french && /^\s*ou\s+(?:a|ont|est|sont|etait|etaient|se|s['’]|avait|aura)\b/iu.test(text)) || phrase(['which', 'city']) || phrase(['what', 'city']) || has('venue') || has('location') || phrase(['quel', 'lieu']) || phrase(['quel', 'endroit']) || phrase(['quelle', 'ville']) || placeAskedIn()) intent = 'where';
    // "Was any minister at both…": any one holder of an office, asked for as "who" is.
    // ("Qu'est-ce qui a été décidé": "ce qui" is what, not who.)
    else if (has('who') || has('whom') || has('whose') || all.some((w, i) => w === 'qui' && all[i - 1] !== 'ce') || whichPerson || all.some((w, i) => w === 'any' && OFFICE_NOUNS.includes(all[i + 1] ?? '')) || ['participants', 'attendees', 'delegation', 'delegates', 'attended'].some(has) || all.some((w, i) => ['which', 'what', 'quels', 'quelles'].includes(w) && all.slice(i + 1, i + 3).some((x) => x === 'people' || MEMBER_NOUNS.includes(x)))) intent = 'who';
    else if (['status', 'statut', 'ratified', 'concluded'].some(has) || phrase(['in', 'force']) || (has('been') && (has('signed') || has('agreed')))) intent = 'status';
    else if (['cover', 'covers', 'include', 'includes', 'allow', 'allows', 'involve', 'involves', 'couvre', 'couvrent', 'comprend', 'inclut', 'prevoit'].some(has)) intent = 'covers';
    // What an agreement makes possible: "what does the pact enable", "what would it let them do", "à quoi ouvre-t-il la voie".
    else if (phrase(['pave', 'the', 'way']) || phrase(['paves', 'the', 'way']) || phrase(['ouvre', 'la', 'voie']) || phrase(['ouvre', 't', 'il', 'la', 'voie'])) intent = 'covers';
    else if (all.some((w, i) => ['say', 'said', 'says', 'quote', 'quotes', 'quoted'].includes(w) && !saidBySources(i))) intent = 'said';
    // Japanese and French question words (Japanese has no spaces: looked for in the text).
    const raw = joined;
    if (intent === 'what') {
      if (/何回|いくつ|何人|combien/.test(raw) || has('combien')) intent = 'count';
      else if (/言っ|発言|述べ|語っ|話し/.test(raw) && people.length > 0) intent = 'said';
      else if (/いつ|何日|何月|日付|日時|何曜/.test(raw) || /開催日|日時/.test(text) || /何曜/.test(text) || has('quand') || phrase(['quelle', 'date']) || phrase(['quel', 'jour'])) intent = 'when';
      // "どこの国" (which countries) asks who is in something, not where.
      else if (/(?:どこ|どの|どちら)\s*の\s*国(?!\s*で)|[\d０-９一二三四五六七八九]\s*[かカヶケ]\s*国\s*(?:は|って)/.test(text)) intent = 'who';
      else if (/どこ|開催地/.test(raw) || /(?:どの|どちらの)(?:海域|場所|都市|街|町|港|地域|会場|国で|施設|建物)|場所は/.test(text)) intent = 'where';
      else if (/誰|だれ|どなた/.test(text)) intent = 'who';
      else if (/現状|状況|署名され/.test(raw)) intent = 'status';
    }
    // "Was the 2015 meeting held in Paris?", "la réunion de 2015 a-t-elle eu lieu à Paris ?": a meeting
    // named by year or number, and a place asked of it, yes or no: where it was held answers it.
    // Asked yes or no: an auxiliary opening a clause ("did they…", "in 2018, was it…"), French
    // inversion ("a-t-elle"), or a closing tag ("…, right?").
    // Japanese asks yes or no by its ending ("…でしたか", "…だったっけ", "…よね") with no question word.
    const japaneseYesNo = JA_YES_NO_END.test(text) && !JA_QUESTION_WORD.test(text);
    // A statement asked with a question mark and no question word ("La frégate est bien basée à Brest ?",
    // "the Lyon meeting was the second?"): whether it holds.
    // A verb that states it: English "is", "was"; French "est", "a" (not the English article "a").
    const stating = french ? ['est', 'etait', 'sont', 'etaient', 'a', 'ont'] : ['is', 'are', 'was', 'were'];
    // A statement typed with no question mark at all ("the second meeting was in Lyon, not Kasumi") is a claim put to be checked.
    // (Not one that denies: "the meeting was not held in Lyon" is no claim the checks below can confirm.)
    const byIntonation = (/[?？]\s*$/.test(text) || (!/[?？]/.test(text) && !all.some((w, i) => NEGATIONS.has(w) && (stating.includes(all[i - 1] ?? '') || AUXILIARIES.has(all[i - 1] ?? '') || /n$|nt$/.test(w))))) && !all.some((w) => QUESTION_OPENERS.has(w)) && all.some((w) => stating.includes(w));
    const yesNo = /(?:^|[,;:]\s*)(?:so\s+)?(?:did|does|do|was|were|is|are|has|have|had|didn['’]?t|wasn['’]?t|isn['’]?t|wasnt|werent|est|etait)\b/i.test(text.trim()) || /-t-(?:il|elle)\b|\p{L}-(?:il|elle|ils|elles)\b/iu.test(text) || closingTag || japaneseYesNo || byIntonation || CLAIM_OPENER.test(text);
    // "How many countries are in the group?" of an agreement or group named: the passage that names its members.
    if (intent === 'count' && agreements.length > 0 && all.some((w, i) => ['many', 'combien'].includes(w) && all.slice(i + 1, i + 3).some((x) => MEMBER_NOUNS.includes(x)))) intent = 'who';
    // "Was Abe one of the participants?": whether someone named was there, not who was.
    if (intent === 'who' && yesNo && people.length > 0 && !['who', 'whom', 'whose', 'qui'].some(has) && !whichPerson) intent = 'what';
    // Not "did they agree… at the 2018 meeting in Tokyo": another verb asks what was done there.
    const doneThere = all.some((w) => !MEETING_WORDS.has(w) && EVENT_STEMS.has(stem(w)));
    if (intent === 'what' && yesNo && !doneThere && people.length === 0 && places.length > 0 && (years.length > 0 || ordinals.length > 0) && (all.some((w) => ['held', 'in', 'at', 'a', 'au', 'lieu', 'tenu', 'tenue'].includes(w)) || japaneseYesNo)) intent = 'where';
    // "How was the sixth meeting held?" (in person, by video) asks its place, which says that; "how and
    // when", "where and when" ask both.
    const heldVerb = ['held', 'conducted', 'organised', 'organized', 'hosted', 'convened', 'tenu', 'tenue', 'deroule', 'deroulee'].some(has) || phrase(['take', 'place']) || phrase(['took', 'place']);
    const howHeld = ((has('how') || has('comment') || /どのよう|どんな/.test(raw)) && heldVerb) || /形式|方式/.test(raw);
    if (howHeld && intent === 'what') intent = 'where';
    // "Où et quand", "quand et où", "いつどこで": the date with the place.
    if (intent === 'where' && (/(?<!\p{L})(?:quand\s+et\s+o[uù]|o[uù]\s+et\s+quand)(?!\p{L})/iu.test(text) || /いつ.{0,3}どこ|どこ.{0,3}いつ/.test(raw))) intent = 'when';
    // ("When and in which city…", "quand et dans quelle ville": the city asked is where, not a word to find.)
    const cityAsked = all.findIndex((w, i) => ['city', 'town', 'venue', 'ville', 'lieu'].includes(w) && ['which', 'what', 'quelle', 'quel'].includes(all[i - 1] ?? ''));
    const placeToo = intent === 'when' && (howHeld || has('where') || /(?<!\p{L})où(?!\p{L})/iu.test(text) || /どこ/.test(raw) || /場所|開催地/.test(text) || cityAsked >= 0);
    if (placeToo && cityAsked >= 0) used.add(cityAsked);
    // "…と言ったのは誰": who said it.
    if (intent === 'said' && people.length === 0 && /誰|だれ/.test(text)) intent = 'speaker';
    // The month and day (何月何日, "the exact date") are asked, which a weekday does not answer.
    // ("The exact calendar date", "the day of the month", "la date précise", "何日".)
    const dateAsked = /\b(?:exact|precise|full|specific|calendar)\s+(?:\p{L}+\s+)?(?:date|day)\b|\bday (?:of the month|and month)\b|\b(?:what|which) month\b|\bquel mois\b|\bdate (?:exacte|pr[ée]cise|compl[èe]te)\b|\bjour du mois\b/iu.test(all.join(' ')) || /何月|何日|date exacte/.test(raw);
    // "What date": a date is asked, and one known only to its month or year is given as that, said to be all there is.
    const dateWord = phrase(['what', 'date']) || phrase(['which', 'date']) || phrase(['quelle', 'date']) || /日付/.test(raw);
    const dayAsked = phrase(['what', 'day']) || phrase(['which', 'day']) || has('weekday') || phrase(['day', 'of', 'the', 'week']) || phrase(['quel', 'jour']) || /何曜/.test(text) || dateAsked;

    // "In force", "en vigueur", "発効": a status, not the word "force" ("Self-Defense Forces").
    let inForce = /発効/.test(joined);
    all.forEach((w, i) => {
      if (((w === 'in' || w === 'into') && all[i + 1] === 'force') || (w === 'en' && all[i + 1] === 'vigueur')) {
        inForce = true;
        used.add(i).add(i + 1);
      }
    });

    // "Sakai's counterpart", "son homologue", "カウンターパート": a relation between offices, not a word to find.
    const counterpart = all.some((w, i) => {
      const hit = COUNTERPART_WORDS.has(w) || (w === 'opposite' && all[i + 1] === 'number');
      if (hit) used.add(i).add(w === 'opposite' ? i + 1 : i);
      return hit;
    });

    // "Who replaced her", "son prédécesseur": a relation between holders of an office over time.
    // The word stays a term, so a passage that says it ("succeeding Sakai") still answers.
    // A verb says which way by who does it: "who replaced Sato" asks who came after him, "who did
    // Sato replace" and "who was replaced by Sato" who came before him. A noun says it alone
    // ("her successor", "son prédécesseur").
    // "Took over from": the verb of its particle.
    const successionAt = all.findIndex((w, i) => SUCCESSION_STEMS.next.has(stem(w)) || SUCCESSION_STEMS.previous.has(stem(w)) || (['take', 'takes', 'took', 'taken', 'taking'].includes(w) && all[i + 1] === 'over'));
    let succession: 'next' | 'previous' | undefined;
    // "Who was foreign minister before Sato?", "…after Sato?": before or after a person is who held it before or after them.
    // Not "d'après Sato" (according to him).
    const aroundName = all.findIndex((w, i) => ['before', 'after', 'avant', 'apres'].includes(w) && nameAt.has(i + 1) && all[i - 1] !== 'd');
    if (aroundName >= 0 && successionAt < 0) succession = ['before', 'avant'].includes(all[aroundName]!) ? 'previous' : 'next';
    if (successionAt >= 0) {
      const w = all[successionAt]!;
      succession = SUCCESSION_STEMS.previous.has(stem(w)) ? 'previous' : 'next';
      // "Whose successor was he?" asks whom he followed.
      if (SUCCESSION_NOUNS.has(stem(w)) && all[successionAt - 1] === 'whose') succession = succession === 'next' ? 'previous' : 'next';
      if (!SUCCESSION_NOUNS.has(stem(w))) {
        const passive = ['was', 'were', 'been', 'is', 'be', 'ete'].includes(all[successionAt - 1] ?? '') || ['by', 'par'].includes(all[successionAt + 1] ?? '') || (all[successionAt + 1] === 'over' && all[successionAt + 2] === 'by');
        const nameBefore = [...nameAt].some((i) => i < successionAt);
        if (passive !== nameBefore) succession = succession === 'next' ? 'previous' : 'next';
      }
    }

    // Roles: the office asked about, by its words or the lexicon's.
    const roles: RoleKind[] = [];
    // A Japanese title the glossary gives an office's English ("国防相": "defense minister") is read in that English.
    const titleAfter: boolean[] = [];
    const titled = joinGlossed(all).flatMap((w) => {
      const en = /^[a-z0-9]+$/.test(w) ? undefined : k.glossary.get(w)?.[0];
      const words = en ? wordsOf(en) : [];
      // Only a title that says which office ("defense minister"), not one word of one ("大臣": minister).
      const read = words.some((x) => OFFICE_NOUNS.includes(x)) && words.some((x) => ROLE_WORDS.has(x) && !OFFICE_NOUNS.includes(x)) ? words : [w];
      // Japanese puts a title after the name.
      titleAfter.push(...read.map(() => !/^[a-z0-9]+$/.test(w)));
      return read;
    });
    // A title beside a name ("Prime Minister Sato", "French Foreign Minister Dumont", "佐藤首相") says who
    // is meant, not an office asked: the run of office and country words just before or after the name.
    const inTitle = new Set<number>();
    const titleWord = (w: string | undefined) => w !== undefined && (ROLE_WORDS.has(w) || OFFICE_PHRASE_WORDS.has(w) || countryOfWord[w] !== undefined);
    titled.forEach((w, i) => {
      if (!personNameWords.has(w) || personNameWords.has(titled[i - 1] ?? '')) return;
      // Before the name in English and French ("Prime Minister Sato"); in Japanese "外相は佐藤さん" asks the office.
      for (let j = i - 1; j >= 0 && titleWord(titled[j]) && !titleAfter[j]; j--) inTitle.add(j);
      let end = i;
      while (personNameWords.has(titled[end + 1] ?? '')) end++;
      // After the name only in Japanese ("佐藤首相"): "was Sato foreign minister?" asks the office.
      for (let j = end + 1; j < titled.length && titleWord(titled[j]) && titleAfter[j]; j++) inTitle.add(j);
    });
    // Its words are spent: no word to find ("Foreign Minister Dumont said…" is about what Dumont said).
    // Where no Japanese was read in English, the positions are the question's own.
    const wordsAsRead = titled.length === all.length && titled.every((w, i) => w === all[i]);
    if (wordsAsRead) for (const i of inTitle) used.add(i);
    // The lexicon's office phrases ("minister of defence", "pm") outside a title.
    const titleFreeLexiconIds = inTitle.size === 0 && wordsAsRead ? lexiconIds : new Set(termsOf(phraseWords(titled.filter((_, i) => !inTitle.has(i))), lexicon).flatMap((t) => (t.via && !frenchOtherwise(t) ? [t.via] : [])));
    // Beside an office noun: with nothing between but joining words and other office or country
    // words ("defence minister", "foreign and defence ministers", "minister of defence"), not across a
    // clause ("the foreign minister when the defence equipment pact…").
    const between = (w: string | undefined) => w !== undefined && (OFFICE_JOINERS.has(w) || titleWord(w));
    const reaches = (i: number, step: number) => {
      for (let j = i + step, n = 0; j >= 0 && j < titled.length && n < 3; j += step, n++) {
        if (OFFICE_NOUNS.includes(titled[j]!)) return !inTitle.has(j);
        if (!between(titled[j])) return false;
      }
      return false;
    };
    const near = (a: string) => titled.some((w, i) => w === a && !inTitle.has(i) && (reaches(i, 1) || reaches(i, -1)));
    const at = (words: string[]) => titled.findIndex((_, i) => words.every((w, j) => titled[i + j] === w && !inTitle.has(i + j)));
    for (const o of offices) {
      // By the lexicon's phrases ("ministre des armées"), by its words beside a word for an office
      // ("defence minister", "prime minister") or alone where they name it alone ("president"), or
      // alone in a "who" question where they qualify no noun ("who was in charge of defence", not
      // "who signed the defence equipment pact").
      const byWords = o.words.some((w) => {
        const i = at(w);
        if (i < 0) return false;
        if (o.alone || near(w[0]!)) return true;
        const next = titled[i + 1];
        return intent === 'who' && (next === undefined || STOPWORDS.has(next));
      });
      if ([...o.lexicon].some((id) => titleFreeLexiconIds.has(id)) || byWords) roles.push(o.id);
      // A title only one country gives ("Minister for the Armed Forces") names the country too.
      const only = [...o.lexicon].map((id) => (lexiconIds.has(id) ? o.countryOf.get(id) : undefined)).find((c) => c !== undefined);
      if (only && countries.length === 0) countries.push(only);
    }
    if (roles.length > 0) all.forEach((w, i) => ROLE_WORDS.has(w) && used.add(i));
    // "What was Sato's portfolio (in 2015)?", "son poste": of a person, a word for holding office asks
    // which offices they held, which their roles answer; it is no topic to find in a passage.
    // So it does of whoever is asked for ("which minister … did his title change").
    // "What office did he hold": "office" with a verb of holding is a post, not a building ("his office").
    const heldOffice = all.some((w) => ['hold', 'held', 'holds', 'holding', 'occupy', 'occupied'].includes(w));
    if (people.length > 0 || intent === 'who' || all.some((w, i) => personAskedAt(i))) all.forEach((w, i) => (POSITION_WORDS.has(w) || (heldOffice && ['office', 'offices'].includes(w))) && used.add(i));
    // "What did Japan's foreign minister tell reporters?": an office says whose words are asked, as a name does.
    // Not "what was agreed at the foreign ministers' meeting": what they decided is asked, not who they were.
    // Or what came of a meeting ("what was the outcome", "ça a donné quoi", "結果").
    const decidedAsked = all.some((w) => DECIDING_STEMS.has(stem(w))) || /合意|決定|署名|約束|結果|成果/.test(raw) || /\b(?:outcomes?|results?|came of|come of)\b|donn[ée] quoi|r[ée]sultats?\b|s['’]est dit|été dit/iu.test(text);
    if (intent === 'what' && roles.length > 0 && !decidedAsked) intent = people.length === 0 && !french && all.some((w, i) => SAYING_WORDS.has(w) && !saidBySources(i)) ? 'said' : 'who';
    // "What did the minister brief them on", "how did she react": of a person, a verb of saying or of
    // responding asks what they said, where the articles quote them on it.
    // Parts of speech in context, tagged on first need: only where a word's weight depends on it.
    let tags: Map<string, Tag> | undefined;
    const tagOf = (w: string) => (tags ??= tagWords(joined)).get(w);
    // A verb by its place ("did Sato brief…": right after the name an auxiliary opened) or by the tagger.
    const verbAfterName = (i: number) => nameAt.has(i - 1) && all.slice(Math.max(0, i - 5), i).some((x) => AUXILIARIES.has(x));
    // "The names of the hostages", "what were the victims called": a person's name is asked for.
    // The thing named is the head of the phrase after "name(s) of": its last noun before a word of
    // grammar or a verb ("the two Japanese hostages killed…": hostages; "the terrorist group that…": group).
    const phraseAfter = (i: number) => {
      const phrase: string[] = [];
      for (const x of all.slice(i + 1, i + 9)) {
        // (And a count before the noun: "the names of the two envoys", "les noms des deux envoyés".)
        if (['of', 'the', 'de', 'des', 'du', 'la', 'le', 'les', 'two', 'three', 'both', 'deux', 'trois', '2', '3'].includes(x) && phrase.length === 0) continue;
        if (STOPWORDS.has(x) || AUXILIARIES.has(x) || /(?:ed|ing)$/.test(x)) break;
        phrase.push(x);
      }
      return phrase;
    };
    const headAfter = (i: number) => phraseAfter(i).at(-1);
    // Of people: a noun for a person, or a people's name ("the two Japanese", "日本人2人の名前").
    // ("…人": a person in Japanese, as in "日本人", "二人".)
    const ofPeople = (w: string) => isPersonNoun(w) || countryOfWord[w] !== undefined || (k.glossary.get(w) ?? []).some(isPersonNoun) || /^\p{Script=Han}+人$/u.test(w);
    // Japanese names the owner before the name ("日本人2人の名前": of the two Japanese), a counter between.
    // (An honorific "お", "ご" before a word is no word between: "日本人お二人のお名前".)
    const ownerBefore = (i: number) => all.slice(0, i).filter((w) => !['お', 'ご'].includes(w)).slice(-3).some(ofPeople);
    // ("Two Japanese were killed… What were their names?": the people named before.)
    // An imperative opening the question ("State the…", "Name the…"): a verb of saying, giving or knowing, then a determiner or a question word.
    const imperativeAt = (i: number) => {
      const w = all[i] ?? '';
      const first = all.findIndex((x) => !['so', 'ok', 'okay', 'hey', 'hi', 'please', 'pls', 'plz', 'kindly', 'now', 'just'].includes(x));
      if (i !== first || !['the', 'a', 'an', 'all', 'any', 'each', 'both', 'every', 'what', 'which', 'who', 'whom', 'whose', 'how', 'when', 'where', 'why', 'whether', 'if'].includes(all[i + 1] ?? '')) return false;
      const verb = wordnet.lookup(w)?.senses.find((x) => x.pos === 'verb');
      return verb !== undefined && (sayingVerb(w) || possessionVerb(w) || verb.lexname === 'verb.cognition');
    };
    // ("Name the members of the group…" opening the question asks to list a group's members, which need be no people.)
    const nameAsked = all.some((w, i) => (['name', 'names', 'nom', 'noms'].includes(w) && !(!french && imperativeAt(i) && MEMBER_NOUNS.includes(headAfter(i) ?? '')) && (french ? phraseAfter(i).some(ofPeople) : ofPeople(headAfter(i) ?? ''))) || (['name', 'names', 'nom', 'noms'].includes(w) && ['their', 'his', 'her', 'leur', 'leurs', 'son', 'sa'].includes(all[i - 1] ?? '') && all.slice(0, i - 1).some(ofPeople)) || (k.glossary.get(w)?.[0] === 'name' && ownerBefore(i)) || (w === 'called' && isPersonNoun(all[i - 1] ?? '')) || (/^appel+(?:ai|e)(?:en)?t?$/.test(w) && /\bs['’]appel/i.test(text) && all.slice(i + 1, i + 6).some(ofPeople)));
    // "How did Beijing react", "la réaction de la Chine", "どう反応した": someone's reaction is asked for.
    // Whose: the words before the first word for it ("how did Beijing react": Beijing).
    // By its word, or a glossed word's English ("反応": reaction).
    const reactionAt = all.findIndex((w) => REACTION_STEMS.has(stem(w)) || (k.glossary.get(w) ?? []).some((g) => REACTION_STEMS.has(stem(g))));
    const reactionOf = reactionAt < 0 ? [] : all.slice(0, reactionAt).filter((w) => !STOPWORDS.has(w) && !AUXILIARIES.has(w));
    /** Asks for the particulars ("which specific drones", "exactly which", "what details"). */
    const specificAt = all.findIndex((w) => ['specific', 'specifically', 'exactly', 'precisely', 'particular', 'details', 'detail', 'precis', 'precise', 'precises', 'exactement'].includes(w));
    // What particulars: the head of the phrase after the word ("which specific observation satellites": satellites).
    const specificsAsked = specificAt >= 0 ? (headAfter(specificAt) ?? '') : undefined;
    // In Japanese, a word the glossary gives as a verb of saying ("説明": explain) is the verb of its clause.
    const japaneseSaying = (w: string) => !/^[a-z0-9]+$/.test(w) && glossedSaying(w);
    const saidAsked = intent === 'what' && people.length > 0 && all.some((w, i) => !nameAt.has(i) && !used.has(i) && (japaneseSaying(w) || (sayingVerb(w) && (verbAfterName(i) || (tagOf(w)?.pos === 'VERB' && tagOf(w)?.role !== 'request')))));
    // "Was anybody at both?": an indefinite pronoun for a person asks who.
    // Not whom a request is put to ("can someone explain…").
    if (intent === 'what' && all.some((w, i) => INDEFINITE_PERSONS.has(w) && !(MODALS.has(all[i - 1] ?? '') && i <= 2))) intent = 'who';
    // "List the ministers", "name the French ministers", "tell me the participants": who.
    if (intent === 'what' && all.some((w, i) => ['list', 'name', 'tell', 'give'].includes(w) && all.slice(i + 1, i + 5).some((x) => OFFICE_NOUNS.includes(x) || ['participants', 'attendees', 'officials', 'delegates', 'people'].includes(x)))) intent = 'who';
    // "France's foreign minister … about Japan's role": the country that qualifies the office.
    // Where the office is named: a word for one, or a phrase the lexicon reads as one ("top diplomat").
    const roleLexicon = new Set(offices.filter((o) => roles.includes(o.id)).flatMap((o) => [...o.lexicon]));
    const rolePhrases = new Set(termsOf(phraseWords(all), lexicon).filter((t) => t.via && roleLexicon.has(t.via)).flatMap((t) => wordsOf(t.text)));
    // The asked office's own words first ("the Japanese PM", not "French ministers" before it), else any word for an office.
    const ownWords = offices.filter((o) => roles.includes(o.id)).flatMap((o) => o.words.map(at)).concat(all.flatMap((w, i) => (rolePhrases.has(w) ? [i] : []))).filter((i) => i >= 0);
    const officeAt = ownWords.length > 0 ? Math.min(...ownWords) : all.findIndex((w) => ['minister', 'ministers', 'ministre', 'secretary', 'chief', 'portfolio'].includes(w));
    // The office as whom someone met, saw or called on ("which ministers went to see the Japanese PM"):
    // its holder is who was met, not who is asked for.
    let beforeRole = officeAt - 1;
    while (beforeRole >= 0 && (['the', 'a', 'an', 'his', 'her', 'their', 'its', 'then', 'top'].includes(all[beforeRole]!) || countryOfWord[all[beforeRole]!] !== undefined)) beforeRole--;
    const roleMet = officeAt > 0 && (['see', 'saw', 'seen', 'meet', 'met', 'meets', 'visit', 'visited', 'visits', 'greeted', 'greet'].includes(all[beforeRole] ?? '') || (all[beforeRole] === 'on' && ['call', 'called', 'calling', 'calls'].includes(all[beforeRole - 1] ?? '')));
    const roleCountry = officeAt < 0 ? undefined : all.slice(Math.max(0, officeAt - 3), officeAt).map((w) => countryOfWord[w]).filter((c) => c !== undefined).at(-1) ?? all.slice(officeAt + 1, officeAt + 3).map((w) => countryOfWord[w]).find((c) => c !== undefined);

    // "The next meeting" is one the articles cannot know of.
    const nextMeeting = all.some((w, i) => ['next', 'upcoming', 'future', 'coming', 'prochain', 'prochaine'].includes(w) && all.slice(i + 1, i + 4).some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined)) || nextInJapanese.test(text);
    // "Now, according to the latest report" asks what the sources say last, not after them.
    const perLatest = /\b(?:according to|in|as of|per) the (?:latest|most recent|last|newest) (?:source|report|article|news)s?\b|\bselon (?:le|la) (?:dernier|derniere|plus recent) (?:article|source)|最新の(?:記事|報道|情報)/i.test(normalizeForSearch(text).replace(/\s+/g, ' ') + ' ' + raw);
    // "Still", "yet", "anymore" with a year the sources reach ("still there in 2018") are of that year, not of now.
    const ofYearAsked = (w: string) => STILL_WORDS.has(w) && years.length > 0 && years.every((y) => y <= lastYear);
    // A day typed in full that comes after the latest article ("on 27 January" of its year): after the sources too.
    // So is a month of the latest article's year that comes after its month ("signed in July 2018").
    const typedDate = years.length === 1 && months.length === 1 ? `${years[0]}-${String(months[0]).padStart(2, '0')}${day !== undefined ? `-${String(day).padStart(2, '0')}` : ''}` : undefined;
    // Not a date the records give something ("the Feb 2018 drills"): that is what the articles say of it.
    // Not a date claimed of a meeting the question names ("was the 2018 meeting on 5 May?"): that is checked.
    // Nor one claimed of a plan ("the drills were set for March 2018"): the articles say when it was planned for.
    const dayAfter = typedDate !== undefined && lastDate.precision !== 'year' && typedDate > lastDate.value.slice(0, typedDate.length) && !recordDates.some((d) => d.startsWith(typedDate)) && !(yesNo && (meetingNamed || /\b(?:set|scheduled|planned|slated|due|expected)\s+(?:for|in)\b/i.test(raw)));
    const after = !perLatest && (all.some((w) => AFTER_WORDS.has(w) && !ofYearAsked(w)) || AFTER_PHRASES.some(phrase) || years.some((y) => y > lastYear) || nextMeeting || dayAfter);

    // The rest: what the answer must also cover. Stop words go first, before anything is capped.
    // Hiragana alone is grammar (た, でした), not a subject.
    // Words typed as names or codes: capitalised after the first word, in capitals, or with a digit.
    // French elision ("L'Inde") leaves the noun after it as typed.
    const typed = text.replace(/\b[LlDdQqJjNnSsCc]['’](?=\p{Lu})/gu, ' ').match(/[\p{Script=Latin}\p{N}]+(?:-\d+)?/gu) ?? [];
    const marked = new Set(
      typed
        .filter((w, i) => /\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}{2,}$/u.test(w) || (i === 0 && /^[LlDd]['’]\p{Lu}/u.test(text)))
        .flatMap((w) => wordsOf(w.replace(/^([A-Za-z]+)-(\d+)$/, '$1$2'))),
    );
    // French and Japanese questions: their words are not WordNet's.
    const english = !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && !french;
    const hints: Term[] = [];
    const loose: Term[] = [];
    // Verbs of a what or how question, read as hints ("stop", "explain").
    const verbsOfOpen: Term[] = [];
    // The head of a phrase ("nuclear submarines") is what the phrase is about, and so is a phrase
    // no article uses any word of ("xylophone recital").
    const content = (x: string | undefined) => x !== undefined && !STOPWORDS.has(x) && countryOfWord[x] === undefined && !/^\d+$/.test(x);
    // A name before it is whose it is ("Dumont's trip"), not a word of the same phrase.
    const inPhrase = (w: string) => {
      const i = all.indexOf(w);
      const next = all[i + 1];
      return (content(all[i - 1]) && !nameAt.has(i - 1)) || (content(next) && !vocabulary.has(stem(next!)));
    };
    // What something is said to be about: "say about tariffs", "on tariffs", "sur les tarifs".
    const saidAbout = (w: string) => {
      const i = all.indexOf(w);
      return all.slice(Math.max(0, i - 3), i).some((x, j, before) => ['about', 'regarding', 'concerning', 'sur'].includes(x) && before.slice(j + 1).every((y) => STOPWORDS.has(y)));
    };
    // A kind named before its examples ("health issues like cholera", "des sujets comme le choléra"): the
    // examples say what is asked, and the kind only how the asker sorts them.
    const kindOfExamples = (w: string) => {
      const i = all.indexOf(w);
      // Past the rest of the kind's phrase and any phrase of how ("health/disasters at all, e.g. cholera").
      for (let j = i + 1, seen = 0; seen < 3 && j < all.length; j++) {
        const marker = EXAMPLE_MARKERS.find((m) => m.every((x, k) => all[j + k] === x));
        if (marker) return all.slice(j + marker.length).some(content);
        if (used.has(j)) continue;
        if (STOPWORDS.has(all[j]!)) return false;
        seen++;
      }
      return false;
    };
    // "Touch on", "dwell on", "single out": WordNet's verb of the word and the word after it says
    // talking or thinking of something.
    const talkedOf = (w: string) => {
      const next = all[all.indexOf(w) + 1];
      const lemma = wordnet.lookup(w)?.lemma;
      const lexname = next !== undefined && lemma !== undefined && (['on', 'upon', 'about', 'of'].includes(next) || PARTICLES.has(next)) ? wordnet.lookup(`${lemma}_${next}`)?.senses.find((x) => x.pos === 'verb')?.lexname : undefined;
      return lexname === 'verb.communication' || lexname === 'verb.cognition';
    };
    // An event told of what the question names, in a clause of its own ("the pact they signed at
    // the 2nd meeting", "the deal that was agreed"): it says which thing, not what is asked of it.
    // Not a question's own verb after its auxiliary ("did they sign", "when was it agreed"), nor a
    // statement asked to be confirmed ("at Kasumi Hall they signed the RAA, right?").
    const identified: Term[] = [];
    const identifying = (w: string) => {
      const i = all.indexOf(w);
      // Only inside a question a question word opens, whose own verb is elsewhere.
      if (yesNo || !['what', 'whats', 'which', 'when', 'where', 'who', 'how', 'why'].includes(all.find((x) => !STOPWORDS.has(x) || ASKING_WORDS.has(x)) ?? '') || !EVENT_STEMS.has(stem(w)) || !/(?:ed|gne)$/.test(w)) return false;
      const before = all.slice(Math.max(0, i - 3), i).filter((x) => !['was', 'were', 'been', 'had', 'have', 'has'].includes(x));
      const opener = before.at(-1);
      // After a word of what the records name: an agreement's, a meeting's or a person's.
      const named = (x: string) =>
        agreementTerms.some((t) => wordsOf(t.text).includes(x)) || agreementNameWords().has(x) || MEETING_WORDS.has(x) || seriesWordSet.has(x) || personNameWords.has(x);
      return opener !== undefined && RELATIVE_OPENERS.has(opener) && before.length >= 2 && named(before.at(-2)!);
    };
    // The head of the phrase after "which" or "what" ("what counterterrorism areas did…": areas).
    const askedHead = (w: string) => {
      const i = all.indexOf(w);
      const start = all.findIndex((x, j) => j < i && ASKING_WORDS.has(x));
      if (start < 0) return false;
      const phrase = all.slice(start + 1).findIndex((x) => STOPWORDS.has(x) || AUXILIARIES.has(x));
      const end = phrase < 0 ? all.length : start + 1 + phrase;
      return end - 1 === i && i > start;
    };
    // The thing asked for: the first word that says what, after "which", "what", "how many", "quel"
    // ("which French company", "what sort of systems").
    const askedFor = (w: string) => whoIs(w) || whatAsked(w) || endsJapanese(w);
    // Japanese asks for what ends the question ("…の人数は？", "…の代表って誰"): the word, or the one before "と" ("AとBは？").
    const endsJapanese = (w: string) => {
      const at = text.lastIndexOf(w);
      return at >= 0 && /[\p{Script=Han}\p{Script=Katakana}]/u.test(w) && /^(?:と\p{Script=Han}+|の)?(?:数|人数)?(?:は|って|を教えて)\s*(?:何|なん|誰|だれ|いくつ|何人|どれくらい|どのくらい)?\s*(?:です|でした)?(?:か|の)?\s*[？?]?\s*$/u.test(text.slice(at + w.length).replace(/\s+/g, ''));
    };
    // The person asked for after "who was (the French)…", "c'était qui le…", "qui était l'…": "mayor".
    const whoIs = (w: string) => {
      let j = all.indexOf(w) - 1;
      while (j >= 0 && (countryOfWord[all[j]!] !== undefined || ['the', 'a', 'an', 'le', 'la', 'l', 'les'].includes(all[j]!))) j--;
      return j >= 0 && j < all.indexOf(w) - 1 && (['who', 'qui'].includes(all[j]!) || (['was', 'is', 'were', 'are', 'etait', 'est', 'sont', 'etaient'].includes(all[j]!) && ['who', 'qui'].includes(all[j - 1] ?? '')));
    };
    const whatAsked = (w: string) => {
      const i = all.indexOf(w);
      // ("Combien de marins": French asks how many so.)
      const start = all.findIndex((x, j) => j < i && (ASKING_WORDS.has(x) || (['many', 'much'].includes(x) && all[j - 1] === 'how') || x === 'combien'));
      if (start < 0) return false;
      // Past a name and its "'s" ("what is Sato's hometown": hometown).
      const head = all.slice(start + 1).findIndex((x, j, after) => !STOPWORDS.has(x) && countryOfWord[x] === undefined && !personNameWords.has(x) && x !== 's' && after[j + 1] !== 'of');
      return head >= 0 && start + 1 + head === i;
    };
    // A phrase WordNet knows only as a way of saying how ("side by side", "at all"): no thing the
    // articles never mention. Where they never use it, an answer from the rest says it does not rest on it.
    const phrasesOfHow: Term[] = [];
    if (english) {
      for (let i = 0; i + 1 < all.length; i++) {
        for (const n of [3, 2]) {
          const words = all.slice(i, i + n);
          if (words.length < n || words.some((w, j) => used.has(i + j) || !/^[a-z]+$/.test(w)) || words.every((w) => STOPWORDS.has(w))) continue;
          const senses = wordnet.lookup(words.join('_'))?.senses ?? [];
          if (senses.length === 0 || !senses.every((x) => x.pos === 'adj' || x.pos === 'adv')) continue;
          words.forEach((_, j) => used.add(i + j));
          const content = words.filter((w) => !STOPWORDS.has(w)).map(stem);
          if (!content.every((x) => vocabulary.has(x))) phrasesOfHow.push({ text: words.join(' '), alternatives: [content] });
        }
      }
    }
    // "Due to take place", "set to be held": a plan, which asHappened reads; not a word to find ("due to its territories" is one).
    all.forEach((w, i) => {
      if (PLAN_MODALS.has(w) && all[i + 1] === 'to' && (wordnet.lookup(all[i + 2] ?? '')?.senses ?? []).some((x) => x.pos === 'verb')) used.add(i);
    });
    // "When did they first agree…", "when was it first discussed": the earliest time is asked, not a word to find.
    let earliest = false;
    if (intent === 'when') {
      all.forEach((w, i) => {
        if (!['first', 'initially', 'originally'].includes(w) || used.has(i) || meetingAfter(i)) return;
        // An adverb: after no determiner ("the first drills" names a thing), before a verb or nothing.
        const next = all[i + 1];
        if (['the', 'a', 'an', 'its', 'their', 'his', 'her', 'le', 'la', 'les'].includes(all[i - 1] ?? '')) return;
        if (next !== undefined && !STOPWORDS.has(next) && !(wordnet.lookup(next)?.senses ?? []).some((x) => x.pos === 'verb')) return;
        used.add(i);
        earliest = true;
      });
    }
    const rest = joinGlossed(all.filter((w, i) => !used.has(i) && !STOPWORDS.has(w) && !AFTER_WORDS.has(w) && !/^\p{Script=Hiragana}+$/u.test(w))).map((w) => correct(w, !english && marked.has(w)));
    // Parts of speech in context, tagged on first need: only where a word's weight depends on it.
    const verbSlot = (w: string) => {
      const i = all.indexOf(w);
      const before = all[i - 1] ?? '';
      // After a plural subject ("did both sides flag", "letting their militaries swap"): a bare verb.
      const pluralSubject = /[^s]s$/.test(before) && !/s$/.test(w) && (wordnet.lookup(before)?.counts.noun ?? 0) > 0 && (wordnet.lookup(w)?.counts.verb ?? 0) > 0;
      // After a bare "come" or "go" ("come train with", "go see"): a verb, as the infinitive is.
      return i > 0 && (before === 'to' || ['come', 'go'].includes(before) || AUXILIARIES.has(before) || ['they', 'he', 'she', 'we', 'i', 'you', 'it'].includes(before) || pluralSubject || (countryOfWord[before] !== undefined && all.slice(0, i - 1).some((x) => AUXILIARIES.has(x))));
    };
    // Where a request stands: first, or after "you" or "please" ("can you list", "pls explain"), past
    // chat ("so", "ok"); where a classifier does: "what kinds of". Elsewhere ("did the ministers
    // train") no word is a request, and the tagger's model need not load to say so.
    const framingPosition = (w: string) => {
      const i = all.indexOf(w);
      const before = all.slice(0, i).filter((x) => !['so', 'ok', 'okay', 'hey', 'hi', 'and', 'but', 'also', 'then', 'just', 'btw'].includes(x));
      return before.length === 0 || ['you', 'u', 'someone', 'somebody', 'anyone', 'anybody', 'please', 'pls', 'plz', 'kindly'].includes(all[i - 1] ?? '') || (WH_WORDS.has(all[i - 1] ?? '') && all[i + 1] === 'of');
    };
    /**
     * How much a word of the question weighs: `word` is the English read (the word as typed, or a
     * glossed word's English); the term keeps the word as typed.
     */
    const weighed = (t: Term, word: string, inEnglish: boolean, slot: boolean, glossed = false): Term[] => {
      // An imperative opening the question ("State the…", "Identify which…", "List what…"), which a tagger
      // may take for a noun: a verb of saying, giving or knowing, then a determiner or a question word.
      if (english && imperativeAt(all.indexOf(t.text))) return [];
      const s = salienceOf({ word, marked: marked.has(word), inArticles: (x) => vocabulary.has(x), framing: (x) => STOPWORDS.has(x) || lexicon.generic.has(x), event: (x) => EVENT_STEMS.has(x), ofPerson: people.length + roles.length > 0, english: inEnglish, glossed, open: !yesNo && intent !== 'when', verbSlot: slot, yesNo: yesNo && all[all.indexOf(t.text) - 1] !== 'to', talkedOf: () => talkedOf(word), ...(english ? { tag: () => tagOf(word), framingPosition: framingPosition(word) } : {}) }, wordnet);
      if (s.kind === 'framing') return [];
      // The person asked for ("which official") is whoever the answer names, not a word to find,
      // where the articles use the word; "which chancellor" they never mention stays.
      if (personAskedAt(all.indexOf(t.text)) && vocabulary.has(t.alternatives[0]![0]!)) return [];
      // So is the place asked for ("which city", "what venue"): wherever the answer says.
      if (intent === 'where' && askedFor(t.text) && wordnet.lookup(word)?.senses.find((x) => x.pos === 'noun' && x.lexname !== 'noun.Tops')?.lexname === 'noun.location') return [];
      const askedKind = askedFor(t.text) || askedHead(t.text);
      const term = { ...t, alternatives: s.alternatives, ...(s.alternatives.length > 1 ? { via: 'wordnet' } : {}), ...(s.kind === 'topic' && s.common && s.abstract ? { everyday: true } : {}), ...(s.kind === 'topic' && s.common ? { common: true } : {}), ...(askedKind || saidAbout(t.text) ? { subject: true } : {}), ...(askedKind ? { askedFor: true } : {}), ...(s.kind === 'topic' && s.verbAsked ? { verbAsked: true } : {}) };
      const identifies = identifying(t.text);
      if (identifies) identified.push(term);
      if (s.kind === 'hint' || phrasal.has(t.text) || kindOfExamples(t.text) || identifies) {
        hints.push(term);
        if (s.kind === 'hint' && s.verbOfOpen) verbsOfOpen.push(term);
        return [];
      }
      // An everyday word no article uses, unless it is what the question asks for ("which company").
      if (s.common && !askedFor(t.text) && !inPhrase(t.text) && !saidAbout(t.text) && !s.alternatives.some((alt) => alt.every((x) => vocabulary.has(x)))) {
        loose.push(term);
        return [];
      }
      return [term];
    };
    // A word of a language the articles are not written in, glossed (data/glossaries/): read as its
    // English, kept as typed ("潜水艦" is "submarine", which the articles never mention). One kanji
    // alone ("海" of "海自") is too little to gloss; a phrase ("north korea") is one term.
    const glossed = (t: Term): Term[] => {
      // A word of a series' own name is that name, not a word to gloss.
      const en = [...t.text].length >= 2 && !seriesWordSet.has(t.text) ? k.glossary.get(t.text) : undefined;
      const words = en ? wordsOf(en[0]!).filter((x) => !STOPWORDS.has(x) && !lexicon.generic.has(stem(x))) : [];
      if (words.length === 0) return [];
      const said = (x: Term) => x.alternatives.some((alt) => alt.every((y) => vocabulary.has(y)));
      // The lexicon's other ways of saying it, as for the English word ("warship": "frigate").
      const synonym = termsOf(words, lexicon).find((x) => x.via && !lexicon.generic.has(x.alternatives[0]![0]!));
      // What kind of thing the English names: a physical thing, or a name ("Australia"), is what the
      // question is about; an idea put in other words ("会場", venue; "安全", safety) only helps pick.
      // A phrase WordNet holds whole ("aircraft carrier") is that thing, not its last word (a "carrier" is first a person).
      const head = (words.length > 1 ? wordnet.lookup(words.join('_')) : undefined) ?? wordnet.lookup(words.at(-1)!);
      const noun = head?.senses.find((x) => x.pos === 'noun');
      // A name only: "Australia", not "begin" (whose one noun sense is a man's name).
      const named = noun !== undefined && isName(noun.words) && (head?.counts.verb ?? 0) === 0 && (head?.counts.adj ?? 0) === 0;
      // A French verb's English is often a noun too ("s'entraîner": "train"): WordNet's senses say which it mostly is.
      const verbal = french && (head?.counts.verb ?? 0) > (head?.counts.noun ?? 0);
      const thing = named || (!verbal && /^noun\.(?:artifact|substance|object|animal|plant|body|food)$/.test(noun?.lexname ?? '')) || (head === undefined && words.at(-1)!.length >= 4);
      // Said in the lexicon's other words the articles use: a word no English dictionary knows is a
      // name, what the question is about ("ジャポニスム": Japonismes); else it helps pick.
      if (synonym && said(synonym)) {
        if (head === undefined && words.length === 1 && words[0]!.length >= 4) return [{ ...synonym, text: t.text }];
        hints.push({ ...synonym, text: t.text });
        return [];
      }
      if (words.length > 1) {
        // A phrase of when or how much ("day of the week") is read from the question's own words.
        if (noun !== undefined && ['noun.time', 'noun.quantity', 'noun.relation', 'noun.Tops'].includes(noun.lexname)) return [];
        const phrase = { ...t, alternatives: [words.map(stem)] };
        // Word by word, a phrase the articles use may match what they never say ("south korea" in
        // "South China Sea … North Korea"): it helps pick; a thing they never name blocks.
        if (said(phrase)) hints.push(phrase);
        else if (thing) return [phrase];
        else loose.push(phrase);
        return [];
      }
      const w = words[0]!;
      // Typed with its capital ("la Diète"), its English is too: a name, as French writes only names so.
      if (marked.has(t.text)) marked.add(w);
      // A verb in English, with no noun sense ("確認": "confirm"), stands where the question's verb does.
      const read = weighed({ ...t, alternatives: [[stem(w)]] }, w, true, noun === undefined && (head?.counts.verb ?? 0) > 0, true);
      // A gloss is no exact word of the question: it helps pick the passage; a name the articles use
      // ("ウクライナ") is what the question is about, and a thing or a name they never use blocks.
      // So does the thing asked for ("どの企業": which company), where the articles never use its word.
      const kept = read.filter((x) => ((thing || (askedFor(t.text) && !x.everyday)) && !said(x)) || (named && said(x)));
      hints.push(...read.filter((x) => !kept.includes(x)));
      return kept;
    };
    const terms = termsOf(rest, lexicon)
      .filter((t) => {
        // A word the lexicon lists as framing ("合意" in "何か合意した") frames, whatever else it may mean.
        if (t.via) return !officeLexicon.has(t.via) && (t.text.includes(' ') || !lexicon.generic.has(stem(t.text)));
        const s = t.alternatives[0]![0]!;
        return !lexicon.generic.has(s) && !STOPWORDS.has(s) && !/^\d{1,2}$/.test(s);
      })
      // What the question is about stays; how it is framed goes ("again", "pls", "the guy who").
      .flatMap((t): Term[] => {
        if (t.via || t.text.includes(' ')) {
          if (!identifying(t.text)) return [t];
          hints.push(t);
          identified.push(t);
          return [];
        }
        if (!/^[a-z0-9]+$/.test(t.text)) return vocabulary.has(t.alternatives[0]![0]!) ? [t] : glossed(t);
        // "The first bilateral ones": an ordinal the articles use says which.
        if (ORDINALS[t.text] !== undefined) return vocabulary.has(t.alternatives[0]![0]!) ? [t] : [];
        // Asked what someone said, a French verb of saying ("a affirmé") says how it was said, as in English.
        if (intent === 'said' && frenchSayingWord(t.text)) {
          hints.push(t);
          return [];
        }
        // A French word the articles do not use, read as the glossary's English for it.
        if (french && !vocabulary.has(t.alternatives[0]![0]!) && k.glossary.has(t.text)) return glossed(t);
        if (fromFrenchPhrase.has(t.text)) return weighed(t, t.text, true, verbSlot(t.text), true);
        // The thing a French question asks for, spelt as in English ("quel port"): the English noun, which blocks where no article uses it.
        // Not a kind of something ("quel type de région"): the thing after "de" is what is asked.
        if (french && askedFor(t.text) && !['de', 'd'].includes(all[all.indexOf(t.text) + 1] ?? '') && wordnet.lookup(t.text)?.senses.some((x) => x.pos === 'noun')) return weighed(t, t.text, true, false);
        return weighed(t, t.text, english, verbSlot(t.text));
      })
      .map((t) => (shown.has(t.text) ? { ...t, text: shown.get(t.text)! } : t))
      // A paraphrase of an agreement's name ("supply-sharing deal") names the agreement: the lexicon's,
      // not a WordNet synonym of one word ("negotiations" is no "dialogue" on Ukraine).
      .filter((t) => {
        // A word glossed from Japanese or French as an agreement's whole name ("リヨン": Lyon, where an agreement is named after it) names it as the English word does.
        const glossedAs = k.glossary.has(t.text) && !english ? t.alternatives[0]!.join(' ') : undefined;
        const id = t.via && t.via !== 'wordnet' ? agreementByAlias.get(t.alternatives.slice(1).map((a) => a.join(' ')).find((a) => agreementByAlias.has(a)) ?? '') : glossedAs !== undefined ? agreementByAlias.get(glossedAs) : undefined;
        if (!id) return true;
        if (!agreements.includes(id)) agreements.push(id);
        agreementTerms.push(t);
        return false;
      });
    // "Islands or territories", "îles ou territoires": either answers; one the articles never use
    // does not make them silent on the other.
    for (let i = 0; i + 1 < terms.length; i++) {
      const [a, b] = [terms[i]!, terms[i + 1]!];
      const at = all.indexOf(a.text);
      if (at < 0 || !['or', 'ou'].includes(all[at + 1] ?? '') || !all.slice(at + 2, at + 4).includes(b.text)) continue;
      terms.splice(i, 2, { ...a, text: `${a.text} ${all[at + 1]} ${b.text}`, alternatives: [...a.alternatives, ...b.alternatives] });
    }
    // Part of an agreement's name, with a word for an agreement ("the equipment pact"): that agreement,
    // when the word is in no other agreement's name.
    if (agreements.length < 2 && /\b(?:pact|agreement|deal|accord|treaty|arrangement|framework)s?\b|協定|accord/i.test(text)) {
      // The word just before "pact" ("the equipment pact"), not any word of the question ("first").
      const before = new Set(all.flatMap((w, i) => (/^(?:pact|agreement|deal|accord|treaty|arrangement|framework)s?$/.test(w) ? [all[i - 1], all[i - 2]] : [])));
      for (const t of terms.filter((x) => before.has(x.text))) {
        const owners = [...agreementWords.entries()].filter(([, words]) => t.alternatives.some((alt) => alt.length === 1 && words.has(alt[0]!))).map(([id]) => id);
        if (owners.length !== 1 || agreements.includes(owners[0]!)) continue;
        agreements.push(owners[0]!);
        agreementTerms.push(t);
        terms.splice(terms.indexOf(t), 1);
        break;
      }
    }
    // "The pact" alone, where one agreement's name alone has that word: that agreement.
    if (agreements.length < 2) {
      // After "the", or after "the" and a word another reading took ("the defence pact", defence read as an office's).
      const determined = (i: number) => ['the', 'this', 'that'].includes(all[i - 1] ?? '') || (['the', 'this', 'that'].includes(all[i - 2] ?? '') && used.has(i - 1) && ROLE_WORDS.has(all[i - 1]!));
      const kindWord = all.find((w, i) => /^(?:pact|treaty|accord|deal|arrangement)$/.test(w) && determined(i) && !agreementTerms.some((t) => wordsOf(t.text).includes(w)));
      const owners = kindWord ? [...k.agreements.values()].filter((a) => stemsOf(a.name).includes(stem(kindWord))).map((a) => a.id) : [];
      if (owners.length === 1 && !agreements.includes(owners[0]!)) {
        agreements.push(owners[0]!);
        agreementTerms.push({ text: kindWord!, alternatives: [[stem(kindWord!)]] });
      }
    }
    // "Besides terrorism, what…", "à part la Corée du Nord": what is set aside is not asked; the answer is something else.
    // In Japanese, the words before "以外" or "を除いて" back to a particle ("テロ対策以外に": besides counter-terrorism).
    const aside = /\b(?:besides|except(?:\s+for)?|apart from|aside from|other than|in addition to|hormis|outre|[aà] part|en plus de)\s+([^,?;.]+)/i.exec(normalizeForSearch(text)) ?? /(?<=^|[はがをにでとの、。？！\s])([^はがをにでとの、。？！\s]{1,12})(?:以外|を除いて|を除き)/u.exec(text);
    const asideWords = new Set(aside ? wordsOf(aside[1]!).slice(0, aside[1]!.includes(',') ? undefined : 5) : []);
    const setAside = (t: Term) => wordsOf(t.text).every((w) => asideWords.has(w));
    // As typed, up to the question it opens ("apart from unmanned systems, which other…").
    const asideTyped = aside ? wordsOf(aside[1]!) : [];
    const asideEnd = asideTyped.findIndex((w) => ['which', 'what', 'who', 'whom', 'other', 'else', 'quels', 'quelles', 'quel', 'quelle', 'qui', 'autres'].includes(w));
    const setAsideText = asideTyped.slice(0, Math.min(asideEnd < 0 ? 5 : asideEnd, 5)).join(' ');
    const besides = asideWords.size === 0 ? [] : agreements.filter((_, i) => agreementTerms[i] !== undefined && setAside(agreementTerms[i]!));
    // A person set aside ("apart from Sato, who attended") is not asked about, and not the answer.
    const besidesPeople = asideWords.size === 0 ? [] : people.filter((id) => [...nameAt].some((i) => asideWords.has(all[i]!) && names.some((n) => n.id === id && n.words.includes(all[i]!))));
    for (const id of besidesPeople) people.splice(people.indexOf(id), 1);
    if (besides.length > 0) {
      for (const id of besides) {
        const i = agreements.indexOf(id);
        agreements.splice(i, 1);
        agreementTerms.splice(i, 1);
      }
    }
    if (asideWords.size > 0) for (const t of terms.filter(setAside)) terms.splice(terms.indexOf(t), 1);
    // A word that ranges over meetings, just before a word for one: "both meetings", "which of the two talks".
    // "The two meetings": "two" right before a plural meeting noun (not the "two" of a series' name).
    // "Each time", "both times", "chaque fois": of the meetings the question is about.
    const twoOf = (w: string, i: number) =>
      (['two', '2'].includes(w) && !seriesWordSet.has(all[i - 1] ?? '') && /s$/.test(all[i + 1] ?? '') && GENERAL_MEETING_WORDS.includes(all[i + 1]!)) ||
      (['each', 'both', 'chaque'].includes(w) && ['time', 'times', 'fois'].includes(all[i + 1] ?? ''));
    // "Which year was that meeting": the year is asked, of one meeting.
    const whichOfTime = (i: number) => ['which', 'quelle'].includes(all[i]!) && ['year', 'month', 'day', 'date', 'annee', 'mois', 'jour'].includes(all[i + 1] ?? '');
    const acrossMeetings = all.some((w, i) => (['both', 'each', 'every', 'which', 'quelle', 'quelles', 'chaque', 'deux'].includes(w) && !whichOfTime(i) && all.slice(i + 1, i + 5).some((x) => MEETING_WORDS.has(x) && countryOfWord[x] === undefined)) || twoOf(w, i)) || /(どの|両方の|両|二つの|2つの)(会合|会談|会議)/.test(text);
    // Counted, "before the 2018 one/meeting" is up to just before that meeting's year (beside a
    // meeting, "before the 2018 talks" is otherwise left unread: "before the talks, they met…").
    if (intent === 'count' && bounded === 'unread') {
      const at = all.findIndex((w, i) => ['before', 'avant'].includes(all[i - 2] ?? '') && ['the', 'la', 'le'].includes(all[i - 1] ?? '') && /^(?:19|20)\d\d$/.test(w) && (['one', 'celle', 'celui'].includes(all[i + 1] ?? '') || MEETING_WORDS.has(all[i + 1] ?? '')));
      if (at >= 0) bounded = { to: { year: Number(all[at]), exclusive: true } };
    }
    // "Why", "pourquoi", or the reason itself asked for: "what was the rationale for…", "理由は".
    // (Or asked for by an imperative: "identify the rationale…", "explain the reasoning…".)
    const whyNounAsked = (w: string, i: number) => WHY_NOUNS.has(w) && (askedFor(w) || ['for', 'behind', 'pour', 'derriere', 'de'].includes(all[i + 1] ?? '') || /^\p{Script=Han}/u.test(w) || ['identify', 'explain', 'describe', 'give', 'state', 'outline', 'summarize', 'summarise'].includes(all[0] ?? ''));
    // Or a motive asked as "what is driving…".
    const causeAt = all.findIndex((w, i) => CAUSE_VERBS.has(w) && (all[i - 1] === 'what' || (all[i - 2] === 'what' && ['is', 's', 'was', 'has'].includes(all[i - 1] ?? ''))));
    const why = has('why') || has('pourquoi') || phrase(['what', 'for']) || all.some(whyNounAsked) || causeAt >= 0;
    if (why) for (const t of terms.filter((x) => WHY_NOUNS.has(x.text) || (causeAt >= 0 && x.text === all[causeAt]))) terms.splice(terms.indexOf(t), 1);
    // Asked what someone said, "line" or "words" is what is asked, not a word to find.
    if (intent === 'said') for (const t of terms.filter((x) => SAYING_WORDS.has(x.text))) terms.splice(terms.indexOf(t), 1);
    // "Met", "agreed", "invited": an event; "meeting" (the noun) is not one.
    const event = all.some((w) => EVENT_STEMS.has(stem(w)) && !['meeting', 'meetings'].includes(w));
    const met = all.some((w) => ['meet', 'meets', 'met', 'rencontre', 'rencontres'].includes(w));
    // "Was she in Osaka", "has he been to France", "était-elle à Tokyo": "be", then in or to a place.
    // "Held in France", "en France", "au Japon": a country as where, not as whose.
    const inCountry = all.map((w, i) => (['in', 'en', 'au', 'a'].includes(w) ? countryOfWord[all[i + 1] ?? ''] : undefined)).find((c) => c !== undefined);
    // A visit inside a "when" clause ("how did Sato describe France when she was in Tokyo") dates
    // what is asked; it is not what is asked.
    const clauseAt = all.findIndex((w, i) => w === 'when' && whenClause(i));
    const main = clauseAt < 0 ? all : all.slice(0, clauseAt);
    const beIn =
      ['was', 'were', 'been', 'is', 'be', 'etait', 'etaient', 'ete'].some((w) => main.includes(w)) &&
      main.some((w, i) => ['in', 'to', 'a', 'au', 'en'].includes(w) && (cities.has(main[i + 1] ?? '') || countryOfWord[main[i + 1] ?? ''] !== undefined));
    // Plans are not presence ("is the president going to visit Japan" asks about the invitation), nor is
    // visiting someone ("did he visit Japan's defence minister").
    // But "did he (ever, actually) go … after the invitation" asks whether the visit happened.
    const going = all.findIndex((w) => PRESENCE_STEMS.has(stem(w)));
    const happened = going >= 0 && (['went', 'came', 'visited', 'travelled', 'traveled', 'gone'].includes(all[going]!) || all.slice(Math.max(0, going - 4), going).some((w) => ['did', 'has', 'have', 'had', 'ever', 'actually', 'really'].includes(w)));
    // A stated plan ("will he ever visit") stays one; an invitation is only context for a visit that happened.
    // "Is Dumont visiting Lyon?": going somewhere, in the present, is arranged to come.
    const plan = ['will', 'plan', 'plans', 'planned', 'planning', 'expected', 'expect', 'possible', 'soon', 'future', 'upcoming', 'va', 'ira', 'prevu', 'prevue'].some(has) || PLANNED_TO.test(raw) || phrase(['going', 'to']) || phrase(['on', 'the', 'cards']) || phrase(['in', 'the', 'cards']) || phrase(['in', 'the', 'works']) || phrase(['on', 'the', 'horizon']) || phrase(['in', 'the', 'pipeline']) || /予定|検討|計画|見通し/.test(raw) || (years.length === 0 && /\b(?:is|are|am)\s+(?:\S+\s+){0,3}(?:visiting|going|coming|travell?ing|heading)\b/i.test(text));
    const planned = plan || (!happened && (['invited', 'invitation'].some(has) || /招待|招き/.test(raw)));
    // "Where was she (in a year)?" asks it too; "where did the prime minister meet the ministers" does not.
    const there = (places.length > 0 || countries.length > 0) && (main.some((w) => PRESENCE_STEMS.has(stem(w))) || beIn || /訪問|訪れ|行っ|来た|滞在/.test(raw));
    // Japanese says it with the verb's past ("どこで開催された？", "どこにいましたか").
    const pastJa = /(?:た|でした|ました)(?:か|の)?\s*[？?。]?\s*$/u.test(text);
    const whereWas = intent === 'where' && (['was', 'were', 'been', 'is', 'etait', 'etaient'].some(has) || pastJa) && places.length === 0 && countries.length === 0;
    // "Where did the ministers go to see Abe": a person named as whom someone sees, meets or visits
    // is not who went; the question is about the visit, not about where that person was.
    const VISITING = ['see', 'meet', 'met', 'visit', 'visited', 'visiting', 'meeting'];
    // So too one met with ("got a meeting with Sato", "met with him").
    const visitedOnly = nameAt.size > 0 && [...nameAt].every((i) => nameAt.has(i - 1) || VISITING.includes(all[i - 1] ?? '') || (all[i - 1] === 'with' && all.slice(Math.max(0, i - 4), i - 1).some((x) => VISITING.includes(x))) || (all[i - 1] === 'on' && ['call', 'called', 'calling'].includes(all[i - 2] ?? '')));
    // "Was Sato at the 2018 talks in Lyon?": at a meeting named by its year or number, which attendance answers, not where she was.
    const atNamedMeeting = meetingNamed && years.length + ordinals.length > 0 && intent !== 'where';
    const presence = people.length > 0 && roles.length === 0 && !planned && !visitedOnly && !atNamedMeeting && (there || whereWas);
    // Whether or how, not what: "what happened at the talks" asks what they did there.
    const whetherOrHow = yesNo || intent === 'where' || intent === 'when' || /\bhow (?:did|was|were)\b/i.test(raw);
    const asHappened =
      !plan &&
      // "Supposed to", "were … to be held": asked of as planned.
      !PLANNED_TO.test(raw) &&
      (TOOK_PART.test(raw) || RESULTED.test(raw) || (whetherOrHow && (OCCURRED.test(raw) || (/\b(?:did|was|were|has|have|had)\b/i.test(raw) && OCCURRING.test(raw)))) || (agreements.length > 0 && UNDER_AGREEMENT.test(text) && DONE.test(text) && !POSSIBLE.test(text)));
    // With nothing else to go on, an everyday word is what the question is about ("what about the weather").
    // With nothing else the answer must hold ("what did they denounce?"), the verb is what is asked.
    if (terms.length + people.length + agreements.length === 0 && verbsOfOpen.length > 0) {
      // As typed: WordNet's relatives of a verb ("begin": "first") are too loose for what must be found.
      terms.push(...verbsOfOpen.map((t) => ({ ...t, alternatives: t.alternatives.slice(0, 1) })));
      hints.splice(0, hints.length, ...hints.filter((h) => !verbsOfOpen.includes(h)));
    }
    // A clause that was all there was to say which thing ("the agreement they signed", no agreement
    // named): it is what the answer must hold.
    if (identified.length > 0 && agreements.length + years.length + ordinals.length + places.length === 0) {
      terms.push(...identified);
      hints.splice(0, hints.length, ...hints.filter((h) => !identified.includes(h)));
    }
    loose.push(...phrasesOfHow);
    const anchored = terms.length + people.length + agreements.length + years.length + ordinals.length + places.length + roles.length > 0;
    if (!anchored) terms.push(...loose);
    const quoted = [...text.matchAll(QUOTED)].map((m) => m[1]!).filter((x) => wordsOf(x).length > 0);
    // What an agreement (named by a name or by the lexicon's words for it) makes possible: "what does the pact enable", "what would it let them do".
    // So too what it would give or get them ("what would the pact offer", "what could they swap under it"), a verb where it stands.
    // After an auxiliary further back ("what does the pact offer"), only a word that is more often a verb ("access" is a noun).
    const verbMostly = (w: string) => ((c) => (c?.verb ?? 0) >= (c?.noun ?? 0))(wordnet.lookup(w)?.counts);
    const giving = () => all.some((w, i) => possessionVerb(w) && (verbSlot(w) || (verbMostly(w) && all.slice(0, i).some((x) => AUXILIARIES.has(x)))));
    if (intent === 'what' && agreements.length > 0 && (ENABLING.some(has) || /可能に|できるよう|何ができ/.test(text) || giving())) intent = 'covers';
    return { text, ...(SOURCE_ASKED.test(text) ? { sourceAsked: true as const } : {}), intent, years, ordinals, dayAsked, dateAsked, people, countries, roles, ...(roleCountry ? { roleCountry } : {}), ...(roleMet ? { roleMet } : {}), agreements, agreementTerms, why, event, presence, counterpart, ...(months.length > 0 ? { months } : {}), ...(beforeYear !== undefined ? { beforeYear } : {}), ...(bounded === 'unread' ? { spanUnread: true } : bounded ? { span: bounded } : {}), ...(day !== undefined ? { day } : {}), ...(weekday ? { weekday } : {}), ...(saidAsked ? { saidAsked } : {}), ...(reactionOf.length > 0 ? { reactionOf } : {}), ...(nameAsked ? { nameAsked } : {}), ...(specificsAsked !== undefined ? { specificsAsked } : {}), ...(succession ? { succession } : {}), ...(numberClaimed !== undefined ? { numberClaimed } : {}), ...(comparedWith !== undefined ? { comparedWith } : {}), ...(besides.length + besidesPeople.length > 0 ? { besides: [...besides, ...besidesPeople] } : {}), ...(setAsideText ? { setAside: setAsideText } : {}), acrossMeetings, met, inForce, places, ...(placeNamed.size > 0 ? { placeNamed: [...placeNamed] } : {}), placeToo, ...(inCountry ? { inCountry } : {}), yesNo, asHappened, ...(decidedAsked ? { decided: true as const } : {}), measure: MEASURE.test(raw), manner: MANNER.test(raw), positionAsked: all.some((w) => POSITION_WORDS.has(w)), numberAsked: NUMBER_ASKED.test(raw), after, ...(quoted.length > 0 ? { quoted } : {}), ...(earliest ? { earliest } : {}), ...(dateWord ? { dateWord } : {}), ...(dayShift ? { dayShift } : {}), terms, hints, loose: anchored ? loose : [] };
  }

  /**
   * A word cut short as people type it ("collab", "negot"), that no dictionary holds: the articles'
   * word it begins, where the words it begins are one family (each begins with the shortest).
   */
  const clipped = (w: string): string | undefined => {
    if (w.length < 5) return undefined;
    const begun = vocabularyList.filter((x) => x.length > w.length && x.startsWith(w)).sort((a, b) => a.length - b.length);
    return begun.length > 0 && begun.every((x) => x.startsWith(begun[0]!)) ? begun[0] : undefined;
  };
  return { read, inArticles: (s) => vocabulary.has(s), personNoun: (w) => personSense(w.toLowerCase()) !== undefined, sayingVerb: (w) => sayingVerb(w.toLowerCase()), nounKind: (w) => wordnet.lookup(w.toLowerCase())?.senses.find((x) => x.pos === 'noun' && !isName(x.words))?.lexname, kindsOf: (w) => wordnet.kindsOf(w), akin, spelledAs: (w, question) => (wordnet.lookup(w) === undefined && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(question) && !looksFrench(wordsOf(question), question) ? (slipOf(w, wordnet) ?? clipped(w)) : undefined) };
}
