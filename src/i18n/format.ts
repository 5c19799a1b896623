/** The {name} placeholders of a template, in order of appearance. Pure. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

/**
 * Fills a template's {name} placeholders. A value missing from `values` leaves the placeholder
 * visible rather than printing "undefined", so a slip shows on screen and in tests. Pure.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let text = '';
  for (const part of partsOf(template)) {
    if (typeof part === 'string') text += part;
    else text += Object.hasOwn(values, part.name) ? String(values[part.name]) : `{${part.name}}`;
  }
  return text;
}

// Templates split once: the timeline fills one label per cell, thousands per edit of a long sentence,
// and a regular-expression replace per call was the largest single cost of a drag. The dictionaries hold
// a few hundred templates; the bound only guards against callers that build templates on the fly.
const MAX_CACHED_TEMPLATES = 1024;
const splitTemplates = new Map<string, readonly (string | { name: string })[]>();

function partsOf(template: string): readonly (string | { name: string })[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    if (splitTemplates.size >= MAX_CACHED_TEMPLATES) splitTemplates.clear();
    parts = splitTemplate(template).map((part) => ('text' in part ? part.text : { name: part.placeholder }));
    splitTemplates.set(template, parts);
  }
  return parts;
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
