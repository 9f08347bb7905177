// The real bot process and the real discord.js client, against a Discord on loopback.
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, GUILD_ID } from '../../testing/fake-discord.js';
import { type BotProcess, DUMMY_TOKEN, BUILT, startProcess } from '../../testing/process.js';

let discord: FakeDiscord;
let bot: BotProcess;

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
const embedsOf = (data: Record<string, unknown> | undefined) => (data?.embeds as Embed[] | undefined) ?? [];
const textOf = (embeds: Embed[]) => embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].join('\n')).join('\n');

const env = () => ({ DISCORD_TOKEN: DUMMY_TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'debug', DISCORD_GUILD_ID: '', METRICS_PORT: '0' });
let metricsPort = 0;

/** The value of one Prometheus sample, e.g. bot_interactions_total{command="meeting",outcome="answered",type="command"}; undefined if absent. */
async function sample(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const wanted = Object.entries(labels);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.startsWith(`${name}{`) ? line.slice(name.length + 1, line.lastIndexOf('}')) : '';
    if (wanted.every(([k, v]) => labelText.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

beforeAll(async () => {
  discord = await new FakeDiscord({ heartbeatMs: 300 }).start();
  bot = startProcess(BUILT.main, env());
  await bot.waitForLog((l) => l.msg === 'connected to Discord', 30_000);
  await discord.waitForReady();
  metricsPort = Number((await bot.waitForLog((l) => l.msg === 'metrics listening')).port);
}, 40_000);

afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await discord?.stop();
});

describe('registration', () => {
  it('npm run deploy registers every command in the guild, with autocomplete and ja/fr localisations', async () => {
    const deploy = startProcess(BUILT.deploy, { ...env(), DISCORD_GUILD_ID: GUILD_ID });
    expect(await deploy.exit).toBe(0);
    expect(deploy.output()).toContain(`Registered 9 commands in server ${GUILD_ID}`);
    const all = discord.registered.get(`guild:${GUILD_ID}`)!;
    // Installable by a server and by a user; usable in servers, DMs with the bot and other DMs.
    for (const c of all) expect(c).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
    const menu = all.filter((c) => (c.type as number) === 3);
    expect(menu).toEqual([expect.objectContaining({ name: 'Ask the sources', name_localizations: { ja: '資料に聞く', fr: 'Demander aux sources' } })]);
    const list = all.filter((c) => c.type === 1);
    expect(list.map((c) => c.name).sort()).toEqual(['agreement', 'ask', 'help', 'meeting', 'person', 'quote', 'sources', 'timeline']);
    for (const c of list) {
      expect(Object.keys(c.name_localizations ?? {})).toEqual(['ja', 'fr']);
      expect(Object.keys(c.description_localizations ?? {})).toEqual(['ja', 'fr']);
      expect(c.options?.[0]).toMatchObject({ name: 'query', type: 3, autocomplete: true, name_localizations: { ja: '検索語', fr: 'recherche' } });
    }
    expect(list.find((c) => c.name === 'meeting')!.name_localizations).toEqual({ ja: '会合', fr: 'reunion' });
    expect(discord.violations).toEqual([]);
  });

  it('npm run deploy -- --dry-run prints every registration, the message command included, with no token', async () => {
    const deploy = startProcess(BUILT.deploy, { DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }, ['--dry-run']);
    expect(await deploy.exit).toBe(0);
    const printed = JSON.parse(deploy.output()) as { name: string; type: number; integration_types: number[]; contexts: number[] }[];
    expect(printed).toHaveLength(9);
    expect(printed.find((c) => c.type === 3)).toMatchObject({ name: 'Ask the sources', integration_types: [0, 1], contexts: [0, 1, 2] });
    for (const c of printed) expect(c).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
  });

  it('without a guild id, registers globally', async () => {
    const deploy = startProcess(BUILT.deploy, env());
    expect(await deploy.exit).toBe(0);
    expect(discord.registered.get('global')).toHaveLength(9);
  });
});

describe('commands through the gateway', () => {
  it('identifies with the Guilds intent only', () => {
    expect(discord.identifies[0]).toEqual({ shard: [0, 1], intents: 1 });
  });

  it('/meeting 2018: a public embed within 3,000 characters, its sources numbered in reading order on the next page, no mentions', async () => {
    const userId = '900000000000000776';
    const cb = await discord.command('meeting', { query: '2018' }, { userId }).reply;
    expect(cb.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(cb.data?.flags ?? 0).toBe(0);
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
    const text = textOf(embedsOf(cb.data));
    expect(text.replace(/\n/g, '').length).toBeLessThanOrEqual(3000);
    expect(embedsOf(cb.data)[0]!.title).toBe('Fourth Japan–France two-plus-two');
    expect(text).toContain('Jean-Yves Le Drian — Foreign Minister');
    expect(text).toMatch(/^\*\*4th two-plus-two · 26 January 2018 · Tokyo\*\* \[1\]\[2\]$/m);
    const next = (cb.data!.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    const sources = textOf(embedsOf((await discord.button(next, discord.message(cb.data!), { userId }).reply).data));
    expect(sources).toContain('📰 *Japan and France agree on ACSA framework at fourth two-plus-two talks in Tokyo* — 26 January 2018');
    expect(sources).toContain('**[1]**\n> Japan and France agreed Friday on a framework');
  });

  it('/ask answers the question asked, the passage beneath; what the sources lack is admitted privately', async () => {
    const who = await discord.command('ask', { query: 'who was France’s defence minister in 2015?' }).reply;
    expect(who.data?.flags ?? 0).toBe(0);
    const answer = embedsOf(who.data)[0]!;
    expect(answer.title).toBe('What the sources say');
    expect(answer.description).toMatch(/^🇫🇷 Jean-Yves Le Drian was France’s Defense Minister at the 2015 two-plus-two\.\n> French Defense Minister Jean-Yves Le Drian said/);
    const capital = await discord.command('ask', { query: 'what is the capital of France?' }).reply;
    expect(capital.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(textOf(embedsOf(capital.data))).toContain('They never mention: “capital”.');
    // An everyday word no article uses, in a question the articles answer the rest of: unsure, not "silent".
    const ploy = await discord.command('ask', { query: 'what ploy did the 2018 ministers say North Korea uses against the U.N. sanctions?' }).reply;
    expect(ploy.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(textOf(embedsOf(ploy.data))).toContain('The articles never use the word “ploy”, but may say the same thing in other words.');
    expect(textOf(embedsOf(ploy.data))).toMatch(/Closest, not an answer\n• Affirmed they will maximize pressure on North Korea and work together to thwart the evasion of U.N. sanctions/);
    expect(textOf(embedsOf(ploy.data))).not.toContain('do not cover this question');
    // Asked of as having taken place, where the articles speak of it only as to come.
    const drills = await discord.command('ask', { query: 'how did the exercises with the Vendemiaire go?' }).reply;
    expect(drills.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(textOf(embedsOf(drills.data))).toContain('The articles speak of this only as planned or expected; none of them, up to 26 January 2018, says that it took place.');
    const later = await discord.command('meeting', { query: '2019' }).reply;
    expect(later.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(textOf(embedsOf(later.data))).toContain('The articles mention no two-plus-two in 2019.');
    expect(textOf(embedsOf(later.data))).not.toMatch(/Second Japan–France two-plus-two\n/);
  });

  it('/ask checks a premise about an office at each meeting it names, and a false one answers no', async () => {
    const both = await discord.command('ask', { query: 'Fabius was the French foreign minister at the 2014 and 2018 talks, right?' }).reply;
    const text = textOf(embedsOf(both.data));
    expect(text).toMatch(/^(?:🇫🇷 )?No: at the 2018 two-plus-two, France’s Foreign Minister was Jean-Yves Le Drian, not Laurent Fabius\./m);
    expect(text).not.toMatch(/^(?:🇫🇷 )?Yes\b/m);
    const moved = textOf(embedsOf((await discord.command('ask', { query: 'was Le Drian defence minister at both the 2015 and the 2018 meetings?' }).reply).data));
    expect(moved).toMatch(/^(?:🇫🇷 )?No: at the 2018 two-plus-two, Jean-Yves Le Drian was Foreign Minister\.$/m);
  });

  it('/ask what someone said about an agreement and its negotiations: the quote that speaks of them, not "not quoted on this"', async () => {
    const text = textOf(embedsOf((await discord.command('ask', { query: 'What did Onodera say about the ACSA negotiations starting?' }).reply).data));
    expect(text).not.toMatch(/do not quote/);
    expect(text).toContain('will boost interoperability');
  });

  it('/ask "was he in Tokyo with the French ministers?": the Tokyo meeting places him, not "the articles do not place him"', async () => {
    const text = textOf(embedsOf((await discord.command('ask', { query: 'Was Kishida in Tokyo with the French ministers?' }).reply).data));
    expect(text).not.toMatch(/do not place/);
    expect(text).toMatch(/place Fumio Kishida at the 2nd two-plus-two in Tokyo/);
  });

  it('/ask an office for a person ("Japan\'s top diplomat at the 2018 talks"), then what that person said', async () => {
    // The country qualifying "top diplomat" picks whose; "characterize" is a verb of saying.
    const japan = textOf(embedsOf((await discord.command('ask', { query: "How did Japan's top diplomat at the 2018 talks characterize the Indo-Pacific?" }).reply).data));
    expect(japan).toContain('What Taro Kono said, verbatim');
    expect(japan).toContain("the core of the world's dynamism");
    const france = textOf(embedsOf((await discord.command('ask', { query: "Why did France's top diplomat in 2015 say Japan mattered so much?" }).reply).data));
    expect(france).toContain('Laurent Fabius');
    expect(france).toContain('only Asian country');
  });

  it('/ask two questions in one: the first answered as asked, an office met read as its holder ("called on Japan\'s prime minister")', async () => {
    const answer = embedsOf((await discord.command('ask', { query: "Which French ministers called on Japan's prime minister ahead of the 2018 talks, and where did they see him?" }).reply).data)[0]!.description!;
    // Not the place of the talks ("and where" is the second question), nor who the prime minister was.
    expect(answer).toMatch(/^[^\n]*Le Drian and Parly met Prime Minister Shinzo Abe at his office/);
    expect(answer).not.toMatch(/held in Tokyo|do not name Shinzo Abe|never quoted/);
  });

  it('/ask "which warship trained with the Vendemiaire?": the only ship the articles name is the one asked about, so they do not say', async () => {
    const reply = await discord.command('ask', { query: 'Which Japanese warship exercised with the Vendemiaire?' }).reply;
    expect(reply.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(textOf(embedsOf(reply.data))).toContain('The articles name no warship here other than the Vendemiaire of your question');
  });

  it('/ask "had they ever trained together before?": the passage saying they had, in other drills; an acronym and its spelled-out name are one', async () => {
    const before = embedsOf((await discord.command('ask', { query: "Had the MSDF and France's navy ever held drills together before the Vendemiaire's visit?" }).reply).data)[0]!.description!;
    expect(before).toMatch(/^[^\n]*worked together in multilateral drills before/);
    // "Side by side" is how, not a thing the articles never mention.
    const first = textOf(embedsOf((await discord.command('ask', { query: 'Was the Vendemiaire exercise the first time Japanese and French naval forces trained side by side?' }).reply).data));
    expect(first).not.toMatch(/never mention/);
    expect(first).toContain('worked together in multilateral drills before');
    // The articles write "Maritime Self-Defense Force" once and "MSDF" after: either finds the frigate.
    const spelled = embedsOf((await discord.command('ask', { query: "Which frigate will exercise with Japan's Maritime Self-Defense Force?" }).reply).data)[0]!.description!;
    expect(spelled).toContain('Vendemiaire');
  });

  it('/ask two questions in one keep what the whole answers: "who is she, and when was she in Tokyo?", "what is the ACSA, and when did negotiations start?"', async () => {
    const parly = textOf(embedsOf((await discord.command('ask', { query: 'Who is Parly, and when did she go to Tokyo?' }).reply).data));
    expect(parly).toContain('Minister for the Armed Forces');
    expect(parly).toContain('26 January 2018');
    expect(parly).not.toMatch(/invitation for President Emmanuel Macron/);
    const acsa = textOf(embedsOf((await discord.command('ask', { query: 'What is the ACSA, and when did the negotiations on it start?' }).reply).data));
    expect(acsa).toContain('agreed to start negotiating at the last two-plus-two meeting in January last year');
  });

  it('/ask "what kind of ship is the Vendemiaire?" is answered with what the articles call it; an office\'s words are of the year asked', async () => {
    const ship = await discord.command('ask', { query: 'What kind of ship is the Vendemiaire?' }).reply;
    expect(ship.data?.flags ?? 0).toBe(0);
    expect(textOf(embedsOf(ship.data))).toContain('French frigate Vendemiaire');
    // Le Drian was defence minister in 2015 and foreign minister in 2018: his 2018 words, not his 2015 ones.
    const said = embedsOf((await discord.command('ask', { query: "What did France's foreign minister declare in 2018?" }).reply).data)[0]!.description!;
    expect(said).toContain('As a Pacific country');
    expect(said).not.toContain('make further contributions');
  });

  it('/ask a meeting\'s date shows the words it rests on: the line that prints it, or the phrases its inferred year comes from', async () => {
    const printed = embedsOf((await discord.command('ask', { query: 'On what day did the fourth two-plus-two take place?' }).reply).data)[0]!.description!;
    expect(printed).toContain('date 2018-01-26');
    const inferred = embedsOf((await discord.command('ask', { query: 'In which year did the second two-plus-two take place?' }).reply).data)[0]!.description!;
    expect(inferred).toContain('inferred');
    expect(inferred).toContain('which marks the 70th anniversary of the organization');
  });

  it('/ask a meeting named by what happened there ("the talks at which the pact was signed", "the talks Parly attended")', async () => {
    const french = embedsOf((await discord.command('ask', { query: 'Which French ministers attended the talks at which the defence equipment pact was signed?' }).reply).data)[0]!.description!;
    expect(french).toMatch(/Laurent Fabius/);
    expect(french).toMatch(/Jean-Yves Le Drian/);
    expect(french).not.toMatch(/Parly/);
    // "Came first" asks which was earlier, not about the first meeting.
    const order = embedsOf((await discord.command('ask', { query: 'Which came first, the talks Parly attended or the ones at the Iikura Guest House?' }).reply).data)[0]!.description!;
    expect(order).toMatch(/^First: 2nd two-plus-two, a Friday in 2015, Tokyo; then 4th two-plus-two, 26 January 2018, Tokyo/);
    // The meeting where the ACSA negotiations were agreed is the 2017 one, whose attendees the articles do not name.
    const unnamed = textOf(embedsOf((await discord.command('ask', { query: 'Who was at the meeting where they agreed to start negotiating the ACSA?' }).reply).data));
    expect(unnamed).toContain('do not say who attended the 2017 two-plus-two');
  });

  it('/ask a verb the articles never use, after a plural subject ("both governments flag", "the militaries swap"), is how it was put, not a thing they never mention', async () => {
    const fields = textOf(embedsOf((await discord.command('ask', { query: 'Which fields did both governments flag for joint projects in 2015?' }).reply).data));
    expect(fields).not.toMatch(/never mention/);
    expect(fields).toContain('unmanned systems');
    const swap = textOf(embedsOf((await discord.command('ask', { query: 'What did the 2018 framework let the two militaries swap?' }).reply).data));
    expect(swap).not.toMatch(/never mention/);
    expect(swap).toContain('share defense supplies');
  });

  it('/ask two questions one after the other ("…? Was a disease or a conflict named?"): the first is answered, not the pair read as one', async () => {
    const reply = await discord.command('ask', { query: 'Apart from terrorism, which other world issues did the 2015 talks take up? Was a disease or a conflict named?' }).reply;
    // Answered, not an unsure miss with them among what is closest.
    expect(reply.data?.flags ?? 0).toBe(0);
    const answer = embedsOf(reply.data)[0]!.description!;
    expect(answer).toContain('Ebola');
    expect(answer).toContain('Ukraine');
  });

  it('/ask second reader, round two: a clause-named meeting keeps the question\'s own question word; "the meeting that came first" is the first; "the pact" alone is the one pact', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    // "Attended" in the clause does not make it "who attended".
    expect(await ask('What was signed at the talks Fabius attended?')).toMatch(/^[^\n]*Signed a pact on defense equipment transfers/);
    expect(await ask('Did Onodera attend the meeting where the equipment transfer pact was signed?')).toMatch(/do not name Itsunori Onodera among those at the 2015 two-plus-two/);
    // Talks someone explained are no meeting.
    expect(await ask('What were the talks that Nakatani explained about?')).toContain('security legislation');
    expect(await ask('When was the meeting that came first?')).toContain('January 2014');
    expect(await ask('Who was French foreign minister at the meeting where the pact was signed?')).toMatch(/^[^\n]*Laurent Fabius was France’s Foreign Minister at the 2015 two-plus-two/);
    expect(await ask('Was the pact signed before the ACSA framework was agreed?')).toMatch(/^First: Pact on defense equipment and technology transfers/);
  });

  it('/ask in Japanese reads content words through the glossary: "懸念" is "concern", as in Parly\'s words', async () => {
    const answer = embedsOf((await discord.command('ask', { query: 'パルリ氏はアジアでのどんな懸念を挙げた？' }).reply).data)[0]!.description!;
    expect(answer).toContain('Our three concerns in Asia');
    // The lexicon's other words for a gloss ("warship": the frigate): not "never mention".
    expect(textOf(embedsOf((await discord.command('ask', { query: 'フランスの軍艦はいつ日本に来る？' }).reply).data))).not.toMatch(/never mention/);
    // A country the articles never name is what the question is about: not the Japan–France drills.
    const other = embedsOf((await discord.command('ask', { query: 'オーストラリアとの合同演習はいつ？' }).reply).data)[0]!.description!;
    expect(other).toMatch(/never mention: “オーストラリア”/);
  });

  it('/ask someone at a meeting they did not attend: who held their office there; a plan asked: its planned date, not the day it was agreed', async () => {
    const absent = embedsOf((await discord.command('ask', { query: 'Did Kishida come to the 2018 talks?' }).reply).data)[0]!.description!;
    expect(absent).toContain('do not name Fumio Kishida among those at the 2018 two-plus-two');
    expect(absent).toContain('Taro Kono was Japan’s Foreign Minister at the 2018 two-plus-two');
    const planned = embedsOf((await discord.command('ask', { query: 'What month were the drills with the Vendemiaire planned for?' }).reply).data)[0]!.description!;
    expect(planned).toMatch(/^[^\n]*February 2018/);
  });

  it('/ask "finalement", "結局" ask past the sources; "worth" asks a figure: admitted, not answered with what the articles say of the plan', async () => {
    const later = await discord.command('ask', { query: 'Macron est-il finalement venu au Japon ?' }).reply;
    expect(embedsOf(later.data)[0]!.description!).toMatch(/^The sources stop on 26 January 2018/);
    const law = await discord.command('ask', { query: '安保法制は結局成立した？' }).reply;
    expect(embedsOf(law.data)[0]!.description!).toMatch(/^The sources stop on 26 January 2018/);
    const worth = await discord.command('ask', { query: 'What was the equipment pact worth?' }).reply;
    expect(worth.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(embedsOf(worth.data)[0]!.description!).toContain('The articles give no figure for this');
  });

  it('/ask "since when was he foreign minister?": the articles give no start, only the first day they name him in it', async () => {
    const since = embedsOf((await discord.command('ask', { query: 'Since when was Le Drian foreign minister?' }).reply).data)[0]!.description!;
    expect(since).toContain('The articles first name Jean-Yves Le Drian as France’s Foreign Minister on 26 January 2018; they do not say when Jean-Yves Le Drian took office.');
  });

  it('/ask a reaction asked in Japanese is one only a passage of reaction answers; choices in brackets prompt, and "in the series" asks the number', async () => {
    const reaction = await discord.command('ask', { query: '中国政府は2018年の会談にどう反応しましたか？' }).reply;
    expect(reaction.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(embedsOf(reaction.data)[0]!.description!).toContain('The articles report no reaction from “中国”');
    const number = embedsOf((await discord.command('ask', { query: 'Which meeting in the series was held at the Iikura Guest House (first, second, third?)' }).reply).data)[0]!.description!;
    expect(number).toContain('2nd two-plus-two, a Friday in 2015, Tokyo');
    expect(number).not.toMatch(/1st|3rd/);
  });

  it('/ask a wrong premise of signing: what was signed at the meeting named shows its passage right beneath, before the other agreement\'s steps', async () => {
    const answer = embedsOf((await discord.command('ask', { query: 'They signed the ACSA at the Iikura talks, right?' }).reply).data)[0]!.description!;
    const lines = answer.split('\n');
    const signedThere = lines.findIndex((l) => l.startsWith('What was signed at the 2015 two-plus-two'));
    expect(signedThere).toBeGreaterThan(0);
    expect(lines[signedThere + 1]).toContain('Japan and France signed a pact on defense equipment transfers');
    // Shown once: not again among the ACSA's steps.
    expect(answer.split('signed a pact on defense equipment transfers').length - 1).toBe(1);
  });

  it('/ask meetings counted within a time ("before 2016", "by 2018", "as of January 2017") count only those; "2+2s" are two-plus-twos; a venue names its meeting', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('How many two-plus-two meetings were held before 2016?')).toMatch(/^The articles mention 2 two-plus-two meetings before 2016: 1st two-plus-two[^\n]*2nd two-plus-two/);
    expect(await ask('How many 2+2s had taken place by 2017?')).toMatch(/^The articles mention 3 two-plus-two meetings up to 2017:/);
    expect(await ask('how many 2+2 meetings as of January 2017?')).toMatch(/^The articles mention 3 two-plus-two meetings up to January 2017:/);
    // Second reader: "since", "after", "between", a month the 2015 meeting has none of, and a bound not read.
    expect(await ask('How many two-plus-two meetings have been held since 2015?')).toMatch(/^The articles mention 3 two-plus-two meetings since 2015:/);
    expect(await ask('How many 2+2 meetings were there after 2015?')).toMatch(/^The articles mention 2 two-plus-two meetings after 2015:/);
    expect(await ask('How many two-plus-two meetings were there between 2014 and 2018?')).toMatch(/^The articles mention 4 two-plus-two meetings from 2014 to 2018:/);
    const march = await ask('How many 2+2 meetings had been held as of March 2015?');
    expect(march).toMatch(/^The articles mention one two-plus-two meeting up to March 2015: 1st two-plus-two/);
    expect(march).toContain('The 2nd two-plus-two is dated only as “a Friday in 2015”: the articles do not say whether it falls within that time.');
    expect(await ask('How many 2+2 meetings were held in the three years before 2018?')).not.toMatch(/^The articles mention/);
    expect(await ask('2017年までに何回の2+2が開かれましたか？')).toMatch(/^The articles mention 3 two-plus-two meetings up to 2017:/);
    expect(await ask('2015年から2017年までに2+2は何回ありましたか？')).toMatch(/^The articles mention 2 two-plus-two meetings from 2015 to 2017:/);
    expect(await ask('2016年以降に2+2は何回開かれましたか？')).toMatch(/^The articles mention 2 two-plus-two meetings since 2016:/);
    const month = await ask('How many 2+2 meetings were held in March 2015?');
    expect(month).toMatch(/^The articles date no two-plus-two meeting in March 2015 for certain\./);
    expect(month).toContain('dated only as “a Friday in 2015”');
    // Something else counted is not the meetings ("how many dead", "combien de morts").
    for (const query of ['Combien de morts lors des attentats en France ?', 'How many casualties were there in Paris?']) expect(await ask(query), query).not.toMatch(/two-plus-two meetings/);
    // "Doesn't" is grammar, not a word the articles lack; Iikura names the one meeting held there.
    expect(await ask('The report doesn\'t give the day - which year were the Iikura talks?')).toMatch(/^The 2nd two-plus-two was held on a Friday in 2015/);
    expect(await ask('How long was it from the Iikura talks to the 2018 ones?')).toMatch(/^3 years apart by the calendar/);
  });

  it('/ask a title beside a name ("Prime Minister Abe", "安倍首相") says who is meant: attendance is answered, never "yes, he was prime minister"', async () => {
    for (const query of ['Did Prime Minister Abe attend the 2018 two-plus-two?', '安倍首相は2018年の2+2に出席しましたか？']) {
      const answer = embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
      expect(answer, query).toMatch(/^(?:\S+ )?The articles do not name Shinzo Abe among those at the 2018 two-plus-two\.$/m);
      expect(answer, query).toContain('They report Shinzo Abe beside it:');
      expect(answer, query).not.toMatch(/Yes|place them elsewhere: Prime Minister at the 2018/);
    }
    // Someone the articles do not place at the meeting held an office at its time, not "at" it.
    expect(embedsOf((await discord.command('ask', { query: 'Was Abe prime minister at the time of the 2018 talks?' }).reply).data)[0]!.description!).toMatch(/^(?:\S+ )?Yes: Shinzo Abe was Prime Minister at the time of the 2018 two-plus-two\./);
    // An office asked after the name is still asked; a title of someone who was there still answers yes, or corrects.
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Was Kono foreign minister in 2018?')).toMatch(/Yes/);
    expect(await ask('Did Foreign Minister Kono attend the 2018 talks?')).toMatch(/^(?:\S+ )?Yes: Taro Kono was at the 2018 two-plus-two, as Foreign Minister/);
    expect(await ask('Did Foreign Minister Le Drian attend the 2015 meeting?')).toMatch(/^(?:\S+ )?Yes: Jean-Yves Le Drian was at the 2015 two-plus-two, as Defense Minister/);
    // A title before a name of someone at none of the talks: never "yes, he was president at them".
    for (const query of ['Was President Macron at the 2018 talks?', 'Le président Macron a-t-il assisté à la réunion de 2018 ?']) expect(await ask(query), query).toMatch(/^(?:\S+ )?The articles do not name Emmanuel Macron among those at the 2018 two-plus-two/);
    expect(await ask('What did Foreign Minister Le Drian say in 2018?')).toMatch(/^What Jean-Yves Le Drian said, verbatim:/);
  });

  it('/ask someone met beside a meeting, not at it, is placed there: never "the articles do not place him at any meeting"', async () => {
    const where = embedsOf((await discord.command('ask', { query: 'Where was Abe in 2018?' }).reply).data)[0]!.description!;
    expect(where).not.toMatch(/do not place Shinzo Abe at any meeting/);
    expect(where).toMatch(/^The articles do not name Shinzo Abe among those at the 2018 two-plus-two itself, but place them in Tokyo at the time:/);
    expect(where).toContain('Le Drian and Parly met Prime Minister Shinzo Abe at his office');
  });

  it('/ask two offices asked name both holders, at each meeting asked, each with a passage on the first page', async () => {
    const one = embedsOf((await discord.command('ask', { query: 'who were japan\'s foreign and defence ministers in 2015?' }).reply).data)[0]!.description!;
    expect(one).toContain('Gen Nakatani was Japan’s Defense Minister at the 2015 two-plus-two');
    expect(one).toContain('Fumio Kishida was Japan’s Foreign Minister at the 2015 two-plus-two');
    const both = embedsOf((await discord.command('ask', { query: 'Side by side, 2015 against 2018: who held Japan\'s foreign and defence portfolios?' }).reply).data)[0]!.description!;
    for (const name of ['Gen Nakatani', 'Fumio Kishida', 'Itsunori Onodera', 'Taro Kono']) expect(both).toContain(`${name} was Japan’s`);
    expect(both).toContain('Japanese Foreign Minister Taro Kono said');
  });

  it('/ask in Japanese: a yes-or-no ending corrects a wrong premise, and a second question after "？" that names only an office is asked of the first one\'s meeting', async () => {
    const answer = embedsOf((await discord.command('ask', { query: '2015年の会合で、フランスの外相はル・ドリアンさんでしたか？国防相は？' }).reply).data)[0]!.description!;
    expect(answer).toMatch(/^(?:\S+ )?No: at the 2015 two-plus-two, Jean-Yves Le Drian was Defense Minister\./);
    expect(answer).toContain('Laurent Fabius was France’s Foreign Minister at the 2015 two-plus-two');
    // "国防相" alone is the defence minister, asked of the first question's meeting and country.
    const second = embedsOf((await discord.command('ask', { query: '2018年の会合で、日本の外相は岸田さんだった？防衛相は？' }).reply).data)[0]!.description!;
    expect(second).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Japan’s Foreign Minister was Taro Kono, not Fumio Kishida\./);
    expect(second).toContain('Itsunori Onodera was Japan’s Defense Minister at the 2018 two-plus-two');
    // "2018年1月": the month of the year before it, not a word to find.
    const month = embedsOf((await discord.command('ask', { query: '2018年1月の会合で、日本の外務大臣と防衛大臣は誰でしたか？' }).reply).data)[0]!.description!;
    expect(month).toContain('Taro Kono was Japan’s Foreign Minister at the 2018 two-plus-two');
    expect(month).toContain('Itsunori Onodera was Japan’s Defense Minister at the 2018 two-plus-two');
    // A place asked yes or no of a meeting is where it was held.
    expect(embedsOf((await discord.command('ask', { query: '2015年の会合はパリでしたか？' }).reply).data)[0]!.description!).toMatch(/^No: the 2nd two-plus-two was held in Tokyo/);
  });

  it('/ask in French: an accented capital ("Où") and "se" make a question French; a French verb of saying ("a déclaré", "a affirmé") asks what was said', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Où se trouvait Abe en 2018 ?')).toContain('They report Shinzo Abe beside it:');
    expect(await ask('Qu’a déclaré Le Drian en 2015 ?')).toMatch(/^What Jean-Yves Le Drian said, verbatim:/);
    expect(await ask('Qu’a affirmé Kishida après la réunion de 2015 ?')).toMatch(/^What Fumio Kishida said, verbatim:/);
  });

  it('/ask a series\' beginning ("when did the 2+2 meetings start?", "where did it all kick off?") is its first meeting; talks on a pact begin otherwise', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('When did the two-plus-two meetings begin?')).toMatch(/^The 1st two-plus-two was held in January 2014/);
    expect(await ask('Where did the whole 2+2 thing kick off?')).toMatch(/^The 1st two-plus-two was held in Paris/);
    expect(await ask('When did the talks on the ACSA start?')).not.toMatch(/1st two-plus-two/);
  });

  it('/ask an office word that qualifies a thing in another clause asks no office: "the foreign minister when the defence equipment pact…" is the foreign minister', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const answer = await ask("Who was Japan's foreign minister when the defence equipment pact got inked?");
    expect(answer).toMatch(/^(?:\S+ )?Fumio Kishida was Japan’s Foreign Minister at the 2015 two-plus-two/);
    expect(answer).not.toContain('Defense Minister at the 2015');
    expect(await ask('who was the minister of defence in 2015?')).toContain('Gen Nakatani was Japan’s Defense Minister at the 2015 two-plus-two');
  });

  it('/ask a second question that points back ("…, and what did he say?") is asked of whom the first part\'s answer names', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const summed = await ask("Who was Japan's foreign minister when the defence equipment pact got inked, and how did he sum the meeting up?");
    expect(summed).toMatch(/^(?:\S+ )?Fumio Kishida was Japan’s Foreign Minister at the 2015 two-plus-two/);
    expect(summed).toContain('What Fumio Kishida said, verbatim:');
    expect(summed).toContain('We were able to further step up bilateral security and defense cooperation');
    // The person described first ("the guy who…") is whom "his" stands for.
    const job = await ask("The guy who was France's defence minister at the Iikura meeting — what was his job by the 2018 talks?");
    expect(job).toMatch(/^(?:\S+ )?Jean-Yves Le Drian was France’s Defense Minister at the 2015 two-plus-two/);
    expect(job).toContain('Jean-Yves Le Drian was at the 2018 two-plus-two, as Foreign Minister');
    // Asked what, not whether: stated, not confirmed with a "Yes".
    expect(job).not.toContain('Yes:');
    // A second part at another time ("his previous job") is not asked of the first part's meeting.
    const previous = await ask('Who was the French foreign minister in 2018, and what was his previous job?');
    expect(previous).toContain('Defense Minister at the 2015 two-plus-two');
    expect(previous).not.toContain('Yes:');
  });

  it('/ask in Japanese: a title the lexicon gives after a name ("中谷防衛相") says who is meant; "説明" asks what was said; "日本人2人の名前" asks names the articles do not give', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const explained = await ask('2015年の会合で中谷防衛相はフランス側に何を説明したの？');
    expect(explained).toContain('the ongoing talks on security legislation');
    expect(explained).not.toMatch(/Le Drian was France|Yes: Gen Nakatani/);
    expect(await ask('中谷防衛相は何と言った？')).not.toContain('Defense Minister at the 2015 two-plus-two');
    expect(await ask('2015年の防衛相は誰でしたか？')).toContain('Gen Nakatani was Japan’s Defense Minister at the 2015 two-plus-two');
    for (const query of ['シリアで殺害された日本人2人の名前は？', 'what were the names of the two Japanese killed in Syria?']) expect(await ask(query), query).toMatch(/^(?:\S+ )?The articles name no one for this/);
  });

  it('/ask words quoted back from a quote pick that quote; a prefix typed apart ("anti-terror") never blocks the answer', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const line = await ask("what did kono mean w/ the 'international public good' line?");
    expect(line).toMatch(/^What Taro Kono said, verbatim:/);
    expect(line).toContain('free and open international public good');
    expect(await ask("Who said he was 'glad' Japan would have a bigger presence in the world?")).toMatch(/^(?:\S+ )?Jean-Yves Le Drian said it/);
    // Quoted words no quote holds pick nothing; a quoted name is still what it names.
    expect(await ask("Did Kono call it a 'military alliance'?")).not.toMatch(/^What Taro Kono said, verbatim:/);
    expect(await ask('What is the "ACSA"?')).toMatch(/^Acquisition and Cross-Servicing Agreement \(ACSA\): Framework agreed/);
    expect(await ask('Who attended the "fourth" two-plus-two?')).toContain('Florence Parly (Minister for the Armed Forces)');
    expect(await ask('Who said "North Korea"?')).not.toMatch(/What\s+said/);
    const terror = await ask("what anti-terror cooperation did Kishida say they'd work on in 2015?");
    expect(terror).toContain('preventive steps against violent extremism and measures against funding terrorists');
  });

  it('/ask "when did they first…" is the earliest time, never a word to find; two reports that date one step differently are both given, and said to differ', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const discussed = await ask('when was the ACSA first discussed?');
    expect(discussed).not.toMatch(/could not find|do not cover/);
    expect(discussed).toContain('The four ministers also agreed to begin talks on an acquisition and cross-servicing agreement');
    const start = await ask('When did Tokyo and Paris first agree to start talking about an ACSA?');
    expect(start).toMatch(/^The reports differ on when this happened/);
    expect(start).toContain('a Friday in 2015');
    expect(start).toContain('January 2017 (inferred)');
    // "The first bilateral drills" names a thing: the answer is the drills' own steps.
    expect(await ask('When will the first bilateral drills take place?')).not.toMatch(/^The reports differ/);
  });

  it('/ask a thing named before the question ("The frigate that… — where is it based?") is what its pronoun stands for', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const based = await ask("The frigate that's going to drill with the MSDF — where is it based?");
    expect(based).toContain('based in New Caledonia');
    expect(await ask('The 2018 talks: who attended them?')).toContain('Florence Parly (Minister for the Armed Forces)');
  });

  it('/ask an office asked at the time of a step ("the foreign minister when the framework was agreed") is its holder at that step\'s meeting only', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const framework = await ask('Who was the Japanese foreign minister when the ACSA framework was agreed?');
    expect(framework).toMatch(/^(?:\S+ )?Taro Kono was Japan’s Foreign Minister at the 2018 two-plus-two/);
    expect(framework).not.toContain('Fumio Kishida was');
    const pact = await ask('Who was the foreign minister when the defence pact was signed?');
    expect(pact).toContain('Fumio Kishida was Japan’s Foreign Minister at the 2015 two-plus-two');
    expect(pact).not.toMatch(/Taro Kono was|Jean-Yves Le Drian was France’s Foreign Minister/);
  });

  it('/ask "when did she attend the talks?" is the meetings the articles place her at; "first attend a two-plus-two" is no question about the first meeting', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('when did Kono attend the talks?')).toMatch(/^(?:\S+ )?The articles place Taro Kono at the 4th two-plus-two in Tokyo on 26 January 2018 \(as Foreign Minister\)/);
    const first = await ask('When did Le Drian first attend a two-plus-two?');
    expect(first).toMatch(/^(?:\S+ )?The articles place Jean-Yves Le Drian at the 2nd two-plus-two in Tokyo on a Friday in 2015 \(as Defense Minister\)\./);
    expect(first).not.toContain('1st two-plus-two');
    // Earlier meetings whose attendees the articles do not name are said to be unknown, not passed over.
    expect(first).toContain('The articles name no one at the 2014 two-plus-two, held before it');
    expect(await ask('when was the first two-plus-two?')).toMatch(/^The 1st two-plus-two was held in January 2014/);
    expect(await ask('Quand Le Drian a-t-il participé au 2+2 ?')).toMatch(/^(?:\S+ )?The articles place Jean-Yves Le Drian at the 2nd two-plus-two/);
    // The month asked of a meeting dated to its month is answered, not "not the day".
    expect(await ask('2014年の会合は何月でしたか？')).toMatch(/^The 1st two-plus-two was held in January 2014/);
  });

  it('/ask who stands where in a photo is read from its caption\'s marks ("(L)", "(2-R)", "(C)"), quoted beneath', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const left = await ask("in the photo from the Abe meeting who's on the far left?");
    expect(left).toMatch(/^In the photo, as its caption marks them: Florence Parly on the left\.$/m);
    expect(left).toContain('Florence Parly (L)');
    expect(left).not.toMatch(/never use/);
    expect(await ask('Who is second from right in the picture?')).toMatch(/^In the photo, as its caption marks them: Taro Kono second from the right\./);
    expect(await ask('In the photo from the 2018 meeting, who is standing where?')).toContain('Florence Parly on the left; Jean-Yves Le Drian second from the left; Shinzo Abe in the centre; Taro Kono second from the right; Itsunori Onodera on the right');
    // No photo asked, a place beside someone, or a photo of another year: no caption reading.
    expect(await ask('Who was on the left of Abe at the meeting?')).not.toMatch(/^In the photo/);
    for (const query of ['What image does France want to project in the Indo-Pacific?', 'Who is right next to Abe in the photo?', 'Who is second from the left in the photo from 2015?']) expect(await ask(query), query).not.toMatch(/^In the photo/);
  });

  it('/ask "où et quand", "quand et où" ask the date with the place; "right?" and "right before" are no topic', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    for (const query of ["Où et quand s'est tenue la toute première réunion 2+2 franco-japonaise ?", "c'était quand et où la toute première réunion 2+2 franco-japonaise ?"]) {
      const answer = await ask(query);
      expect(answer, query).toContain('The 1st two-plus-two was held in January 2014');
      expect(answer, query).toContain('The 1st two-plus-two was held in Paris');
    }
    expect(await ask('Où était Le Drian quand le pacte a été signé ?')).not.toMatch(/^The 1st two-plus-two/);
    const third = await ask('When did the third Japan-France 2+2 (the one right before the Tokyo 2018 meeting) happen?');
    expect(third).toContain('3rd two-plus-two, January 2017 (inferred)');
    expect(await ask('the 2018 one was the 3rd 2+2 right? when was the one before it')).toContain('3rd two-plus-two, January 2017 (inferred)');
  });

  it('/ask a year typed onto a name ("ジャポニスム2018") is part of the name; a glossed name the lexicon says otherwise is what the question is about', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    for (const query of ['ジャポニスム2018って何月から始まる予定だった？', '「ジャポニスム2018」はいつから始まる予定でしたか？']) {
      const answer = await ask(query);
      expect(answer, query).toContain('a series of Japanese cultural events starting in July');
      expect(answer, query).not.toMatch(/^The 4th two-plus-two was held/);
    }
  });

  it('/ask whom the ministers met beside a meeting ("before the talks", "reçus par") is its side event; someone met at neither meeting was not met there', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    for (const query of ['Who did the French ministers meet before the 2018 talks and what did they agree on?', 'Avant les discussions de 2018, quels ministres français ont été reçus par Shinzo Abe ?', 'before the 2+2 in 2018 who did Le Drian and Parly go see?']) {
      const answer = await ask(query);
      expect(answer, query).toContain('Le Drian and Parly met Prime Minister Shinzo Abe at his office');
      expect(answer, query).not.toMatch(/^At the 2018 two-plus-two: Jean-Yves Le Drian/);
    }
    // At the talks themselves: the others there, as before.
    expect(await ask('Who did Le Drian meet in 2018?')).toContain('Taro Kono');
    // Visiting a country is no meeting with someone.
    expect(await ask('Will Macron visit Japan in 2018?')).toContain('an invitation for President Emmanuel Macron to visit Japan');
    expect(await ask('Did Abe visit France in 2018?')).not.toContain('Le Drian and Parly met Prime Minister Shinzo Abe');
    const y2015 = await ask('2015年の会合のとき、フランスの大臣たちは安倍首相と会いましたか？');
    expect(y2015).not.toMatch(/^• \*\*26 January 2018/);
    expect(y2015).toMatch(/^I could not find an answer to this in the sources/);
  });

  it('/ask a French claim with a closing tag ("…, c\'est ça ?") asks whether, and a wrong place in it is corrected', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("le 2+2 franco-japonais de 2015 s'est tenu à Paris, c'est ça ?")).toMatch(/^No: the 2nd two-plus-two was held in Tokyo/);
    expect(await ask("la réunion de 2015 a eu lieu à Paris, pas vrai ?")).toMatch(/^No: the 2nd two-plus-two was held in Tokyo/);
  });

  it('/ask "what date" of a meeting the articles date only by weekday and year gives that, and says it is all they give', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const iikura = await ask('what date was the 2+2 at iikura guest house?');
    expect(iikura).toMatch(/^The 2nd two-plus-two was held on a Friday in 2015\./);
    expect(iikura).toContain('The articles give the 2015 two-plus-two only as a Friday in 2015, not the day.');
    expect(await ask('what date was the 2018 meeting?')).not.toContain('not the day');
  });

  it('/ask of one month is not answered by passages that put what they report in another ("the November attacks": the articles report January\'s)', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const november = await ask('How many people died in the November 2015 attacks in Paris?');
    expect(november).toMatch(/^I could not find an answer to this in the sources/);
    expect(november).not.toMatch(/^• .*17 people dead/m);
    expect(await ask('How many people died in the January 2015 attacks in France?')).toContain('left 17 people dead');
  });

  it('/ask "which came first, and how far apart?" gives the order and the years between them', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const apart = await ask('Which came first, the defense equipment transfer pact or the ACSA framework deal, and roughly how far apart?');
    expect(apart).toMatch(/^First: Pact on defense equipment and technology transfers/);
    expect(apart).toContain('By the calendar, 3 years apart (2015 and 2018).');
    expect(await ask('Which came first, the defense equipment transfer pact or the ACSA framework deal?')).not.toContain('years apart');
  });

  it('/ask in French: a preposition ("parmi", "selon") is grammar, never a misspelt name the sources lack', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const among = await ask("Qu'a dit Fabius sur le Japon parmi les pays d'Asie ?");
    expect(among).not.toMatch(/do not quote|say nothing that answers/);
    expect(among).toContain('the only Asian country');
  });

  it('/ask "which city" or "what venue" asks where: the place asked for is the answer, never a word the sources lack', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('which city hosted the 2015 talks?')).toMatch(/^The 2nd two-plus-two was held in Tokyo/);
    expect(await ask('what venue was the 2018 meeting at')).toMatch(/^The 4th two-plus-two was held in Tokyo/);
  });

  it('/ask where, when or on what day "the two meetings" or "each time" were held lists each reported meeting with its date and place', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const each = /^2nd two-plus-two, a Friday in 2015, Iikura Guest House \(Japanese Foreign Ministry\), Tokyo; 4th two-plus-two, (?:Friday )?26 January 2018, Tokyo\./;
    expect(await ask('where were both meetings held?')).toMatch(each);
    expect(await ask('in which city did the ministers meet each time?')).toMatch(each);
    expect(await ask('which weekday fell the two meetings on?')).toMatch(/^2nd two-plus-two, a Friday in 2015, Iikura Guest House \(Japanese Foreign Ministry\), Tokyo; 4th two-plus-two, Friday 26 January 2018, Tokyo\./);
  });

  it('/ask of an agreement by a name only one of its passages says (an alias for a group) shows that passage', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('G4 nations, pls')).toMatch(/^• Japan is pushing for reform as a member of the Group of Four with Germany, Brazil and India\./m);
    expect(await ask('ACSA')).toMatch(/^• Mutual provision of supplies/m);
  });

  it('/ask of "the day after" a meeting gives what the articles date on that day, and says so where they date the meeting by year only', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const after = await ask('what was on the agenda the following day, after the 4th 2+2?');
    expect(after).toMatch(/^• \*\*27 January 2018\b.*separate meetings on Saturday/m);
    expect(after).not.toMatch(/^• .*framework/m);
    expect(await ask('what happened the day after the 2015 meeting?')).toMatch(/^The articles give the 2015 two-plus-two only as a Friday in 2015, not the day\./);
  });

  it('/ask whether someone held one office "at both meetings" gives the office they held at each', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did Le Drian serve as defence minister at both meetings?')).toContain('Defense Minister at the 2015 two-plus-two, Foreign Minister at the 2018 two-plus-two');
  });

  it('/ask of an agreement and someone gives what the articles say of both, in the year asked, before its status', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const soon = await ask('Le Drian and the ACSA, 2015?');
    expect(soon).toMatch(/^• At the second two-plus-two, Le Drian said he expected the ACSA framework to be concluded quickly\./m);
    expect(soon).not.toContain('Status:');
  });

  it('/ask for an agreement\'s history or timeline gives its steps, the latest first', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const history = await ask('give me the chronology of the ACSA');
    expect(history).toMatch(/^The latest step the articles report for Acquisition and Cross-Servicing Agreement \(ACSA\): Japan and France agreed on a framework for the ACSA\./);
    expect(history).toMatch(/January 2017[\s\S]*a Friday in 2015/);
  });

  it('/ask whether something had been done before (a year) is answered by a passage saying it was done before, in a report of that year', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const drills = /^• (?:\*\*[^*]+\*\* )?.*have worked together in multilateral drills before/m;
    expect(await ask('had the Japanese and French forces drilled together before?')).toMatch(drills);
    expect(await ask('had the MSDF never exercised with the French navy before 2018?')).toMatch(drills);
  });

  it('/ask where a photo was taken answers from its caption, and with who stands where when both are asked', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const where = await ask('where was the photo from the 2018 talks taken?');
    expect(where).toMatch(/^Its caption places it at the Prime Minister's official residence in Tokyo\./);
    expect(where).not.toContain('as its caption marks them');
    const both = await ask('who stands on the right in the 2018 photo, and where was the picture taken?');
    expect(both).toContain('Itsunori Onodera on the right');
    expect(both).toContain("Its caption places it at the Prime Minister's official residence in Tokyo.");
    // Where someone stands in it is their place in the photo, not where it was taken.
    const kono = await ask('where is Kono standing in the photo?');
    expect(kono).toMatch(/^In the photo, as its caption marks them: Taro Kono second from the right\./);
    expect(kono).not.toContain('official residence in Tokyo.');
    // Asked only where, of no one: where it was taken.
    expect(await ask('Where is the photo from?')).toMatch(/^Its caption places it at the Prime Minister's official residence in Tokyo\./);
  });

  it('/ask what someone said "at each meeting" gives a quote from every meeting they are quoted at, not only those using the question\'s words', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const each = await ask("what did Le Drian say about Japan's bigger presence at each meeting?");
    expect(each).toContain('its presence will be bigger');
    expect(each).toContain('a greater presence and more responsibility');
  });

  it('/ask yes or no of every meeting (the same weekday, one venue) says yes or no for each, with each meeting\'s day and venue', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('did both meetings fall on the same weekday?')).toMatch(/^Yes: each was held on a Friday\.\n2nd two-plus-two, a Friday in 2015, Iikura Guest House/);
    expect(await ask('were both meetings held on a Tuesday?')).toMatch(/^No: none was held on a Tuesday\./);
    expect(await ask('did the two meetings both take place at Iikura Guest House?')).toMatch(/^Not that the articles say: they place only the 2nd two-plus-two there\./);
    expect(await ask('were both meetings held in Paris?')).toMatch(/^No: the articles place none of them there\./);
  });

  it('/ask reads country codes and "min" as people type them: "FR defence min in 2015?"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('FR defence min in 2015?')).toMatch(/^\S+ Jean-Yves Le Drian was France’s Defense Minister at the 2015 two-plus-two\./);
    expect(await ask('JP-FR 2+2 2018: what happened to the ACSA?')).toMatch(/^Acquisition and Cross-Servicing Agreement \(ACSA\): Framework agreed/);
  });

  it('/ask with an everyday word for a thing the articles never use, beside what they do name, is an unsure miss, not "not covered"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const reply = embedsOf((await discord.command('ask', { query: 'what is the Vendemiaire\'s home port?' }).reply).data)[0]!;
    expect(reply.description).toMatch(/^I could not find an answer to this in the sources/);
    expect(reply.description).toContain('The articles never use the words “home”, “port”');
    expect(JSON.stringify(reply.fields)).toContain('based in New Caledonia');
    // Or one that only says which kind of a thing they speak of ("island" of "disputes").
    expect(await ask('what did the ministers say about the island disputes in Asia?')).toMatch(/^I could not find an answer to this in the sources[\s\S]*never use the word “island”/);
    // A name or a code they never use stays a sure "not covered", and so does the thing asked for.
    expect(await ask('did the ACSA cover the F-35?')).toMatch(/^The articles do not cover this question/);
    expect(await ask('any nuclear submarines deal?')).toMatch(/^The articles do not cover this question/);
  });

  it('/ask reads a bare verb after "come" or "go" as a verb ("come train with"), not a thing the articles never mention', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('which French frigate was going to come train with the MSDF?')).toMatch(/^• .*French frigate Vendemiaire/m);
  });

  it('/ask of a date something "was to be held" on asks of a plan, not whether it happened', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('on what day were the separate meetings of the minister pairs to be held, after the 2018 talks?')).toMatch(/^• \*\*27 January 2018\b/m);
  });

  it('/ask whether someone named was one of a meeting\'s participants answers whether, not their office', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const abe = await ask('Was Abe among the attendees of the 4th two-plus-two?');
    expect(abe).toMatch(/^\S+ The articles do not name Shinzo Abe among those at the 2018 two-plus-two\./);
    expect(abe).toContain('Ahead of the two-plus-two talks, Le Drian and Parly met Prime Minister Shinzo Abe at his office.');
    // What they report of him beside it, in our words too.
    expect(abe).toMatch(/^• Ahead of the talks, Le Drian and Parly met Prime Minister Shinzo Abe at his office/m);
  });

  it('/ask a claim whose everyday words the articles never use is answered no by a passage denying what it names', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const culprit = await ask('the joint statement in 2018 called China the aggressor, correct?');
    expect(culprit).toMatch(/^Not as the question puts it: the article says “not mentioning China by name”\./);
    expect(culprit).toContain('While not mentioning China by name');
  });

  it('/ask what an office\'s holder said, no time named, is whichever of its holders the articles quote on it', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("what did Japan's foreign minister say about the Indo-Pacific?")).toMatch(/^What Taro Kono said, verbatim:/);
    // Held by two who are both quoted: what each said while in it.
    const both = await ask('What did the French foreign minister say?');
    expect(both).toMatch(/^What each of them said, as the articles give it: Laurent Fabius, Jean-Yves Le Drian\./);
    expect(both).not.toContain('I’m glad that Japan will make further contributions');
    // Only what they said while in that office: Le Drian spoke of the ACSA as defence minister.
    expect(await ask('What did the French foreign minister say about the ACSA?')).not.toContain('Le Drian also said he expects the ACSA framework');
  });

  it('/ask drops courtesy titles before a name ("M. Le Drian", "Mr Kono"): they are never a word to find', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("Qu'a dit M. Le Drian sur le Japon en 2018 ?")).toMatch(/^What Jean-Yves Le Drian said, verbatim:/);
  });

  it('/ask reads a body typed with its capital ("the Diet", "la Diète") as its name, which the articles never mention', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('When did the Diet pass the security legislation Nakatani explained?')).toMatch(/^The articles do not cover this question\.\nThey never mention: “diet”/);
    expect(await ask('La Diète a-t-elle adopté la législation de sécurité dont parlait Nakatani ?')).toMatch(/^The articles do not cover this question/);
  });

  it('/ask at which meeting a step was taken, or when, gives both reports where two put it at different times, in whatever words', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const differ = /^The reports differ on when this happened[\s\S]*a Friday in 2015[\s\S]*January 2017/;
    expect(await ask('at which meeting did they decide to begin negotiating an ACSA?')).toMatch(differ);
    expect(await ask('when were ACSA negotiations agreed?')).toMatch(differ);
    // Discussed at: every meeting that speaks of it.
    expect(await ask('which meeting discussed the ACSA?')).toMatch(/^The articles report it at 3 meetings/);
  });

  it('/ask of the photo: "the far right of the picture" is a place in it, and whether someone is in it is whether its caption names them', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('who stands at the far right of the picture?')).toMatch(/^In the photo, as its caption marks them: Itsunori Onodera on the right\./);
    expect(await ask('is Kishida in the photo?')).toMatch(/^No: its caption does not name Fumio Kishida\./);
    expect(await ask('does the photo show Parly?')).toMatch(/^In the photo, as its caption marks them: Florence Parly on the left\./);
  });

  it('/ask of someone "at both meetings" says at which the articles do not name them; "what is Sato\'s hometown" asks for the hometown', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('was Kishida at both meetings as foreign minister?')).toContain('The articles do not name Fumio Kishida among those at the 2018 two-plus-two.');
    expect(await ask("what is Onodera's hometown?")).toMatch(/^The articles do not cover this question\.\nThey never mention: “hometown”/);
  });

  it('/ask of what someone told "his counterparts" about a thing asks about the thing; two sentences, the first yes or no, are two questions', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What did Nakatani tell his French counterparts about the legislation?')).toContain('security legislation Japan is conducting');
    expect(await ask("did the 2018 report mention joint research? What's the timeline?")).toMatch(/^Joint research on next-generation minesweeping technology: Agreed; to start in the near future/);
  });

  it('/ask of a kind before its examples ("health issues like Ebola") asks of the examples; an everyday word for an idea stands aside where a named subject is answered whole; where a meeting was held says when', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did the 2015 two-plus-two touch on health issues like Ebola?')).toMatch(/^Cooperation on natural disasters and diseases: Confirmed at the second two-plus-two/);
    const agenda = await ask("What did Nakatani tell the French about Japan's legislative agenda?");
    expect(agenda).toContain('security legislation Japan is conducting');
    expect(agenda).toContain('The articles never use “agenda”: this answer rests on the rest of the question.');
    expect(await ask('where was the very first japan france 2+2 held')).toMatch(/^The 1st two-plus-two was held in Paris in January 2014\./);
  });

  it('/ask reads "the presser", a request put to "someone", "第1回目", "e.g." before examples and "send … to the talks"; asked "the same?", yes and no turn round', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what did parly say at the presser?')).toMatch(/^What Florence Parly said, verbatim:/);
    expect(await ask('could someone explain what the ACSA is?')).toMatch(/^Acquisition and Cross-Servicing Agreement \(ACSA\): Framework agreed/);
    expect(await ask('第1回目はいつどこで開かれた？')).toContain('The 1st two-plus-two was held in Paris in January 2014.');
    expect(await ask('did they talk about health at all, e.g. ebola?')).toMatch(/^Cooperation on natural disasters and diseases: Confirmed/);
    expect(await ask('did France send the same defence minister to both the 2015 and 2018 talks?')).toMatch(/^(?:\S+ )?No, it changed hands: Jean-Yves Le Drian at the 2015 two-plus-two; Florence Parly at the 2018 two-plus-two\./);
    expect(await ask('did the French defence minister change between 2015 and 2018?')).toMatch(/^(?:\S+ )?Yes, it changed hands/);
  });

  it('/ask: an event told of the thing named ("the pact they signed…") says which; "et qu\'est-ce qu\'il a dit" is a second question; a yes-or-no verb no article uses is unsure; another pair\'s meeting is no missing one of ours', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what does the pact they signed at the 2nd meeting allow?')).toMatch(/^What Pact on defense equipment and technology transfers covers:/);
    const fabius = await ask("Qui était le ministre français des Affaires étrangères au 2+2 de 2015 et qu'est-ce qu'il a dit sur le Japon ?");
    expect(fabius).toMatch(/^(?:\S+ )?Laurent Fabius was France’s Foreign Minister at the 2015 two-plus-two\./);
    expect(fabius).not.toContain('Kishida');
    expect(await ask('did the 2015 meeting honor the victims?')).toMatch(/^I could not find an answer to this in the sources\./);
    expect(await ask('when was the 5th France-India two-plus-two?')).toMatch(/^I could not find an answer to this in the sources\./);
    expect(await ask('can someone name the ministers at the 2018 meeting?')).toMatch(/^At the 2018 two-plus-two: Taro Kono \(Foreign Minister\)/);
    expect(await ask('what was the ACSA\'s controversy?')).toMatch(/^I could not find an answer to this in the sources\./);
    expect(await ask('did the French defence minister change, or was it the same?')).toMatch(/^(?:\S+ )?Yes, it changed hands/);
  });

  it('/ask whether a meeting was held at a place: yes or no by the city; a venue the articles give only for another meeting in the same city is not known of this one', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('was the 2018 meeting in Tokyo?')).toMatch(/^Yes: the 4th two-plus-two was held in Tokyo on 26 January 2018\./);
    expect(await ask('Was the 2018 two-plus-two also held at the Iikura Guest House?')).toMatch(/^The articles place the 4th two-plus-two in Tokyo but do not say at which venue; the Iikura Guest House \(Japanese Foreign Ministry\) is where they place the 2nd two-plus-two\./);
  });

  it('/ask: "…, and how did France react?" after a question with its own subject answers both; a lead-in with a colon opens no question; "head of government" is the prime minister', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const both = await ask('for my essay: what did Nakatani explain about the security legislation, and how did France react?');
    expect(both).toContain('security legislation Japan is conducting');
    expect(both).toContain('welcomed Japan’s efforts');
    expect(await ask("which French ministers called on Japan's head of government before the 2018 talks?")).toContain('Le Drian and Parly met Prime Minister Shinzo Abe');
  });

  it('/ask "compare who Japan sent to the 2015 vs 2018 talks" compares who: each meeting\'s people', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const sent = await ask('compare who Japan sent to the 2015 vs 2018 talks');
    expect(sent).toMatch(/^(?:\S+ )?At the 2015 two-plus-two: Fumio Kishida \(Foreign Minister\), Gen Nakatani \(Defense Minister\)\./);
    expect(sent).toContain('At the 2018 two-plus-two: Taro Kono (Foreign Minister), Itsunori Onodera (Defense Minister).');
  });

  it('/ask "apart from X, which other …" where the passages list only X: the articles name no other', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('besides unmanned systems, what other fields does the equipment pact promote joint projects in?')).toMatch(/^The articles name no fields here other than the unmanned systems of your question/);
    // A list that holds more than what was set aside answers.
    expect(await ask('apart from food, what other supplies would the ACSA cover?')).toContain('water and fuel');
  });

  it('/ask yes or no with a verb of saying or going the passages put in their own words still answers; a clause that alone says which agreement stays what is asked; a reaction to no named thing adds nothing', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did the ministers praise the progress in maritime cooperation?')).toContain('Hailed progress in cooperation');
    expect(await ask('Did the ministers vow to fight terrorism?')).toMatch(/^Joint efforts against terrorism: Pledged/);
    expect(await ask('What did Le Drian say about the agreement they signed?')).toMatch(/^(?:\S+ )?The articles do not quote Jean-Yves Le Drian on this\./);
    expect(await ask('What did Nakatani explain in 2015, and how did France react?')).not.toContain('Signed a pact on defense equipment transfers');
  });

  it('/ask: a language\'s name is how, not what; a named subject the articles cover makes an everyday word unsure; planned results, French areas, one office at both meetings, two agreements at once', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("I need Onodera's exact English wording on the ACSA. What did he say?")).toMatch(/^(?:\S+ )?What Itsunori Onodera said, verbatim:/);
    expect(await ask("What's the Islamic State angle in the Iikura coverage?")).toMatch(/^I could not find an answer to this in the sources\./);
    expect(await ask('2018年の2+2の翌日、土曜日に行われた防衛相会談では、どんな結果が出ましたか？')).toMatch(/only as planned or expected/);
    expect(await ask('Quelle est la superficie de la zone économique exclusive française ?')).toMatch(/^The articles give no figure for this/);
    expect(await ask('was Le Drian foreign minister at both meetings?')).toContain('No: Jean-Yves Le Drian');
    const both = await ask('Did the 2015 talks touch on Ukraine or Ebola at all?');
    expect(both).toContain('stability in Ukraine');
    expect(both).toContain('such as Ebola');
  });

  it('/ask how many are in the photo: as many as its caption marks; "at both meetings?" answered no names who held the office where they did not', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('how many people are in the photo?')).toMatch(/^Its caption marks 5 people\.\nIn the photo, as its caption marks them: Florence Parly on the left/);
    expect(await ask('was Le Drian defence minister at both meetings?')).toContain('Florence Parly was France’s Minister for the Armed Forces at the 2018 two-plus-two.');
  });

  it('/ask third reader\'s findings: "No" only where the articles name another holder; "how many Japanese" is no count of everyone; a verb of going stays what is asked; two agreements by their latest steps', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Was Abe prime minister at both meetings?')).not.toMatch(/No: /);
    expect(await ask('How many Japanese are in the photo?')).not.toContain('Its caption marks 5 people');
    expect(await ask('Did the ministers travel to Paris in 2015?')).toMatch(/^I could not find an answer to this in the sources\./);
    const two = await ask('Did they talk about the ACSA and the equipment transfer pact?');
    expect(two).toContain('Japan and France agreed on a framework for the ACSA.');
    expect(two).toContain('Japan and France signed the pact on defense equipment transfers');
  });

  it('/ask: a chat lead-in before a dash is not asked; "what does 2+2 mean"; whose words by the meeting they were sent to', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('sorry, dumb question — what does "2+2" mean here?')).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
    expect(await ask("ok but what even is a 'two-plus-two'?")).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
    expect(await ask('The foreign minister Japan sent to the 2018 talks — what did he say about the Indo-Pacific?')).toMatch(/^(?:\S+ )?What Taro Kono said, verbatim:/);
  });

  it('/ask where a meeting was held, its date worked out from the article: labelled inferred, with the reasoning', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const where = await ask('where was the 2015 meeting?');
    expect(where).toMatch(/^The 2nd two-plus-two was held in Tokyo .* on a Friday in 2015\./);
    expect(where).toMatch(/inferred: The report says the talks were held on “Friday”/);
  });

  it('/ask batches y and z: "初めて開かれた" is the first meeting; a figure asked in Japanese or in a second part; whose invitation is not who went; a month that names the meeting; French places and talks; a fact-check\'s framing', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('日仏の2プラス2が初めて開かれたのはいつですか？')).toContain('2014');
    expect(await ask('日仏の2+2って2018年のが最初だったんですよね？')).toMatch(/^(?:\S+ )?No: the 2018 two-plus-two was the 4th, not the 1st\./);
    expect(await ask('フランスのEEZは何平方キロメートルですか？')).toMatch(/^The articles give no figure for this/);
    expect(await ask('次世代掃海技術の共同研究にはどれくらいの予算がありますか？')).toMatch(/^The articles give no figure for this/);
    expect(await ask('Which unmanned systems projects did they launch under the 2015 pact, and what were they worth?')).toMatch(/^The articles give no figure for this/);
    expect(await ask("Did Macron accept Kono's invitation and actually visit Japan?")).toMatch(/^(?:\S+ )?The articles do not place Emmanuel Macron in Japan\./);
    expect(await ask('Is it true that the January 2018 Tokyo meeting was the first-ever Japan–France two-plus-two?')).toMatch(/^(?:\S+ )?No: the 2018 two-plus-two was the 4th, not the 1st\./);
    expect(await ask('Dans quel lieu de Tokyo s’est tenue la deuxième réunion « 2+2 » franco-japonaise ?')).toContain('Iikura Guest House');
    expect(await ask('Kono parle d’un Indo-Pacifique « libre et ouvert » : qu’a-t-il dit exactement après les discussions de 2018 ?')).toContain('a free and open international public good');
    expect(await ask('Fact-check: "France\'s foreign minister said Japan is the only Asian country France holds such high-level dialogue with." Accurate? Who said it?')).toContain('Laurent Fabius');
  });

  it('/ask: who said it and when gives the meeting; "how much time" and "the fourth round" read as the interval between meetings; one year is "a year"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('When did Kono say the Indo-Pacific should be a free and open public good?')).toMatch(/^Said at the 4th two-plus-two, 26 January 2018\.\nWhat Taro Kono said, verbatim:/);
    expect(await ask('how long before the fourth round was the Iikura meeting?')).toMatch(/^3 years apart by the calendar: the 2nd two-plus-two was held on a Friday in 2015/);
    expect(await ask('How much time passed between the Paris meeting and the Iikura one?')).toMatch(/^A year apart by the calendar: the 1st two-plus-two was held in January 2014/);
    expect(await ask('Which French minister attended both meetings, and in which post each time?')).not.toContain('apart by the calendar');
  });

  it('/ask: names asked in French; a nationality inside a French office\'s name; "どの海域で" asks where; a country\'s line-up compared across meetings; a hyphenated word WordNet knows whole', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Comment s’appelaient les deux otages japonais tués en Syrie ?')).toMatch(/^The articles name no one for this/);
    expect(await ask('Comment s’appelle le ministre japonais de la Défense en 2018 ?')).toMatch(/^(?:\S+ )?Itsunori Onodera was Japan’s Defense Minister at the 2018 two-plus-two\./);
    expect(await ask('2018年2月の日仏の共同訓練は、どの海域で行われましたか？')).toMatch(/^I could not find an answer to this in the sources\./);
    const lineUp = await ask('What changed in Japan’s line-up between the 2015 and 2018 talks?');
    for (const name of ['Fumio Kishida', 'Gen Nakatani', 'Taro Kono', 'Itsunori Onodera']) expect(lineUp).toContain(name);
  });

  it('/ask second reader\'s findings: a closing "Correct?" still asks yes or no; "follow-up" and "kick-off" stay two words; 最初/初めて of drills or pacts is not the first meeting; "who … budget" names people; a number claimed of a meeting closes the question; each meeting\'s outcomes; a line-up by offices held at both', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Le Drian was defense minister in 2015. Correct?')).toMatch(/^(?:\S+ )?Yes: Jean-Yves Le Drian was Defense Minister at the 2015 two-plus-two\./);
    expect(await ask('What is the follow-up on the ACSA?')).toMatch(/Framework agreed/);
    expect(await ask('日仏の二国間訓練はこれが最初ですか？')).toContain('these will be the first bilateral ones');
    expect(await ask('日仏が初めて署名した協定は何ですか？')).toContain('Signed a pact on defense equipment transfers');
    expect(await ask('初めてのツープラスツーはどこで開かれた？')).toMatch(/^The 1st two-plus-two was held in Paris in January 2014\./);
    expect(await ask('Who was the defense minister responsible for the budget in 2018?')).toContain('Itsunori Onodera');
    expect(await ask('Was the Paris meeting in January 2014 the second?')).toMatch(/^No: the 2014 two-plus-two was the 1st, not the 2nd\./);
    const both = await ask('What were the outcomes of the 2015 and 2018 meetings?');
    expect(both).toMatch(/^At the 2nd two-plus-two, a Friday in 2015:/);
    expect(both).toContain('At the 4th two-plus-two, 26 January 2018:');
    const france = await ask('What changed in France’s line-up between 2015 and 2018?');
    expect(france).toContain('Laurent Fabius');
    expect(france).not.toContain('Macron');
  });

  it('/ask: what an agreement enables or lets them do is what it covers; "signed at" only says which; kinds asked of it pick what it covers; "in plain terms" and "entre les armées" frame', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('In plain terms, what would the ACSA let the two militaries do?')).toMatch(/^What Acquisition and Cross-Servicing Agreement \(ACSA\) covers:\n• Mutual provision of supplies, including food, water and fuel/);
    expect(await ask('What does the equipment transfer pact signed at the Iikura meeting actually enable?')).toMatch(/^What Pact on defense equipment and technology transfers covers:/);
    expect(await ask('What kinds of supplies and services would the logistics-sharing deal cover?')).toContain('food, water and fuel');
    // The kind asked for, an everyday word for an act, is what it covers; a thing no article names is not.
    expect(await ask('What kinds of support would the ACSA cover between the two militaries?')).toContain('food, water and fuel');
    expect(await ask('What kind of submarines would the ACSA cover?')).toMatch(/^The articles do not cover this question\./);
    expect(await ask('Concrètement, qu’est-ce que l’ACSA prévoit d’échanger entre les armées ?')).toContain('food, water and fuel');
  });

  it('/ask: of a meeting\'s outcomes, words that only help pick (Japanese glossed ideas) pick those that say them; asked where, what says them is where the thing is', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('国連安保理改革について2015年に何と言いましたか？')).toMatch(/^At the 2nd two-plus-two, a Friday in 2015:\n• Said UN Security Council reform needs to "yield concrete results"/);
    // Where a thing said at a meeting is, not the meeting's city.
    expect(await ask('2018年の共同声明で閣僚らが懸念を表明した海域はどこですか？')).toContain('the East and South China seas');
    expect(await ask('2018年の会合はどこで開かれましたか？')).toMatch(/^The 4th two-plus-two was held in Tokyo on 26 January 2018\./);
  });

  it('/ask: a minister\'s words that name only the other country are still about her own ("France\'s concerns", in Parly\'s words on Japan)', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Parly listed France’s concerns in Asia - what were they and how many?')).toContain('Our three concerns in Asia are of course North Korea');
  });

  it('/ask third reader\'s findings: an English verb alone does not narrow a meeting\'s outcomes; "la ministre française des Armées" is the minister; where something was called for is where it is, where it was discussed is the meeting\'s place', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What did they decide in 2015?')).toMatch(/^At the 2nd two-plus-two, a Friday in 2015:\n• Signed a pact on defense equipment transfers/);
    expect(await ask('Qui était la ministre française des Armées en 2018 ?')).toMatch(/^(?:\S+ )?Florence Parly was France’s Minister for the Armed Forces at the 2018 two-plus-two\./);
    expect(await ask('Where did they call for demilitarization in 2018?')).toContain('the East and South China seas');
    expect(await ask('where did they discuss north korea in 2018?')).toMatch(/^The 4th two-plus-two was held in Tokyo on 26 January 2018\./);
  });

  it('/ask: two everyday words typed as one ("homeported") make an unsure miss, so the first part is answered; "not quoted on this" over two parts tries the first alone', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which French warship was lined up to drill with the MSDF, and where is it homeported?')).toContain('the French frigate Vendemiaire, based in New Caledonia');
    expect(await ask('On counterterrorism in 2015, what specific areas did Kishida say they would work on, and what attacks prompted it?')).toContain('preventive steps against violent extremism');
  });

  it('/ask: two people named at a meeting, with nothing else to find, are answered by what names both then, not by everything the meeting decided', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('2018年の2プラス2で、河野外相はマクロン大統領について何をする予定でしたか？')).toContain('an invitation for President Emmanuel Macron to visit Japan');
  });

  it('/ask: "is it based in X?", where the passage on it says it is based elsewhere, answers not as put, with the words that say where', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Is the Vendemiaire based in Toulon?')).toMatch(/^Not as the question puts it: the article says “based in New Caledonia”\./);
    // An article puts New Caledonia in the Pacific: not "elsewhere".
    expect(await ask('Is the Vendemiaire based in the Pacific?')).not.toMatch(/Not as the question puts it/);
    expect(await ask('Est-il vrai que la frégate Vendémiaire est basée à La Réunion ?')).toMatch(/^Pas comme le dit la question : l’article dit « based in New Caledonia »|^Not as the question puts it: the article says “based in New Caledonia”/);
  });

  it('/ask: a trip abroad is what the reports call a visit (data/lexicon)', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which cultural festival was Abe’s possible trip to France meant to coincide with?')).toContain('Abe\'s possible visit to France');
  });

  it('/ask: "how big a deal" asks how much it mattered, not for a figure; a "montant" asked of an agreement is a figure the articles never give', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('How big a deal were the drills with the Vendemiaire, given the MSDF and the French navy had never trained together?')).toContain('first bilateral');
    expect(await ask('Quel était le montant du pacte sur les transferts d’équipements de défense signé en 2015 ?')).toMatch(/^The articles give no figure for this/);
  });

  it('/ask: Japanese "どの企業" asks for a company, which no article names; a glossed phrase ("空母", aircraft carrier) is looked up whole', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('機雷探知の共同研究にはどの企業が参加しますか？')).toMatch(/^The articles do not cover this question\.\nThey never mention: “企業”/);
    expect(await ask('2018年の会合で空母の派遣について話し合いましたか？')).toMatch(/^The articles do not cover this question\.\nThey never mention: “空母”/);
  });

  it('/ask: the reason asked for ("what was the motivation for", "pourquoi", "la raison de") is asked as "why" is', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What was Japan’s motivation for the Indo-Pacific commitment?')).toContain('rules-based order');
    expect(await ask('Pourquoi le Japon s’engage-t-il dans l’Indo-Pacifique ?')).toContain('rules-based order');
  });

  it('/ask: "what is the <countries> <series>?" in English or French is what a meeting of the series is; "for my essay" is the asker\'s, no topic', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what even is this japan-france two plus two thing? for my essay')).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
    expect(await ask('c’est quoi le 2+2 franco-japonais ?')).toMatch(/^A two-plus-two is a meeting|^Un « 2\+2 » est une réunion/);
  });

  it('/ask: in Japanese, "where was the meeting he attended held" (the verb\'s past) places the person, at the venue where the articles name one', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('中谷防衛相が出席した会合はどこで開かれた？')).toMatch(/^(?:\S+ )?The articles place Gen Nakatani at the 2nd two-plus-two in Tokyo \(Iikura Guest House/);
    expect(await ask('河野外相が参加した会合はどこで開かれましたか？')).toMatch(/^(?:\S+ )?The articles place Taro Kono at the 4th two-plus-two in Tokyo/);
  });

  it('/ask: a lead-in that names a topic the lexicon knows ("Counterterrorism: what…") is what the question is about, not chat', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Counterterrorism: what areas did Kishida say they would work on?')).toContain('preventive steps against violent extremism');
  });

  it('/ask: "still", with a year the sources reach, is of that year, not of now; "which of the ministers at A were still there at B" is who was at both', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which of the ministers at the 2015 meeting were still around in 2018?')).toMatch(/^At both the 2015 two-plus-two and 2018 two-plus-two: Jean-Yves Le Drian/);
    expect(await ask('Was Le Drian still defence minister in 2018?')).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Jean-Yves Le Drian was Foreign Minister\./);
  });

  it('/ask: "what did <an office> tell reporters" asks what its holder then said; whom it was told to is no topic', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What did the French armed forces minister tell reporters in 2018?')).toMatch(/^What Florence Parly said, verbatim:/);
    expect(await ask('what did Japan’s foreign minister at the Iikura talks tell the press?')).toMatch(/^What Fumio Kishida said, verbatim:/);
  });

  it('/ask: someone\'s "line" or "words" on something asks what they said', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What was Fabius’s line on Japan among Asian countries?')).toContain('Japan is the only Asian country France holds such');
  });

  it('/ask: what was done under an agreement, where its passages say only what it makes possible, is not in the sources', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which equipment has Japan handed over to France under the equipment transfer pact?')).toMatch(/^The articles say only what the agreement makes possible; none of them, up to 26 January 2018, reports that any of it was done\./);
    expect(await ask('Quels équipements le Japon a-t-il livrés à la France dans le cadre du pacte sur les transferts d’équipements de défense ?')).toMatch(/^The articles say only what the agreement makes possible/);
    // What it makes possible, asked as such, is answered.
    expect(await ask('What does the equipment transfer pact allow?')).toContain('Paves the way for defense equipment and technology transfers.');
  });

  it('/ask: what an office\'s holder said in a year typed is never a quote from another year, when they held another office; unmatched words the articles use make it unsure', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const reply = await ask('What did the French foreign minister say in 2018 about Japan’s contributions?');
    expect(reply).not.toContain('I’m glad that Japan');
    expect(reply).not.toContain('greater contributions');
    expect(reply).toMatch(/^I could not find an answer to this in the sources\./);
    // That year's quote is the closest.
    const closest = embedsOf((await discord.command('ask', { query: 'What did the French foreign minister say in 2018 about Japan’s contributions?' }).reply).data)[0]!.fields ?? [];
    expect(JSON.stringify(closest)).toContain('France welcomes Japan');
  });

  it('/ask: words quoted and put in the wrong mouth are answered with whose they are; an apostrophe inside a quotation is part of it', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did Kono say "our three concerns in Asia are of course North Korea"?')).toMatch(/^(?:\S+ )?No: Florence Parly said it \(Minister for the Armed Forces, 2018 two-plus-two\), not Taro Kono\./);
    expect(await ask('Parly called the Indo-Pacific "the core of the world\'s dynamism", right?')).toMatch(/^(?:\S+ )?No: Taro Kono said it/);
  });

  it('/ask: asked for the key points, a recap or a timeline, how much is wanted is no topic (data/lexicon/generic-summary.json); a timeline of the meetings lists them, apart with semicolons', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('give me the key points of the fourth two-plus-two')).toMatch(/^At the 4th two-plus-two, 26 January 2018:\n• Agreed on a framework for a bilateral acquisition and cross-servicing agreement/);
    expect(await ask('quick timeline of the two-plus-two meetings pls')).toMatch(/^The two-plus-two meetings in the articles: 1st two-plus-two, January 2014, Paris; 2nd two-plus-two/);
  });

  it('/ask: "wat" typed fast is "what"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('wat is a two plus two')).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
  });

  it('/ask: a statement asked with a question mark and no question word asks whether it holds; "is he visiting Japan?" asks of a plan', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('La frégate Vendémiaire est bien basée à Toulon ?')).toMatch(/^Pas comme le dit la question|^Not as the question puts it: the article says “based in New Caledonia”/);
    expect(await ask('is macron visiting japan')).toContain('an invitation for President Emmanuel Macron to visit Japan');
  });

  it('/ask: which came first, of two agreements, compares the steps the question names ("agreeing the framework for the ACSA"), not each one\'s first', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which came first: signing the equipment transfer pact, or agreeing the framework for the ACSA?')).toMatch(/^First: Pact on defense equipment and technology transfers \(Japan and France signed the pact[^)]*\), a Friday in 2015; then Acquisition and Cross-Servicing Agreement \(ACSA\) \(Japan and France agreed on a framework for the ACSA\.\), 26 January 2018\./);
  });

  it('/ask: a second reader\'s cases: the ministers\' meetings are meetings; "who told reporters" keeps whom it was told to; a past year is no plan; an everyday verb makes "said" unsure; a reason first', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which of the ministers’ meetings was in Paris?')).not.toMatch(/do not say who attended/);
    expect(await ask('Who told reporters about the pact?')).toMatch(/^(?:\S+ )?Fumio Kishida said it/);
    expect(await ask('Is Le Drian visiting Tokyo in 2015?')).toMatch(/^(?:\S+ )?The articles place Jean-Yves Le Drian at the 2nd two-plus-two in Tokyo/);
    expect(await ask('What lines did Kono use about the Indo-Pacific?')).toMatch(/^I could not find an answer/);
    expect(await ask('What was the motivation behind the Indo-Pacific commitment?')).toMatch(/^• For Japan, the Indo-Pacific commitment is in line with its policy/);
  });

  it('/ask: "which minister described France as…" asks who said it', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which French minister said France welcomes Japan’s efforts to take on more responsibility?')).toMatch(/^(?:\S+ )?Jean-Yves Le Drian said it \(Foreign Minister, 2018 two-plus-two\)\./);
  });

  it('/ask: "a bigger role" is what reports call "a greater presence", a press conference what they call a press appearance (data/lexicon)', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What did Le Drian say in 2018 about Japan playing a bigger role?')).toContain('France welcomes Japan\'s efforts to take on a greater presence');
    expect(await ask('what did kono say at the press conference after the 2018 talks')).toMatch(/^What Taro Kono said, verbatim:/);
  });

  it('/ask: "before the January 2018 one", "avant celle de janvier 2018" bound the time as "before 2018" does', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('How many two-plus-two meetings had been held before the January 2018 one?')).toMatch(/^The articles mention 3 two-plus-two meetings before 2018: 1st two-plus-two, January 2014, Paris; 2nd/);
    expect(await ask('Combien de réunions 2+2 avant celle de janvier 2018 ?')).toMatch(/^The articles mention 3 two-plus-two meetings before 2018|^Les articles mentionnent 3/);
  });

  it('/ask: words quoted loosely ("I am glad" for "I\'m glad", "worries" for "concerns") and put in the wrong mouth are answered with whose they are', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Fabius said "I am glad that Japan will make further contributions", right?')).toMatch(/^(?:\S+ )?No: Jean-Yves Le Drian said it \(Defense Minister, 2015 two-plus-two\), not Laurent Fabius\./);
    expect(await ask('Did Kono say "our three worries in Asia are North Korea, the South China Sea and terrorism"?')).toMatch(/^(?:\S+ )?No: Florence Parly said it/);
  });

  it('/ask: a quoted sentence that leans on the one before ("They pledged…") is shown with it, and sentences that follow each other are one passage', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what did the 2015 2+2 say about ukraine')).toContain('The four ministers also stressed that any conflicts should be resolved through dialogue and talks based on international law. They pledged to cooperate on stability in Ukraine');
    expect(await ask('Who did Le Drian and Parly see before the 2018 two-plus-two, and what did they agree on?')).toContain('met Prime Minister Shinzo Abe at his office. The three agreed on the importance of the rule of law at sea');
  });

  it('/ask: "how many ministers" cites the count the article prints, and with no meeting named counts each meeting of the series', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('How many ministers took part in the 2015 two-plus-two?')).toMatch(/^The articles name 4 at the 2015 two-plus-two[\s\S]*The four ministers also agreed to begin talks/);
    expect(await ask('how many ministers take part in a japan france 2+2')).toMatch(/^The articles name 4 at the 2015 two-plus-two[^\n]*\n+The articles name 4 at the 2018 two-plus-two/);
  });

  it('/ask: a lead-in asking to check a claim ("quick check -", "yes/no:") is how it is asked, not a word the articles lack', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('quick check - the jan 2018 2+2 took place in Paris right?')).toMatch(/^No: the 4th two-plus-two was held in Tokyo/);
    expect(await ask('Claim: Le Drian was France\'s defence minister at both the 2015 and 2018 meetings. Correct?')).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Jean-Yves Le Drian was Foreign Minister/);
  });

  it('/ask: a Japanese word glossed as an agreement\'s name names it, and "合意" frames the question as "agree" does', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('日仏はウクライナ情勢について何か合意した？')).toContain('They pledged to cooperate on stability in Ukraine');
  });

  it('/ask: a day typed after the latest article is after the sources, and what a meeting still to come decided is not in them', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What was agreed on 3 February 2018?')).toMatch(/^The sources stop on 26 January 2018: what came after is not in them\./);
    expect(await ask('What was agreed at the separate meetings on 27 January 2018?')).toMatch(/^The articles speak of this only as planned or expected/);
    expect(await ask('What was decided at the separate foreign-minister and defence-minister meetings on the Saturday after the 2018 talks?')).toMatch(/^The articles speak of this only as planned or expected/);
  });

  it('/ask: "what did the defence ministers agree" asks what the meeting agreed, not who held the office', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('What did the defence ministers agree in 2018?')).toMatch(/^At the 4th two-plus-two, 26 January 2018:\n• Agreed on a framework for a bilateral acquisition and cross-servicing agreement/);
  });

  it('/ask: "slated to happen" asks of a plan; "exact calendar date" and "day of the month" ask a day the articles do not give; a word on why it is asked is no topic', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('On deadline: in what month were the first Japan-France bilateral naval drills slated to happen?')).toMatch(/^• \*\*26 January 2018:\*\* Agreed to hold the first bilateral maritime defense exercises next month\./);
    expect(await ask('According to the 2015 article, what was the exact calendar date of the Iikura Guest House meeting?')).toMatch(/^The articles give the 2015 two-plus-two only as a Friday in 2015, not the day\./);
    expect(await ask('what day of the month was the Iikura 2+2 in 2015? need it for a citation')).toMatch(/^The articles give the 2015 two-plus-two only as a Friday in 2015, not the day\./);
  });

  it('/ask: an imperative after a lead-in ("Quiz round: name…"), "any minister", "in what capacity", chat shorthand ("n", "abt", "def min", "mins")', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Quiz round: name the French frigate that was lined up to exercise with Japan\'s MSDF after the 2018 talks.')).toContain('Vendemiaire');
    expect(await ask('Was any minister at both the 2015 and the 2018 two-plus-twos? If so, in what capacity each time?')).toMatch(/^At both the 2015 two-plus-two and 2018 two-plus-two: Jean-Yves Le Drian \(Defense Minister at the 2015 two-plus-two, Foreign Minister at the 2018 two-plus-two\)/);
    expect(await ask('how many mins were at the 2018 2+2 n who were they')).toMatch(/^The articles name 4 at the 2018 two-plus-two: Taro Kono/);
    expect(await ask('who was jp def min in 2015 n what did he say abt drones')).toMatch(/^Gen Nakatani is never quoted directly[\s\S]*unmanned technologies/);
  });

  it('/ask: Japanese "どちらの施設" asks where, "どこの国" which countries, "背景" why; French "ça a donné quoi" of a meeting still to come is not in the sources', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('第2回日仏外務・防衛閣僚会合は、東京のどちらの施設で開催されたのでしょうか。')).toMatch(/^The 2nd two-plus-two was held in Tokyo \(Iikura Guest House/);
    expect(await ask('安保理改革で日本が組んでるG4って、ほかにどこの国が入ってるの？')).toContain('Germany, Brazil and India');
    expect(await ask('2018年の記事によれば、日本がインド太平洋に力を入れる背景には何があるのでしょうか？')).toContain('rules-based order in the face of China');
    expect(await ask('Les réunions séparées du samedi en 2018, entre les ministres par paires, ça a donné quoi ?')).toMatch(/^The articles speak of this only as planned or expected/);
  });

  it('/ask: the person or thing asked for that no article names blocks ("who was the French ambassador", "quel port", "乗員数は", "お名前")', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Who was the French ambassador to Japan at the 2018 meeting?')).toMatch(/^The articles do not cover this question\.\nThey never mention: “ambassador”/);
    expect(await ask('Les exercices bilatéraux de février 2018, ils ont eu lieu dans quel port exactement ?')).toMatch(/^The articles do not cover this question\.\nThey never mention: “port”/);
    expect(await ask('ヴァンデミエールの乗員数は？')).toMatch(/^The articles do not cover this question\./);
    expect(await ask('2015年の記事で触れられている、シリアで殺害された日本人お二人のお名前を教えていただけますか。')).toMatch(/^The articles name no one for this/);
  });

  it('/ask: a month after the latest article is after the sources unless the records date something to it; a day the records date nothing to answers nothing', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Is it true that the Japan–France ACSA was formally signed in July 2018?')).toMatch(/^The sources stop on 26 January 2018: what came after is not in them\./);
    expect(await ask('were the feb 2018 drills the first time ever the MSDF and french navy trained together?')).toContain('Although the two forces have worked together in multilateral drills before');
    expect(await ask('Au final, le Conseil de sécurité de l\'ONU a été réformé avant la fin 2015 comme ils le voulaient ?')).toMatch(/^The sources stop on 26 January 2018/);
    expect(await ask('2018年1月27日（土）の外相同士・防衛相同士の個別会談では何が合意されましたか？')).toMatch(/^I could not find an answer to this in the sources/);
  });

  it('/ask: "like the first one" compares, it claims no number; "Tokyo\'s side", "what\'s driving", "same job both times", "in terms of", "on the cards"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Was the second Japan-France 2+2 held in Paris like the first one?')).toMatch(/^No: the 2014 two-plus-two was the 1st, not the 2nd\.\nThe 2nd: 2nd two-plus-two · a Friday in 2015 · Tokyo/);
    expect(await ask('The 2015 Tokyo meeting was the first ever Japan-France 2+2, correct?')).toMatch(/^No: the 2015 two-plus-two was the 2nd, not the 1st\./);
    expect(await ask('What\'s driving Tokyo\'s side of the free and open Indo-Pacific push, per the 2018 report?')).toContain('rules-based order in the face of China');
    expect(await ask('Le Drian shows up in both the 2015 and 2018 reports. Same job both times?')).toMatch(/Defense Minister at the 2015 two-plus-two, Foreign Minister at the 2018 two-plus-two/);
    expect(await ask('How did Onodera pitch the ACSA in terms of interoperability?')).toContain('will boost interoperability');
    expect(await ask('Is a Macron trip to Japan on the cards?')).toContain('an invitation for French President Emmanuel Macron to visit Japan');
  });

  it('/ask: "3か国は" asks which countries; French "ça a rapport avec" is no report, and "j\'aimerais…" after the question is an aside', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('安保理改革のG4、日本以外の3か国は？')).toContain('Germany, Brazil and India');
    expect(await ask('C\'est quoi au juste, Japonismes 2018, pis ça a rapport comment avec Abe?')).toContain('a series of Japanese cultural events starting in July');
    expect(await ask('Qu\'est-ce que Le Drian a dit en 2018 sur la France comme pays du Pacifique? J\'aimerais la citation exacte.')).toContain('As a Pacific country and a permanent member of the U.N. Security Council');
  });

  it('/ask: a mistyped word of a several-word name, French without accents, "だれ", French names asked of hostages, "the strongest quote", an aside after a comma', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what did they agree on north korae and sanctions dodging at sea?')).toContain('thwart the evasion of');
    expect(await ask('Quels etaient les ministres des Affaires etrangeres presents a la reunion de 2015 ?')).toMatch(/Fumio Kishida[\s\S]*Laurent Fabius|Laurent Fabius[\s\S]*Fumio Kishida/);
    expect(await ask('2017年1月の第3回2+2 出席した大臣だれ？')).not.toMatch(/^What the sources say|^At the 3rd two-plus-two/);
    expect(await ask('Quels étaient les noms des deux otages japonais tués par l\'État islamique en Syrie ?')).toMatch(/^The articles name no one for this/);
    expect(await ask('give me the strongest quote about keeping the Indo-Pacific free and open, I need it for my debate speech')).toContain('free and open Indo-Pacific region');
  });

  it('/ask: "which politician" asks who, as "which minister" does (a word for any person, data/lexicon/generic-person-words.json)', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Which French politician sat at both the 2015 and the 2018 two-plus-two talks?')).toMatch(/^At both the 2015 two-plus-two and 2018 two-plus-two: Jean-Yves Le Drian/);
  });

  it('/ask: a remark after the question is chat; "que veut dire « deux plus deux »" asks what the series is; "identify the rationale" asks why; "arrangement" is a word for any agreement', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('ngl what is a \'two plus two\' meeting?? sounds like a math quiz 💀')).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
    expect(await ask('Que veut dire exactement « deux plus deux » quand on parle des réunions entre le Japon et la France ?')).toMatch(/^A two-plus-two is a meeting|^Un « 2\+2 » est une réunion/);
    expect(await ask('Identify the strategic rationale the 2018 report gives for Japan\'s Indo-Pacific commitment.')).toContain('rules-based order in the face of China');
    expect(await ask('Under the cross-servicing arrangement, what kinds of stuff would the two militaries provide each other?')).toMatch(/^What Acquisition and Cross-Servicing Agreement \(ACSA\) covers:/);
  });

  it('/ask: "like the first one" shows where that one was held; "Tokyo\'s side" is Japan\'s, not a French minister\'s words; "qu\'est-ce qui" asks what', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('was the 2015 meeting in Tokyo like the first one')).toMatch(/^Yes: the 2nd two-plus-two was held in Tokyo[^\n]*\nThe 1st two-plus-two was held in Paris in January 2014\./);
    expect(await ask('what was Tokyo\'s side position on China')).not.toContain('Our three concerns in Asia');
    expect(await ask('qu\'est-ce qui a été décidé à la réunion de 2018 ?')).toMatch(/^At the 4th two-plus-two, 26 January 2018:/);
    expect(await ask('ou a eu lieu la reunion de 2015')).toMatch(/^The 2nd two-plus-two was held in Tokyo/);
  });

  it('/ask: "did X say…" of words another minister is reported saying is answered with whose they are, not "not quoted on this"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did Fabius say the ACSA should be concluded quickly?')).toMatch(/^(?:\S+ )?No: Jean-Yves Le Drian said it \(Defense Minister, 2015 two-plus-two\), not Laurent Fabius\./);
    expect(await ask('Est-ce Laurent Fabius qui a souhaité que l\'ACSA soit conclu rapidement ?')).toMatch(/^(?:\S+ )?No: Jean-Yves Le Drian said it/);
    expect(await ask('Did Kono say anything about the ACSA?')).toMatch(/^The articles do not quote Taro Kono on this/);
  });

  it('/ask: "when and in which city" asks where too; "what were their names" of people named before asks names the articles do not give', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('When and in which city did Japan and France hold their very first two-plus-two?')).toMatch(/^The 1st two-plus-two was held in January 2014\.[\s\S]*The 1st two-plus-two was held in Paris in January 2014\./);
    expect(await ask('The 2015 piece says two Japanese were killed by IS in Syria. What were their names?')).toMatch(/^The articles name no one for this/);
  });

  it('/ask: "how many before the 2018 one" counts up to it; a day the articles do not give is said to be missing; "what happens in February 2018" is what the records date to it', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('how many two-plus-two meetings were held before the 2018 one?')).toMatch(/^The articles mention 3 two-plus-two meetings before 2018/);
    expect(await ask('what was agreed on 13 March 2015')).toMatch(/^The articles give the 2015 two-plus-two only as a Friday in 2015, not the day\./);
    expect(await ask('what happens in February 2018')).toMatch(/^• \*\*February 2018 \(inferred\) \(planned\):\*\* Planned: the frigate Vendemiaire/);
  });

  it('/ask: what an agreement would give, asked with a verb of giving, is what it covers; one everyday word no passage says with the rest does not block the answer, and is named', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what sort of help does the acsa offer?')).toMatch(/^What Acquisition and Cross-Servicing Agreement \(ACSA\) covers:[\s\S]*food, water and fuel/);
    const area = await ask('Which area of joint work did the 2015 equipment pact single out?');
    expect(area).toMatch(/unmanned systems/);
    expect(area).toMatch(/No passage says “work” together with the rest of the question: this answer rests on the rest\./);
  });

  it('/ask: a lead-in before a colon and a preposition is chat; "due to" is a plan; "my notes say" is a claim, not a quote; a meeting had with someone is meeting them; "by the end of" bounds a count', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('For my notes: in which month were the first bilateral naval exercises due to take place?')).toMatch(/^• \*\*February 2018 \(inferred\) \(planned\):\*\*/);
    // A passage of the month asked is of it, whatever other month it names ("events starting in July").
    expect(await ask('My notes say Macron turned down an invitation to Japan at the January 2018 talks. Is that right?')).toMatch(/invitation for President Emmanuel Macron to visit Japan/);
    expect(await ask('did the french ministers have a meeting with abe in 2018?')).toMatch(/Le Drian and Parly met Prime Minister Shinzo Abe at his office/);
    expect(await ask('how many 2+2 meetings were held by the end of 2017?')).toMatch(/^The articles mention 3 two-plus-two meetings up to 2017/);
  });

  it('/ask: a slip in an English word, or two words typed as one, never makes "they never mention…"; a number asked with a year no meeting has is corrected; a quote asked in other words is found', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what does the acsa buy them opperationally?')).toMatch(/^What Acquisition and Cross-Servicing Agreement \(ACSA\) covers:/);
    expect(await ask('lowkey wondering, where was the 2015 two-plus-two held?')).toMatch(/^(?:\S+ )?The 2nd two-plus-two was held in Tokyo/);
    // "Can you confirm" opens the second sentence: a request, not a word to find.
    expect(await ask('The 3rd two-plus-two was in 2016. Can you confirm when it was held?')).toMatch(/^(?:\S+ )?No: the 3rd two-plus-two was held in January 2017 \(inferred\)\./);
    const said = await ask("Which minister called the Indo-Pacific the centre of the world's dynamism?");
    expect(said).toMatch(/^(?:\S+ )?Taro Kono said it/);
    expect(said).toMatch(/The articles never use “centre”: this answer rests on the rest of the question\./);
  });

  it('/ask: "c\'est vrai que…" is a claim to check; the G4 passage answers who is in it; the day of the week of two meetings is given for each; 開催日と場所 asks when and where; what a pact would let them swap is what it covers', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("C'est vrai que Le Drian était ministre des Affaires étrangères en 2015 ?")).toMatch(/^(?:\S+ )?No: at the 2015 two-plus-two, Jean-Yves Le Drian was Defense Minister\./);
    expect(await ask('which nations make up the G4 with Japan on UN council reform?')).toMatch(/Group of Four nations along with Germany, Brazil and India/);
    expect(await ask('what day of the week were the 2015 and 2018 two-plus-two meetings held on?')).toMatch(/a Friday in 2015[\s\S]*Friday 26 January 2018/);
    expect(await ask('第2回の日仏2+2 開催日と場所')).toMatch(/held in Tokyo \(Iikura Guest House/);
    expect(await ask('what could the two forces swap under the ACSA?')).toMatch(/^What Acquisition and Cross-Servicing Agreement \(ACSA\) covers:/);
  });

  it('/ask: "the second round of the … two-plus-two" is the 2nd; calling on someone is meeting them; several people named who all met beside a meeting did meet; "se sont-ils mis d\'accord" asks what was agreed; who did what at a meeting is by the passage', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('where was the second round of the japan-france 2+2 held?')).toMatch(/^(?:\S+ )?The 2nd two-plus-two was held in Tokyo \(Iikura Guest House/);
    expect(await ask('did Le Drian call on Abe before the 2018 talks?')).toMatch(/Ahead of the talks, Le Drian and Parly met Prime Minister Shinzo Abe at his office/);
    expect(await ask('did Le Drian and Parly meet Abe in 2018?')).toMatch(/Ahead of the talks, Le Drian and Parly met Prime Minister Shinzo Abe at his office/);
    expect(await ask("Le Drian et Parly ont rencontré Abe en 2018 : sur quoi se sont-ils mis d'accord ?")).toMatch(/the three agreed on the importance of the rule of law at sea/);
    expect(await ask('who explained the security legislation at the 2015 meeting?')).toMatch(/Nakatani said he explained the ongoing talks on security legislation/);
  });

  it('/ask: "which article…" names the article first; "which minister listed…" asks who said it; a short label before a colon is chat; "how many nations are in" a group is its members', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('which article mentions the hostages killed in Syria?')).toMatch(/^In the article of a Friday in 2015, “Japan and France sign defence equipment transfer pact at second two-plus-two in Tokyo”:\n[\s\S]*taken hostage in Syria/);
    expect(await ask("Which minister listed North Korea and terrorism among France's concerns in Asia?")).toMatch(/^(?:\S+ )?Florence Parly said it/);
    expect(await ask('Quiz night: the very first 2+2 — which city?')).toMatch(/^(?:\S+ )?The 1st two-plus-two was held in Paris in January 2014\./);
    expect(await ask('how many nations are in the Group of Four, per the 2015 report?')).toMatch(/Group of Four with Germany, Brazil and India/);
  });

  it('/ask: "by the end of the year" stays a deadline; "due to visit" is a plan, not a place; a word inside a name is not read past; two people at one meeting met there; a number said with another meeting\'s year is corrected; "Is that what the source says?" checks the claim before it', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('Did the ministers want results by the end of the year?')).toMatch(/yield concrete results/);
    const abe = await ask('Was Abe due to visit France?');
    expect(abe).not.toMatch(/do not place/);
    expect(abe).toMatch(/Abe’s possible visit to France/);
    expect(await ask('Did they talk about nuclear power plants?')).toMatch(/^I could not find an answer to this in the sources\./);
    expect(await ask('Did Kono have a meeting with Parly?')).toMatch(/^The articles place Taro Kono and Florence Parly together at the 4th two-plus-two/);
    expect(await ask("The second meeting was in 2014, wasn't it?")).toMatch(/^(?:\S+ )?No: the 2nd two-plus-two was held on a Friday in 2015\./);
    expect(await ask("A draft I'm reviewing calls Kono Japan's defence minister at the 2018 talks. Is that what the source says?")).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Taro Kono was Foreign Minister\./);
  });

  it('/ask: an office asked of someone who held it is their title, not another holder\'s; someone asked at a meeting named by its year is checked against those at it; "where did the pact stand" asks its status', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const parly = await ask("Florence Parly's exact title at the 2018 talks — defence minister?");
    expect(parly).toMatch(/^(?:\S+ )?\*\*Florence Parly\*\* \(France\): Minister for the Armed Forces at the 2018 two-plus-two/);
    expect(parly).not.toMatch(/Onodera was/);
    expect(await ask('confirm: Fabius was at the 2018 two-plus-two in Tokyo')).toMatch(/do not name Laurent Fabius among those at the 2018 two-plus-two/);
    expect(await ask('Where did the ACSA stand after the 2018 talks: negotiating, framework, or signed?')).toMatch(/framework/);
  });

  it('/ask: whether a pact was signed with a country no article mentions is not answered with whether ours was', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const peru = await ask('did Japan sign an ACSA with Peru too?');
    expect(peru).toMatch(/^The articles do not cover this question\./);
    expect(peru).toMatch(/They never mention: “peru”/);
    expect(await ask('was the ACSA signed in 2015?')).toMatch(/^(?:\S+ )?No: the articles never say that Acquisition and Cross-Servicing Agreement \(ACSA\) was signed\./);
  });

  it('/ask: a day of the month claimed of a meeting is checked against its date, even beside a place or a weekday; a date the articles do not give is not confirmed', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const march = await ask("The Iikura talks were on Friday 13 March, weren't they?");
    expect(march).not.toMatch(/Yes/);
    expect(march).toMatch(/only as a Friday in 2015, not the day/);
    expect(await ask('Was the 2018 meeting on 27 January?')).toMatch(/^(?:\S+ )?No: the 4th two-plus-two was held on 26 January 2018\./);
    expect(await ask('Were the Tokyo talks in 2018 held on Saturday 26 January?')).toMatch(/^(?:\S+ )?No: the 4th two-plus-two was held on 26 January 2018 \(Friday\)\./);
    expect(await ask('2018年の会合は1月26日でしたか？')).toMatch(/^(?:\S+ )?Yes: the 4th two-plus-two was held on 26 January 2018\./);
    expect(await ask('Le 2+2 de 2018 a-t-il eu lieu le 26 janvier ?')).toMatch(/^(?:\S+ )?Yes: the 4th two-plus-two was held on 26 January 2018\./);
  });

  it('/ask: a claim or a choice naming things the articles never mention, in place of what a passage says, is answered with that passage; one naming a thing of no such kind is still not covered', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    // Someone else's claim, put to be checked: a frigate is a warship as a destroyer is; New Caledonia an island as Tahiti is.
    const ship = await ask('A guy on my team insists the Vendemiaire was a destroyer out of Tahiti, right?');
    expect(ship).toMatch(/^The articles never mention “destroyer”, “Tahiti”\. What they say:/);
    expect(ship).toMatch(/frigate Vendemiaire, based in New Caledonia/);
    // Listed beside a choice the passage names.
    const listed = await ask("Parly named North Korea, Taiwan and cyber as France's worries in Asia, didn't she?");
    expect(listed).toMatch(/^The articles never mention “Taiwan”, “cyber”\. What they say:/);
    expect(listed).toMatch(/South China Sea and terrorism/);
    // A remark of the asker's own after the question names nothing asked.
    expect(await ask("Parly named North Korea, Taiwan and cyber as France's worries in Asia, right? that's what I wrote down")).toMatch(/^The articles never mention “Taiwan”, “cyber”\./);
    const quiz = await ask("Which of these did Parly name among France's concerns in Asia: (a) piracy (b) terrorism (c) climate change?");
    expect(quiz).toMatch(/^The articles never mention “piracy”, “climate”\. What they say:/);
    // Nothing of the kind: not covered, plural or not.
    expect(await ask('Did the Vendemiaire come from Peru?')).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “peru”/);
    expect(await ask('Did they discuss F-35s at the 2018 meeting?')).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “F-35”/);
  });

  it('/ask: a word cut short is the articles\' word it begins; "combien de" asks for what follows; a last sentence only about the sources asks whether the claim holds', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('what 2 points of collab did kishida name on terrorism')).toMatch(/collaborate on several points/);
    const crew = await ask('Combien de marins à bord du Vendémiaire ?');
    expect(crew).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “marins”/);
    const claim = await ask('"In 2015 the ministers pledged to cooperate on stability in Ukraine." Backed up by the reports or not?');
    expect(claim).toMatch(/pledged to cooperate on stability in Ukraine/);
    expect(claim).not.toMatch(/do not cover/);
    // A quotation mark inside the question is no sentence's end.
    expect(await ask('what does "two-plus-two" mean in these reports?')).toMatch(/^A two-plus-two is a meeting of the two countries’ foreign and defence ministers/);
  });

  it('/ask: a cleft claim is said of the one named; a statement with no question mark is a claim to check, and a place it denies is not one it claims; "where" with its verb inverted asks, after a noun too', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("it was Abe who called France 'a Pacific country', yeah?")).toMatch(/^(?:\S+ )?No: Jean-Yves Le Drian said it \(Foreign Minister, 2018 two-plus-two\), not Shinzo Abe\./);
    expect(await ask('the 2018 meeting was in Paris, not Tokyo')).toMatch(/^No: the 4th two-plus-two was held in Tokyo on 26 January 2018\./);
    expect(await ask('the 2015 meeting was in Tokyo, not Paris, right?')).toMatch(/^Yes: the 2nd two-plus-two was held in Tokyo/);
    expect(await ask('and the 2015 one, where in Tokyo did the ministers meet?')).toMatch(/Iikura Guest House/);
  });

  it('/ask: an imperative opening asks; words for the form of an answer and for whom it is are not what is asked; a claim quoted after a label, or followed by a request to check it, is checked; a name of several words is one thing', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('State the city where the 2015 meeting was held.')).toMatch(/^The 2nd two-plus-two was held in Tokyo/);
    expect(await ask('give me the key points of the 2015 meeting, short version pls')).toMatch(/^At the 2nd two-plus-two, a Friday in 2015:/);
    expect(await ask('My notes: "Kono was defence minister in 2018." Is that what the piece says?')).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Taro Kono was Foreign Minister\./);
    const g4 = await ask("Japan's partners in the Group of Four are Germany, India and South Africa. Correct me if that's wrong.");
    expect(g4).toMatch(/^The articles never mention “South Africa”\. What they say:/);
    expect(g4).toMatch(/Germany, Brazil and India/);
  });

  it('/ask: a denial is never confirmed; a speaker before a colon stays the question; a list of people the articles name is no list of choices; a thing asked whether discussed is the topic; a day of a month with no year names the meeting held that day', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    for (const denial of ['The 2018 meeting was not held in Tokyo', 'Kono was not foreign minister in 2018', 'Was the 2018 meeting not held in Tokyo?']) expect(await ask(denial)).not.toMatch(/^(?:\S+ )?Yes/);
    expect(await ask('Fabius said: "the ACSA will boost interoperability"')).toMatch(/^(?:\S+ )?No: Itsunori Onodera said it/);
    expect(await ask('Which minister said: "Our three concerns in Asia are of course North Korea"?')).toMatch(/^(?:\S+ )?Florence Parly said it/);
    expect(await ask('Kishida, Nakatani, Fabius and Hollande attended the 2015 meeting, right?')).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “hollande”/);
    expect(await ask("Did the ministers discuss Iran's nuclear program?")).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “iran”/);
    expect(await ask('What was agreed on 26 January?')).toMatch(/^At the 4th two-plus-two, 26 January 2018:/);
    expect(await ask('Was the 2018 meeting held on 5 May?')).toMatch(/^(?:\S+ )?No: the 4th two-plus-two was held on 26 January 2018\./);
    expect(await ask('Name the members of the Group of Four besides Japan.')).toMatch(/Germany, Brazil and India/);
    // Two questions, each with its mark, however the first opens.
    expect(await ask('Florence Parly, elle est ministre de quoi ? et Le Drian ?')).toMatch(/Florence Parly.*Minister for the Armed Forces/);
    // A thing never mentioned only in a sentence that sets the scene is no reason to say the sources are silent.
    expect(await ask('I once shook hands with Onodera at the Ichigaya compound. Which office did he hold in 2018?')).toMatch(/Itsunori Onodera.*Defense Minister/);
    // A sentence that is a claim, not the asker's scene, keeps what it names: anyone's, or the asker's before a question of whether.
    for (const claim of ['In 2018 the ministers discussed Taiwan. Correct?', 'My notes say the ministers discussed Taiwan in 2018. Is that right?']) {
      expect(await ask(claim)).toMatch(/^The articles do not cover this question\.[\s\S]*They never mention: “taiwan”/);
    }
  });

  it('/ask: both parts of a question whose first part ends on its question word, or follows a topic and a dash; things of a kind no article calls so', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    // "…who, and what…": the question word where the answer would stand still opens a question.
    const who = await ask('japan foreign minister in 2015 talks who, and what he tell the reporters after');
    expect(who).toMatch(/Fumio Kishida was Japan’s Foreign Minister/);
    expect(who).toMatch(/What Fumio Kishida said, verbatim:[\s\S]*step up bilateral security/);
    // A topic before a dash is no question: the split is at the next joint, and "which ministers" is asked of the first part's meeting.
    const both = await ask('the 2+2 at the Iikura Guest House — which round in the series was that, and which French ministers sat at the table?');
    expect(both).toMatch(/2nd two-plus-two/);
    expect(both).toMatch(/Laurent Fabius \(Foreign Minister\), Jean-Yves Le Drian \(Defense Minister\)/);
    // "Islands": no article uses the word, but New Caledonia is one: not silence, an unsure miss with it closest.
    const islands = await discord.command('ask', { query: 'Which islands are in the Indian Ocean according to the article?' }).reply;
    const shown = JSON.stringify(embedsOf(islands.data));
    expect(shown).toMatch(/I could not find an answer to this in the sources/);
    expect(shown).toMatch(/never use the word “islands”/);
    expect(shown).toMatch(/Reunion and New Caledonia/);
    expect(shown).not.toMatch(/do not cover this question/);
    // A pronoun for someone the question names still asks a second question ("who was with her").
    expect(await ask('What did Parly say, and who was with her?')).toMatch(/\*\*Florence Parly\*\* \(France\): Minister for the Armed Forces at the 2018 two-plus-two[\s\S]*Jean-Yves Le Drian, together with Japanese Defense Minister Itsunori Onodera/);
  });

  it('/ask: "the previous January" after a date is the January before it; a French word glossed to English is not matched through another sense of its synonyms', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const previous = await ask('In the Jan 2018 article Onodera refers back to the 2+2 held the previous January. Which number in the series was that one');
    expect(previous).toMatch(/3rd two-plus-two, January 2017/);
    expect(previous).not.toMatch(/4th two-plus-two/);
    // Without the month of the date, "the previous January" may be the same year's.
    expect(await ask('In 2015, what happened in France the previous January?')).toMatch(/17 people dead/);
    // "Projet de loi" is "bill", which shares a sense with "measure"; "measures against funding terrorists" are steps, not a bill.
    expect(await ask('en 2015 quel ministre japonais a présenté aux Français le projet de loi sur la sécurité ?')).not.toMatch(/measures against funding terrorists/);
  });

  it('/ask: who asks and why is no part of what is asked: a lead naming the asker before a colon, an aside in brackets, a setting that asks its own things; choices labelled "a) b)"', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const lead = await ask('OK, one from a listener called Marguerite: how many people were killed in the January attacks in France?');
    expect(lead).toMatch(/17 people dead/);
    expect(lead).not.toMatch(/do not cover this question/);
    // A name alone before the colon is whom the question asks of.
    expect(await ask('Tanaka Ichiro: what did he say in 2018?')).toMatch(/They never mention: “tanaka”, “ichiro”/);
    const aside = await ask('How many years separate the first two-plus-two and the fourth one? (my pupils should work it out themselves)');
    expect(aside).toMatch(/^4 years apart by the calendar/);
    const setting = await ask("Next, a note from Odile in Grenoble who says, 'why would a European country care about Asia?' Great point Odile. And she adds: what did Le Drian call France when he spoke in Tokyo in 2018?");
    expect(setting).toMatch(/As a Pacific country/);
    expect(setting).not.toMatch(/do not cover this question/);
    const choices = await ask('Quiz: which French frigate was to drill with the MSDF in Feb 2018? a) Charles de Gaulle b) Prairial c) Vendemiaire d) Mistral');
    expect(choices).toMatch(/^The articles never mention “Charles”, “Gaulle”.*\. What they say:/);
    expect(choices).toMatch(/frigate Vendemiaire/);
  });

  it('/ask: "the 2nd and the 4th" are two meetings; "where" last asks where', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('roughly how many years separate the 2nd and the 4th japan-france two-plus-two?')).toMatch(/^3 years apart by the calendar: the 2nd two-plus-two was held on a Friday in 2015, the 4th two-plus-two on 26 January 2018/);
    expect(await ask('2018 meeting where?? 🤔')).toMatch(/^The 4th two-plus-two was held in Tokyo/);
    // A second question of where, naming nothing of its own, is asked of the first part's meeting; "in which building" asks where.
    const both = await ask("Exam question: at the 2015 talks, who was Japan's foreign minister, and in which building was the meeting held?");
    expect(both).toMatch(/Fumio Kishida was Japan’s Foreign Minister at the 2015 two-plus-two/);
    expect(both).toMatch(/The 2nd two-plus-two was held in Tokyo \(Iikura Guest House/);
  });

  it('/ask: what an emoji ends is a sentence of its own; "round" after a meeting\'s or a place\'s name is the meeting', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask("Revision again 📚 in 2018, how did the ministers say they'd stop North Korea from dodging UN sanctions?")).toMatch(/thwart the evasion of U\.N\. sanctions/);
    expect(await ask("Who held Japan's defence portfolio at the Iikura round?")).toMatch(/Gen Nakatani was Japan’s Defense Minister at the 2015 two-plus-two/);
    expect(await ask('how many Japan–France two-plus-two rounds had there been by January 2018?')).not.toMatch(/never mention: “rounds”/);
  });

  it('/ask settles a dispute ("@a says X, @b says Y. Who\'s right?") by checking the first view', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    expect(await ask('two members arguing 🙃 one says the 2015 Japan–France 2+2 was in Paris, the other says Tokyo. verdict?')).toMatch(/^No: the 2nd two-plus-two was held in Tokyo/);
    expect(await ask("@mika says Parly was foreign minister in 2018, @theo says she was armed forces minister. who's right?")).toMatch(/^(?:\S+ )?No: at the 2018 two-plus-two, Florence Parly was Minister for the Armed Forces\./);
    expect(await ask('my colleague says the 2018 meeting was the third, I say fourth. who is right?')).toMatch(/^No: the 2018 two-plus-two was the 4th, not the 3rd\./);
  });

  it('/ask in Japanese: "以外" sets a topic aside; "記事" (the articles) is no verb of saying', async () => {
    const ask = async (query: string) => embedsOf((await discord.command('ask', { query }).reply).data)[0]!.description!;
    const besides = await ask('2015年の会合では、テロ対策以外にどんな分野での協力が確認されましたか？');
    expect(besides).toMatch(/natural disasters and diseases, such as Ebola/);
    expect(besides).not.toMatch(/^Joint efforts against terrorism/);
    expect(await ask('ル・ドリアン氏は2015年と2018年の記事で、それぞれどの役職ですか？')).toMatch(/Defense Minister at the 2015 two-plus-two, Foreign Minister at the 2018 two-plus-two/);
  });

  it('/quote Parly and /agreement ACSA', async () => {
    const quote = await discord.command('quote', { query: 'Parly' }).reply;
    expect(embedsOf(quote.data)[0]!.description).toContain('Our three concerns in Asia are of course North Korea');
    const acsa = await discord.command('agreement', { query: 'ACSA' }).reply;
    expect(embedsOf(acsa.data)[0]!.description).toMatch(/^\*\*Status:\*\* Framework agreed — as of 26 January 2018/);
    // A status last reported in 2015 is not "as of the latest source", which is of 2018.
    const diseases = await discord.command('agreement', { query: 'natural disasters and diseases' }).reply;
    expect(embedsOf(diseases.data)[0]!.description).toMatch(/^\*\*Status:\*\* Confirmed at the second two-plus-two — as of a Friday in 2015 \(latest article that reports it\)/);
    const asked = await discord.command('ask', { query: 'what is the status of the cooperation on disasters and diseases?' }).reply;
    expect(textOf(embedsOf(asked.data))).toContain('as of a Friday in 2015 (the latest article that reports it)');
  });

  it('a typo still answers; a miss is ephemeral with suggestions', async () => {
    const typo = await discord.command('person', { query: 'Onodra' }).reply;
    expect(embedsOf(typo.data)[0]!.title).toBe('Itsunori Onodera');
    const miss = await discord.command('agreement', { query: 'Treaty of Rome' }).reply;
    expect(miss.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(embedsOf(miss.data)[0]!.title).toBe('Nothing found for “Treaty of Rome”');
  });

  it('ja and fr locales: labels and footer in that language', async () => {
    const ja = await discord.command('meeting', { query: '2015' }, { locale: 'ja' }).reply;
    expect(embedsOf(ja.data)[0]!.fields!.map((f) => f.name)).toContain('出席者');
    expect(embedsOf(ja.data)[0]!.footer!.text).toMatch(/^記事の本文は英語の原文のまま引用しています。( · \d+ \/ \d+ ページ)?$/);
    const fr = await discord.command('agreement', { query: 'ACSA' }, { locale: 'fr' }).reply;
    expect(embedsOf(fr.data)[0]!.description).toContain('au 26 janvier 2018');
  });

  it.each([
    ['meeting', 'fourth', 'two-plus-two-2018'],
    ['quote', 'Parl', 'parly-2018-three-concerns'],
    ['agreement', 'ACS', 'acsa'],
    ['person', 'le dr', 'jean-yves-le-drian'],
    ['ask', 'North Korea', 'north-korea-pressure'],
    ['timeline', 'ACSA', 'acsa'],
    ['sources', '2015', '2015-second-two-plus-two'],
    ['help', 'qu', 'quote'],
  ])('autocomplete /%s "%s": at most 25 ranked choices, %s first', async (command, typed, expected) => {
    const cb = await discord.autocomplete(command, 'query', typed).reply;
    expect(cb.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = cb.data!.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.value).toBe(expected);
  });

  it('pages turn with buttons for the caller', async () => {
    const first = await discord.command('meeting', { query: '2018' }, { userId: '900000000000000777' }).reply;
    const components = first.data!.components as { components: { custom_id: string }[] }[];
    const next = components[0]!.components[1]!.custom_id;
    const message = discord.message(first.data!);
    const turned = await discord.button(next, message, { userId: '900000000000000777' }).reply;
    expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
    const stranger = await discord.button(next, message, { userId: '900000000000000778' }).reply;
    expect(stranger.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'Only the person who ran this command can turn its pages.' });
  });

  it('pages turned through discord.js carry their long question in the footer', async () => {
    const userId = '900000000000000779';
    const query = 'Fourth Japan-France two-plus-two in Tokyo on 26 January 2018 with Kono, Le Drian, Onodera and Parly';
    const first = await discord.command('meeting', { query }, { userId }).reply;
    const components = first.data!.components as { components: { custom_id: string }[] }[];
    const next = components[0]!.components[1]!.custom_id;
    expect(next.length).toBeLessThanOrEqual(100);
    const turned = await discord.button(next, discord.message(first.data!), { userId }).reply;
    expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
    expect(textOf(embedsOf(turned.data))).toContain('Page 2 of');
    expect(discord.violations).toEqual([]);
  });

  it('in a DM (a user install: `user`, no guild, no member) commands and pages work', async () => {
    const userId = '900000000000000780';
    const meeting = await discord.command('meeting', { query: '2018' }, { dm: true, userId }).reply;
    expect(embedsOf(meeting.data)[0]!.title).toBe('Fourth Japan–France two-plus-two');
    const first = await discord.command('meeting', { query: '2018' }, { dm: true, userId }).reply;
    const next = (first.data!.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    const turned = await discord.button(next, discord.message(first.data!), { dm: true, userId }).reply;
    expect(turned.type).toBe(InteractionResponseType.UpdateMessage);
  });

  it('"Ask the sources" on a message answers privately, as /ask does; an attachment-only message is explained', async () => {
    const posted = discord.postedMessage('Japan and France signed a logistics deal?');
    const menu = await discord.messageCommand('Ask the sources', posted).reply;
    expect(menu.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(menu.data?.flags).toBe(MessageFlags.Ephemeral);
    const ask = await discord.command('ask', { query: 'Japan and France signed a logistics deal?' }).reply;
    expect(embedsOf(menu.data)).toEqual(embedsOf(ask.data));
    const photo = await discord.messageCommand('Ask the sources', discord.postedMessage('', 1), { locale: 'ja' }).reply;
    expect(photo.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringContaining('添付ファイル') });
  });

  it('one member running commands too fast gets an ephemeral cooldown notice', async () => {
    const userId = '900000000000000555';
    for (let n = 0; n < 5; n++) await discord.command('help', {}, { userId }).reply;
    const sixth = await discord.command('help', {}, { userId }).reply;
    expect(sixth.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: expect.stringMatching(/^You are going a little fast: try again in \d+ s\.$/) });
    const other = await discord.command('help', {}).reply;
    expect(embedsOf(other.data)[0]!.title).toBe('Japan–France security ties: what I can answer');
  });

  it('a command the bot does not know gets an ephemeral answer', async () => {
    const cb = await discord.command('weather', { query: 'Tokyo' }).reply;
    expect(cb.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'I do not know this command. Try /help.' });
  });

  it('logs one line per interaction, with command, options, latency and outcome', async () => {
    const { id, reply } = discord.command('meeting', { query: 'Paris' });
    await reply;
    const line = await bot.waitForLog((l) => l.interaction === id);
    expect(line).toMatchObject({ msg: 'interaction', command: 'meeting', options: { query: 'Paris' }, outcome: 'answered', guild: GUILD_ID });
    expect(typeof line.latencyMs).toBe('number');
    expect(bot.lines.filter((l) => l.interaction === id)).toHaveLength(1);
  });
});

describe('health and metrics', () => {
  it('listens on loopback only', async () => {
    const line = await bot.waitForLog((l) => l.msg === 'metrics listening');
    expect(line.host).toBe('127.0.0.1');
  });

  it('/healthz: 200 with ready shards, records, data version and uptime', async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', shards: [0], readyShards: [0], dataVersion: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(body.records).toBeGreaterThan(40);
    expect(typeof body.uptimeSeconds).toBe('number');
  });

  it('/metrics: the counters move by the interactions sent', async () => {
    const command = { type: 'command', command: 'agreement', outcome: 'answered' };
    const miss = { type: 'command', command: 'agreement', outcome: 'miss' };
    const auto = { type: 'autocomplete', command: 'agreement', outcome: 'answered' };
    const count = async (labels: Record<string, string>) => (await sample('bot_interactions_total', labels)) ?? 0; // a counter not yet incremented is absent
    const before = [await count(command), await count(miss), await count(auto)];
    const latencyBefore = (await sample('bot_interaction_duration_seconds_count', { command: 'agreement' })) ?? 0;
    for (let n = 0; n < 3; n++) await discord.command('agreement', { query: 'ACSA' }).reply;
    await discord.command('agreement', { query: 'Treaty of Paris' }).reply;
    for (let n = 0; n < 2; n++) await discord.autocomplete('agreement', 'query', 'AC').reply;
    await new Promise((r) => setTimeout(r, 50)); // the log-and-count step runs just after the reply
    expect(await count(command)).toBe(before[0]! + 3);
    expect(await count(miss)).toBe(before[1]! + 1);
    expect(await count(auto)).toBe(before[2]! + 2);
    expect(await sample('bot_interaction_duration_seconds_count', { command: 'agreement' })).toBe(latencyBefore + 4);
    expect(await sample('bot_autocomplete_duration_seconds_count', { command: 'agreement' })).toBeGreaterThanOrEqual(2);
    expect(await sample('bot_index_records', { kind: 'quote' })).toBe(20);
    expect(await sample('bot_data_last_load_success', {})).toBe(1);
    const ping = await sample('bot_gateway_ping_seconds', { shard: '0' });
    expect(ping).toBeDefined();
    expect(ping).toBeGreaterThanOrEqual(0);
    expect(ping).toBeLessThan(1);
  });
});

describe('faults', () => {
  it('the gateway closes the socket with 4000: the bot resumes and answers the next interaction', async () => {
    const before = discord.resumes.length;
    discord.closeSocket(0, 4000);
    const start = Date.now();
    while (discord.resumes.length === before && Date.now() - start < 15_000) await new Promise((r) => setTimeout(r, 50));
    expect(discord.resumes.length).toBe(before + 1);
    const cb = await discord.command('meeting', { query: '2018' }).reply;
    expect(embedsOf(cb.data)[0]!.title).toBe('Fourth Japan–France two-plus-two');
  }, 20_000);

  it('the callback route answers 500 once: logged, discord.js retries, the user still gets the answer', async () => {
    discord.failOnce('POST /interactions/', 500);
    const cb = await discord.command('meeting', { query: '2018' }).reply;
    expect(embedsOf(cb.data)[0]!.title).toBe('Fourth Japan–France two-plus-two');
    const line = await bot.waitForLog((l) => l.msg === 'Discord answered with a server error');
    expect(line).toMatchObject({ method: 'POST', status: 500, level: 40 });
  }, 20_000);

  it('a reply Discord rejects (400) is logged once with the interaction id, and the next one is served', async () => {
    discord.failOnce('POST /interactions/', 400);
    const { id } = discord.command('meeting', { query: '2018' });
    const line = await bot.waitForLog((l) => l.interaction === id && l.outcome === 'error');
    expect(line.msg).toBe('interaction failed');
    expect(bot.lines.filter((l) => l.interaction === id && l.level === 50)).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();
    const cb = await discord.command('quote', { query: 'Kono' }).reply;
    expect(embedsOf(cb.data)[0]!.title).toContain('Taro Kono');
  }, 20_000);

  it('never writes the token to its output', () => {
    expect(bot.output()).not.toContain(DUMMY_TOKEN);
  });

  it('Discord saw no violation: names, limits, one acknowledgement each within 3 s, no mentions', () => {
    expect(discord.violations).toEqual([]);
  });

  it('SIGTERM ends the process cleanly with exit code 0', async () => {
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    expect(bot.lines.some((l) => l.msg === 'shutting down' && l.reason === 'SIGTERM')).toBe(true);
  }, 15_000);
});
