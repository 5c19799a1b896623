import { vocabularyKey } from '../scenario';
import { MAX_ABS_FEATURE_VALUE, MAX_NAME_CHARACTERS, MAX_VOCABULARY_ENTRIES } from './limits';
import { fieldPath, quoteName, type Problems } from './problems';
import { objectKeys, ownValue, readNumberList } from './readers';

/**
 * Reads `vocabulary` (token → feature vector of length D). Keys are normalised with vocabularyKey; two keys
 * that normalise to the same token are an error rather than a silent choice. The result has no prototype,
 * so tokens such as "constructor" or "__proto__" are plain entries and lookups never reach Object.prototype.
 * `featureCount` is null when the features are unusable; vectors are then not checked. Mutates only `problems`.
 */
export function decodeVocabulary(
  value: unknown,
  featureCount: number | null,
  problems: Problems,
): Record<string, number[]> | null {
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'vocabulary' });
    return null;
  }
  const keys = objectKeys(value);
  if (keys === null) {
    problems.add({ code: 'vocabularyNotObject', at: 'vocabulary' });
    return null;
  }
  if (keys.length > MAX_VOCABULARY_ENTRIES) {
    problems.add({ code: 'tooManyEntries', at: 'vocabulary', count: keys.length, limit: MAX_VOCABULARY_ENTRIES });
    return null;
  }
  const vocabulary: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const writtenAs = new Map<string, string>();
  let complete = featureCount !== null;
  for (const key of keys) {
    if (key.trim() === '') {
      problems.add({ code: 'emptyToken', at: 'vocabulary' });
      complete = false;
      continue;
    }
    if (key.length > MAX_NAME_CHARACTERS) {
      problems.add({ code: 'tokenTooLong', at: 'vocabulary', token: quoteName(key), length: key.length, limit: MAX_NAME_CHARACTERS });
      complete = false;
      continue;
    }
    const token = vocabularyKey(key);
    const earlier = writtenAs.get(token);
    if (earlier !== undefined) {
      problems.add({ code: 'sameToken', at: 'vocabulary', first: quoteName(earlier), second: quoteName(key) });
      complete = false;
      continue;
    }
    writtenAs.set(token, key);
    if (featureCount === null) continue;
    const vector = readNumberList(
      ownValue(value as object, key),
      fieldPath('vocabulary', key),
      {
        count: featureCount,
        wrongLength: (at, count) => ({ code: 'wrongFeatureCount', at, count, expected: featureCount }),
        limit: MAX_ABS_FEATURE_VALUE,
        quantity: 'featureValues',
      },
      problems,
    );
    if (vector === null) complete = false;
    else vocabulary[token] = vector;
  }
  return complete ? vocabulary : null;
}
