import { describe, expect, it } from 'vitest';
import { gateColor, inkOn, LIGHT_DIVERGING, signedColor, THEME_DIVERGING } from '../../src/viz';

describe('theme-following colour scales', () => {
  it('mixes the theme variables, with square-root spacing and clamping', () => {
    const color = signedColor();
    expect(color(0.25)).toBe('color-mix(in lab, var(--positive) 50%, var(--scale-zero))');
    expect(color(-1)).toBe('color-mix(in lab, var(--negative) 100%, var(--scale-zero))');
    expect(color(-7)).toBe(color(-1));
    expect(color(0)).toBe('color-mix(in lab, var(--positive) 0%, var(--scale-zero))');
    expect(color(Number.NaN)).toBe(THEME_DIVERGING.zero);
  });

  it('takes literal palettes too, for output without the page', () => {
    expect(signedColor(LIGHT_DIVERGING)(0.04)).toBe('color-mix(in lab, #b35806 20%, #f7f4ee)');
  });

  it('runs a gate from the zero colour to its own colour over [0, 1]', () => {
    const forget = gateColor('var(--forget)');
    expect(forget(0.647)).toBe('color-mix(in lab, var(--forget) 64.7%, var(--scale-zero))');
    expect(forget(1.5)).toBe('color-mix(in lab, var(--forget) 100%, var(--scale-zero))');
  });

  it('picks dark or white ink for a literal colour, and lets the browser pick for a themed one', () => {
    expect(inkOn('#ffffff')).toBe('#1f2430');
    expect(inkOn('#542788')).toBe('#ffffff');
    expect(inkOn('rgb(0, 114, 178)')).toBe('#ffffff');
    expect(inkOn(signedColor()(0.5))).toBe(
      'lch(from color-mix(in lab, var(--positive) 70.7%, var(--scale-zero)) clamp(0, (49.4 - l) * infinity, 100) 0 0)',
    );
  });
});
