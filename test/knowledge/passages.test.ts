// An ingested article's sentences answer in their own words where no record holds what they say.
import { describe, expect, it } from 'vitest';
import { findingCard } from '../../src/answers/findings.js';
import { ingest } from '../../src/ingest/ingest.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { copyOfData } from '../helpers/data.js';
import { writeTemp } from '../ingest/helpers.js';

/** The answerer over the shipped data and one article of ours, ingested. */
async function answererWith(name: string, article: string) {
  const data = copyOfData();
  await ingest(writeTemp(name, article), { dataDir: data });
  return (await buildKnowledgeBase(loadKnowledge(data)).answering()).answerer;
}

// Invented: ministers, vessel and port.
const ARTICLE = `title: Japan and France hold fifth two-plus-two in Lyon
published: 2021-06-05

By Anne Invented

LYON, June 5 (Invented Wire) -- Japanese Foreign Minister Haruto Sakai and Defense Minister Ken Ota met their French counterparts Claire Dumont and Paul Vernet on Friday for the fifth two-plus-two talks in Lyon.

The French patrol vessel Albatros will call at the port of Sasebo in the autumn, the first such visit in a decade.

Sakai plans to tour the vessel while it is in port.

The talks covered not only maritime security but also cyber defence, officials said.

The harbour at Sasebo is also home to Japanese minesweepers.

Officials said the harbour would host a reception for the crew.

The harbour's pier was lengthened last year.

Local media said the harbour would be open to visitors for a day.
`;

describe('passages of ingested articles', () => {
  it('answers from a sentence no record was drafted from, quoting it, and still admits what it does not say', async () => {
    const data = copyOfData();
    await ingest(writeTemp('fifth.txt', ARTICLE), { dataDir: data });
    const { answerer, facts } = await buildKnowledgeBase(loadKnowledge(data)).answering();
    // The byline is no passage.
    expect(facts.filter((f) => f.kind === 'passage').map((f) => f.summary)).not.toContain('By Anne Invented');
    const f = answerer.answer('Which French patrol vessel will call at Sasebo?');
    expect(f).toMatchObject({ kind: 'answer', statement: { kind: 'facts' } });
    expect(f.kind === 'answer' && f.facts[0]!.kind === 'passage' && f.facts[0]!.summary).toMatch(/Albatros will call at the port of Sasebo/);
    // A passage names the people it names; a sentence the records already hold for everyone it
    // names (the talks) is none.
    expect(facts.find((x) => x.kind === 'passage' && /tour the vessel/.test(x.summary))?.people).toEqual(['haruto-sakai']);
    expect(facts.some((x) => x.kind === 'passage' && /fifth two-plus-two talks/.test(x.summary))).toBe(false);
    expect(answerer.answer('Which submarine will call at Sasebo?')).toMatchObject({ kind: 'not-covered', unmentioned: ['submarine'] });
    // "Not only" is emphasis, not a denial.
    const both = answerer.answer('Did the talks cover maritime security and cyber defence?');
    expect(both.kind === 'answer' && both.statement.kind === 'facts' ? both.statement.negated : undefined).toBeUndefined();
    // One word in common that many sentences say ("harbour", in four here) is not enough for one of
    // them to answer; one that few sentences say (a vessel's name) is.
    const weak = answerer.answer('What about the harbour?');
    expect(weak.kind === 'answer' && weak.facts.some((x) => x.kind === 'passage')).toBe(false);
    expect(answerer.answer('anything on the Albatros?')).toMatchObject({ kind: 'answer', facts: [{ kind: 'passage' }] });
  });
});

describe('a question that says only how, of someone', () => {
  it('answers "who succeeded her" from the passage that names her and says it', async () => {
    const answerer = await answererWith('reshuffle.txt', `title: Invented cabinet reshuffle in Tokyo
published: 2022-03-02

Japanese Foreign Minister Haruto Sakai met French Foreign Minister Claire Dumont in Tokyo on Tuesday, his last talks with France.

Prime Minister Aya Mori on Wednesday named Ken Ota as foreign minister, succeeding Haruto Sakai, who leaves the cabinet.
`);
    const f = answerer.answer('Who succeeded Haruto Sakai?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ summary: expect.stringMatching(/named Ken Ota as foreign minister, succeeding Haruto Sakai/) }] });
  });
});

describe('a quotation said by "she"', () => {
  it('answers who said it with the sentence before, which names her, beside it', async () => {
    const answerer = await answererWith('pronoun.txt', `title: Invented talks on Pacific security
published: 2021-06-05

Japanese Foreign Minister Haruto Sakai met French Foreign Minister Claire Dumont in Lyon on Friday.

Dumont said France wanted to be judged on its deeds in the region. "We are neighbours in the Pacific, not guests," she said, pointing to French islands in the ocean.
`);
    const f = answerer.answer('Who said the two countries were "neighbours in the Pacific, not guests"?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ kind: 'passage', people: ['claire-dumont'], evidence: [{ text: expect.stringMatching(/^Dumont said France wanted .* "We are neighbours in the Pacific, not guests," she said/) }] }] });
  });
});

describe('an agreement an ingested article reports in force', () => {
  it('answers "is it in force?" with that step, never "no article says so"', async () => {
    const answerer = await answererWith('in-force.txt', `title: Invented brief on the Japan-France supply pact
published: 2020-06-01

The acquisition and cross-servicing agreement between Japan and France entered into force on Monday, the Japanese Foreign Ministry said, after its approval by both legislatures.
`);
    const f = answerer.answer('Is the ACSA in force?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ agreement: 'acsa', evidence: [{ text: expect.stringMatching(/entered into force on Monday/) }] }] });
  });
});

describe('a meeting no record holds, spoken of in a passage', () => {
  it('answers where it will be held from the passage, and for one asked of as held says there is none, with the passage as related', async () => {
    const data = copyOfData();
    await ingest(writeTemp('sixth.txt', `title: Japan and France hold fifth two-plus-two in Lyon
published: 2021-06-05

LYON, June 5 (Invented Wire) -- Japanese Foreign Minister Haruto Sakai and Defense Minister Ken Ota met their French counterparts Claire Dumont and Paul Vernet on Friday for the fifth two-plus-two talks in Lyon.

The sixth meeting will be held in Nagasaki next year, the ministers said.

The seventh round of talks on fuel supplies will be held in Brest in May.
`), { dataDir: data });
    const { answerer } = await buildKnowledgeBase(loadKnowledge(data)).answering();
    expect(answerer.answer('Where will the sixth two-plus-two be held?')).toMatchObject({ kind: 'answer', facts: [{ kind: 'passage', summary: expect.stringMatching(/sixth meeting will be held in Nagasaki/) }] });
    // "The seventh round of talks on fuel" is no seventh meeting of the series.
    expect(answerer.answer('Where will the seventh two-plus-two be held?')).toMatchObject({ kind: 'no-such-meeting', asked: '#7' });
    const held = answerer.answer('When was the sixth two-plus-two held in Osaka?');
    expect(held).toMatchObject({ kind: 'no-such-meeting', asked: '#6', related: [{ kind: 'passage' }] });
    // Spoken of, it is not "not mentioned": the reply says none is reported as held.
    const card = findingCard(loadKnowledge(data), held, 'en');
    expect(card.lead[0]!.text).toMatch(/report no .* as held/);
  });
});

describe('words read in context', () => {
  // Invented: the patrol, the port and the figures.
  const PATROL = `title: Invented joint patrol in the Coral Sea
published: 2023-02-10

Japan and France agreed on Friday that a joint patrol of the Coral Sea will start in March from the port of Noumea.

The two navies have exchanged liaison officers since last year, and three French patrol boats will take part.
`;

  it('reads a verb and its particle as the one verb the articles use ("kick off" is "start")', async () => {
    const answerer = await answererWith('patrol.txt', PATROL);
    const q = answerer.read('when does the joint patrol of the Coral Sea kick off?');
    expect(q.terms.map((t) => t.text)).not.toContain('kick');
    expect(q.hints.map((t) => t.text)).toContain('start');
    expect(answerer.answer('when does the joint patrol of the Coral Sea kick off?')).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/will start in March/) }] }] });
  });

  it('answers "how many" only with a figure that counts the thing asked', async () => {
    const answerer = await answererWith('patrol.txt', PATROL);
    // "The two navies" is no count of the officers they exchanged.
    expect(answerer.answer('how many liaison officers have the navies exchanged?').kind).not.toBe('answer');
    expect(answerer.answer('how many French patrol boats will take part in the patrol?')).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/three French patrol boats/) }] }] });
  });
});

describe('a quotation of no meeting', () => {
  it('is dated by its article when a year is asked, never an internal error', async () => {
    const data = copyOfData();
    await ingest(writeTemp('talks.txt', `title: Invented ninth two-plus-two in Tokyo
published: 2024-11-05

Japanese Foreign Minister Haruto Sakai and French Foreign Minister Claire Dumont held the ninth two-plus-two talks in Tokyo on Monday.
`), { dataDir: data });
    await ingest(writeTemp('press.txt', `title: Invented press conference on the access talks
published: 2024-12-12

French Foreign Minister Claire Dumont told reporters in Paris on Thursday that the access talks with Japan were moving "at a steady, careful pace."
`), { dataDir: data });
    const { answerer } = await buildKnowledgeBase(loadKnowledge(data)).answering();
    const f = answerer.answer('How did Claire Dumont describe the access talks in 2024?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/steady, careful pace/) }] }] });
    expect(answerer.answer('What did Claire Dumont say about the access talks in 2023?').kind).not.toBe('answer');
  });
});

describe('a name or particulars asked for, which the passage does not give', () => {
  // Invented: the engineers, the satellites and the minister.
  const SPACE = `title: Invented talks on space cooperation
published: 2022-09-15

French Foreign Minister Claire Dumont said on Thursday that Japan and France would work together on observation satellites, but declined to give details.

Three Japanese engineers were injured in a fire at a launch site in French Guiana last week.
`;

  it('says the articles name no one, rather than showing a passage that names none', async () => {
    const answerer = await answererWith('space.txt', SPACE);
    expect(answerer.answer('what are the names of the engineers injured in French Guiana?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'no-name' } });
  });

  it('says the details were withheld, quoting the passage; asked whether they were, that passage answers', async () => {
    const answerer = await answererWith('space.txt', SPACE);
    expect(answerer.answer('which specific observation satellites will Japan and France work on?')).toMatchObject({ kind: 'not-covered', gap: { kind: 'withheld', clause: 'declined to give details' } });
    expect(answerer.answer('did Dumont give any details on the observation satellites?')).toMatchObject({ kind: 'answer' });
  });
});

describe('a reaction', () => {
  it('is answered by a passage that says what they did in response', async () => {
    const answerer = await answererWith('reaction.txt', `title: Invented reaction to a joint statement
published: 2022-04-10

Japan and France issued a joint statement on maritime security in the Coral Sea on Friday.

Beijing protested the statement on Saturday, calling it interference in regional affairs.
`);
    expect(answerer.answer('how did Beijing react to the statement?')).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/^Beijing protested/) }] }] });
  });
});

describe('a light verb', () => {
  it('("work on", twenty WordNet senses or more) helps pick the passage but never blocks it', async () => {
    const answerer = await answererWith('rescue.txt', `title: Invented agreement on sea rescue
published: 2022-05-20

The Japanese and French navies will cooperate on search and rescue in the Coral Sea from next year.
`);
    const q = 'what are the navies going to work on in the Coral Sea?';
    expect(answerer.read(q).hints.map((t) => t.text)).toContain('work');
    expect(answerer.answer(q)).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/cooperate on search and rescue/) }] }] });
  });
});

describe('where a passage places someone no meeting does', () => {
  it('"did she go to Tokyo?" is answered by a sentence that names her there, not "the articles do not place her"', async () => {
    const answerer = await answererWith('vidal-tokyo.txt', `title: Invented: French minister in Tokyo for talks on drills
published: 2029-11-08

French Minister for the Armed Forces Anne Vidal, speaking after talks at the Defence Ministry in Tokyo on Thursday, said the two navies would train together more often.

Japanese Defence Minister Ryo Imai said Japan saw France as "a neighbour across the sea" during the visit.
`);
    const f = answerer.answer('Did Anne Vidal go to Tokyo?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ evidence: [{ text: expect.stringMatching(/Anne Vidal, speaking after talks at the Defence Ministry in Tokyo/) }] }] });
    // "Imai" holds the French "mai" (May): still a name.
    expect(answerer.read('How did Ryo Imai describe France?').people).toEqual(['ryo-imai']);
    // A visit in a "when" clause dates what is asked: here, what Imai said.
    const said = answerer.answer('How did Ryo Imai describe France when Anne Vidal visited Tokyo?');
    expect(said).toMatchObject({ kind: 'answer' });
    expect(said.kind === 'answer' && said.facts.some((x) => /a neighbour across the sea/.test(x.summary))).toBe(true);
  });
});

describe('a sentence whose subject is "he" or "she"', () => {
  it('holds the sentence before it that names who, so "who commanded…" is answered with a name', async () => {
    const answerer = await answererWith('roux.txt', `title: Invented: new head for the Kestrel cell
published: 2029-11-08

The French Navy said on Thursday that Captain Ana Roux would lead the Japan-France maritime coordination cell in Noumea from January, where Japanese liaison officers will join her staff. Ana Roux, 52, joined the navy in 1995. As a young officer, she commanded the patrol boat Aconit during a rescue off Tahiti in 2003.
`);
    const f = answerer.answer('Who commanded the patrol boat Aconit?');
    expect(f).toMatchObject({ kind: 'answer', facts: [{ summary: expect.stringMatching(/^Ana Roux, 52, joined the navy in 1995\. As a young officer, she commanded/) }] });
  });
});
