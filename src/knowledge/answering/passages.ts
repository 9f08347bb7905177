// Handlers that answer from the facts and passages that cover the question: the general case,
// where, whether an agreement was signed, and a denied premise.
import type { Fact } from '../facts.js';
import { EVENT_STEMS, PRESENCE_STEMS, type Question } from '../question.js';
import { rolesOf } from '../offices.js';
import type { Country, Meeting } from '../schema.js';
import { covers, stem, stemsOf, type Term, wordsOf } from '../words.js';
import type { Finding } from '../answer.js';
import { answerOf, DONE_BEFORE, placed } from './shared.js';
import type { Derived } from './derived.js';
import { personRoles } from './people.js';
import { escapeRegExp } from '../text.js';
import { meetingsNamed } from './dates.js';

/** Of several meetings' outcomes, how many of each are shown: the first page holds them all. */
const EACH_MEETING_OUTCOMES = 2;

/** Words that give a reason: "because", "in line with", "in the face of", "in order to". */
const REASON = /\b(?:because|since|due to|owing to|in line with|in the face of|in order to|so that|so as to|aimed at|with the aim|with that goal)\b/i;

export function general(d: Derived, q: Question): Finding {
  const { k, facts, factById, namesCountry, aboutAlone, holderOf, roleFact, uncoveredBy, about, names, scoreOf, candidates, scored, meetingsAsked, notCovered } = d;
  const agreement = q.agreements[0];
  // Asked what it covers, "signed" only tells which agreement it is ("the pact signed at Kasumi Hall").
  // Not where the question names something no article mentions ("did Sato sign one with Peru?"), other than the kind asked for: that is what it asks of.
  if (agreement && q.intent !== 'covers' && q.intent !== 'status' && q.terms.some((t) => covers(new Set(['sign']), t)) && d.unmentioned(q.terms.filter((t) => !t.askedFor)).length === 0) return signed(d, q, agreement);
  if (agreement && (q.why || (q.intent === 'who' && q.terms.length === 0))) {
    const own = facts.filter((f) => f.agreement === agreement && f.kind !== 'status');
    // Why: the reasons the articles give, for the country asked about. Who: the passage that names the members.
    const picked = q.why
      ? own.filter((f) => f.kind === 'covers' && (q.countries.length === 0 || q.countries.some((c) => aboutAlone(f, c))))
      : own.filter((f) => q.agreementTerms.some((t) => covers(f.evidenceStems, t)));
    // A word that says how ("the reform push") picks among them; asked why, a passage that gives a reason comes first.
    const hinted = (f: Fact) => q.hints.filter((t) => covers(f.evidenceStems, t)).length;
    const reason = (f: Fact) => Number(q.why && f.evidence.some((e) => REASON.test(e.text)));
    // Asked who, the passage that says most of the names it is called by ("the Lyon Group on port reform") first.
    const named = (f: Fact) => (q.why ? 0 : q.agreementTerms.filter((t) => covers(f.evidenceStems, t)).length);
    picked.sort((a, b) => reason(b) - reason(a) || named(b) - named(a) || hinted(b) - hinted(a));
    if (picked.length > 0) return answerOf({ kind: 'facts', facts: picked.slice(0, 2).map((f) => f.id) }, picked.slice(0, 2));
  }
  // "How fast did Sato think the pact would be done, back in 2015?": what the articles say of the
  // agreement and of everyone named, in the year asked, before the agreement's status.
  if (agreement && q.people.length > 0 && q.terms.length === 0) {
    const year = (f: Fact) => (f.date ? [f.date.value] : f.evidence.map((e) => k.articles.get(e.article)!.date.value)).some((v) => q.years.length === 0 || q.years.some((y) => v.startsWith(String(y))));
    const all = facts.filter((f) => f.agreement === agreement && !['status', 'role', 'meeting'].includes(f.kind) && q.people.every((p) => names(f, p)) && year(f));
    // Those whose passage names them, where any does: the rest only count them among those present.
    const named = all.filter((f) => q.people.every((p) => (d.aliasStems.get(p) ?? []).some((alt) => alt.every((x) => f.evidenceStems.has(x)))));
    const both = named.length > 0 ? named : all;
    if (both.length > 0) return answerOf({ kind: 'facts', facts: both.slice(0, 2).map((f) => f.id) }, both.slice(0, 2));
  }
  // "Did Sato meet Mori?": the meetings the articles place both at.
  const within = q.met && q.people.length >= 2 && q.terms.length === 0 ? meetingsAsked(q) : [];
  const bothAt = q.met && q.people.length >= 2 && q.terms.length === 0 ? d.meetings.filter((m) => q.people.every((p) => d.attended(m, p)) && (within.length === 0 || within.includes(m))) : [];
  if (bothAt.length > 0) return answerOf({ kind: 'together', people: q.people, meetings: bothAt.map((m) => m.id) }, bothAt.flatMap((m) => q.people.map((p) => d.roleFactAt(p, m.id))));
  if (q.people.length > 0 && q.terms.length === 0 && q.event) {
    // What they did together: the facts naming every one of them, beyond their titles.
    const mentions = (f: Fact) => q.countries.filter((c) => namesCountry(f, c)).length;
    // Those that say the verb asked ("what did Abe agree on": the three agreed…) first, then those
    // that also name the country asked about ("is Abe going to France").
    const verbs = stemsOf(q.text).filter((s) => EVENT_STEMS.has(s));
    const does = (f: Fact) => verbs.filter((v) => f.stems.has(v)).length;
    const together = facts.filter((f) => f.kind !== 'role' && f.kind !== 'meeting' && q.people.every((p) => names(f, p))).sort((a, b) => does(b) - does(a) || mentions(b) - mentions(a));
    if (together.length > 0) return answerOf({ kind: 'facts', facts: together.slice(0, 2).map((f) => f.id) }, together.slice(0, 2));
  }
  if (agreement && q.terms.length === 0 && q.years.length > 0) {
    // "Was Ebola discussed in 2018?": only if the articles speak of it in that year.
    const dated = facts.filter((f) => f.agreement === agreement).flatMap((f) => (f.date ? [f.date.value] : f.evidence.map((e) => k.articles.get(e.article)!.date.value)));
    if (!dated.some((d) => q.years.some((y) => d.startsWith(String(y))))) return notCovered(q, undefined, [factById.get(`${agreement}:status`)!]);
  }
  // "Did they oppose unilateral action": the agreement's passage that says how ("opposition").
  const hinted = agreement && q.terms.length === 0 && q.intent !== 'covers' ? facts.filter((f) => f.agreement === agreement && f.kind !== 'status' && q.hints.some((t) => covers(f.evidenceStems, t))) : [];
  // Those whose own summary says it ("mutual provision of supplies") before those only their passage does.
  const summarised = (f: Fact) => q.hints.filter((t) => covers(f.summaryStems, t)).length;
  hinted.sort((a, b) => summarised(b) - summarised(a));
  if (hinted.length > 0) return answerOf({ kind: 'facts', facts: hinted.slice(0, 2).map((f) => f.id) }, hinted.slice(0, 2));
  // "Did they touch on Moldova or cholera?": each agreement named, by the passage that says it.
  if (q.agreements.length >= 2 && q.terms.length === 0 && q.people.length === 0 && q.intent !== 'covers') {
    const inYears = (f: Fact) => q.years.length === 0 || f.evidence.some((e) => q.years.some((y) => k.articles.get(e.article)!.date.value.startsWith(String(y))));
    // Of each: an agreement's latest step; a topic's passage that says it in the question's words ("Moldova"), else its first.
    const sayings = (a: string) => facts.filter((f) => f.agreement === a && f.kind !== 'status' && inYears(f));
    const latestStep = (a: string) => (k.agreements.get(a)!.kind === 'agreement' ? sayings(a).filter((f) => f.kind === 'step').at(-1) : undefined);
    const each = q.agreements.map((a) => latestStep(a) ?? sayings(a).find((f) => q.agreementTerms.some((t) => covers(f.evidenceStems, t))) ?? sayings(a)[0]);
    if (each.every((f) => f !== undefined)) return answerOf({ kind: 'facts', facts: each.map((f) => f!.id) }, each as Fact[]);
  }
  // "What kinds of supplies would it cover?": what it covers, where that says the words asked.
  // Words its own steps say only tell which agreement it is ("the pact signed at Kasumi Hall").
  if (agreement && q.intent === 'covers' && q.terms.length > 0) {
    const steps = facts.filter((f) => f.agreement === agreement && f.kind === 'step');
    // The kind asked for, an everyday word for an act ("what kinds of support"), is what it covers, not a word it must say.
    const asked = q.terms.filter((t) => !(t.askedFor && t.everyday) && uncoveredBy([t], steps).length > 0);
    const own = facts.filter((f) => f.agreement === agreement && f.kind === 'covers');
    const saying = own.filter((f) => uncoveredBy(asked, [f]).length === 0);
    if (saying.length > 0) return answerOf({ kind: 'covers', agreement }, saying);
  }
  if (agreement && q.terms.length === 0) {
    if (q.intent === 'covers') return answerOf({ kind: 'covers', agreement }, facts.filter((f) => f.agreement === agreement && f.kind === 'covers'));
    // Named by words only one of its passages says ("the G4" for Security Council reform): that passage.
    const covering = facts.filter((f) => f.agreement === agreement && f.kind === 'covers');
    const saying = covering.filter((f) => q.agreementTerms.some((t) => covers(f.evidenceStems, t)));
    return answerOf({ kind: 'status', agreement }, [factById.get(`${agreement}:status`)!, ...(saying.length === 1 ? saying : covering.slice(0, 1))]);
  }
  const asked = meetingsAsked(q);
  // "Was the foreign minister Sato at the 2018 talks?", "was she at the Iikura meeting?" (a meeting
  // named by its place, whoever attended it).
  const byPlace = q.years.length === 0 && q.ordinals.length === 0 && q.places.length === 1 ? [k.meetings.get(q.places[0]!)!] : [];
  const one = asked.length === 1 ? asked : byPlace;
  if (q.people.length === 1 && one.length === 1 && q.terms.length === 0 && q.roles.length === 0) {
    const p = k.people.get(q.people[0]!)!;
    const m = one[0]!;
    const roles = rolesOf(k, p);
    // Present only as a participant: a report naming someone in an office (an invitation) is not attendance.
    const present = m.participants.some((x) => x.person === p.id);
    const holders = roles.map((r) => holderOf(p.id, r.office, r.meeting));
    // Not there: the offices the articles give them elsewhere (not the one they held on that day).
    const used = present ? holders.filter((h) => h.meeting === m.id) : holders.filter((h) => h.meeting !== m.id);
    // Not there: who held their office at that meeting ("why did she attend those talks?": who was minister then).
    const instead = present ? [] : [...new Set(roles.map((r) => d.roleKindOf(r.office.title)))].flatMap((kind) => (kind ? d.holdersAt(m.id, kind, p.country) : [])).filter((h) => h.person !== p.id);
    // Not there, but met beside it ("ahead of the talks, they met the prime minister at his office").
    const beside = present ? [] : d.heldBeside(m, p.id);
    return answerOf(
      { kind: 'attendance', person: p.id, meeting: m.id, present, holders: used, ...(instead.length > 0 ? { instead } : {}), ...(beside.length > 0 ? { beside: beside.map((f) => f.id) } : {}), ...(q.yesNo ? {} : { open: true }) },
      [...beside, ...used.map(roleFact), ...instead.map(roleFact), ...(present ? [] : [factById.get(`${m.id}:meeting`)!])],
    );
  }
  // "What post did he hold…": his offices, however else the question is put ("he shows up in both…").
  if (q.people.length > 0 && q.terms.length === 0 && (q.hints.length === 0 || q.positionAsked)) return personRoles(d, q, k.people.get(q.people[0]!)!);
  // What was set aside ("besides terrorism") is not the answer.
  const aside = (f: Fact) => q.besides?.includes(f.agreement ?? '') ?? false;
  // Two people named at a meeting ("what was Sato to do about Dumont in 2018"): what names both then, not all it decided.
  if (asked.length > 0 && q.terms.length === 0 && q.people.length >= 2) {
    const both = facts.filter((f) => f.kind !== 'role' && f.kind !== 'meeting' && q.people.every((p) => names(f, p)) && (f.meeting ? asked.some((m) => m.id === f.meeting) : f.evidence.some((e) => asked.some((m) => k.articles.get(e.article)!.date.value.startsWith(String(d.yearOf(m)))))));
    if (both.length > 0) return answerOf({ kind: 'facts', facts: both.slice(0, 2).map((f) => f.id) }, both.slice(0, 2));
  }
  if (asked.length > 0 && q.terms.length === 0) {
    // What it decided: its outcomes, or the agreement steps taken there (2017: the ACSA negotiations).
    const outcomesOf = (m: Meeting) => {
      const decided = facts.filter((f) => f.meeting === m.id && f.kind === 'outcome' && !aside(f));
      return decided.length > 0 ? decided : facts.filter((f) => f.meeting === m.id && f.kind === 'step');
    };
    // Several meetings asked ("the outcomes of the 2015 and 2018 meetings"): each one's, under its name.
    const each = asked.map((m) => ({ m, outcomes: outcomesOf(m) })).filter((x) => x.outcomes.length > 0);
    if (asked.length > 1 && each.length > 1) {
      const shown = each.flatMap((x) => x.outcomes.slice(0, EACH_MEETING_OUTCOMES));
      return answerOf({ kind: 'facts', facts: shown.map((f) => f.id), atEach: each.map((x) => x.m.id) }, shown);
    }
    const m = asked[0]!;
    const outcomes = outcomesOf(m);
    // The 2014 meeting is only mentioned: nothing it decided is in the articles.
    if (outcomes.length === 0) return notCovered(q, undefined, [factById.get(`${m.id}:meeting`)!]);
    // Words that say which of them ("国連安保理改革について", "about the reform"): those that say the most of them, first.
    // Two at least, or one typed in Japanese (an idea glossed: 改革, reform): an English one alone is
    // often the question's own verb ("what did they decide", "produce").
    const weight = (t: Term) => (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t.text) ? 2 : 1);
    const said = (f: Fact) => q.hints.filter((t) => covers(f.stems, t)).reduce((n, t) => n + weight(t), 0);
    const most = Math.max(0, ...outcomes.map(said));
    if (most >= 2) {
      const hinted = outcomes.filter((f) => said(f) === most);
      return answerOf({ kind: 'facts', facts: hinted.map((f) => f.id), at: m.id }, hinted);
    }
    return answerOf({ kind: 'facts', facts: outcomes.map((f) => f.id), at: m.id }, outcomes);
  }
  if (q.terms.length === 0 && (q.hints.length === 0 || q.people.length + q.agreements.length === 0)) return notCovered(q);
  // A year asked holds for facts with no meeting too: by their date, or their articles' dates.
  const inYears = (f: Fact) => {
    if (f.meeting) return asked.some((m) => m.id === f.meeting);
    const years = f.date ? [f.date.value.slice(0, 4)] : f.evidence.map((e) => k.articles.get(e.article)!.date.value.slice(0, 4));
    return years.every((y) => asked.some((m) => m.date.value.startsWith(y)));
  };
  const pool = asked.length > 0 || q.besides ? facts.filter((f) => (asked.length === 0 || inYears(f)) && !aside(f)) : facts;
  const withScores = scored(q, pool);
  const ranked = withScores.map((x) => x.f);
  // Each term a fact covers scores 3: one that covers them all scores at least that much.
  const completeScored = withScores.filter((x) => x.s >= 3 * q.terms.length);
  const complete = completeScored.map((x) => x.f);
  // A question about one country is not answered by a passage about the other alone.
  const others = [...k.countries.keys()].filter((c) => !q.countries.includes(c));
  const other: Country | undefined = q.countries.length === 1 && others.length === 1 ? others[0] : undefined;
  // A passage is any sentence: it answers a question that names two things it says, or one that few
  // sentences say ("the Albatros"), never one common word alone ("begin"); asked only how ("who
  // replaced her"), it says how.
  let specificMemo: boolean | undefined;
  const specific = () => (specificMemo ??= q.terms.length + q.hints.length + q.people.length + q.agreements.length >= 2 || (q.terms.length === 1 && candidates({ ...q, hints: [], people: [], agreements: [] }, []).filter((f) => covers(f.stems, q.terms[0]!)).length <= 3));
  // A country's position or view ("its position on the sea disputes", "Lyon's side"): not in the words of the other's ministers.
  const spokenByOther = (f: Fact) => other !== undefined && POSITION_ASKED.test(q.text) && f.kind === 'quote' && f.people.length > 0 && f.people.every((p) => k.people.get(p)?.country === other);
  const full = complete.filter((f) => uncoveredBy(q.terms, [f]).length === 0 && q.people.every((p) => about(f, p)) && q.agreements.every((a) => about(f, a)) && !(other && aboutAlone(f, other)) && !spokenByOther(f) && (f.kind !== 'passage' || (specific() && (q.terms.length > 0 || q.hints.some((t) => covers(f.stems, t))))));
  // "Had they ever held drills together before?": a passage saying it was done before answers, whatever else the question says.
  // Before a year: a report of that year saying it was done before speaks of the time before it.
  const earlierPool = q.beforeYear !== undefined ? scored(q, facts.filter((f) => f.evidence.every((e) => Number(k.articles.get(e.article)!.date.value.slice(0, 4)) <= q.beforeYear!))) : withScores;
  const earlier = everBefore(q) ? earlierPool.find((x) => DONE_BEFORE.test(x.f.evidence.map((e) => e.text).join(' ')) && q.terms.some((t) => t.text !== 'first' && covers(x.f.stems, t)) && q.agreements.every((a) => about(x.f, a)))?.f : undefined;
  if (full.length === 0 && earlier) return answerOf({ kind: 'facts', facts: [earlier.id] }, [earlier]);
  // "It named China as the aggressor, right?": a passage holding what the question names, but for
  // everyday words of its premise ("aggressor"), that denies what it asks ("not mentioning China by
  // name") answers no.
  if (full.length === 0 && q.yesNo) {
    const named = q.terms.filter((t) => !t.common);
    const denying = ranked.slice(0, 5).map((f) => ({ f, clause: named.length > 0 && uncoveredBy(named, [f]).length === 0 && q.agreements.every((a) => about(f, a)) ? negationOf(d, q, f) : undefined })).find((x) => x.clause !== undefined);
    if (denying) return answerOf({ kind: 'facts', facts: [denying.f.id], negated: denying.clause! }, [denying.f]);
  }
  // "Is the Vendemiaire based in Lyon?": a passage holding the rest that says where it is based, elsewhere, answers no.
  if (full.length === 0 && q.yesNo && BASED.test(q.text)) {
    const elsewhere = ranked.slice(0, 5).flatMap((f) => {
      const left = uncoveredBy(q.terms, [f]);
      const named = left.length === 1 && !left[0]!.common && q.agreements.every((a) => about(f, a)) && q.people.every((p) => about(f, p));
      const clause = named ? f.evidence.map((e) => BASED_IN.exec(e.text)?.[0]).find((x) => x !== undefined) : undefined;
      return clause ? [{ f, clause }] : [];
    })[0];
    // Unless an article puts that place in the one asked ("New Caledonia in the Pacific Ocean"): then it is not elsewhere.
    const placeStems = elsewhere ? stemsOf(elsewhere.clause.replace(/^\S+ (?:in|at) /, '')) : [];
    const asked = elsewhere ? uncoveredBy(q.terms, [elsewhere.f])[0]! : undefined;
    const within = (text: string) => {
      const ws = stemsOf(text);
      const at = ws.findIndex((_, i) => placeStems.every((x, j) => ws[i + j] === x));
      return at >= 0 && ws[at + placeStems.length] === 'in' && asked !== undefined && covers(new Set(ws.slice(at + placeStems.length + 1, at + placeStems.length + 4)), asked);
    };
    // Only the facts that hold the place's first word (the index's), not every fact.
    const holding = [...(d.byKey.get(placeStems[0] ?? '') ?? [])].map((i) => facts[i]!);
    if (elsewhere && !holding.some((f) => f.evidence.some((e) => within(e.text)))) return answerOf({ kind: 'facts', facts: [elsewhere.f.id], negated: elsewhere.clause }, [elsewhere.f]);
  }
  if (full.length === 0) return restingOnOneWord(d, q) ?? notCovered(q, undefined, ranked.slice(0, 3));
  // "What did the officials say": what was said (quotes, reported speech) before other facts;
  // "what did Japan say": only what someone of Japan said (or both, in a joint statement).
  if (q.intent === 'said' && full.some((f) => f.kind === 'quote')) {
    const spoken = full.filter((f) => f.kind === 'quote' && (q.countries.length !== 1 || speakerCountries(d, f).includes(q.countries[0]!)));
    if (spoken.length === 0) return notCovered(q, undefined, full.slice(0, 3));
    full.splice(0, full.length, ...spoken);
  }
  // "Where": a passage that places it ("in Japan", "at his office") first.
  if (q.intent === 'where') full.sort((a, b) => Number(placed(b)) - Number(placed(a)));
  // The best fact, and others that answer as well, up to three (one per passage).
  const seen = new Set<string>();
  // Scored once, as ranked (thousands of facts at scale).
  const scoreById = new Map(completeScored.map((x) => [x.f.id, x.s]));
  const scoreFor = (f: Fact) => scoreById.get(f.id) ?? scoreOf(q, f);
  const best = scoreFor(full[0]!);
  const chosen = full.filter((f) => {
    if (scoreFor(f) < best) return false;
    const key = f.evidence[0]!.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A yes/no question: a passage answering it that denies what it asks comes first, and is said.
  const denial = q.yesNo ? full.map((f) => ({ f, clause: negationOf(d, q, f) })).find((x) => x.clause !== undefined) : undefined;
  // "Was it the first time they ever trained together?", "have they done drills before?": a passage
  // on the same thing saying it was done before ("have worked together … before") answers first.
  const lead = denial?.f ?? earlier;
  const picked = lead ? [lead, ...chosen.filter((f) => f !== lead)].slice(0, 3) : chosen.slice(0, 3);
  const negated = denial?.clause;
  return answerOf({ kind: 'facts', facts: picked.map((f) => f.id), ...(negated ? { negated } : {}) }, picked);
}

/**
 * No passage says every word of the question, but one answers it read without a single everyday word
 * for an act or an idea ("which sector was picked", "was the strike mentioned"): that answer, saying
 * which word it does not rest on. Never without a word for a thing, nor the verb a yes-or-no question
 * asks, nor where that word is all the question names.
 */
function restingOnOneWord(d: Derived, q: Question): Extract<Finding, { kind: 'answer' }> | undefined {
  const soft = q.terms.filter((t) => t.everyday);
  const word = soft[0];
  if (soft.length !== 1 || word!.verbAsked || q.terms.length - 1 + q.people.length + q.agreements.length + d.meetingsAsked(q).length === 0) return undefined;
  // Inside a name between two other words asked ("nuclear power plants"), not the kind asked for: the thing named is asked.
  const typed = q.text.toLowerCase();
  const at = typed.indexOf(word!.text.toLowerCase());
  const before = (t: Term) => t !== word && typed.slice(Math.max(0, at - t.text.length - 1), at - 1) === t.text.toLowerCase();
  const after = (t: Term) => t !== word && typed.slice(at + word!.text.length + 1, at + word!.text.length + 1 + t.text.length) === t.text.toLowerCase();
  const named = [...q.terms, ...q.agreementTerms];
  if (!word!.askedFor && at >= 0 && named.some(before) && named.some(after)) return undefined;
  // A word no article uses, where it is the kind asked for ("what criticism did he voice") or all that
  // is asked of the thing named ("the pact's controversy"): a passage on the rest need not be one.
  // Unless the question asks what was agreed or decided ("what other hazards did they agree to face"),
  // or what an agreement covers ("what would it let them swap"): its verb says what is asked.
  const absent = d.unmentioned(soft).length > 0;
  if (absent && !q.decided && q.intent !== 'covers' && (word!.askedFor || q.terms.length === 1)) return undefined;
  const without = general(d, { ...q, terms: q.terms.filter((t) => t !== word), hints: [...q.hints, word!] });
  if (without.kind !== 'answer') return undefined;
  return { ...without, apart: { word: word!.text, inArticles: !absent } };
}

/** Asks whether something had been done before, or was the first time ever: "ever … before", "the first time", "jamais … avant", "初めて". */
export function everBefore(q: Question): boolean {
  return /\bfirst[- ]ever\b|\bfirst time\b|\bever\b[^?]*\b(?:before|together)\b|\bbefore (?:this|that|then|now)\b|\b(?:already|previously)\b|\bnever\b[^?]*\bbefore\b|\bbefore\s*(?:\?|$)|\bjamais\b[^?]*\bavant\b|\bpremi[eè]re fois\b|\bd[ée]j[aà]\b|初めて/i.test(q.text);
}

/**
 * The clause of a fact's passage that denies what the question asks: a "not", "never", "no" or
 * "without" with one of the question's words within the three words after it ("not mentioning
 * China by name" for "did they call out China by name?").
 */
export function negationOf(d: Derived, q: Question, f: Fact): string | undefined {
  // The question's words, as typed ("by name", "named") and as read.
  const asked = new Set([...q.terms, ...q.hints].flatMap((t) => t.alternatives.flat()).concat(wordsOf(q.text).filter((w) => w.length > 3).map(stem)));
  for (const e of f.evidence) {
    // "Not only", "not least", "no doubt", "no less": emphasis, not denial.
    for (const m of e.text.matchAll(/\b(?:not|never|no|without)\b(?!\s+(?:only|just|merely|least|doubt|less|longer only)\b)[^,;.]*/gi)) {
      // The denied word must be what is asked of, not a name the clause only mentions: "not
      // mentioning China by name" denies naming China, not that China was assertive. A name counts
      // where the clause denies saying it and the question asks about saying ("did they call out China").
      const words = (m[0].match(/[\p{L}\p{N}]+/gu) ?? []).slice(1, 5);
      const aboutSaying = d.reader.sayingVerb(words[0] ?? '') && wordsOf(q.text).some((w) => d.reader.sayingVerb(w));
      // A name the question asks of on its own ("call out China"), not inside a longer one ("the East China Sea").
      const typed = q.text.match(/[\p{L}\p{N}]+/gu) ?? [];
      // A term for it ("China", or "Beijing" read as China) typed on its own, not inside a longer name.
      const alone = (text: string) => typed.some((x, i) => x.toLowerCase() === text && !(i > 0 && /^\p{Lu}/u.test(typed[i - 1]!) && /^\p{Lu}/u.test(x)) && !/^\p{Lu}/u.test(typed[i + 1] ?? ''));
      const ownTerm = (w: string) => q.terms.some((t) => t.alternatives.some((a) => a.length === 1 && a[0] === stem(w.toLowerCase())) && alone(t.text));
      // The verb of saying itself ("mention") is no match alone: what is denied being said is.
      if (words.some((w) => asked.has(stem(w.toLowerCase())) && !d.reader.sayingVerb(w) && (!/^\p{Lu}/u.test(w) || (aboutSaying && ownTerm(w))))) return m[0].trim();
    }
  }
  return undefined;
}

/** "Was it signed?": only if an article says so; otherwise its status as of the latest source. */
export function signed(d: Derived, q: Question, agreement: string): Finding {
  const { k, facts, factById } = d;
  const steps = facts.filter((f) => f.agreement === agreement && (f.kind === 'step' || f.kind === 'status'));
  const sign = steps.filter((f) => f.stems.has('sign'));
  const at = meetingsNamed(d, q);
  if (sign.length > 0) {
    // "Was the pact signed at the 2018 meeting?": where it was signed, if not there.
    return answerOf({ kind: 'facts', facts: sign.map((f) => f.id), ...(at.length === 1 && !sign.some((f) => f.meeting === at[0]!.id) ? { elsewhere: at[0]!.id, ...(sign.find((f) => f.meeting) ? { heldAt: sign.find((f) => f.meeting)!.meeting! } : {}) } : {}) }, sign);
  }
  // A wrong premise ("didn't they sign the ACSA in 2015?"): no, with its steps as reported, and what
  // was signed at the meeting asked about.
  // "When was it signed" has no answer; "was it signed (at Iikura)?" has one: no.
  if (q.intent === 'when' || k.agreements.get(agreement)!.kind !== 'agreement') {
    return { kind: 'not-covered', unmentioned: [], uncovered: [], gap: { kind: 'not-signed', agreement }, related: [factById.get(`${agreement}:status`)!] };
  }
  const meeting = at.length === 1 ? at[0] : undefined;
  const signedThere = meeting ? facts.filter((f) => f.meeting === meeting.id && f.kind === 'outcome' && f.agreement && f.summaryStems.has('sign')) : [];
  const history = facts.filter((f) => f.agreement === agreement && f.kind === 'step');
  return answerOf(
    { kind: 'not-signed', agreement, ...(meeting ? { meeting: meeting.id } : {}), signedThere: signedThere.map((f) => f.agreement!) },
    [...history, ...signedThere, factById.get(`${agreement}:status`)!],
  );
}

export function where(d: Derived, q: Question): Finding {
  const { k, facts, factById, yearOf, meetingsAsked, checked, notCovered, uncoveredBy } = d;
  const m = meetingsAsked(q)[0];
  // "Which waters did they express concern about in their 2018 statement" (海域はどこ): where a thing
  // said at the meeting is, by what says two or more of the question's words, not the meeting's city.
  // So too where the question's own words ("where did they call for demilitarization in 2018") are
  // all said by one of the meeting's passages, and none is of meeting, going or agreeing ("where did they
  // meet", "where did they discuss it": the meeting's place).
  const meetingAct = stemsOf(q.text).some((x) => MEETING_ACTS.has(x) || PRESENCE_STEMS.has(x)) || /会談|会っ|会合で|話し合|協議|署名|開か|行われ|開催/.test(q.text);
  // A topic named ("demilitarization": the seas' topic) counts as words; a pact is where it was signed.
  const topics = q.agreements.filter((a) => k.agreements.get(a)!.kind !== 'agreement');
  if (m && q.people.length === 0 && topics.length === q.agreements.length && !meetingAct && (q.hints.length >= 2 || q.terms.length + topics.length > 0)) {
    const said = (f: Fact) => q.hints.filter((t) => covers(f.stems, t)).length;
    const own = facts.filter((f) => f.meeting === m.id && f.kind !== 'meeting' && f.kind !== 'role' && uncoveredBy(q.terms, [f]).length === 0 && topics.every((a) => d.names(f, a)));
    const saying = own.filter((f) => q.terms.length + topics.length > 0 || said(f) >= 2).sort((a, b) => said(b) - said(a));
    if (saying.length > 0) return answerOf({ kind: 'facts', facts: saying.slice(0, 2).map((f) => f.id) }, saying.slice(0, 2));
  }
  if (m && q.people.length === 0) {
    const place = factById.get(`${m.id}:place`);
    const fromOther = place ? undefined : facts.find((f) => f.kind === 'meeting' && f.meeting !== m.id && f.evidence.some((e) => e.text.includes(String(yearOf(m)))));
    if (!place) return notCovered(q, { kind: 'no-place', meeting: m.id }, fromOther ? [fromOther] : [factById.get(`${m.id}:meeting`)!]);
    // "Was the 2018 meeting (also) held at Kasumi Hall?": the place named is another meeting's. In another
    // city: no. In the same city, at a venue, where the articles give this one none: they do not say.
    const other = q.yesNo ? q.places.map((id) => k.meetings.get(id)!).find((x) => x.id !== m.id && x.place) : undefined;
    // "…like the first one": where that one was held, too, so the comparison is answered as well.
    const compared = q.comparedWith !== undefined ? d.meetings.find((x) => x.number?.value === q.comparedWith && x.id !== m.id && x.place) : undefined;
    const withCompared = compared ? { compared: compared.id } : {};
    const comparedPlace = compared ? [factById.get(`${compared.id}:place`)!] : [];
    if (q.yesNo && q.places.length > 0) {
      const here = m.place!;
      if (other && other.place!.city === here.city && (q.placeNamed ?? []).includes(other.id) && other.place!.venue && !here.venue) {
        return notCovered(q, { kind: 'no-venue', meeting: m.id, venueOf: other.id }, [place, factById.get(`${other.id}:place`)!]);
      }
      const named = q.places.includes(m.id) || (other !== undefined && other.place!.city === here.city && !(q.placeNamed ?? []).includes(other.id));
      return checked(q, answerOf({ kind: 'meeting-place', meeting: m.id, named, ...withCompared }, [place, ...comparedPlace]));
    }
    return checked(q, answerOf({ kind: 'meeting-place', meeting: m.id, ...withCompared }, [place, ...comparedPlace]));
  }
  return general(d, q);
}

/** Words asking for a party's position: "its position on", "Lyon's side", "la position de …". */
const POSITION_ASKED = /\b(?:position|positions|view|views|stance|side|perspective|viewpoint|point of view|point de vue|vision)\b|立場|見解/i;

/** A question of where something is kept ("based", "stationed", "basée"). */
const BASED = /\b(?:based|stationed|located|home-?ported|bas[ée]e?s?|stationn[ée]e?s?)\b|母港|配備/i;
/** A passage's words on where it is kept: "based in New Caledonia". */
const BASED_IN = /\b(?:based|stationed|located|home-?ported) (?:in|at) (?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*)*/u;

/** Verbs of the meeting itself, or of what is done at one: asked where, its place is the answer. */
const MEETING_ACTS = new Set(['meet', 'visit', 'go', 'going', 'travel', 'trip', 'discuss', 'sign', 'talk', 'hold', 'gather', 'convene']);

/** The countries a quote speaks for: its speaker's, or what its attribution names (a joint statement: both). */
export function speakerCountries(d: Derived, f: Fact): Country[] {
  const { k, countryStems } = d;
  const quote = k.quotes.get(f.record!.id)!;
  if (quote.speaker) return [k.people.get(quote.speaker)!.country];
  const by = new Set(stemsOf(quote.attributedTo ?? ''));
  const named = [...countryStems].filter(([, stems]) => stems.some((s) => by.has(s))).map(([c]) => c);
  return named.length > 0 ? named : [...countryStems.keys()];
}

/** "Who said …": the quote that says it, or else a passage that says it and names who. */
export function speaker(d: Derived, q: Question): Finding {
  const { k, facts, uncoveredBy, rank, notCovered } = d;
  // Of the quotes that cover the question, the one whose own words share most of it: "who said
  // France is a Pacific country" is the quote that says "As a Pacific country…", not one that only says "Indo-Pacific".
  const asked = new Set(stemsOf(q.text).filter((s) => s.length > 3)); // not "is", "a", "the"
  const shared = (f: Fact) => new Set(stemsOf(k.quotes.get(f.record!.id)!.text).filter((s) => asked.has(s))).size;
  const covering = rank(q, facts.filter((f) => f.kind === 'quote')).filter((f) => uncoveredBy(q.terms, [f]).length === 0);
  // Then a speaker of the country the question names ("qui a dit que la France est un pays du Pacifique").
  const ofCountry = (f: Fact) => Number(q.countries.some((c) => speakerCountries(d, f).length === 1 && speakerCountries(d, f)[0] === c));
  const quote = covering.sort((a, b) => shared(b) - shared(a) || ofCountry(b) - ofCountry(a))[0];
  if (quote) return answerOf({ kind: 'speaker', quote: quote.record!.id }, [quote]);
  // "Who called the port the heart of the trade?": a quote is asked in other words. One that
  // says all but one of three or more, the one left a word typed in lowercase (no name), is the one
  // meant; the answer says which word it does not say.
  const reworded = q.terms.length >= 3 ? rank(q, facts.filter((f) => f.kind === 'quote')).find((f) => uncoveredBy(q.terms, [f]).length === 1) : undefined;
  const left = reworded ? uncoveredBy(q.terms, [reworded])[0]! : undefined;
  if (reworded && left && new RegExp(`(?<![\\p{L}])${escapeRegExp(left.text)}(?![\\p{L}])`, 'u').test(q.text)) {
    return { ...answerOf({ kind: 'speaker', quote: reworded.record!.id }, [reworded]), apart: { word: left.text, inArticles: d.unmentioned([left]).length === 0 } };
  }
  // No quote record holds it: an article's sentence that says it and names who, in its own words.
  const passage = q.terms.length >= 2 ? rank(q, facts.filter((f) => f.kind === 'passage' && f.people.length > 0 && /["“”]|\b(?:said|says|told|stated)\b/.test(f.summary))).find((f) => uncoveredBy(q.terms, [f]).length === 0) : undefined;
  return passage ? answerOf({ kind: 'facts', facts: [passage.id] }, [passage]) : notCovered(q);
}
