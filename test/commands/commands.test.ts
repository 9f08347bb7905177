// Each command's answers for its typical inputs: content and citation, not just "no throw".
import { describe, expect, it } from 'vitest';
import { embedLength, limitViolations } from '../../src/bot/limits.js';
import { commands, kb, run, textOf } from '../helpers/bot.js';

const k = kb.knowledge;
const evidenceOf = (id: string) => k.meetings.get(id)!.evidence[0]!.text;

describe('/meeting', () => {
  it('2018: the fourth meeting, Tokyo, participants with the roles they held then, cited', async () => {
    const reply = (await run('meeting', '2018'));
    const text = textOf(reply);
    expect(reply.ephemeral).toBe(false);
    expect(reply.pages[0]![0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(text).toContain('26 January 2018');
    expect(text).toContain('Jean-Yves Le Drian — Foreign Minister');
    expect(text).toContain('Florence Parly — Minister for the Armed Forces');
    expect(text).toContain('Japan and France agree on ACSA framework at fourth two-plus-two talks in Tokyo');
    expect(text).toContain(`> ${evidenceOf('two-plus-two-2018')}`);
    expect(text).toMatch(/separate meetings on Saturday/);
  });

  it('2015: Le Drian as Defense Minister, the date as the article supports it and the day marked as not in the sources, the venue', async () => {
    const text = textOf((await run('meeting', '2015')));
    expect(text).toContain('Jean-Yves Le Drian — Defense Minister');
    expect(text).not.toContain('Jean-Yves Le Drian — Foreign Minister');
    // Friday is printed; the year is worked out from the text, and labelled so.
    expect(text).toMatch(/Date\na Friday in 2015\n-# printed: Friday\n-# inferred: The report says the talks were held on “Friday”/);
    expect(text).toContain('13 March 2015 — not in the sources');
    expect(text).not.toContain('13 March 2015 (inferred)');
    expect(text).toContain('Iikura Guest House');
  });

  it('fourth / 4th answer the same as 2018', async () => {
    expect((await run('meeting', 'fourth')).pages[0]![0]!.title).toBe((await run('meeting', '2018')).pages[0]![0]!.title);
    expect((await run('meeting', '4th')).pages[0]![0]!.title).toBe('Fourth Japan–France two-plus-two');
  });

  it('the third meeting: month precision, no place, nothing guessed', async () => {
    const text = textOf((await run('meeting', 'third')));
    expect(text).toContain('January 2017 (inferred)');
    expect(text).toMatch(/Place\nnot stated in the articles/);
    expect(text).toMatch(/Participants\nnot stated in the articles/);
  });

  it('Tokyo: the best one, with the other offered', async () => {
    const reply = (await run('meeting', 'Tokyo'));
    const others = reply.pages[0]![0]!.fields!.find((f) => f.name === 'Also matching');
    expect(others?.value).toMatch(/two-plus-two-20(15|18)/);
  });

  it.each(['2019', '2016', 'Berlin 1999', 'fifth', '5th'])('/meeting %s: a private “no such meeting”, with the ones the articles mention', async (query) => {
    const reply = await run('meeting', query);
    expect(reply).toMatchObject({ ephemeral: true, outcome: 'miss', covered: false });
    const text = textOf(reply);
    expect(text).toContain('No such two-plus-two in the sources');
    expect(text).toContain('What I know');
    for (const m of ['1st two-plus-two — January 2014, Paris', '2nd two-plus-two — a Friday in 2015, Tokyo', '3rd two-plus-two — January 2017 (inferred)', '4th two-plus-two — 26 January 2018, Tokyo']) expect(text).toContain(m);
    expect(text).not.toContain('Second Japan–France two-plus-two\n');
  });

  it('a miss with no year is ephemeral and says what exists', async () => {
    const reply = await run('meeting', 'Berlin');
    expect(reply).toMatchObject({ ephemeral: true, outcome: 'miss' });
    expect(textOf(reply)).toContain('What I know');
  });
});

describe('/quote', () => {
  it('Parly: her words verbatim, role then, setting, date, article', async () => {
    const reply = (await run('quote', 'Parly'));
    const text = textOf(reply);
    const quote = k.quotes.get('parly-2018-three-concerns')!;
    expect(reply.pages[0]![0]!.description).toContain(quote.text.slice(0, 60));
    // The quoted words once, inside the verbatim passage with who said them.
    expect(JSON.stringify(reply.pages[0]).split(quote.text.slice(0, 40)).length - 1).toBe(1);
    expect(text).toContain('Minister for the Armed Forces');
    expect(text).toContain('At the outset of the meeting, open to the press');
    expect(text).toContain('26 January 2018');
    expect(text).toContain('Direct quote');
    expect(text).toContain('📰 Japan and France agree on ACSA framework at fourth two-plus-two talks in Tokyo — 26 January 2018');
  });

  it('a typo and no accents still find the speaker', async () => {
    expect((await run('quote', 'Parley')).pages[0]![0]!.description).toContain('Our three concerns in Asia');
    expect(textOf((await run('quote', 'le drian')))).toContain('As a Pacific country');
  });

  it('Le Drian: both direct quotes, each with the role he held then, then his reported speech, labelled', async () => {
    const embeds = (await run('quote', 'Le Drian')).pages.flat();
    const titles = embeds.map((e) => e.title);
    expect(titles).toContain('Jean-Yves Le Drian — Defense Minister (🇫🇷)');
    expect(titles).toContain('Jean-Yves Le Drian — Foreign Minister (🇫🇷)');
    const reported = embeds.filter((e) => e.title?.includes('(Reported speech — not a direct quote)'));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((e) => e.description?.startsWith('**Reported speech'))).toBe(true);
  });

  it('Abe: no direct quotes, where he is mentioned, and nobody else’s words', async () => {
    const reply = (await run('quote', 'Abe'));
    const text = textOf(reply);
    expect(reply.pages[0]![0]!.title).toBe('No direct quotes from Shinzo Abe');
    expect(text).toContain('Mentioned in');
    expect(text).not.toMatch(/Direct quote/);
    for (const q of k.quotes.values()) if (q.kind === 'direct') expect(text).not.toContain(q.text);
  });

  it('Fabius: only reported speech, never shown as a direct quote', async () => {
    const text = textOf((await run('quote', 'Fabius')));
    expect(text).toContain('Only reported speech');
    expect(text).toContain('high level');
    expect(text).not.toContain('Direct quote');
  });

  it('finds a phrase from a quote', async () => {
    expect((await run('quote', 'international public good')).pages[0]![0]!.title).toContain('Taro Kono');
  });
});

describe('/agreement', () => {
  it('ACSA: status as of the latest source, what it covers, the dated timeline, each step cited', async () => {
    const reply = (await run('agreement', 'ACSA'));
    const main = reply.pages[0]![0]!;
    expect(main.title).toBe('Acquisition and Cross-Servicing Agreement (ACSA)');
    expect(main.description).toMatch(/^\*\*Status:\*\* Framework agreed — as of 26 January 2018 \(latest source\) \[\d\]$/);
    const timeline = main.fields!.find((f) => f.name === 'Timeline')!.value.split('\n');
    expect(timeline).toHaveLength(3);
    expect(timeline[0]).toMatch(/^\*\*a Friday in 2015\*\* \(2nd two-plus-two\): .* \[\d\]/);
    expect(timeline[1]).toMatch(/^\*\*January 2017 \(inferred\)\*\* \(3rd two-plus-two\): .* \[\d\]/);
    expect(timeline[2]).toMatch(/^\*\*26 January 2018\*\* \(4th two-plus-two\): .* \[\d\]/);
    expect(main.fields!.find((f) => f.name === 'What it covers')!.value).toContain('food, water and fuel');
    expect(textOf(reply)).toContain('Japan and France sign defence equipment transfer pact');
  });

  it('the long name, without hyphens, finds the ACSA too', async () => {
    expect((await run('agreement', 'acquisition and cross servicing')).pages[0]![0]!.title).toContain('ACSA');
  });

  it('Vendémiaire with or without the accent', async () => {
    for (const q of ['Vendémiaire', 'vendemiaire']) {
      expect((await run('agreement', q)).pages[0]![0]!.title).toBe('First bilateral maritime exercises (frigate Vendémiaire)');
    }
  });
});

describe('/person, /ask, /timeline, /sources, /help', () => {
  it('/person Le Drian: both roles, each tied to its meeting', async () => {
    const roles = (await run('person', 'Le Drian')).pages[0]![0]!.fields!.find((f) => f.name === 'Roles over time')!.value;
    expect(roles).toMatch(/\*\*Defense Minister\*\* .* 2nd two-plus-two/);
    expect(roles).toMatch(/\*\*Foreign Minister\*\* .* 4th two-plus-two/);
    expect(roles.indexOf('Defense Minister')).toBeLessThan(roles.indexOf('Foreign Minister'));
  });

  it('/person Kishida: the inferred part of his role is said', async () => {
    expect(textOf((await run('person', 'Kishida')))).toContain('inferred: The article does not print "Japanese"');
  });

  it('/ask who represented France in 2015: the answer first, Fabius and Le Drian with their roles then, each passage beneath', async () => {
    const reply = await run('ask', 'who represented France in 2015?');
    const first = reply.pages[0]!;
    expect(first[0]!.title).toBe('What the sources say');
    expect(first[0]!.description).toMatch(/^At the 2015 two-plus-two: Laurent Fabius \(Foreign Minister\), Jean-Yves Le Drian \(Defense Minister\)\./);
    expect(first[0]!.description).toContain('> Saying Japan is the only Asian country France holds such “high level”');
    expect(textOf({ ...reply, pages: [first] })).toContain('Second Japan–France two-plus-two');
  });

  it('/ask who was France’s defence minister in 2015: Le Drian, not Parly, with the passage it rests on', async () => {
    const reply = await run('ask', 'who was France’s defence minister in 2015?');
    const answer = reply.pages[0]![0]!.description!;
    expect(answer.split('\n')[0]).toBe('🇫🇷 Jean-Yves Le Drian was France’s Defense Minister at the 2015 two-plus-two.');
    expect(answer).toContain('> French Defense Minister Jean-Yves Le Drian said he welcomed');
    expect(answer).not.toContain('Parly');
  });

  it('/ask what did they say about North Korea: the position first, within 3,000 characters, no passage twice', async () => {
    const reply = await run('ask', 'what did they say about North Korea?');
    const first = reply.pages[0]!;
    expect(first[0]!.title).toBe('What the sources say');
    expect(first[0]!.description).toMatch(/^North Korea: maximum pressure and sanctions evasion: Affirmed/);
    const size = first.reduce((n, e) => n + embedLength(e), 0);
    expect(size).toBeLessThanOrEqual(3000);
    const passages = [...JSON.stringify(first).matchAll(/> ([^\\]{40,})/g)].map((m) => m[1]);
    expect(new Set(passages).size).toBe(passages.length);
  });

  it('/ask with an everyday word no article uses: the answer from the rest, with a note naming the word, in every language', async () => {
    const en = (await run('ask', 'What did Onodera say about the ACSA at the podium?')).pages[0]![0]!.description!;
    expect(en).toContain('The articles never use “podium”: this answer rests on the rest of the question.');
    const fr = (await run('ask', 'What did Onodera say about the ACSA at the podium?', 'fr')).pages[0]![0]!.description!;
    expect(fr).toContain('Les articles n’emploient jamais “podium”');
  });

  it('/ask when did Parly come to Tokyo: only the meeting she was at, not the other one held there', async () => {
    const answer = (await run('ask', 'When did Parly come to Tokyo?')).pages[0]![0]!.description!;
    expect(answer.split('\n')[0]).toBe('🇫🇷 The articles place Florence Parly at the 4th two-plus-two in Tokyo on 26 January 2018 (as Minister for the Armed Forces).');
    expect(answer).not.toContain('2015');
  });

  it('/ask when did Le Drian visit Japan: both meetings, with Japan inferred from the articles’ words and the outside date marked', async () => {
    const answer = (await run('ask', 'When did Le Drian visit Japan?')).pages[0]![0]!.description!;
    expect(answer.split('\n')[0]).toBe('🇫🇷 The articles place Jean-Yves Le Drian at the 2nd two-plus-two in Tokyo on a Friday in 2015 (as Defense Minister); the 4th two-plus-two in Tokyo on 26 January 2018 (as Foreign Minister).');
    expect(answer).toContain('inferred (Tokyo → Japan): The photo caption has Japanese Prime Minister Shinzo Abe receiving the ministers');
    expect(answer).toContain('2nd two-plus-two: 13 March 2015 — not in the sources');
    expect(answer).not.toContain('invitation');
    const fr = (await run('ask', 'Quand Le Drian est-il venu au Japon ?', 'fr')).pages[0]![0]!.description!;
    expect(fr.split('\n')[0]).toBe('🇫🇷 Les articles placent Jean-Yves Le Drian au 2e « 2+2 » à Tokyo, un vendredi de 2015 (comme ministre de la Défense) ; au 4e « 2+2 » à Tokyo, le 26 janvier 2018 (comme ministre des Affaires étrangères).');
    const ja = (await run('ask', 'ルドリアンはいつ来日しましたか', 'ja')).pages[0]![0]!.description!;
    expect(ja).toContain('第4回2+2会合（東京、2018年1月26日、外相として）');
  });

  it('/ask whether someone was somewhere the articles do not place them: said so, with what they do say', async () => {
    const macron = await run('ask', 'Did Macron visit Japan?');
    expect(macron).toMatchObject({ ephemeral: true, outcome: 'miss', covered: false });
    expect(textOf(macron)).toContain('The articles do not place Emmanuel Macron in Japan.');
    expect(textOf(macron)).toContain('an invitation for President Emmanuel Macron to visit Japan');
    expect(textOf(await run('ask', 'Was Parly in Tokyo in 2015?'))).toContain('The articles do not place Florence Parly in Tokyo in 2015.');
    expect(textOf(await run('ask', 'Parly était-elle à Tokyo en 2015 ?', 'fr'))).toContain('Les articles ne disent pas que Florence Parly était à Tokyo en 2015.');
    // A plan is not a visit: the invitation answers it.
    expect(textOf(await run('ask', 'Is Macron going to visit Japan?'))).not.toContain('do not place');
  });

  it('/ask who was Le Drian’s counterpart: the other country’s minister with his office at each meeting, marked as inferred', async () => {
    const answer = (await run('ask', 'Who was Le Drian’s counterpart?')).pages[0]![0]!.description!;
    const lines = answer.split('\n');
    expect(lines[0]).toBe('🇯🇵 Jean-Yves Le Drian’s counterpart at the 2015 two-plus-two: Gen Nakatani, Japan’s Defense Minister.');
    expect(lines[1]).toBe('🇯🇵 Jean-Yves Le Drian’s counterpart at the 2018 two-plus-two: Taro Kono, Japan’s Foreign Minister.');
    expect(answer).toContain('inferred: the articles do not say “counterpart”');
    expect(textOf(await run('ask', 'Who was Parly’s counterpart in 2015?'))).toContain('The articles name no counterpart of Florence Parly at the 2015 two-plus-two.');
  });

  it('/ask who did Parly meet, who attended both meetings, is the ACSA in force: answered from attendance and status', async () => {
    const met = (await run('ask', 'Who did Parly meet?')).pages[0]![0]!.description!;
    expect(met.split('\n')[0]).toBe('At the 2018 two-plus-two, Florence Parly met Taro Kono (Foreign Minister), Jean-Yves Le Drian (Foreign Minister) and Itsunori Onodera (Defense Minister).');
    expect(met).toContain('> Ahead of the two-plus-two talks, Le Drian and Parly met Prime Minister Shinzo Abe at his office.');
    const both = (await run('ask', 'Which French minister attended both meetings?')).pages[0]![0]!.description!;
    expect(both.split('\n')[0]).toBe('At both the 2015 two-plus-two and 2018 two-plus-two: Jean-Yves Le Drian (Defense Minister at the 2015 two-plus-two, Foreign Minister at the 2018 two-plus-two).');
    expect(textOf(await run('ask', 'Which Japanese minister attended both meetings?'))).toContain('The articles name no one from Japan at both the 2015 two-plus-two and 2018 two-plus-two.');
    // "Every" can only be checked where the articles name who attended, and the answer says so.
    const every = (await run('ask', 'Who attended every two-plus-two?')).pages[0]![0]!.description!;
    expect(every).toContain('The articles do not say who attended the 2014 two-plus-two and 2017 two-plus-two.');
    const force = await run('ask', 'L’ACSA est-il en vigueur ?', 'fr');
    expect(force).toMatchObject({ outcome: 'miss', covered: false });
    expect(textOf(force)).toContain('Les articles ne disent pas que « Accord d’acquisition et de soutien logistique mutuel (ACSA) » est en vigueur.');
  });

  it('/ask in French: a date known only by its weekday reads “un vendredi de 2015”, not “le un vendredi” or “au un vendredi”', async () => {
    const answer = (await run('ask', 'Quand a eu lieu le deuxième 2+2 ?', 'fr')).pages[0]![0]!.description!;
    expect(answer.split('\n')[0]).toBe('Le 2e « 2+2 » s’est tenu un vendredi de 2015.');
    // And a status as of that date: "à la date d’un vendredi de 2015", not "au un vendredi".
    const status = textOf(await run('ask', 'La France et le Japon ont-ils parlé de l’Ukraine ?', 'fr'));
    expect(status).toContain('à la date d’un vendredi de 2015 (la source la plus récente qui le rapporte)');
    expect(status).not.toMatch(/au un vendredi/);
  });

  it('/ask is honest when nothing matches', async () => {
    const reply = await run('ask', 'xylophone recital');
    expect(reply).toMatchObject({ ephemeral: true, outcome: 'miss', covered: false });
    expect(textOf(reply)).toContain('They never mention: “xylophone”, “recital”.');
  });

  it('/timeline: meetings and steps in date order', async () => {
    const reply = (await run('timeline', undefined));
    const years = reply.pages[0]![0]!.fields!.map((f) => f.name.slice(0, 4));
    expect([...new Set(years)]).toEqual(['2014', '2015', '2017', '2018']);
    const text = textOf(reply);
    expect(text.indexOf('1st two-plus-two')).toBeLessThan(text.indexOf('2nd two-plus-two'));
    expect(text).toContain('📰');
  });

  it('/timeline ACSA: only the ACSA steps', async () => {
    const text = textOf((await run('timeline', 'ACSA')));
    expect(text).toContain('Acquisition and Cross-Servicing Agreement (ACSA): Japan and France agreed on a framework');
    expect(text).not.toContain('minesweeping');
  });

  it('/sources: both articles, their dates printed or inferred, what they cover', async () => {
    const text = textOf((await run('sources', undefined)));
    expect(text).toContain('printed: The file’s first line prints "date 2018-01-26".');
    expect(text).toContain('a Friday in 2015');
    expect(text).toContain('13 March 2015 — not in the sources');
    expect(text).toContain('subscription appeal');
    // The 2018 photo caption is news that records rest on: not filed under "not news".
    expect(text).toMatch(/Photo caption: news, used as evidence\n• The printed date, then a photo caption/);
    expect(text).toMatch(/Not news\n• The publisher’s subscription appeal/);
  });

  it('/help lists every command with examples', async () => {
    const text = textOf((await run('help', undefined)));
    for (const c of commands.list) expect(text).toContain(`/${c.name}`);
    expect(text).toContain('/meeting 2018');
    expect(text).toContain('Right-click a message (long-press on mobile) → Apps → Ask the sources');
  });
});

describe('answer first, compact', () => {
  it('says once per message that article text stays in English', async () => {
    const reply = await run('ask', 'who represented France in 2015?');
    const notes = reply.pages[0]!.filter((e) => e.footer?.text.startsWith('Article text is quoted in its original English.'));
    expect(reply.pages[0]!.length).toBeGreaterThan(1);
    expect(notes).toHaveLength(1);
  });

  it.each([
    ['meeting', '2018'],
    ['quote', 'Parly'],
    ['agreement', 'ACSA'],
  ])('/%s %s: the first message is within 3,000 characters, and shows no passage twice', async (command, query) => {
    for (const lang of ['en', 'ja', 'fr'] as const) {
      const reply = await run(command, query, lang);
      const first = reply.pages[0]!;
      expect(first.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(3000);
      const passages = [...JSON.stringify(first).matchAll(/> ([^\\]{40,})/g)].map((m) => m[1]);
      expect(new Set(passages).size).toBe(passages.length);
    }
  });
});

describe('two questions in one', () => {
  it('/ask keeps both answers to one answer\'s budget: the first message is within 3,000 characters', async () => {
    for (const query of ['What was agreed in 2015? Who attended the 2018 talks?', 'What was agreed at the 2015 talks, and who attended them?']) {
      const first = (await run('ask', query)).pages[0]!;
      expect(first.reduce((n, e) => n + embedLength(e), 0), query).toBeLessThanOrEqual(3000);
    }
  });
});

describe('every command', () => {
  it.each(commands.list.flatMap((c) => c.info('en').examples.map((e) => [c.name, e] as const)))('/%s: its example "%s" answers within limits', async (name, example) => {
    const query = example.replace(/^\/\S+\s*/, '') || undefined;
    const reply = (await run(name, query));
    expect(reply.outcome).toBe('answered');
    for (const page of reply.pages) expect(limitViolations(page)).toEqual([]);
  });

  it('registers names, descriptions and options with ja and fr localisations', async () => {
    for (const c of commands.list) {
      const json = c.data;
      expect(Object.keys(json.name_localizations ?? {})).toEqual(['ja', 'fr']);
      expect(Object.keys(json.description_localizations ?? {})).toEqual(['ja', 'fr']);
      const [first] = json.options ?? [];
      expect(first).toMatchObject({ name: 'query', type: 3, autocomplete: true });
    }
  });
});
