// Each command's answers for its typical inputs: content and citation, not just "no throw".
import { describe, expect, it } from 'vitest';
import { limitViolations } from '../../src/bot/limits.js';
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

  it('2015: Le Drian as Defense Minister, the inferred date marked with its basis, the venue', async () => {
    const text = textOf((await run('meeting', '2015')));
    expect(text).toContain('Jean-Yves Le Drian — Defense Minister');
    expect(text).not.toContain('Jean-Yves Le Drian — Foreign Minister');
    expect(text).toContain('13 March 2015 (inferred)');
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

  it('a miss is ephemeral and says what exists', async () => {
    const reply = (await run('meeting', 'Berlin 1999'));
    expect(reply).toMatchObject({ ephemeral: true, outcome: 'miss' });
    const text = textOf(reply);
    expect(text).toContain('Nothing found for “Berlin 1999”');
    expect(text).toContain('What I know');
    expect(text).toContain('4th two-plus-two');
  });
});

describe('/quote', () => {
  it('Parly: her words verbatim, role then, setting, date, article', async () => {
    const reply = (await run('quote', 'Parly'));
    const text = textOf(reply);
    const quote = k.quotes.get('parly-2018-three-concerns')!;
    expect(reply.pages[0]![0]!.description).toContain(`“${quote.text}”`);
    expect(text).toContain('Minister for the Armed Forces');
    expect(text).toContain('At the outset of the meeting, open to the press');
    expect(text).toContain('26 January 2018');
    expect(text).toContain('Direct quote');
    expect(text).toContain('📰 *Japan and France agree on ACSA framework');
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
    expect(timeline[0]).toMatch(/^\*\*13 March 2015 \(inferred\)\*\* \(2nd two-plus-two\): .* \[\d\]/);
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

  it('/ask who represented France in 2015: the 2015 meeting, Fabius and Le Drian with their roles', async () => {
    const reply = (await run('ask', 'who represented France in 2015?'));
    const first = textOf({ ...reply, pages: reply.pages.slice(0, 1) });
    expect(first).toContain('Second Japan–France two-plus-two');
    expect(first).toContain('Laurent Fabius — Foreign Minister');
    expect(first).toContain('Jean-Yves Le Drian — Defense Minister');
  });

  it('/ask what did they say about North Korea: the position and Parly’s words, one per page', async () => {
    const reply = (await run('ask', 'what did they say about North Korea?'));
    expect(reply.pages.length).toBeGreaterThan(1);
    expect(reply.pages[0]![0]!.title).toBe('North Korea: maximum pressure and sanctions evasion');
    expect(textOf(reply)).toContain('Our three concerns in Asia are of course North Korea');
  });

  it('/ask is honest when nothing matches', async () => {
    expect((await run('ask', 'xylophone recital'))).toMatchObject({ ephemeral: true, outcome: 'miss' });
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
    expect(text).toContain('inferred: Not printed.');
    expect(text).toContain('subscription appeal');
  });

  it('/help lists every command with examples', async () => {
    const text = textOf((await run('help', undefined)));
    for (const c of commands.list) expect(text).toContain(`/${c.name}`);
    expect(text).toContain('/meeting 2018');
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
