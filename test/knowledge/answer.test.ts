// The answerer's reasoning across meetings and time, on the shipped data. Questions are our own
// wording, not the eval's.
import { describe, expect, it } from 'vitest';
import { findingCard } from '../../src/answers/findings.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { questionParts } from '../../src/knowledge/question.js';
import { defaultDataDir } from '../../src/paths.js';

const k = loadKnowledge(defaultDataDir);
const { answerer } = await buildKnowledgeBase(k).answering();
const ask = (q: string) => answerer.answer(q);
const lead = (q: string, lang: 'en' | 'ja' | 'fr' = 'en') => findingCard(k, ask(q), lang).lead.map((l) => l.text).join('\n');

describe('answers that combine facts', () => {
  it('says whether an office changed hands, from who held it at each meeting', () => {
    const f = ask('was france’s foreign minister the same person in 2015 and 2018?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'office-change', changed: true } });
    if (f.kind !== 'answer' || f.statement.kind !== 'office-change') throw new Error('no change');
    expect(f.statement.holders.map((h) => h.person)).toEqual(['laurent-fabius', 'jean-yves-le-drian']);
  });

  it('counts the calendar years between two meetings, a unique city naming one', () => {
    expect(ask('how long was it from the Paris talks to the 2018 talks, in years?')).toMatchObject({ kind: 'answer', statement: { kind: 'interval', meetings: ['two-plus-two-2014', 'two-plus-two-2018'], years: 4 } });
  });

  it('reads an office as the person who held it, then gives what they said', () => {
    const f = ask('what did the japanese defence minister say in 2018');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'quotes' } });
    expect(f.kind === 'answer' && f.facts.every((x) => x.people.includes('itsunori-onodera'))).toBe(true);
  });

  it('reads an agreement as the meeting it was signed at, then gives who held the office there', () => {
    const f = ask('at the talks where the equipment pact was signed, who was the French defence minister?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders', holders: [{ person: 'jean-yves-le-drian', meeting: 'two-plus-two-2015' }] } });
  });

  it('corrects a wrong premise: the ACSA was never reported signed, and says what was signed at that meeting', () => {
    const f = ask('they signed the ACSA at the Iikura talks, right?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'not-signed', agreement: 'acsa', meeting: 'two-plus-two-2015', signedThere: ['defense-equipment-transfer-pact'] } });
  });

  it('asked when it was signed, says plainly that no article says it was', () => {
    expect(ask('on what day was the ACSA signed?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'not-signed', agreement: 'acsa' } });
  });

  it('orders two agreements by the steps their names as asked say: the pact (2015) before the ACSA framework (2018)', () => {
    const f = ask('was the equipment pact earlier than the ACSA framework, or later?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'order' } });
    expect(f.kind === 'answer' && f.facts.map((x) => x.agreement)).toEqual(['defense-equipment-transfer-pact', 'acsa']);
  });

  it('a count nothing in the records holds is a miss, never a list of facts', () => {
    expect(ask('how many sailors crewed the frigate?')).toMatchObject({ kind: 'not-covered' });
  });
});

describe('words that frame a question do not block it', () => {
  it('answers through chat, adverbs and person words', () => {
    expect(ask('hey so basically who was the guy who was japan’s foreign minister in 2015 pls')).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders', holders: [{ person: 'fumio-kishida' }] } });
  });

  it('names what the sources never mention, typed as a name or not', () => {
    for (const q of ['did they discuss Rafale jets?', 'what about submarines', 'anything on the philippines']) {
      const f = ask(q);
      expect(f.kind, q).toBe('not-covered');
      expect(f.kind === 'not-covered' && f.unmentioned.length > 0, q).toBe(true);
    }
  });

  it('never blocks an answer on a verb the sources do not use, read as a verb in its sentence', () => {
    // "Switch", "kick", "brought" are nouns too in WordNet; here they are verbs, and frame the question.
    expect(ask('so did le drian switch jobs between the two meetings?')).toMatchObject({ kind: 'answer' });
    expect(ask('when was the japonismes season going to kick off?')).toMatchObject({ kind: 'answer' });
    expect(ask('pls explain what the ACSA would cover')).toMatchObject({ kind: 'answer', statement: { kind: 'covers', agreement: 'acsa' } });
    // A noun the sources never use still makes the answer an admission.
    expect(ask('did they switch to submarines?')).toMatchObject({ kind: 'not-covered', unmentioned: ['submarines'] });
  });

  it('answers from the rest of a question when an everyday word no article uses only frames it, and says so', () => {
    const f = ask('What did Onodera say about the ACSA at the podium?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'quotes' }, looseWords: ['podium'] });
    expect(answerer.read('What did Onodera say about the ACSA at the podium?')).toMatchObject({ terms: [], loose: [{ text: 'podium' }] });
  });

  it('keeps such a word when it is what the phrase or the question is about, or all there is', () => {
    // The head of a phrase: "nuclear submarines" asks about submarines.
    expect(ask('any nuclear submarines deal?')).toMatchObject({ kind: 'not-covered', unmentioned: ['submarines'] });
    // What is asked for: "which company".
    expect(ask('which company will build the frigates?')).toMatchObject({ kind: 'not-covered', unmentioned: ['company'] });
    // Nothing else to go on.
    expect(ask('what about the weather?')).toMatchObject({ kind: 'not-covered', unmentioned: ['weather'] });
  });

  it('never says the sources are silent for an everyday word alone: it could not find, and shows what is closest', () => {
    const f = ask('what did Onodera promise on behalf of the navy about unmanned systems?');
    expect(f.kind === 'not-covered' ? f.unmentioned : []).toEqual([]);
  });

});

describe('answers across meetings, ordinals and offices', () => {
  it('reads a statement with a question mark and no question word as yes or no, in French by its verb, never by the English article "a"', () => {
    expect(answerer.read('La frégate Vendémiaire est bien basée à La Réunion ?').yesNo).toBe(true);
    expect(answerer.read('the 2018 meeting was the fourth?').yesNo).toBe(true);
    expect(answerer.read('Any news on a joint exercise?').yesNo).toBe(false);
  });

  it('reads an ordinal as a meeting only beside a word for one, not beside a country’s name alone', () => {
    expect(answerer.read('was that the first time Japan’s navy trained with the French?').ordinals).toEqual([]);
    expect(answerer.read('who attended the second Japan France meeting?').ordinals).toEqual([2]);
  });

  it('says when the answering passage denies what a yes/no question asks, with the clause that does', () => {
    expect(ask('in 2018, did the ministers single out China by name in their statement?')).toMatchObject({ kind: 'answer', statement: { kind: 'facts', negated: 'not mentioning China by name' } });
    // A tag question checks the same way; the tag is no topic.
    expect(answerer.read('so the ministers named China in the 2018 statement, right?').terms.map((t) => t.text)).not.toContain('right');
    expect(ask('so the ministers named China in the 2018 statement, right?')).toMatchObject({ kind: 'answer', statement: { negated: 'not mentioning China by name' } });
    // Not for a question that asks rather than checks.
    const open = ask('what did the 2018 statement say about China?');
    expect(open.kind === 'answer' && open.statement.kind === 'facts' ? open.statement.negated : undefined).toBeUndefined();
  });

  it('answers "now, according to the latest report" from the latest report, not as a question about after the sources', () => {
    expect(ask('who is France’s foreign minister now, according to the latest report?')).toMatchObject({ kind: 'answer', statement: { kind: 'latest-holder', holders: [{ person: 'jean-yves-le-drian' }] } });
    expect(ask('who is France’s foreign minister now?')).toMatchObject({ kind: 'after-sources' });
  });

  it('reads "who … when …" as asking who, the "when" clause dating it', () => {
    expect(answerer.read('who was foreign minister when the equipment pact was signed?').intent).toBe('who');
    expect(answerer.read('who signed the pact, and when?').intent).toBe('when');
  });

  it('reads "his portfolio", "her job" as asking which offices a person held', () => {
    expect(ask('what was Le Drian’s portfolio at each meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles', person: 'jean-yves-le-drian' } });
    expect(ask('quel était le poste de Kishida ?')).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles', person: 'fumio-kishida' } });
  });

  it('lists only the meetings held where the question says', () => {
    expect(ask('which meetings were held in Tokyo?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2015', 'two-plus-two-2018'] } });
    expect(ask('which of the Japan-France two-plus-two meetings took place in Paris?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2014'] } });
    // "Which minister … both meetings" asks for a person, not a list of meetings.
    expect(ask('which French minister attended both meetings?')).not.toMatchObject({ statement: { kind: 'meetings' } });
  });

  it('answers how a meeting was held with where, and "where and when" with both', () => {
    expect(ask('How was the 2018 meeting held?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-place', meeting: 'two-plus-two-2018' } });
    expect(ask('第4回の2プラス2はどのような形式でしたか？')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-place', meeting: 'two-plus-two-2018' } });
    expect(ask('Where and when was the fourth meeting held?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2018', andPlace: true } });
  });

  it('answers whether someone was at a meeting named by its place, whoever attended it', () => {
    expect(ask('Was Parly at the Iikura meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'attendance', person: 'florence-parly', meeting: 'two-plus-two-2015', present: false } });
    expect(ask('Was Le Drian at the Iikura meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'attendance', present: true } });
  });

  it('reads 2回目 and 2度目 as the second, as 第2回', () => {
    for (const q of ['2回目の2プラス2はどこで開かれた？', '2度目の2プラス2はどこで開かれた？', '第2回の2プラス2はどこで開かれた？']) expect(answerer.read(q).ordinals, q).toEqual([2]);
  });

  it('reads a venue named in full as its meeting, the rest of its name spent, and counts the years from it', () => {
    expect(ask('how many years from the Iikura Guest House talks to the fourth meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'interval', meetings: ['two-plus-two-2015', 'two-plus-two-2018'], years: 3 } });
  });

  it('of two people, takes the one named before "go" as who went: an invitation from the other is not a visit', () => {
    const f = ask('so did Macron ever go to Japan after Kono’s invitation?');
    expect(f).toMatchObject({ kind: 'not-covered', gap: { kind: 'not-there', person: 'emmanuel-macron', country: 'JP' } });
    // What the articles do say is shown as related: the invitation.
    expect(f.kind === 'not-covered' && f.related[0]!.summary).toMatch(/invit/i);
  });

  it('answers "was the meeting of that year held in X?" with where it was held, not with what it decided', () => {
    expect(ask('Was the 2018 meeting held in Paris?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-place', meeting: 'two-plus-two-2018' } });
    expect(ask('la réunion de 2015 a-t-elle eu lieu à Paris ?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-place', meeting: 'two-plus-two-2015' } });
    // Another verb asks what was done there.
    expect(ask('did they agree anything at the 2018 meeting in Tokyo?')).not.toMatchObject({ statement: { kind: 'meeting-place' } });
  });

  it('reads "the fourth one" as a meeting when the question speaks of meetings, and counts the years', () => {
    expect(ask('how many years passed from the first two-plus-two to the fourth one?')).toMatchObject({ kind: 'answer', statement: { kind: 'interval', meetings: ['two-plus-two-2014', 'two-plus-two-2018'], years: 4 } });
  });

  it('names each meeting at which the articles report a topic, or the only one', () => {
    const both = ask('did terrorism come up at each of the meetings?');
    expect(both).toMatchObject({ kind: 'answer', statement: { kind: 'discussed-at', meetings: ['two-plus-two-2015', 'two-plus-two-2018'] } });
    expect(ask('which of the meetings took up ukraine?')).toMatchObject({ kind: 'answer', statement: { kind: 'discussed-at', meetings: ['two-plus-two-2015'] } });
  });

  it('reads an office that one person held as that person, whatever is asked of them, and shows the office', () => {
    const f = ask('which concerns in asia did the french minister for the armed forces name?');
    expect(f).toMatchObject({ kind: 'answer' });
    if (f.kind !== 'answer') throw new Error('no answer');
    expect(f.facts.map((x) => x.id)).toEqual(['parly-2018-three-concerns:quote', 'florence-parly:role:two-plus-two-2018']);
  });

  it('answers "now" for an office with its last holder the articles name, as of then, never an earlier one', () => {
    const f = ask('who is the french foreign minister these days?');
    expect(f).toMatchObject({ kind: 'after-sources', asOf: { statement: { kind: 'latest-holder', holders: [{ person: 'jean-yves-le-drian', asOf: '2018-01-26' }] } } });
    expect(ask('who is japan’s defence minister according to the most recent report?')).toMatchObject({ kind: 'answer', statement: { kind: 'latest-holder', holders: [{ person: 'itsunori-onodera' }] } });
    // No country asked: each country's last holder, never one of them as if it were the answer.
    expect(ask('who is the foreign minister now?')).toMatchObject({ asOf: { statement: { kind: 'latest-holder', holders: [{ person: 'jean-yves-le-drian' }, { person: 'taro-kono' }] } } });
  });
});


describe('what a second reader found', () => {
  it('"which day / which year were the talks held" asks a date, not a list of meetings', () => {
    expect(ask('Which day were the 2018 talks held?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2018' } });
    expect(ask('Which year were the first talks held?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2014' } });
  });

  it('a stated plan stays a plan, whatever "ever" says; of two people, the verb of going (not a noun) says who went', () => {
    expect(answerer.read('Will Macron ever visit Japan?').presence).toBe(false);
    expect(ask('After Kono’s visit, did Macron go to Japan?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'not-there', person: 'emmanuel-macron' } });
  });

  it('a place’s other names name it only whole: a word of one ("外務省") is no place, "パリ" is Paris', () => {
    expect(answerer.read('外務省は何と言ったか').places).toEqual([]);
    expect(answerer.read('パリで開かれた会合はいつ？').places).toEqual(['two-plus-two-2014']);
    expect(answerer.read('飯倉公館での会合で何が合意された？').places).toEqual(['two-plus-two-2015']);
  });

  it('only an office’s own words are spent on it: "Europe" in a question about the foreign minister is still asked', () => {
    expect(answerer.read('What did the French foreign minister say about Europe?').terms.map((t) => t.text)).toContain('europe');
  });

  it('a name before a word says whose it is, not what phrase: "Le Drian’s flight" may only frame the question', () => {
    expect(answerer.read('What did Kono invite Macron to do during Le Drian’s flight?').loose.map((t) => t.text)).toContain('flight');
    // A word before it that is no name still makes a phrase.
    expect(answerer.read('any nuclear submarines deal?').terms.map((t) => t.text)).toContain('submarines');
  });

  it('a word something is said to be about is never loose: "not quoted on tariffs", not every quote', () => {
    expect(ask('What did Kono say about tariffs?')).toMatchObject({ kind: 'not-covered', unmentioned: ['tariffs'], gap: { kind: 'not-quoted-on', person: 'taro-kono' } });
  });

  it('counts the meetings held in a country by where they were held, and says which the articles do not place', () => {
    expect(ask('How many meetings were held in France?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2014'], of: 4, unplaced: ['two-plus-two-2017'] } });
    // A country as whose, not where, filters nothing.
    expect(ask('how many Japan-France meetings were there?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2014', 'two-plus-two-2015', 'two-plus-two-2017', 'two-plus-two-2018'] } });
  });
});

describe('what the sources are said not to cover', () => {
  it('calls an everyday word no article uses an unsure miss when the question asks more, naming the word and showing what says the rest', () => {
    const f = ask('what ploy did the 2018 ministers say North Korea uses against the U.N. sanctions?');
    expect(f).toMatchObject({ kind: 'not-covered', unmentioned: [], absent: ['ploy'] });
    expect(f.kind === 'not-covered' && f.related.some((x) => x.evidence.some((e) => /illicit cargo transfers/.test(e.text)))).toBe(true);
  });

  it('still says plainly that a name or code no article uses is not covered', () => {
    const f = ask('did the 2018 ministers discuss the F-35?');
    expect(f).toMatchObject({ kind: 'not-covered' });
    expect(f.kind === 'not-covered' && f.unmentioned.length > 0 && f.absent === undefined).toBe(true);
  });

  it('still says plainly that a question made only of an everyday word no article uses is not covered', () => {
    expect(ask('what is the capital of France?')).toMatchObject({ kind: 'not-covered', unmentioned: ['capital'] });
  });
});

describe('what was planned, asked of as having happened', () => {
  it('says the articles speak of it only as planned, with the passages, when every fact found looks ahead', () => {
    const f = ask('how did the exercises with the Vendemiaire go, and where did they take place?');
    expect(f).toMatchObject({ kind: 'not-covered', gap: { kind: 'only-planned' } });
    expect(f.kind === 'not-covered' && f.related.some((x) => /next month|will take part/.test(x.evidence[0]!.text))).toBe(true);
  });

  it('reads "which ship took part" as presuming the exercise took place', () => {
    expect(ask('which Japanese ship took part in the exercise with the Vendemiaire?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'only-planned' } });
  });

  it('still answers what was agreed about it, and a plan asked of as a plan', () => {
    expect(ask('what did the ministers agree about exercises with the Vendemiaire?')).toMatchObject({ kind: 'answer' });
    expect(ask('when will the first bilateral exercises be held?')).toMatchObject({ kind: 'answer' });
  });
});

describe('measures and names across languages', () => {
  it('says the articles give no figure when a measure is asked and no fact found gives one', () => {
    expect(ask('how large is the French exclusive economic zone?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-figure' } });
  });

  it('still answers a count the articles give', () => {
    expect(ask('how many people died in the January attacks in France?')).toMatchObject({ kind: 'answer' });
  });

  it('reads a place named in French as the articles\' English name, one letter away ("Asie" is Asia)', () => {
    const q = answerer.read('Quelles inquiétudes Parly a-t-elle exprimées sur l\'Asie ?');
    expect(q.terms.some((t) => t.alternatives.some((a) => a.join(' ') === 'asia'))).toBe(true);
  });
});

describe('grammar words', () => {
  it('reads "where" after another question word as opening a relative clause, unless joined to it', () => {
    expect(answerer.read('what did the ministers want done about waters where two countries claim the same islands?').intent).toBe('what');
    expect(answerer.read('where was the first meeting held?').intent).toBe('where');
    expect(answerer.read('when and where was the first meeting held?')).toMatchObject({ intent: 'when', placeToo: true });
  });

  it('reads a real word one letter from an office word, beside another, as that office word mistyped ("defense minster")', () => {
    expect(ask('who was the defense minster in 2015?')).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders', role: 'defense' } });
    // Not beside an office word, a word stays what it is.
    expect(answerer.read('what did the minster of Westminster say?').roles).toEqual([]);
  });

  it('never takes a quantifier or a preposition of place for what a question is about', () => {
    const q = answerer.read('what did several ministers say against unilateral action?');
    expect(q.terms.map((t) => t.text)).not.toContain('several');
    expect(q.terms.map((t) => t.text)).not.toContain('against');
  });
});

describe('the person asked for', () => {
  it('answers "which official was at both meetings, and did his title change" with the offices held at each', () => {
    const f = ask('which French official attended both the 2015 and the 2018 talks, and did his title change?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'at-every', people: ['jean-yves-le-drian'] } });
  });

  it('keeps a person asked for that the articles never name ("which chancellor"), and a word that is only a surname in WordNet ("which waters")', () => {
    expect(answerer.read('which chancellor spoke at the 2018 talks?').terms.map((t) => t.text)).toContain('chancellor');
    expect(answerer.read('in which waters will the frigate train?').terms.map((t) => t.text)).toContain('waters');
  });
});

describe('Japanese ordinals and when-and-where', () => {
  it('reads 最初の and 初回の as the first, and いつ…どこ as when and where', () => {
    expect(ask('最初の2+2はいつ、どこで開かれた？')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2014', andPlace: true } });
    expect(answerer.read('初回の会合は何年？').ordinals).toEqual([1]);
  });
});

describe('a wrong premise about who held an office', () => {
  it('corrects it: who held that office there, and where the articles do place the person', () => {
    const f = ask('Kono was Japan\'s foreign minister at the 2015 meeting, right?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'not-holder', person: 'taro-kono', meeting: 'two-plus-two-2015', holders: [{ person: 'fumio-kishida' }], elsewhere: [{ person: 'taro-kono', meeting: 'two-plus-two-2018' }] } });
  });
});

describe('an office that names a person, then that person over time', () => {
  it('answers "the one who was foreign minister in 2015: what was his post in 2018?" with that person\'s offices at both', () => {
    const f = ask('the French politician who was defence minister in 2015, what post did he hold in 2018?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles', person: 'jean-yves-le-drian', holders: [{ meeting: 'two-plus-two-2015' }, { meeting: 'two-plus-two-2018', title: 'Foreign Minister' }] } });
  });
});

describe('whom someone went to see', () => {
  it('reads a person named after "see", "meet" or "visit" as whom they saw, not as who went: the visit answers', () => {
    const f = ask('where did the two French ministers go to meet Abe before the 2018 talks?');
    expect(f).toMatchObject({ kind: 'answer' });
    expect(f.kind === 'answer' && f.facts[0]!.evidence.some((e) => /at his office/.test(e.text))).toBe(true);
    // Asked of the person as the one going, it is still presence.
    expect(answerer.read('did Abe go to France?').presence).toBe(true);
  });
});

describe('a meeting\'s number in the series', () => {
  it('answers "which number was it" with the meetings asked, named with their number', () => {
    expect(ask('what number in the series was the Iikura meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2015'] } });
    expect(ask('2018年の会合は第何回でしたか？')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2018'] } });
  });
});

describe('a month asked of a meeting the articles date only by year', () => {
  it('says the articles do not give it, with what they do give', () => {
    expect(ask('in which month of 2015 were the Tokyo talks held?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-day', meeting: 'two-plus-two-2015' } });
  });
});

describe('an indefinite pronoun for a person', () => {
  it('asks who: "was anyone at both meetings?"', () => {
    expect(ask('was anyone at both the 2015 and the 2018 talks?')).toMatchObject({ kind: 'answer', statement: { kind: 'at-every', people: ['jean-yves-le-drian'] } });
  });
});

describe('defects a second reader found', () => {
  it('never says someone attended a meeting whose report only names them in an office', () => {
    expect(ask('Did Macron attend the 2018 meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'attendance', present: false } });
  });

  it('checks the country of an office asked of a person, not only the office', () => {
    expect(ask("Was Kono France's foreign minister at the 2018 meeting?")).toMatchObject({ kind: 'answer', statement: { kind: 'role-check', matches: false } });
  });

  it('says "only planned" only when the passages found are about what was asked', () => {
    const f = ask('Did the ministers visit Japan?');
    expect(f.kind === 'not-covered' && f.gap?.kind === 'only-planned').toBe(false);
  });

  it('reads a capitalised word of a French question as an English name only where the word is no name itself and the target is one', () => {
    for (const q of ['Qu\'ont-ils dit sur le Kongo ?', 'Que s\'est-il passé en Mars ?']) {
      expect(answerer.read(q).terms.some((t) => t.alternatives.some((a) => ['kono', 'mark'].includes(a.join(' '))))).toBe(false);
    }
  });
});


describe('who came after or before someone in office', () => {
  it('names the next holder of the same office and country the articles give, as inferred from the dates', () => {
    const f = ask('who replaced fumio kishida?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'succession', direction: 'next', pairs: [{ held: { person: 'fumio-kishida' }, other: [{ person: 'taro-kono' }] }] } });
    const card = findingCard(k, f, 'en');
    expect(card.lead.map((l) => l.text).join('\n')).toMatch(/Inferred|inferred: the articles do not say who succeeded whom/);
  });

  it('names the holder before, and reads an office in a year as its holder first', () => {
    expect(ask("who held Onodera's job before him? his predecessor")).toMatchObject({ statement: { kind: 'succession', direction: 'previous', pairs: [{ other: [{ person: 'gen-nakatani' }] }] } });
    expect(ask('who replaced the japanese foreign minister of 2015?')).toMatchObject({ statement: { kind: 'succession', pairs: [{ held: { person: 'fumio-kishida' }, other: [{ person: 'taro-kono' }] }] } });
  });

  it('says the articles name no later holder, rather than showing her office as if it answered', () => {
    expect(ask('who succeeded Florence Parly?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-successor', direction: 'next', held: [{ person: 'florence-parly' }] } });
    expect(ask('Qui a remplacé Florence Parly ?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-successor' } });
  });
});

describe('a year asked of facts no meeting holds', () => {
  it('counts a fact reported that year as of that year, as much as one at that year\'s meeting', () => {
    const f = ask('which of France’s overseas territories does the 2018 report mention?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ id: 'free-and-open-indo-pacific:covers:3' }] });
  });
});

describe('time words and clauses', () => {
  it('reads a month beside a year as part of the date, not a topic to find', () => {
    expect(ask('Who was Japan’s foreign minister in January 2018?')).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders', holders: [{ person: 'taro-kono' }] } });
  });

  it('reads "when" inside a question another word opens as a clause that dates it, not as "when?"', () => {
    expect(answerer.read('Were any diseases mentioned when the four ministers met in 2015?').intent).not.toBe('when');
    expect(answerer.read('did they sign it, and when?').intent).toBe('when');
    expect(answerer.read('so when was the first meeting?').intent).toBe('when');
    // A leading phrase of time is not what opens the question: the question word after it is.
    expect(answerer.read('In 2015, what did Kishida tell reporters when the talks ended?').intent).not.toBe('when');
    expect(answerer.read('At the Tokyo talks, who spoke when the ministers met the press?').intent).not.toBe('when');
    expect(answerer.read('In 2018, when did the ministers meet Abe?').intent).toBe('when');
  });

  it('splits two questions in one at "and" or "et" before a question word, but not a clause of one question', () => {
    expect(questionParts('Which pact did they sign in 2015, and who signed it for Japan?')).toEqual({ first: 'Which pact did they sign in 2015?', second: 'Who signed it for Japan?' });
    expect(questionParts('Avant 2018, quels ministres ont vu Abe, et où ?')).toEqual({ first: 'Avant 2018, quels ministres ont vu Abe?', second: 'Où ?' });
    expect(questionParts('Besides the pact, what came up in 2015? Any disease mentioned?')).toEqual({ first: 'Besides the pact, what came up in 2015?', second: 'Any disease mentioned?' });
    expect(questionParts('did they sign it, and when?')).toBeUndefined();
    expect(questionParts('the meeting where they signed the pact - who was there?')).toBeUndefined();
    expect(questionParts('who attended the talks in Tokyo?')).toBeUndefined();
  });

  it('sets aside what "besides" or "apart from" names: the answer is the rest', () => {
    const f = ask('apart from the ACSA, what did they agree on in 2018?');
    expect(f.kind).toBe('answer');
    expect(f.kind === 'answer' && f.facts.length > 0 && f.facts.every((x) => x.agreement !== 'acsa')).toBe(true);
  });
});

describe('a number of the series, asked yes or no', () => {
  it('says which number the meeting was, and which meeting had the number asked', () => {
    expect(ask('the Tokyo talks of 2015 were the very first two-plus-two, correct?')).toMatchObject({ kind: 'answer', statement: { kind: 'number-check', meeting: 'two-plus-two-2015', asked: 1, matches: false, numbered: 'two-plus-two-2014' } });
    expect(ask('the 2018 meeting was the third, right?')).toMatchObject({ statement: { kind: 'number-check', meeting: 'two-plus-two-2018', asked: 3, matches: false, numbered: 'two-plus-two-2017' } });
    expect(ask('was the first two-plus-two held in 2014?')).toMatchObject({ statement: { kind: 'number-check', meeting: 'two-plus-two-2014', matches: true } });
  });
});

describe('how far an agreement had got by a time', () => {
  it('gives its steps up to the meeting or year named, the latest last reached', () => {
    const byYear = ask('how far along was the ACSA by the end of 2016?');
    expect(byYear).toMatchObject({ kind: 'answer', statement: { kind: 'progress', agreement: 'acsa', year: 2016, step: 'acsa:step:0' } });
    const byMeeting = ask('where did the ACSA stand at the time of the 2017 talks?');
    expect(byMeeting).toMatchObject({ kind: 'answer', statement: { kind: 'progress', meeting: 'two-plus-two-2017', step: 'acsa:step:1' } });
    expect(byMeeting.kind === 'answer' && byMeeting.facts.map((f) => f.id)).toEqual(['acsa:step:1', 'acsa:step:0']);
  });

  it('leaves a question about one step to that step: "was it signed by 2018?" is not asked how far it got', () => {
    expect(ask('was the ACSA signed by 2018?')).not.toMatchObject({ statement: { kind: 'progress' } });
    // Asked yes or no whether it came to something by then: its steps are no answer.
    expect(ask('did the UN reform effort yield results by the end of 2016?')).not.toMatchObject({ statement: { kind: 'progress' } });
  });
});

describe('a meeting named by what was done there', () => {
  it('counts the years to the meeting where an agreement took the step asked', () => {
    const f = ask('how many years separate the Paris talks and the meeting where the equipment transfer pact was signed?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'interval', meetings: ['two-plus-two-2014', 'two-plus-two-2015'], years: 1 } });
    expect(ask('how many years from the first two-plus-two to the meeting that agreed the ACSA framework?')).toMatchObject({ statement: { kind: 'interval', meetings: ['two-plus-two-2014', 'two-plus-two-2018'], years: 4 } });
  });
});

describe('a verb of saying or responding, of a person', () => {
  it('asks what they said, where the articles quote them on it', () => {
    expect(ask('what did Kishida brief reporters on after the 2015 meeting?')).toMatchObject({ kind: 'answer', statement: { kind: 'quotes', quotes: ['kishida-2015-step-up'] } });
    expect(ask('how did Onodera react to the ACSA framework?')).toMatchObject({ kind: 'answer', statement: { kind: 'quotes', quotes: ['onodera-2018-acsa-interoperability'] } });
  });

  it('is answered otherwise where they are not quoted on it, never "not quoted" on a guess', () => {
    expect(ask('how did Parly react to Japan’s role in the region?')).not.toMatchObject({ gap: { kind: 'not-quoted-on' } });
  });
});

describe('a capital for its country', () => {
  it('reads "Beijing" as China, which the articles name; an island is not its country', () => {
    const f = ask('did the ministers single out Beijing by name in the 2018 statement?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'facts', negated: expect.stringContaining('China') } });
    expect(ask('what did they say about taiwan')).toMatchObject({ kind: 'not-covered', unmentioned: ['taiwan'] });
  });

  it('says the articles report no reaction from a country they only mention', () => {
    expect(ask('how did Beijing respond to the ministers’ 2018 statement?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-reaction' } });
  });
});

describe('two words joined by "or"', () => {
  it('is answered by either: one the articles never use does not make them silent on the other', () => {
    const f = ask('in the 2018 report, which French islands or territories come up?');
    expect(f.kind).toBe('answer');
    expect(f.kind === 'answer' && f.facts.some((x) => x.id === 'free-and-open-indo-pacific:covers:3')).toBe(true);
  });
});

describe('French and Japanese questions', () => {
  it('read the calendar in any language: samedi, 土曜日, janvier', () => {
    expect(answerer.read('Qu’ont prévu les ministres pour le samedi ?').terms.map((t) => t.text)).toContain('saturday');
    expect(answerer.read('土曜日に何が予定されていた？').terms.map((t) => t.text)).toContain('saturday');
    expect(ask('Que devaient faire les ministres le samedi après les entretiens de 2018 ?')).toMatchObject({ kind: 'answer', facts: [{ id: 'two-plus-two-2018:side:1' }] });
  });

  it('read French through its glossary: a fixed phrase names an office, and a verb whose English is mostly a verb never blocks', () => {
    // "Chef de la diplomatie" is the foreign minister, not a word the articles lack.
    expect(answerer.read('Qui était le chef de la diplomatie française en 2018 ?')).toMatchObject({ roles: ['foreign'], countries: ['FR'] });
    expect(ask('Qui était le chef de la diplomatie française en 2018 ?')).toMatchObject({ kind: 'answer', facts: [{ id: 'jean-yves-le-drian:role:two-plus-two-2018' }] });
    // "S'entraîner" is "train", a verb (a railway train is a thing, and would block as never mentioned).
    expect(ask('Où est basée la frégate qui devait s’entraîner avec les Japonais ?')).toMatchObject({ kind: 'answer' });
    // A thing the glossary names and the articles never mention is what the question is about.
    expect(ask('Combien de sous-marins la France a-t-elle envoyés ?').kind).toBe('not-covered');
    // Of a phrase's English, the one naming an office; a phrase our lexicon reads keeps the lexicon's reading (France's title).
    expect(answerer.read('Qui était le chef de l’État français en 2018 ?')).toMatchObject({ roles: ['president'], countries: ['FR'] });
    expect(ask('Qui dirigeait le ministère des Armées en 2018 ?')).toMatchObject({ kind: 'answer', facts: [{ id: 'florence-parly:role:two-plus-two-2018' }] });
    // What two ministers said is not who they were.
    expect(ask('Compare what the foreign minister and the defence minister said in 2018.')).not.toMatchObject({ statement: { kind: 'role-holders' } });
    // "Première" is first, not the English lexicon's "premier" (a prime minister); "Premier ministre" still is one.
    expect(answerer.read('Qui a pris part à la première réunion ?').roles).toEqual([]);
    expect(answerer.read('Qui était Premier ministre du Japon en 2015 ?').roles).toEqual(['prime']);
  });

  it('know a question is French by one function word and an accented word, so its verbs are not English names', () => {
    const f = ask('Le Drian pourrait venir à quelle date ?');
    expect(f).not.toMatchObject({ unmentioned: expect.arrayContaining(['pourrait']) });
  });
});

describe('a measure asked', () => {
  it('needs a figure with its unit: a count of ministers or a day of the month is none', () => {
    expect(ask('how much will the ACSA cost Japan?').kind).toBe('not-covered');
    expect(ask('L’ACSA va coûter combien à la France ?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-figure' } });
  });
});

// Replies a second reader of the session's diff found false or misleading, each reproduced here first.
describe('what a second reader found', () => {

  it('pairs each office with its meeting: a premise true of both is not answered "no"', () => {
    expect(lead('Le Drian was defence minister in 2015 and foreign minister in 2018, right?')).not.toMatch(/^No\b/m);
    expect(lead('Le Drian was foreign minister in 2015 and defence minister in 2018, right?')).toMatch(/^No\b/m);
  });

  it('never confirms a meeting\'s number while a month it gives goes unchecked', () => {
    expect(lead('Was the first meeting held in June 2014?')).not.toMatch(/^Yes\b/m);
    expect(lead('Was the second two-plus-two held in December 2015?')).not.toMatch(/^Yes\b/m);
  });

  it('reads a capital as its country only by the country\'s own name', () => {
    expect(ask('Did they mention Taipei?').kind).toBe('not-covered');
    expect(ask('Did they discuss Seoul?').kind).toBe('not-covered');
  });

  it('asks for a person\'s name only where the thing named is a person', () => {
    expect(ask('What was the name of the terrorist group that killed the Japanese hostages?')).not.toMatchObject({ gap: { kind: 'no-name' } });
  });

  it('does not call details withheld that the same passage gives', () => {
    expect(ask('What specific interest in unmanned technologies do the two countries share?')).not.toMatchObject({ gap: { kind: 'withheld' } });
  });

  it('does not read a passage that only names a country in a denial as denying what is asked of that country', () => {
    expect(lead('Was China assertive?')).not.toMatch(/Not as the question puts it/);
    expect(lead('Did they hold back on China?')).not.toMatch(/Not as the question puts it/);
  });

  it('reads who replaced whom by the sentence: "who did Parly replace" asks who came before her', () => {
    expect(ask('Who did Parly replace?')).toMatchObject({ statement: { kind: 'succession', direction: 'previous', pairs: [{ other: [{ person: 'jean-yves-le-drian' }] }] } });
    expect(ask('Who was replaced by Kono?')).toMatchObject({ statement: { kind: 'succession', direction: 'previous', pairs: [{ other: [{ person: 'fumio-kishida' }] }] } });
    expect(ask('Who did Onodera succeed?')).toMatchObject({ statement: { kind: 'succession', direction: 'previous' } });
  });

  it('reads "before the 2018 meeting" as before it, and "by 2016" of a year with no meeting', () => {
    expect(ask('What was the status of the ACSA before the 2018 meeting?')).toMatchObject({ statement: { kind: 'progress', step: 'acsa:step:1' } });
    expect(ask('Where had the ACSA got to by 2016?')).toMatchObject({ statement: { kind: 'progress', step: 'acsa:step:0' } });
  });

  it('reads "did the article mention when…" as asking when', () => {
    expect(ask('Did the article mention when the first meeting happened?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2014' } });
  });

  it('sets aside a person named after "apart from"', () => {
    const f = ask('Apart from Le Drian, who attended the 2018 meeting?');
    expect(f.kind === 'answer' && f.facts.every((x) => !x.people.includes('jean-yves-le-drian'))).toBe(true);
  });

  it('checks a reaction of something the articles name as an agreement\'s subject too', () => {
    expect(ask('How did Russia react?').kind).toBe('not-covered');
  });

  it('counts hostages from "two Japanese … taken hostage"', () => {
    expect(ask('How many hostages were killed?')).toMatchObject({ kind: 'answer' });
  });
});

describe('premises and the people a question names only as context', () => {
  it('answers who held the office when the person named only says which meeting', () => {
    expect(ask('who was the Japanese prime minister who met Le Drian in 2018?')).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders', holders: [{ person: 'shinzo-abe' }] } });
  });

  it('reads a question tag, "right?" without its comma, and French inversion as yes or no', () => {
    expect(ask('Kono was Japan’s foreign minister in 2015, wasn’t he?')).toMatchObject({ statement: { kind: 'not-holder', holders: [{ person: 'fumio-kishida' }] } });
    expect(ask('Onodera était-il ministre de la Défense en 2015 ?')).toMatchObject({ statement: { kind: 'not-holder', holders: [{ person: 'gen-nakatani' }] } });
  });

  it('reads "the first and third meetings" as two meetings, and "took over from" as succession', () => {
    expect(ask('how many years between the first and third meetings?')).toMatchObject({ statement: { kind: 'interval', meetings: ['two-plus-two-2014', 'two-plus-two-2017'], years: 3 } });
    expect(ask('who took over from Kishida?')).toMatchObject({ statement: { kind: 'succession', direction: 'next', pairs: [{ other: [{ person: 'taro-kono' }] }] } });
  });
});

describe('several meetings asked when, and which came first', () => {
  it('gives each meeting named with its date and place', () => {
    expect(ask('when were the 2014 and 2017 talks held?')).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2014', 'two-plus-two-2017'], asked: true } });
  });

  it('names each meeting with its city, as the asker may have named it', () => {
    expect(lead('which came first, the Tokyo talks of 2015 or the Paris ones?')).toMatch(/January 2014, Paris; then 2nd two-plus-two, a Friday in 2015, Tokyo/);
  });

  it('reads "back in 2015" as the year, not a topic', () => {
    expect(answerer.read('what did Le Drian say about the ACSA back in 2015?').terms.map((t) => t.text)).not.toContain('back');
  });
});

// A second reading, of the fixes above and what followed them.
describe('what a second reader found, the second time', () => {
  it('checks the day and the place a yes-or-no question gives a meeting, not only its month', () => {
    expect(lead('Was the 2018 meeting held on 27 January 2018?')).toMatch(/^No\b/m);
    expect(lead('Was the first meeting held in Tokyo in January 2014?')).not.toMatch(/^Yes\b/m);
    expect(lead('Was the fourth meeting held in Paris in January 2018?')).not.toMatch(/^Yes\b/m);
  });

  it('pairs offices with meetings named by number', () => {
    expect(lead('Was Le Drian foreign minister at the fourth meeting and defence minister at the second?')).not.toMatch(/^No\b/m);
  });

  it('says no such meeting for "by the 2016 meeting", and no step before the meeting where the first was taken', () => {
    expect(ask('What was the status of the ACSA by the 2016 meeting?')).toMatchObject({ kind: 'no-such-meeting' });
    expect(ask('What stage was the equipment transfer pact at before the 2015 meeting?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-step-before' } });
  });

  it('does not take a name inside a longer one, or the verb of saying alone, as what a denial denies', () => {
    expect(lead('Did the joint statement mention the East China Sea?')).not.toMatch(/Not as the question puts it/);
    expect(lead('Did the ministers name China in the 2018 statement?')).toMatch(/Not as the question puts it/);
  });

  it('answers the office the person named as context did not hold, and only where the articles have them there', () => {
    expect(ask('Who was the foreign minister when Le Drian was defence minister in 2015?')).toMatchObject({ statement: { kind: 'role-holders', role: 'foreign' } });
    expect(ask('Who was the prime minister who received Kishida in 2018?')).not.toMatchObject({ statement: { kind: 'role-holders' } });
  });

  it('sets a person aside in "both meetings" and in an office\'s holders', () => {
    expect(ask('Apart from Le Drian, who attended both meetings?')).not.toMatchObject({ statement: { people: ['jean-yves-le-drian'] } });
    const f = ask('Besides Kishida, who was Japan’s foreign minister?');
    expect(f.kind === 'answer' && f.statement.kind === 'role-holders' && f.statement.holders.every((h) => h.person !== 'fumio-kishida')).toBe(true);
  });
});

describe('several meetings asked who, and whose successor', () => {
  it('gives each meeting asked with its people, and says which the articles name none for', () => {
    const f = ask('who took part in the 2017 and 2018 talks?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'participants', meeting: 'two-plus-two-2017', people: [], also: [{ meeting: 'two-plus-two-2018' }] } });
    expect(lead('who took part in the 2017 and 2018 talks?')).toMatch(/do not say who attended the 2017 two-plus-two[\s\S]*At the 2018 two-plus-two: Taro Kono/);
  });

  it('reads "whose successor was he" as whom he followed', () => {
    expect(ask('Whose successor was Le Drian as foreign minister?')).toMatchObject({ statement: { kind: 'succession', direction: 'previous', pairs: [{ other: [{ person: 'laurent-fabius' }] }] } });
  });
});

describe('a step asked yes or no "before" a meeting', () => {
  it('is answered by the steps before it, not by the status the meeting itself reached', () => {
    expect(ask('Had the ACSA been agreed before the 2018 meeting?')).toMatchObject({ statement: { kind: 'progress', before: true, step: 'acsa:step:1' } });
  });
});

describe('before or after a person, or a year', () => {
  it('reads "the office before her" as who held it before her', () => {
    expect(ask('Who was French defence minister before Parly?')).toMatchObject({ statement: { kind: 'succession', direction: 'previous', pairs: [{ other: [{ person: 'jean-yves-le-drian' }] }] } });
    expect(ask('D’après Fabius, qu’est-ce qui distingue le Japon ?')).not.toMatchObject({ statement: { kind: 'succession' } });
  });

  it('reads "before 2018" as the years before it, not 2018', () => {
    const f = ask('who was defense minister before 2018?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'role-holders' } });
    expect(f.kind === 'answer' && f.statement.kind === 'role-holders' && f.statement.holders.every((h) => h.meeting !== 'two-plus-two-2018')).toBe(true);
  });
});

describe('the results of something only planned', () => {
  it('asked "what came out of it", says the articles speak of it only as planned', () => {
    expect(ask('what was the outcome of the separate meetings the ministers were to hold on the Saturday?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'only-planned' } });
    // A meeting that was held keeps its outcomes.
    expect(ask('what came out of the 2015 talks?')).toMatchObject({ kind: 'answer' });
  });
});

describe('the words of a question that asks what or how', () => {
  const answerLines = (q: string) =>
    findingCard(k, ask(q), 'en')
      .lead.filter((l) => l.style !== 'quote' && l.style !== 'note')
      .map((l) => l.text)
      .join('\n');

  it('asked how, answers with the sentence that says by what means, where the summary leaves it out', () => {
    expect(answerLines('how would japan and france stop pyongyang evading the sanctions?')).toMatch(/illicit cargo transfers/);
  });

  it('a quote whose own words do not say what was asked answers with its sentence, which does ("agreed to start negotiating")', () => {
    expect(answerLines('Onodera mentions the ACSA: at which earlier session did both sides decide to start negotiating it?')).toMatch(/last two-plus-two meeting in January last year/);
  });

  it('asked what an agreement provides, answers with the passage whose own summary says it', () => {
    expect(answerLines('What supplies would each military provide the other under the ACSA?')).toMatch(/food, water and fuel/);
  });
});

describe('a verb that is all a question asks', () => {
  it('"what did they hail?": the verb is what must be found, so the passage that says it answers', () => {
    const f = ask('so what did the four of them hail?');
    expect(f.kind === 'answer' && f.facts.some((x) => /hailed progress in cooperation/i.test(x.evidence[0]!.text))).toBe(true);
    // "Begin" alone: not its loose relatives ("first").
    expect(ask('what did the ministers begin in 2015?')).toMatchObject({ kind: 'answer', facts: [{ summary: expect.stringMatching(/begin talks on an acquisition/) }] });
  });
});

describe('a city asked, and a country that is whose', () => {
  it('"was he in Tokyo with the French ministers?": the meeting in Tokyo places him, French or not', () => {
    expect(ask('Was Kishida in Tokyo with the French ministers?')).toMatchObject({ kind: 'answer', statement: { kind: 'presence' } });
  });
});

describe('a "when" clause that dates what is asked', () => {
  it('before the question or after it, "when he was in Tokyo" is no presence question: what he said is asked', () => {
    for (const q of ['When Onodera was in Tokyo in 2018, what did he say?', 'What did Onodera say when the French ministers came to Tokyo?']) {
      expect(ask(q), q).toMatchObject({ kind: 'answer', statement: { kind: 'quotes' } });
    }
    // A leading "when" that asks ("When did he visit Tokyo, what year?") stays the question.
    expect(ask('When did Le Drian go to Tokyo, in which year?')).toMatchObject({ kind: 'answer', statement: { kind: 'presence' } });
    // Of what an article says, "when" is asked: "which article says when…".
    expect(ask('Which article says when the first meeting took place?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date' } });
    // Asked of the saying itself, "when" is still asked: "did the article say when…".
    expect(ask('Did the article say when the 2015 meeting was?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date' } });
  });
});

describe('the post someone held, however the question is put', () => {
  it('"he turns up in both reports: what post did he hold each time?" gives his offices at each meeting', () => {
    expect(ask('Le Drian turns up in both reports: what post did he hold at each of the two meetings?')).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles' } });
  });
});

describe('prepositions', () => {
  it('"during" names no time of its own and is no word to find', () => {
    expect(answerer.read('what did Parly list during the meeting?').terms.map((t) => t.text)).not.toContain('during');
  });
});

describe('the day of the week across meetings', () => {
  it('"which day of the week were both meetings on?": each reported meeting with its weekday', () => {
    for (const q of ['Which day of the week were both meetings held on?', '両方の会合は何曜日に開かれた？']) {
      expect(ask(q), q).toMatchObject({ kind: 'answer', statement: { kind: 'meetings', meetings: ['two-plus-two-2015', 'two-plus-two-2018'], weekdays: true } });
    }
    expect(lead('Which day of the week were both meetings held on?')).toMatch(/a Friday in 2015.*Friday 26 January 2018/);
    // In Japanese, with Japanese punctuation.
    expect(lead('両方の会合は何曜日に開かれた？', 'ja').split('\n')[0]).toBe('第2回2+2会合（2015年のある金曜日、外務省飯倉公館、東京）、第4回2+2会合（2018年1月26日（金曜日）、東京）。');
  });
});

describe('typos of names', () => {
  it('an English word is no typo of a name ("party" is not Parly); a word that is no English word may be ("kishda")', () => {
    expect(answerer.read('who was the other party in that conflict?').people).toEqual([]);
    expect(answerer.read('what did kishda say?').people).toEqual(['fumio-kishida']);
    // Typed as a name, an English word may be a typo of one.
    expect(answerer.read('What post did Le Drain hold?').people).toEqual(['jean-yves-le-drian']);
  });
});

describe('the kind of thing asked for', () => {
  it('"what counterterrorism fields did he say…": his words listing them answer; "what criticism did he voice" is unsure, with them as closest', () => {
    // Several of a kind asked for, and his words list several ("including preventive steps … and measures …").
    expect(ask('What counterterrorism fields did Kishida say the two would cover?')).toMatchObject({ kind: 'answer', statement: { kind: 'quotes', quotes: ['kishida-2015-terrorism'] } });
    // One thing asked for: a list on the topic is not it.
    const f = ask('What counterterrorism criticism did Kishida voice?');
    expect(f).toMatchObject({ kind: 'not-covered', unmentioned: [], absent: ['criticism'] });
    expect(f.kind === 'not-covered' && f.gap).toBeFalsy();
  });
});

describe('the exact day asked', () => {
  it('"on which exact day were the 2015 talks held?": the articles give only a Friday in 2015, and say so', () => {
    expect(ask('On which exact day were the 2015 talks held?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-day', meeting: 'two-plus-two-2015' } });
  });
});

describe('a day of the week asked yes or no', () => {
  it('"was the 2015 meeting held on a Sunday?": no, on a Friday; yes for the Friday; the 2014 one gives none', () => {
    expect(ask('Was the 2015 meeting held on a Sunday?')).toMatchObject({ kind: 'answer', statement: { kind: 'date-check', meeting: 'two-plus-two-2015', matches: false } });
    expect(ask('2018年の会合は金曜日でしたか？')).toMatchObject({ kind: 'answer', statement: { kind: 'date-check', meeting: 'two-plus-two-2018', matches: true, weekday: 'Friday' } });
    expect(lead('Was the 2018 meeting held on a Sunday?')).toMatch(/^No: the 4th two-plus-two was held on 26 January 2018 \(Friday\)\./);
    expect(ask('Was the 2014 meeting on a Sunday?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-day' } });
    // A weekday is still a word to find: "what happens on Saturday".
    expect(answerer.read('what happens on saturday after the 2018 talks').terms.map((t) => t.text)).toContain('saturday');
  });
});

describe('the day of the week of one meeting', () => {
  it('"what day of the week was the fourth meeting?" names the day beside the date, in English, Japanese and French', () => {
    expect(lead('What day of the week was the fourth meeting?').split('\n')[0]).toBe('The 4th two-plus-two was held on 26 January 2018 (Friday).');
    expect(ask('第4回の会合は何曜日？')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2018', weekdayAsked: true } });
    expect(ask('La quatrième réunion a eu lieu quel jour ?')).toMatchObject({ kind: 'answer', statement: { kind: 'meeting-date', meeting: 'two-plus-two-2018', weekdayAsked: true } });
  });
});

describe('when someone held an office', () => {
  it('"when was he defence minister?" gives the meetings at which the articles name him in it; "what office did he hold" his offices', () => {
    expect(ask('When was Le Drian France’s defence minister?')).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles', person: 'jean-yves-le-drian', holders: [{ meeting: 'two-plus-two-2015', title: 'Defense Minister' }] } });
    expect(ask('What office did Kishida hold?')).toMatchObject({ kind: 'answer', statement: { kind: 'person-roles', person: 'fumio-kishida' } });
  });
});
