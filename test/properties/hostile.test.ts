import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/knowledge/search.js';
import { commands, kb } from '../helpers/bot.js';
import { OPERATORS, anyLocale, autocompleteProblems, commandProblems, hostileInput, makeRouter } from '../../testing/hostile.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const { route, errors } = makeRouter(commands, kb);

describe.each(commands.list.map((c) => c.name))('/%s with hostile input', (name) => {
  it(`replies once, within every limit, without mentions (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput, anyLocale, async (input, locale) => {
        expect(await commandProblems(route, errors, name, input, locale)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`autocomplete answers 0–25 valid choices (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput, anyLocale, async (input, locale) => {
        expect(await autocompleteProblems(route, errors, name, input, locale)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('search never reads input as syntax', () => {
  it(`operators and markdown change nothing (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileInput, fc.constantFrom(undefined, ...KINDS), (input, kind) => {
        const plain = input.replace(OPERATORS, ' ');
        expect(kb.index.search(input, { kind }).hits).toEqual(kb.index.search(plain, { kind }).hits);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('locales', () => {
  it('any locale the bot does not translate gets English labels', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyLocale.filter((l) => !/^(ja|fr)(-|$)/.test(l)),
        async (locale) => {
          const r = makeRouter(commands, kb);
          const { fakeInteraction } = await import('../../testing/fake-interaction.js');
          const i = fakeInteraction({ kind: 'command', commandName: 'meeting', options: { query: '2018' }, locale });
          await r.route(i);
          const embed = (i.calls[0]!.payload as { embeds: { footer: { text: string }; fields: { name: string }[] }[] }).embeds[0]!;
          expect(embed.footer.text).toMatch(/^Article text is quoted in its original English\.( · Page 1 of \d+)?$/);
          expect(embed.fields.map((f) => f.name)).toContain('Participants');
        },
      ),
      { numRuns: 200 },
    );
  });
});
