/** The colour themes; each is a set of CSS custom properties in theme.css under [data-theme]. */
export const THEMES = ['light', 'dark', 'contrast'] as const;

/** One of THEMES. */
export type ThemeName = (typeof THEMES)[number];

/** Whether a string (from a link or storage) names a theme. Pure. */
export function isTheme(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
