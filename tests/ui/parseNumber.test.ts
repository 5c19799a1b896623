import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { parseBoundedNumber } from '../../src/ui/common/parseNumber';

const chinese = DICTIONARIES.zh.fields.number;
const NOT_A_NUMBER_EN = 'is not a number. Numbers are written like 0.5, −1.25, 1,5 or 2e-3.';

describe('parseBoundedNumber', () => {
  it.each([
    ['0.4', 0.4],
    ['-0.1', -0.1],
    ['\u22120.25', -0.25],
    ['3,5', 3.5],
    ['1,5', 1.5],
    [' +2 ', 2],
    ['.5', 0.5],
    ['3.', 3],
    ['10', 10],
    ['-10', -10],
    ['2e-3', 0.002],
    ['1E1', 10],
    ['-1.5e0', -1.5],
    // Full-width digits, point and minus, as a Chinese input method may type them.
    ['\uff0d\uff10\uff0e\uff15', -0.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseBoundedNumber(text, 10)).toEqual({ ok: true, value });
  });

  it('reads a number too small for a double, −1e-400, as 0 rather than −0', () => {
    const parsed = parseBoundedNumber('-1e-400', 10);
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });

  it.each([
    ['1e9', '1e9 is out of range: values must be between −10 and 10.'],
    ['10.5', '10.5 is out of range: values must be between −10 and 10.'],
    ['-11', '-11 is out of range: values must be between −10 and 10.'],
    ['Infinity', 'Infinity is out of range: values must be between −10 and 10.'],
    ['-inf', '-inf is out of range: values must be between −10 and 10.'],
    ['∞', '∞ is out of range: values must be between −10 and 10.'],
    // 1e400 is past the largest double: Number() gives Infinity, still a number out of range.
    ['1e400', '1e400 is out of range: values must be between −10 and 10.'],
    ['', 'Type a number.'],
    ['   ', 'Type a number.'],
    ['abc', `“abc” ${NOT_A_NUMBER_EN}`],
    ['NaN', `“NaN” ${NOT_A_NUMBER_EN}`],
    ['0x10', `“0x10” ${NOT_A_NUMBER_EN}`],
    ['0b1', `“0b1” ${NOT_A_NUMBER_EN}`],
    ['1,5,3', `“1,5,3” ${NOT_A_NUMBER_EN}`],
    ['1,000.5', `“1,000.5” ${NOT_A_NUMBER_EN}`],
    ['1e', `“1e” ${NOT_A_NUMBER_EN}`],
    ['--1', `“--1” ${NOT_A_NUMBER_EN}`],
  ])('rejects %j with a message', (text, message) => {
    expect(parseBoundedNumber(text, 10)).toEqual({ ok: false, message });
  });

  it('names what the field holds in the range', () => {
    expect(parseBoundedNumber('1e9', 10, undefined, 'weight')).toEqual({
      ok: false,
      message: '1e9 is out of range: weights and biases must be between −10 and 10.',
    });
    expect(parseBoundedNumber('-12', 10, undefined, 'feature')).toEqual({
      ok: false,
      message: '-12 is out of range: feature values must be between −10 and 10.',
    });
  });

  it('words every message in Chinese', () => {
    expect(parseBoundedNumber('1e9', 10, chinese, 'weight')).toEqual({ ok: false, message: '1e9 超出了范围：权重和偏置必须在 −10 到 10 之间。' });
    expect(parseBoundedNumber('Infinity', 10, chinese, 'feature')).toEqual({ ok: false, message: 'Infinity 超出了范围：特征值必须在 −10 到 10 之间。' });
    expect(parseBoundedNumber('0x10', 10, chinese)).toEqual({ ok: false, message: '“0x10”不是一个数。数可以写成 0.5、−1.25、1,5 或 2e-3 这样。' });
    expect(parseBoundedNumber('', 10, chinese)).toEqual({ ok: false, message: '请输入一个数。' });
  });
});
