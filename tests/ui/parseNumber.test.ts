import { describe, expect, it } from 'vitest';
import { parseBoundedNumber } from '../../src/ui/common/parseNumber';

describe('parseBoundedNumber', () => {
  it.each([
    ['0.4', 0.4],
    ['-0.1', -0.1],
    ['\u22120.25', -0.25],
    ['3,5', 3.5],
    [' +2 ', 2],
    ['.5', 0.5],
    ['10', 10],
  ])('reads %s as %d', (text, value) => {
    expect(parseBoundedNumber(text, 10)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Type a number.'],
    ['   ', 'Type a number.'],
    ['abc', '“abc” is not a number.'],
    ['NaN', '“NaN” is not a number.'],
    ['Infinity', '“Infinity” is not a number.'],
    ['1e3', '“1e3” is not a number.'],
    ['10.5', 'Use a value between −10 and 10.'],
    ['-11', 'Use a value between −10 and 10.'],
  ])('rejects %j with a message', (text, message) => {
    expect(parseBoundedNumber(text, 10)).toEqual({ ok: false, message });
  });
});
