import { MAX_FEATURES, MAX_NAME_CHARACTERS } from './limits';
import { quotedNames, type Problems } from './problems';

/**
 * Reads `features`. Returns the names when all are valid, and separately the count D whenever the list
 * itself is usable, so the shapes of the vocabulary and the weights can still be checked against it.
 * Mutates only `problems`.
 */
export function decodeFeatures(value: unknown, problems: Problems): { names: string[] | null; count: number | null } {
  if (value === undefined) {
    problems.add({ code: 'missing', at: 'features' });
    return { names: null, count: null };
  }
  if (!Array.isArray(value)) {
    problems.add({ code: 'notNameList', at: 'features' });
    return { names: null, count: null };
  }
  if (value.length === 0) {
    problems.add({ code: 'noFeatures', at: 'features' });
    return { names: null, count: null };
  }
  if (value.length > MAX_FEATURES) {
    problems.add({ code: 'tooManyFeatures', at: 'features', count: value.length, limit: MAX_FEATURES });
    return { names: null, count: null };
  }
  const names: string[] = [];
  for (let k = 0; k < value.length; k++) {
    const name: unknown = value[k];
    const at = `features[${k}]`;
    if (typeof name !== 'string') problems.add({ code: 'notText', at });
    else if (name.trim() === '') problems.add({ code: 'emptyName', at });
    else if (name.length > MAX_NAME_CHARACTERS) problems.add({ code: 'tooLong', at, length: name.length, limit: MAX_NAME_CHARACTERS });
    else names.push(name);
  }
  const duplicates = [...new Set(names.filter((name, k) => names.indexOf(name) !== k))];
  if (duplicates.length > 0) problems.add({ code: 'duplicateNames', at: 'features', ...quotedNames(duplicates) });
  const valid = names.length === value.length && duplicates.length === 0;
  return { names: valid ? names : null, count: value.length };
}
