/** The {name} placeholders of a template, in order of appearance. Pure. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/**
 * Fills a template's {name} placeholders. A value missing from `values` leaves the placeholder
 * visible rather than printing "undefined", so a slip shows on screen and in tests. Pure.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Splits a template into literal text and placeholder parts, so a component can put rich content
 * (a <strong>, a <kbd>) where the placeholder stands while each language keeps its own word order. Pure.
 */
export function splitTemplate(template: string): ({ text: string } | { placeholder: string })[] {
  const parts: ({ text: string } | { placeholder: string })[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: template.slice(last, index) });
    parts.push({ placeholder: match[1] });
    last = index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
