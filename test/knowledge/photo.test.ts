import { describe, expect, it } from 'vitest';
import { captionPlace, spotAsked } from '../../src/knowledge/answering/photo.js';

describe('spotAsked', () => {
  it('reads a side and how far in from it, in English, French and Japanese', () => {
    expect(spotAsked("who's on the far left?")).toEqual({ side: 'L', from: 1 });
    expect(spotAsked('who is second from the right')).toEqual({ side: 'R', from: 2 });
    expect(spotAsked('3rd person from left')).toEqual({ side: 'L', from: 3 });
    expect(spotAsked('qui est au centre de la photo ?')).toEqual({ side: 'C', from: 1 });
    expect(spotAsked('qui est deuxième en partant de la gauche ?')).toEqual({ side: 'L', from: 2 });
    expect(spotAsked('写真の右から2人目は誰？')).toEqual({ side: 'R', from: 2 });
    expect(spotAsked('真ん中にいるのは？')).toEqual({ side: 'C', from: 1 });
  });

  it('names no place where the question names none', () => {
    expect(spotAsked('who is standing where in the photo?')).toBeUndefined();
  });
});

describe('captionPlace', () => {
  it('is the last "at" phrase after the last mark, up to a day or the end', () => {
    expect(captionPlace('Defence Minister Kenji Sato (L) shakes hands with Armed Forces Minister Claire Dumont (R) before their talks at the ministry in Tokyo on Monday.')).toBe('the ministry in Tokyo');
    expect(captionPlace('Claire Dumont (C) speaks with Kenji Sato (R) at the start of the meeting at the Elysee Palace.')).toBe('the Elysee Palace');
  });

  it('is none where the caption does not say where', () => {
    expect(captionPlace('Kenji Sato (L) and Claire Dumont (R) pose for photographers on Monday.')).toBeUndefined();
  });
});
