// Drafting from invented articles: what a sentence states becomes a record with that sentence as evidence.
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/ingest/dates.js';
import { officeMentions, surnameOf } from '../../src/ingest/draft.js';
import { ingest } from '../../src/ingest/ingest.js';
import { uncoveredSentences } from '../../src/knowledge/coverage.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { officeAt } from '../../src/knowledge/offices.js';
import { statusAsOf } from '../../src/knowledge/time.js';
import { ingestVocabulary } from '../../src/ingest/vocabulary.js';
import { defaultDataDir } from '../../src/paths.js';
import { copyOfData } from '../helpers/data.js';
import { writeTemp } from './helpers.js';

const FIFTH = `title: Japan and France hold fifth two-plus-two in Lyon
published: 2021-06-05

By Anne Invented

TOKYO, June 5 (Invented Wire) -- Japanese Foreign Minister Haruto Sakai and Defense Minister Ken Ota met their French counterparts Claire Dumont and Paul Vernet on Friday for the fifth two-plus-two talks in Lyon.

"We agreed to deepen our cooperation at sea," Sakai said at a joint press appearance.

Dumont said the two countries shared a vision for the region.

The ministers also said the Reciprocal Access Agreement (RAA) negotiations began last month.

Japan and France signed the ACSA on Friday.
`;

// Countries and places as data/ defines them.
const shipped = loadKnowledge(defaultDataDir);
const vocab = ingestVocabulary(shipped.countries.values(), shipped.places.values(), shipped.offices.values());

describe('reading offices and dates', () => {
  it('finds office phrases with their country, and carries it along a list', () => {
    const m = officeMentions('Japanese Foreign Minister Haruto Sakai and Defense Minister Ken Ota met on Friday.', vocab);
    expect(m.map((x) => [x.name, x.title, x.country])).toEqual([
      ['Haruto Sakai', 'Foreign Minister', 'JP'],
      ['Ken Ota', 'Defense Minister', 'JP'],
    ]);
    expect(officeMentions('Sakai met Australian Foreign Minister Jane Smith.', vocab)).toEqual([]);
    expect(officeMentions('Claire Dumont, France’s armed forces minister, said so.', vocab)[0]).toMatchObject({ name: 'Claire Dumont', country: 'FR' });
    expect(officeMentions('former Foreign Minister Taro Kono spoke.', vocab)[0]!.qualifier).toBe('former');
    expect(officeMentions('Minister for Defence Ken Ota met reporters.', vocab)[0]).toMatchObject({ name: 'Ken Ota', key: 'defense' });
    // The title set off by a comma: "the new French defence minister, Ana Roux, who succeeded…".
    expect(officeMentions('The talks moved online because the new French Defence Minister, Ana Roux, who took over in May, was in Brussels.', vocab)[0]).toMatchObject({ name: 'Ana Roux', title: 'Defence Minister', country: 'FR' });
    expect(surnameOf('Jean-Yves Le Drian')).toBe('Le Drian');
    // "France was represented by Foreign Minister X": the delegation's country.
    expect(officeMentions('France was represented by Foreign Minister Anne Vidal, who took office in May, and by Defence Minister Marc Roy.', vocab).map((x) => x.country)).toEqual(['FR', 'FR']);
  });

  it('resolves relative dates against the published date, as inferred with the reasoning', () => {
    const [friday] = datesIn('They met on Friday.', '2021-06-05');
    expect(friday!.date).toMatchObject({ value: '2021-06-04', precision: 'day', provenance: 'inferred' });
    expect(friday!.date.basis).toContain('Saturday 5 June 2021');
    expect(datesIn('It came into force last year.', '2021-06-05')[0]!.date).toMatchObject({ value: '2020', precision: 'year' });
    expect(datesIn('The talks were in January last year.', '2021-06-05')[0]!.date).toMatchObject({ value: '2020-01', precision: 'month' });
    expect(datesIn('It was signed on 3 May 2021.', '2021-06-05')[0]!.date).toMatchObject({ value: '2021-05-03', provenance: 'stated' });
  });
});

describe('drafting an article', () => {
  it('drafts the meeting, people, quotes and agreement steps, each on its sentence', async () => {
    const data = copyOfData();
    const r = await ingest(writeTemp('fifth.txt', FIFTH), { dataDir: data });
    const k = loadKnowledge(data);
    expect(uncoveredSentences(k)).toEqual([]);
    const m = [...k.meetings.values()].find((x) => x.number?.value === 5)!;
    expect(m).toMatchObject({ date: { value: '2021-06-04', provenance: 'inferred' }, place: { city: 'Lyon', country: { value: 'FR' } } });
    expect(m.participants.map((p) => k.people.get(p.person)!.name).sort()).toEqual(['Claire Dumont', 'Haruto Sakai', 'Ken Ota', 'Paul Vernet']);
    const dumont = k.people.get('claire-dumont')!;
    expect(dumont.offices[0]).toMatchObject({ title: 'Foreign Minister', country: 'FR', from: { value: m.date.value } });
    expect(officeAt(k, dumont, m.id)!.inference).toMatch(/counterpart/);
    const quotes = [...k.quotes.values()].filter((q) => q.evidence[0]!.article === r.articles[0]!.id);
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({ speaker: 'haruto-sakai', text: 'We agreed to deepen our cooperation at sea', meeting: m.id });
    // Reported speech stays reported.
    expect(quotes.find((q) => q.speaker === 'claire-dumont')!.kind).toBe('reported');
    const acsa = k.agreements.get('acsa')!;
    expect(acsa.status).toMatchObject({ label: 'Signed' });
    expect(statusAsOf(k, acsa).value).toBe('2021-06-05');
    expect(acsa.timeline.at(-1)).toMatchObject({ date: { value: '2021-06-04' } });
    expect(acsa.timeline).toHaveLength(4);
    expect(k.agreements.get('raa')!.timeline[0]!.date.value).toBe('2021-05');
  });

  it('a speaker after an opening clause ("Asked whether…, Ota told reporters that it was “not decided”") is the speaker', async () => {
    const data = copyOfData();
    const article = `${FIFTH}\nAsked whether the two navies would hold a joint drill near Guam, Ota told reporters in Lyon that such a drill was "not decided", but that he hoped for one next year.\n`;
    const r = await ingest(writeTemp('asked.txt', article), { dataDir: data });
    const k = loadKnowledge(data);
    const quotes = [...k.quotes.values()].filter((q) => q.evidence[0]!.article === r.articles[0]!.id);
    expect(quotes.find((q) => q.speaker === 'ken-ota')).toMatchObject({ kind: 'direct', text: 'not decided' });
  });

  it('a delegation ("France was represented by Foreign Minister X") attends the talks', async () => {
    const data = copyOfData();
    const article = `title: Japan and France hold ninth two-plus-two in Nice
published: 2030-04-06

Japan and France held their ninth two-plus-two meeting in Nice on Friday.

Japan was represented by Foreign Minister Ryo Imai and Defence Minister Yui Kondo. France was represented by Foreign Minister Anne Vidal, who took office in May 2029, and by Minister for the Armed Forces Marc Roy.
`;
    await ingest(writeTemp('ninth.txt', article), { dataDir: data });
    const k = loadKnowledge(data);
    const m = [...k.meetings.values()].find((x) => x.number?.value === 9)!;
    expect(m.participants.map((p) => k.people.get(p.person)!.name).sort()).toEqual(['Anne Vidal', 'Marc Roy', 'Ryo Imai', 'Yui Kondo']);
    // "Who took office in May 2029": her span starts then.
    expect(k.people.get('anne-vidal')).toMatchObject({ country: 'FR', offices: [{ title: 'Foreign Minister', from: { value: '2029-05', precision: 'month' } }] });
    // "Since when has she been foreign minister?": that start, as the article gives it.
    const { answerer } = await buildKnowledgeBase(k).answering();
    expect(answerer.answer('Since when has Anne Vidal been foreign minister?')).toMatchObject({ kind: 'answer', statement: { kind: 'in-office-since', held: { person: 'anne-vidal', date: { value: '2029-05' } } } });
  });

  it('"concluded negotiations on" an agreement is a step of its own, at the talks that did it', async () => {
    const data = copyOfData();
    const article = `title: Japan and France hold ninth two-plus-two in Nice
published: 2030-04-06

Japan and France concluded negotiations on a reciprocal access agreement (RAA) on Friday, as their foreign and defence ministers met in Nice for the ninth two-plus-two.
`;
    await ingest(writeTemp('concluded.txt', article), { dataDir: data });
    const k = loadKnowledge(data);
    const m = [...k.meetings.values()].find((x) => x.number?.value === 9)!;
    const raa = [...k.agreements.values()].find((a) => a.aliases.includes('RAA'))!;
    expect(raa.timeline.at(-1)).toMatchObject({ summary: expect.stringMatching(/^Negotiations concluded/), meeting: m.id, date: { value: '2030-04-05' } });
    expect(raa.status.label).toBe('Negotiations concluded');
  });

  it('merges a known minister as a new dated office, and keeps a similar name a different person', async () => {
    const data = copyOfData();
    await ingest(writeTemp('a.txt', 'title: Japan and France talk\npublished: 2019-03-01\n\nFrench Foreign Minister Jean-Yves Le Drian met Japanese Foreign Minister Taro Kano in Paris on Thursday to discuss Japan and France ties.'), { dataDir: data });
    const k = loadKnowledge(data);
    const ledrian = k.people.get('jean-yves-le-drian')!;
    // The same office again widens his span from the 2018 talks; the 2015 one is another office.
    expect(ledrian.offices).toEqual([
      expect.objectContaining({ title: 'Defense Minister', from: expect.objectContaining({ value: '2015' }) }),
      expect.objectContaining({ title: 'Foreign Minister', country: 'FR', from: expect.objectContaining({ value: '2018-01-26' }), to: expect.objectContaining({ value: '2019-03-01' }) }),
    ]);
    expect(k.people.get('taro-kano')).toBeDefined();
    expect(k.people.get('taro-kono')!.offices).toEqual(loadKnowledge(defaultDataDir).people.get('taro-kono')!.offices);
  });

  it('gives a list its country from a known minister, and takes an unnumbered meeting of a year as that year’s one', async () => {
    const data = copyOfData();
    await ingest(writeTemp('fifth.txt', FIFTH), { dataDir: data });
    const r = await ingest(
      writeTemp('later.txt', 'title: Japan and France talk again\npublished: 2021-09-01\n\nThe two-plus-two talks held in June in Lyon were praised by Foreign Minister Haruto Sakai and by Defence Minister Mika Arai, a newcomer.'),
      { dataDir: data },
    );
    const k = loadKnowledge(data);
    expect(k.people.get('mika-arai')).toMatchObject({ country: 'JP', offices: [expect.objectContaining({ title: 'Defence Minister' })] });
    expect([...k.meetings.values()].filter((m) => m.date.value.startsWith('2021'))).toHaveLength(1);
    expect(r.articles[0]!.merged.some((line) => line.startsWith('meeting two-plus-two-2021'))).toBe(true);
  });

  it('drafts nothing from an article about another country pair', async () => {
    const data = copyOfData();
    const r = await ingest(writeTemp('au.txt', 'title: Japan and Australia hold security talks\npublished: 2022-01-07\n\nJapanese Foreign Minister Haruto Sakai met Australian Foreign Minister Jane Smith in Canberra on Thursday.'), { dataDir: data });
    expect(r.articles[0]!.added).toEqual([]);
    expect(r.articles[0]!.unused.map((u) => u.reason)).toEqual(['other-countries']);
    expect(loadKnowledge(data).people.size).toBe(9);
  });
  it('a change of hands ("is succeeded at defence by", "replaces … as", "named … as her new …") is a dated office, stated as taken over', async () => {
    const data = copyOfData();
    await ingest(
      writeTemp(
        'ninth.txt',
        `title: Japan and France hold ninth two-plus-two in Nice
published: 2030-04-06

Japan and France held their ninth two-plus-two meeting in Nice on Friday.

Japan was represented by Foreign Minister Ryo Imai and Defence Minister Yui Kondo. France was represented by Foreign Minister Anne Vidal and by Minister for the Armed Forces Marc Roy.
`,
      ),
      { dataDir: data },
    );
    await ingest(
      writeTemp(
        'reshuffle.txt',
        `title: Japan's Kondo moves to Foreign Ministry as France names a new foreign minister
published: 2030-09-12

Prime Minister Sora Hidaka on Wednesday named Defence Minister Yui Kondo as her new foreign minister, replacing Ryo Imai, who leaves the cabinet.

Kondo, 55, had run the Defence Ministry since 2029 and represented Japan at the ninth Japan-France two-plus-two. She is succeeded at defence by Taichi Mori, a former vice-minister.

In France, Lise Armand replaces Anne Vidal as foreign minister, the Elysee said.
`,
      ),
      { dataDir: data },
    );
    const k = loadKnowledge(data);
    const person = (name: string) => [...k.people.values()].find((p) => p.name === name)!;
    // Named on Wednesday, 11 September in a report of Thursday 12th: her foreign ministry starts then.
    expect(person('Yui Kondo').offices.find((o) => o.title === 'Foreign Minister')).toMatchObject({ country: 'JP', from: { value: '2030-09-11' }, succeeded: person('Ryo Imai').id });
    // "She is succeeded at defence by": she is who the sentence before names; his title and country are hers.
    expect(person('Taichi Mori').offices).toEqual([expect.objectContaining({ title: 'Defence Minister', country: 'JP', from: expect.objectContaining({ value: '2030-09-12' }), succeeded: person('Yui Kondo').id })]);
    expect(person('Lise Armand').offices).toEqual([expect.objectContaining({ title: 'Foreign Minister', country: 'FR', succeeded: person('Anne Vidal').id })]);
    // The one who left keeps the span the articles name them in.
    expect(person('Ryo Imai').offices[0]!.to ?? person('Ryo Imai').offices[0]!.from).toMatchObject({ value: '2030-04-06' });

    const { answerer } = await buildKnowledgeBase(k).answering();
    const found = answerer.answer('Who succeeded Kondo as defence minister?');
    expect(found).toMatchObject({ kind: 'answer', statement: { kind: 'succession', pairs: [{ other: [{ person: person('Taichi Mori').id }], stated: true }] } });
    // Dated by her move: who held the office she left from that day.
    expect(answerer.answer('Who became defence minister when Yui Kondo moved to the Foreign Ministry?')).toMatchObject({ kind: 'answer', statement: { kind: 'in-office-since', held: { person: person('Taichi Mori').id, title: 'Defence Minister' } } });
    // The sentence that says it is the evidence shown first.
    expect(found.kind === 'answer' && found.facts[0]!.evidence.map((e) => e.text)).toContain('She is succeeded at defence by Taichi Mori, a former vice-minister.');
    // An office drafted from a phrase leaves the rest of the sentence a passage: "who leaves the cabinet".
    const leaving = answerer.answer('Is Ryo Imai leaving the cabinet?');
    expect(leaving.kind === 'answer' && leaving.facts.flatMap((f) => f.evidence.map((e) => e.text))).toContain('Prime Minister Sora Hidaka on Wednesday named Defence Minister Yui Kondo as her new foreign minister, replacing Ryo Imai, who leaves the cabinet.');
  });
});
