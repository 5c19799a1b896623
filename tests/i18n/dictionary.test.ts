import { describe, expect, it } from 'vitest';
import { DICTIONARIES, NAMESPACES, fill, placeholdersOf, splitTemplate, type MessageTree } from '../../src/i18n';

/** Every leaf of a message tree as [dotted key, template]. */
function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

// Messages that are rightly the same in both languages: a language's own name, names of formats.
const SAME_IN_BOTH = new Set(['app.settings.languages.en']);

describe('the dictionaries', () => {
  for (const [name, messages] of Object.entries(NAMESPACES)) {
    describe(name, () => {
      const english = new Map(leaves(messages.en));
      const chinese = new Map(leaves(messages.zh as MessageTree));

      it('has every key in both languages', () => {
        expect([...chinese.keys()].filter((key) => !english.has(key)), 'keys only in Chinese').toEqual([]);
        expect([...english.keys()].filter((key) => !chinese.has(key)), 'keys missing in Chinese').toEqual([]);
      });

      it('has no empty message', () => {
        const empty = [...english, ...chinese].filter(([, text]) => text.trim() === '').map(([key]) => key);
        expect(empty).toEqual([]);
      });

      it('uses the same placeholders in both languages', () => {
        const mismatched = [...english].filter(([key, text]) => {
          const other = chinese.get(key);
          return other !== undefined && [...placeholdersOf(text)].sort().join() !== [...placeholdersOf(other)].sort().join();
        });
        expect(mismatched.map(([key]) => key)).toEqual([]);
      });

      it('is really translated: a Chinese message differs from its English one or has Chinese in it', () => {
        const untranslated = [...english].filter(([key, text]) => {
          const other = chinese.get(key) ?? '';
          return !SAME_IN_BOTH.has(`${name}.${key}`) && other === text && /[A-Za-z]{4,}/.test(text) && !/[\u4e00-\u9fff]/.test(other);
        });
        expect(untranslated.map(([key]) => key)).toEqual([]);
      });
    });
  }

  it('builds one dictionary per language from the namespaces', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(NAMESPACES).sort());
    expect(Object.keys(DICTIONARIES.zh).sort()).toEqual(Object.keys(NAMESPACES).sort());
  });
});

describe('templates', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Step {step} of {total}', { step: 4, total: 5 })).toBe('Step 4 of 5');
    expect(fill('第 {step} 步，共 {total} 步', { step: 4 })).toBe('第 4 步，共 {total} 步');
  });

  it('fills the same template again with other values, repeated and adjacent placeholders, and no placeholder', () => {
    const template = '{a}{b} and {a}';
    expect(fill(template, { a: 1, b: 'x' })).toBe('1x and 1');
    expect(fill(template, { a: '$&', b: '' })).toBe('$& and $&');
    expect(fill('plain text', { a: 1 })).toBe('plain text');
    expect(fill('', {})).toBe('');
    expect(fill('{a} {constructor}', { a: 0 })).toBe('0 {constructor}');
  });

  it('lists placeholders in order', () => {
    expect(placeholdersOf('{a} and {b}, then {a}')).toEqual(['a', 'b', 'a']);
  });

  it('splits a template into text and placeholders', () => {
    expect(splitTemplate('Step {step} of {total}')).toEqual([
      { text: 'Step ' },
      { placeholder: 'step' },
      { text: ' of ' },
      { placeholder: 'total' },
    ]);
    expect(splitTemplate('{x}')).toEqual([{ placeholder: 'x' }]);
  });
});
