// The scales return CSS colour expressions (color-mix over the theme's custom properties) rather than
// computed hex values: the browser resolves them against html[data-theme], so every drawing follows a
// theme switch at once, with no React render and no theme passed down to the panels.

/** The end colours of the app's one diverging scale, and the colour of zero: any CSS colours. */
export interface DivergingPalette {
  negative: string;
  zero: string;
  positive: string;
}

/** The theme's palette: custom properties set per theme in theme.css (light, dark, high contrast). */
export const THEME_DIVERGING: DivergingPalette = { negative: 'var(--negative)', zero: 'var(--scale-zero)', positive: 'var(--positive)' };

/** The light theme's palette as literal colours, for output that cannot read the page's variables. */
export const LIGHT_DIVERGING: DivergingPalette = { negative: '#542788', zero: '#f7f4ee', positive: '#b35806' };

/** `end` mixed into `zero` by `share` ∈ [0, 1] in Lab, which is what d3's interpolateLab computes. */
function mix(end: string, share: number, zero: string): string {
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  return `color-mix(in lab, ${end} ${percent}%, ${zero})`;
}

/**
 * The diverging colour scale used for every signed quantity (C̃, C, h): [−1, 0, 1] → colour, clamped.
 * Square-root spacing, so the small values an LSTM mostly carries (0.05…0.4) are still visibly tinted.
 * Non-finite values get the zero colour. Returns a function; mutates nothing.
 */
export function signedColor(palette: DivergingPalette = THEME_DIVERGING): (value: number) => string {
  return (value: number) => {
    if (!Number.isFinite(value)) return palette.zero;
    return mix(value < 0 ? palette.negative : palette.positive, Math.sqrt(Math.abs(value)), palette.zero);
  };
}

/** Sequential scale for gates in [0, 1]: from the scale's zero colour to the gate's own colour. Returns a function. */
export function gateColor(gateColorCss: string, zero: string = THEME_DIVERGING.zero): (value: number) => string {
  return (value: number) => (Number.isFinite(value) ? mix(gateColorCss, value, zero) : zero);
}

/** Lab lightness where white and dark ink read equally well (relative luminance 0.179). */
const INK_FLIP_LIGHTNESS = 49.4;

/**
 * The ink that reads on a background. For a literal #rrggbb or rgb() colour: dark ink or white, by its
 * luminance. For any other CSS colour (a themed color-mix): a relative colour the browser resolves to
 * black or white by the same rule, so the ink follows the theme with its background. Pure.
 */
export function inkOn(background: string): string {
  const literal = literalChannels(background);
  // (threshold − l) × infinity is +∞ or −∞, so the clamp gives exactly black or white, never a grey.
  if (!literal) return `lch(from ${background} clamp(0, (${INK_FLIP_LIGHTNESS} - l) * infinity, 100) 0 0)`;
  const [r, g, b] = literal.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#1f2430' : '#ffffff';
}

function literalChannels(color: string): number[] | null {
  if (/^#[0-9a-f]{6}$/i.test(color)) return [1, 3, 5].map((offset) => parseInt(color.slice(offset, offset + 2), 16));
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color);
  return rgb ? rgb.slice(1, 4).map(Number) : null;
}

/** The CSS colour of each of the six quantities: the theme's custom property, so it follows the theme. */
export const QUANTITY_VAR = {
  forget: 'var(--forget)',
  input: 'var(--input)',
  candidate: 'var(--candidate)',
  output: 'var(--output)',
  cell: 'var(--cell)',
  hidden: 'var(--hidden)',
} as const;

/** The former name of QUANTITY_VAR (these were hex values before themes), kept while panels move over. */
export const QUANTITY_HEX = QUANTITY_VAR;

/** The light theme's quantity colours as literal hex values, for output that cannot read the page's variables. */
export const LIGHT_QUANTITY_HEX = {
  forget: '#d55e00',
  input: '#0072b2',
  candidate: '#cc79a7',
  output: '#009e73',
  cell: '#e69f00',
  hidden: '#3d2a80',
} as const;
