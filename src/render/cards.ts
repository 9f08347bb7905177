// What each answer says, built from the records: a neutral card that becomes Discord embeds or
// terminal text. Every fact line carries [n] markers for the evidence it rests on.
import { ordinalSuffix, quoteSource } from '../knowledge/documents';
import type { Knowledge } from '../knowledge/load';
import type { Agreement, DateFact, Evidence, Meeting, Person, Quote } from '../knowledge/schema';
import type { Hit, Kind } from '../knowledge/search';
import { escapeUserText } from './escape';
import { type Lang, formatDateValue, t } from './i18n';

export type CardKind = Kind | 'timeline' | 'sources' | 'help' | 'miss' | 'info';

export interface CardField {
  name: string;
  lines: string[];
  inline?: boolean;
}

export interface Card {
  kind: CardKind;
  title: string;
  description?: string;
  fields: CardField[];
  /** The evidence the [n] markers point to, in order. */
  sources: Evidence[];
}

const FLAG = { JP: '🇯🇵', FR: '🇫🇷' } as const;

/** Numbers evidence as it is cited, so each passage appears once however often it is used. */
class Citations {
  readonly list: Evidence[] = [];
  private readonly seen = new Map<string, number>();

  cite(evidence: Evidence[], max = 3): string {
    const unique = evidence.filter((e, i) => evidence.findIndex((o) => o.article === e.article && o.text === e.text) === i);
    const marks = unique.slice(0, max).map((e) => {
      const key = `${e.article}\u0000${e.text}`;
      let n = this.seen.get(key);
      if (n === undefined) {
        this.list.push(e);
        this.seen.set(key, (n = this.list.length));
      }
      return `[${n}]`;
    });
    return marks.length > 0 ? ` ${marks.join('')}` : '';
  }
}

export function formatDate(d: DateFact, lang: Lang, withBasis = false): string {
  const text = formatDateValue(d.value, d.precision, lang);
  if (d.provenance !== 'inferred') return text;
  return withBasis ? `${text} (${t(lang, 'inferred')})\n-# ${d.basis}` : `${text} (${t(lang, 'inferred')})`;
}

export function ordinal(n: number, lang: Lang): string {
  if (lang === 'ja') return `第${n}回`;
  if (lang === 'fr') return n === 1 ? '1re' : `${n}e`;
  return `${n}${ordinalSuffix(n)}`;
}

function meetingShort(m: Meeting, lang: Lang): string {
  return `${ordinal(m.number.value, lang)} two-plus-two · ${formatDate(m.date, lang)}${m.place ? ` · ${m.place.city}` : ''}`;
}

function roleAt(p: Person, meetingId: string) {
  return p.roles.find((r) => r.meeting === meetingId);
}

const byDate = (k: Knowledge) => (a: { meeting: string }, b: { meeting: string }) =>
  (k.meetings.get(a.meeting)?.date.value ?? '').localeCompare(k.meetings.get(b.meeting)?.date.value ?? '');

export function meetingCard(k: Knowledge, m: Meeting, lang: Lang, alsoMatching: Hit[] = []): Card {
  const c = new Citations();
  const description = [
    `**${meetingShort(m, lang)}**${c.cite(m.evidence, 2)}`,
    m.number.provenance === 'inferred' ? `-# ${m.number.basis}` : '',
  ].filter(Boolean);
  const participants = m.participants.map((pt) => {
    const person = k.people.get(pt.person)!;
    const role = roleAt(person, m.id)!;
    return `${FLAG[role.country]} ${person.name} — ${role.title}${c.cite([...pt.evidence, ...role.evidence], 2)}`;
  });
  const fields: CardField[] = [
    { name: t(lang, 'date'), lines: [formatDate(m.date, lang, true)], inline: true },
    {
      name: t(lang, 'place'),
      lines: [m.place ? `${m.place.city}${m.place.venue ? ` — ${m.place.venue}` : ''}${c.cite(m.place.evidence, 2)}` : t(lang, 'notStated')],
      inline: true,
    },
    { name: t(lang, 'participants'), lines: participants.length > 0 ? participants : [t(lang, 'notStated')] },
  ];
  if (m.outcomes.length > 0) fields.push({ name: t(lang, 'outcomes'), lines: m.outcomes.map((o) => `• ${o.summary}${c.cite(o.evidence)}`) });
  if (m.sideEvents.length > 0) {
    fields.push({
      name: t(lang, 'sideEvents'),
      lines: m.sideEvents.map((s) => {
        const when = s.date ? `${formatDate(s.date, lang)}, ` : '';
        return `• (${when}${t(lang, s.status)}) ${s.summary}${c.cite(s.evidence)}`;
      }),
    });
  }
  if (alsoMatching.length > 0) fields.push({ name: t(lang, 'alsoMatching'), lines: alsoMatching.map((h) => `• ${h.label} — \`/meeting ${h.id}\``) });
  return { kind: 'meeting', title: m.name, description: description.join('\n'), fields, sources: c.list };
}

export function personCard(k: Knowledge, p: Person, lang: Lang): Card {
  const c = new Citations();
  const roles = [...p.roles].sort(byDate(k)).map((r) => {
    const m = k.meetings.get(r.meeting)!;
    const note = r.inference ? `\n-# ${t(lang, 'inferred')}: ${r.inference}` : '';
    // Said "at the time of": someone may hold a role then without attending (Macron, Abe).
    return `**${r.title}** (${FLAG[r.country]}) — ${t(lang, 'atTimeOf', { meeting: meetingShort(m, lang) })}${c.cite(r.evidence, 2)}${note}`;
  });
  const attended = [...k.meetings.values()]
    .filter((m) => m.participants.some((pt) => pt.person === p.id))
    .sort((a, b) => a.date.value.localeCompare(b.date.value))
    .map((m) => `• ${meetingShort(m, lang)}${c.cite(m.participants.find((pt) => pt.person === p.id)!.evidence, 1)}`);
  const quotes = [...k.quotes.values()]
    .filter((q) => q.speaker === p.id)
    .sort((a, b) => (a.kind === b.kind ? byDate(k)(a, b) : a.kind === 'direct' ? -1 : 1))
    .map((q) => `• ${q.kind === 'direct' ? `“${clipText(q.text, 140)}”` : `(${t(lang, 'reported')}) ${clipText(q.text, 140)}`} — \`/quote ${q.id}\``);
  const fields: CardField[] = [
    { name: t(lang, 'roles'), lines: roles },
    { name: t(lang, 'meetingsAttended'), lines: attended.length > 0 ? attended : [t(lang, 'notStated')] },
  ];
  if (quotes.length > 0) fields.push({ name: t(lang, 'quotes'), lines: quotes });
  return { kind: 'person', title: p.name, description: `${FLAG[p.country]} ${t(lang, p.country)}`, fields, sources: c.list };
}

export function quoteCard(k: Knowledge, q: Quote, lang: Lang): Card {
  const c = new Citations();
  const m = k.meetings.get(q.meeting)!;
  const speaker = q.speaker ? k.people.get(q.speaker) : undefined;
  const role = speaker ? roleAt(speaker, q.meeting) : undefined;
  const who = speaker ? `${speaker.name}${role ? ` — ${role.title} (${FLAG[role.country]})` : ''}` : q.attributedTo!;
  const about = q.about ? `-# (${q.about})\n` : '';
  const description =
    q.kind === 'direct'
      ? `${about}> “${q.text}”${c.cite(q.evidence)}`
      : `**${t(lang, 'reported')}**\n> ${q.text}${c.cite(q.evidence)}`;
  return {
    kind: 'quote',
    title: q.kind === 'direct' ? who : `${quoteSource(q, k)} (${t(lang, 'reported')})`,
    description,
    fields: [
      { name: t(lang, 'speaker'), lines: [who], inline: true },
      { name: t(lang, 'date'), lines: [formatDate(m.date, lang)], inline: true },
      { name: t(lang, 'meeting'), lines: [meetingShort(m, lang)], inline: true },
      { name: t(lang, 'setting'), lines: [q.setting ?? t(lang, 'settingUnknown')], inline: true },
      { name: t(lang, 'kind'), lines: [q.kind === 'direct' ? t(lang, 'direct') : t(lang, 'reported')], inline: true },
    ],
    sources: c.list,
  };
}

export function agreementCard(k: Knowledge, a: Agreement, lang: Lang): Card {
  const c = new Citations();
  const status = `**${t(lang, 'status')}:** ${a.status.label} — ${t(lang, 'asOf', { date: formatDate(a.status.asOf, lang) })} (${t(lang, 'latestSource')})${c.cite(a.status.evidence)}`;
  const timeline = a.timeline.map((s) => {
    const m = s.meeting ? k.meetings.get(s.meeting) : undefined;
    const at = m ? ` (${ordinal(m.number.value, lang)} two-plus-two)` : '';
    const planned = s.planned ? ` — ${t(lang, 'planned')}` : '';
    return `**${formatDate(s.date, lang)}**${at}${planned}: ${s.summary}${c.cite(s.evidence)}`;
  });
  return {
    kind: 'agreement',
    title: a.name,
    description: status,
    fields: [
      { name: t(lang, 'kind'), lines: [t(lang, a.kind)], inline: true },
      { name: a.kind === 'position' ? t(lang, 'points') : t(lang, 'covers'), lines: a.covers.map((cv) => `• ${cv.summary}${c.cite(cv.evidence)}`) },
      { name: t(lang, 'timeline'), lines: timeline },
    ],
    sources: c.list,
  };
}

interface TimelineEntry {
  date: DateFact;
  order: number;
  line: string;
  evidence: Evidence[];
}

/** Meetings and agreement steps in date order; `only` keeps the entries of some records. */
export function timelineCard(k: Knowledge, lang: Lang, only?: Set<string>): Card {
  const c = new Citations();
  const entries: TimelineEntry[] = [];
  for (const m of k.meetings.values()) {
    if (only && !only.has(m.id)) continue;
    entries.push({ date: m.date, order: 0, line: `🤝 **${ordinal(m.number.value, lang)} two-plus-two**${m.place ? `, ${m.place.city}` : ''}`, evidence: m.evidence });
  }
  for (const a of k.agreements.values()) {
    if (only && !only.has(a.id) && !a.timeline.some((s) => s.meeting && only.has(s.meeting))) continue;
    for (const s of a.timeline) {
      if (only && !only.has(a.id) && !(s.meeting && only.has(s.meeting))) continue;
      entries.push({ date: s.date, order: 1, line: `${s.planned ? '🗓️' : '•'} ${a.name}: ${s.summary}${s.planned ? ` (${t(lang, 'planned')})` : ''}`, evidence: s.evidence });
    }
  }
  entries.sort((x, y) => x.date.value.slice(0, 7).localeCompare(y.date.value.slice(0, 7)) || x.order - y.order || x.date.value.localeCompare(y.date.value));
  const byYear = new Map<string, string[]>();
  for (const e of entries) {
    const year = e.date.value.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(`**${formatDate(e.date, lang)}** ${e.line}${c.cite(e.evidence, 1)}`);
    byYear.set(year, list);
  }
  return {
    kind: 'timeline',
    title: t(lang, 'timelineTitle'),
    fields: [...byYear].map(([year, lines]) => ({ name: year, lines })),
    sources: c.list,
  };
}

export function sourcesCards(k: Knowledge, lang: Lang, only?: string): Card[] {
  return [...k.articles.values()]
    .filter((a) => !only || a.id === only)
    .sort((a, b) => b.date.value.localeCompare(a.date.value))
    .map((a) => ({
      kind: 'sources' as const,
      title: a.headline.text,
      description: `-# ${t(lang, 'headlinesOurs')}`,
      fields: [
        { name: t(lang, 'published'), lines: [formatDate(a.date, lang), `-# ${a.date.provenance}: ${a.date.basis}`], inline: false },
        { name: t(lang, 'covers'), lines: [a.covers] },
        ...(a.paragraphs.length > 0 ? [{ name: t(lang, 'notNews'), lines: a.paragraphs.map((p) => `• ${p.note}`) }] : []),
        { name: t(lang, 'article'), lines: [`\`${a.id}\` (${a.source.file})`] },
      ],
      sources: [],
    }));
}

export interface HelpEntry {
  name: string;
  description: string;
  examples: string[];
}

export function helpCard(k: Knowledge, lang: Lang, commands: HelpEntry[]): Card {
  return {
    kind: 'help',
    title: t(lang, 'helpTitle'),
    description: t(lang, 'helpIntro', {
      articles: k.articles.size,
      meetings: k.meetings.size,
      people: k.people.size,
      quotes: k.quotes.size,
      agreements: k.agreements.size,
    }),
    fields: commands.map((cmd) => ({ name: `/${cmd.name}`, lines: [cmd.description, ...cmd.examples.map((e) => `\`${e}\``)] })),
    sources: [],
  };
}

const COMMAND_OF_KIND: Record<Kind, string> = { meeting: 'meeting', person: 'person', quote: 'quote', agreement: 'agreement' };

/** A miss: what was not found, what is close, and what exists. */
export function missCard(input: string, lang: Lang, suggestions: Hit[], exists: Hit[]): Card {
  const fields: CardField[] = [];
  if (suggestions.length > 0) {
    fields.push({ name: t(lang, 'didYouMean'), lines: suggestions.map((h) => `• ${h.label} — \`/${COMMAND_OF_KIND[h.kind]} ${h.id}\``) });
  }
  if (exists.length > 0) fields.push({ name: t(lang, 'whatExists'), lines: exists.map((h) => `• ${h.label}`) });
  return { kind: 'miss', title: t(lang, 'notFound', { q: escapeUserText(input) || '…' }), description: t(lang, 'notFoundBody'), fields, sources: [] };
}

/** Someone in the articles who is never quoted directly: say so, and where they are mentioned. */
export function noDirectQuotesCard(k: Knowledge, p: Person, lang: Lang): Card {
  const c = new Citations();
  const reported = [...k.quotes.values()].filter((q) => q.speaker === p.id);
  const mentions = [...p.roles].sort(byDate(k)).map((r) => `• ${meetingShort(k.meetings.get(r.meeting)!, lang)} — ${r.title}${c.cite(r.evidence, 2)}`);
  const fields: CardField[] = [{ name: t(lang, 'mentionedIn'), lines: mentions }];
  if (reported.length > 0) fields.push({ name: t(lang, 'reported'), lines: reported.map((q) => `• ${clipText(q.text, 160)}${c.cite(q.evidence)}`) });
  return {
    kind: 'quote',
    title: t(lang, 'noQuotesTitle', { name: p.name }),
    description: reported.length > 0 ? t(lang, 'reportedOnly', { name: p.name }) : t(lang, 'noDirectQuotes', { name: p.name }),
    fields,
    sources: c.list,
  };
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
