// Who stands where in a photo, from its caption. News captions mark each person's place after their
// name: "(L)" left, "(C)" centre, "(R)" right, "(2-L)" second from left. Asked who is where in a
// photo, the caption answers, person by person.
import type { Finding } from '../answer.js';
import type { Fact } from '../facts.js';
import type { Evidence } from '../schema.js';
import type { Question } from '../question.js';
import type { Derived } from './derived.js';
import { answerOf } from './shared.js';

/** A place in a photo: a side and how far in from it (1: at the edge), or the centre. */
export interface Spot {
  side: 'L' | 'R' | 'C';
  from: number;
}

const MARK = /\s\((?:(\d)-)?([LRC])\)/g;
/** "How many people are in it", "combien de personnes", "何人": everyone, not "how many Japanese". */
const HOW_MANY = /\bhow many (?:people|persons|of them)\b|\bcombien de personnes\b|何人/i;
const PHOTO = /\b(?:photo\w*|pictures?|pictured|caption|pic)\b|写真/i;
/** A place beside someone ("next to", "left of"): not read from the marks alone. */
const BESIDE_SOMEONE = /\bnext to\b|\bbeside\b|\b(?:left|right) of\b(?!\s+(?:the\s+)?(?:photo|picture|pic|image|frame|shot)\b)|à (?:gauche|droite) de(?!\s+(?:la\s+)?(?:photo|image))|の(?:隣|左|右)/i;

/** Asked who is in it. */
const WHO = /\b(?:who|whom)\b|(?<!\p{L})qui(?!\p{L})|誰|だれ/iu;
/** Asked where. */
const WHERE = /\bwhere\b|(?<!\p{L})o[uù](?!\p{L})|どこ/iu;
/** Asked where the photo was taken (not where someone stands in it). */
const WHERE_TAKEN = /\bwhere\b[^?]*\b(?:taken|shot|snapped)\b|(?<!\p{L})o[uù](?!\p{L})[^?]*\bprise\b|どこで撮|撮影(?:場所|され|した)/iu;
/** Asked where someone stands: "standing", "sitting". */
const STANDING = /\b(?:stand(?:s|ing)?|sit(?:s|ting)?)\b/i;

/** The place a question asks about, if it names one ("far left", "second from right", "中央"). */
export function spotAsked(text: string): Spot | undefined {
  const t = text.toLowerCase();
  const nth = /\b(second|2nd|third|3rd)\s+(?:person\s+)?from\s+(?:the\s+)?(left|right)\b|(deuxi[eè]me|troisi[eè]me)\s+(?:en partant\s+)?(?:de|à partir de)\s+(?:la\s+)?(gauche|droite)|(左|右)から([23二三])/.exec(t);
  if (nth) {
    const n = /^(?:second|2nd|deuxi|2|二)/.test(nth[1] ?? nth[3] ?? nth[6] ?? '') ? 2 : 3;
    const side = /^(?:left|gauche|左)/.test(nth[2] ?? nth[4] ?? nth[5] ?? '') ? 'L' : 'R';
    return { side, from: n };
  }
  if (/\b(?:left|leftmost)\b|gauche|左/.test(t)) return { side: 'L', from: 1 };
  // Not "right next to", "right before", nor a closing "right?".
  if (/\b(?:right(?!\s+(?:next|before|after|away|now|then|there|here|behind|beside)\b)(?!\s*[?,]?\s*$)|rightmost)\b|droite|右/.test(t)) return { side: 'R', from: 1 };
  if (/\b(?:cent(?:er|re)|middle)\b|milieu|中央|真ん中/.test(t)) return { side: 'C', from: 1 };
  return undefined;
}

interface Caption {
  fact: Fact;
  caption: Evidence;
  spots: { person: string; spot: Spot }[];
}

/** Every passage that marks two or more people's places: read once per knowledge base, on the first photo question. */
const captionsOf = new WeakMap<Derived, Caption[]>();
function captions(d: Derived): Caption[] {
  const known = captionsOf.get(d);
  if (known) return known;
  const people = [...d.k.people.values()];
  const found = d.facts.flatMap((f) =>
    f.evidence.flatMap((e) => {
      const spots = [...e.text.matchAll(MARK)].flatMap((m) => {
        // The person whose name ends where the mark begins.
        const before = e.text.slice(0, m.index);
        const p = people.find((x) => [x.name, x.name.split(' ').at(-1)!].some((n) => before.endsWith(n)));
        return p ? [{ person: p.id, spot: { side: m[2] as Spot['side'], from: Number(m[1] ?? 1) } }] : [];
      });
      return spots.length >= 2 ? [{ fact: f, caption: e, spots }] : [];
    }),
  );
  captionsOf.set(d, found);
  return found;
}


/**
 * Where a caption says its photo was taken: after the last mark, its last "at …" phrase, up to a
 * day or the sentence's end ("… (2-R) at the start of their meeting at the Prime Minister's official
 * residence in Tokyo on Friday": "the Prime Minister's official residence in Tokyo").
 */
export function captionPlace(caption: string): string | undefined {
  const marks = [...caption.matchAll(MARK)];
  const tail = caption.slice(marks.length > 0 ? marks.at(-1)!.index + marks.at(-1)![0].length : 0);
  const m = /^.*\bat\s+((?:the\s+)?[^,;.]+?)(?=\s+on\s+\p{Lu}|\s+(?:after|before|during|while|as)\b|[.;,]?\s*$)/u.exec(tail);
  return m?.[1];
}

/** "In the photo with the prime minister, who is on the far left?": the caption's places, or the one asked; and where it was taken, if asked. */
export function photoPlaces(d: Derived, q: Question): Finding | undefined {
  if (!PHOTO.test(q.text) || BESIDE_SOMEONE.test(q.text)) return undefined;
  const counted = HOW_MANY.test(q.text);
  // "Did the photo show Sato?": whether its caption names them.
  if (!WHO.test(q.text) && !WHERE.test(q.text) && !STANDING.test(q.text) && !counted) return q.yesNo && q.people.length > 0 ? shown(d, q) : undefined;
  const found = captionAsked(d, q, q.people);
  if (!found) return undefined;
  const { fact, caption, spots } = found;
  const spot = spotAsked(q.text);
  // The place asked; or, asked where those named stand (not who stands where), theirs; or everyone's.
  const at = spot ? spots.filter((s) => s.spot.side === spot.side && s.spot.from === spot.from) : q.people.length > 0 && !WHO.test(q.text) ? spots.filter((s) => q.people.includes(s.person)) : spots;
  if (at.length === 0) return undefined;
  // Asked where it was taken, or only where ("where is the photo from?"): the caption's place. Asked
  // where someone stands ("where is Sato in it?", "who stands where"), their place in the photo.
  const ofSomeone = q.people.length + q.roles.length > 0 || WHO.test(q.text) || STANDING.test(q.text) || spot !== undefined;
  const place = WHERE_TAKEN.test(q.text) || (WHERE.test(q.text) && !ofSomeone) ? captionPlace(caption.text) : undefined;
  const placeOnly = place !== undefined && !ofSomeone;
  return answerOf({ kind: 'photo', caption, spots: at, ...(place ? { place } : {}), ...(placeOnly ? { placeOnly } : {}), ...(counted ? { count: spots.length } : {}) }, [fact]);
}

/**
 * The caption asked about: of the meeting asked (a year asked is the photo's meeting's year), with
 * the people given in it; else the only one.
 */
function captionAsked(d: Derived, q: Question, people: string[]): Caption | undefined {
  const asked = new Set(d.meetingsAsked(q).filter((m) => q.years.length === 0 || q.years.includes(d.yearOf(m))).map((m) => m.id));
  if ((q.years.length > 0 || q.ordinals.length > 0) && asked.size === 0) return undefined;
  const fits = captions(d).filter((c) => (asked.size === 0 || asked.has(c.fact.meeting ?? '')) && people.every((p) => c.spots.some((s) => s.person === p)));
  return new Set(fits.map((c) => c.caption.text)).size === 1 ? fits[0] : undefined;
}

/** Whether the people asked are in the photo: where its caption places them, or that it names them not. */
function shown(d: Derived, q: Question): Finding | undefined {
  const found = captionAsked(d, q, []);
  if (!found) return undefined;
  const { fact, caption, spots } = found;
  const notShown = q.people.filter((p) => !spots.some((s) => s.person === p));
  const at = notShown.length > 0 ? spots : spots.filter((s) => q.people.includes(s.person));
  return answerOf({ kind: 'photo', caption, spots: at, ...(notShown.length > 0 ? { notShown } : {}) }, [fact]);
}
