import { interpolateLab } from 'd3-interpolate';
import { scaleDivergingSqrt, scaleLinear } from 'd3-scale';

/** The end colours of the app's one diverging scale, and the colour of zero. Matches theme.css. */
export interface DivergingPalette {
  negative: string;
  zero: string;
  positive: string;
}

/** Light-theme palette: purple for negative, paper for zero, orange for positive (colour-blind safe). */
export const LIGHT_DIVERGING: DivergingPalette = { negative: '#542788', zero: '#f7f4ee', positive: '#b35806' };

/**
 * The diverging colour scale used for every signed quantity (C̃, C, h): [−1, 0, 1] → colour, clamped.
 * Square-root spacing, so the small values an LSTM mostly carries (0.05…0.4) are still visibly tinted.
 * Returns a function; mutates nothing.
 */
export function signedColor(palette: DivergingPalette = LIGHT_DIVERGING): (value: number) => string {
  const negativeSide = interpolateLab(palette.zero, palette.negative);
  const positiveSide = interpolateLab(palette.zero, palette.positive);
  const scale = scaleDivergingSqrt((t: number) => (t < 0.5 ? negativeSide(1 - 2 * t) : positiveSide(2 * t - 1)))
    .domain([-1, 0, 1])
    .clamp(true);
  return (value: number) => scale(value);
}

/** Sequential scale for gates in [0, 1]: from paper to the gate's own colour. Returns a function. */
export function gateColor(gateHex: string, zero: string = LIGHT_DIVERGING.zero): (value: number) => string {
  const scale = scaleLinear<string>().domain([0, 1]).range([zero, gateHex]).interpolate(interpolateLab).clamp(true);
  return (value: number) => scale(value);
}

/** Black or white, whichever reads better on a background colour given as #rrggbb or rgb(). Pure. */
export function inkOn(background: string): '#1f2430' | '#ffffff' {
  const channels = background.match(/\d+(\.\d+)?/g)?.map(Number);
  let [r, g, b] = channels && !background.startsWith('#') ? channels : hexChannels(background);
  [r, g, b] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#1f2430' : '#ffffff';
}

function hexChannels(hex: string): number[] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((offset) => parseInt(value.slice(offset, offset + 2), 16) || 0);
}

/** Hex colours of the six quantities, matching theme.css, for drawings that need a real colour value. */
export const QUANTITY_HEX = {
  forget: '#d55e00',
  input: '#0072b2',
  candidate: '#cc79a7',
  output: '#009e73',
  cell: '#e69f00',
  hidden: '#6a4fb3',
} as const;
