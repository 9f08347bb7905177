// The stretch of time a question's years bound, read from its words.
import { describe, expect, it } from 'vitest';
import { inSpan, spanAsked } from '../../src/knowledge/span.js';

describe('spanAsked', () => {
  it('reads the bounds people type around a year, in English, French and Japanese', () => {
    expect(spanAsked('how many meetings since 2015', '')).toEqual({ from: { year: 2015 } });
    expect(spanAsked('how many after 2014', '')).toEqual({ from: { year: 2014, exclusive: true } });
    expect(spanAsked('meetings in 2015 or later', '')).toEqual({ from: { year: 2015 } });
    expect(spanAsked('between 2014 and 2018', '')).toEqual({ from: { year: 2014 }, to: { year: 2018 } });
    expect(spanAsked('from 2014 to 2017', '')).toEqual({ from: { year: 2014 }, to: { year: 2017 } });
    expect(spanAsked('as of january 2017', '')).toEqual({ to: { year: 2017, month: 1 } });
    expect(spanAsked('combien de reunions jusqu en 2016', '')).toEqual({ to: { year: 2016 } });
    expect(spanAsked('de 2014 a 2016', '')).toEqual({ from: { year: 2014 }, to: { year: 2016 } });
    expect(spanAsked('2017 年 何 回', '2017年までに何回開かれた？')).toEqual({ to: { year: 2017 } });
    expect(spanAsked('2016 年', '2016年より前は？')).toEqual({ to: { year: 2016, exclusive: true } });
    expect(spanAsked('2015 年 2017 年', '2015年から2017年までに何回？')).toEqual({ from: { year: 2015 }, to: { year: 2017 } });
    expect(spanAsked('how many before the january 2018 one', '')).toEqual({ to: { year: 2018, exclusive: true } });
    expect(spanAsked('how many before march 2018', '')).toEqual({ to: { year: 2018, month: 2 } });
    expect(spanAsked('combien avant celle de january 2018', '')).toEqual({ to: { year: 2018, exclusive: true } });
    expect(spanAsked('2016 年 2017 年', '2016年から2017年の間に何回？')).toEqual({ from: { year: 2016 }, to: { year: 2017 } });
  });

  it('says a year alone bounds nothing, and a bound it cannot read is unread, not guessed', () => {
    expect(spanAsked('how many meetings in 2018', 'how many meetings in 2018')).toBeUndefined();
    expect(spanAsked('in the three years before 2018', '')).toBe('unread');
    expect(spanAsked('within 2017', '')).toBe('unread');
  });
});

describe('inSpan', () => {
  it('includes what the span holds, and cannot say of a date coarser than its bound', () => {
    expect(inSpan({ from: { year: 2015 } }, 2015)).toBe(true);
    expect(inSpan({ from: { year: 2015, exclusive: true } }, 2015)).toBe(false);
    expect(inSpan({ to: { year: 2016, exclusive: true } }, 2016)).toBe(false);
    expect(inSpan({ to: { year: 2017, month: 1 } }, 2017, 1)).toBe(true);
    expect(inSpan({ to: { year: 2017, month: 1 } }, 2017, 2)).toBe(false);
    // "A Friday in 2015", asked "as of March 2015": the articles cannot say.
    expect(inSpan({ to: { year: 2015, month: 3 } }, 2015)).toBeUndefined();
    // "By December 2015": every day of 2015.
    expect(inSpan({ to: { year: 2015, month: 12 } }, 2015)).toBe(true);
  });
});
