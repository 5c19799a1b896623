import { MAX_FEATURES, MAX_NAME_CHARACTERS } from './limits';
import { listNames, type Problems } from './problems';

/**
 * Reads `features`. Returns the names when all are valid, and separately the count D whenever the list
 * itself is usable, so the shapes of the vocabulary and the weights can still be checked against it.
 * Mutates only `problems`.
 */
export function decodeFeatures(value: unknown, problems: Problems): { names: string[] | null; count: number | null } {
  if (value === undefined) {
    problems.add('features is missing');
    return { names: null, count: null };
  }
  if (!Array.isArray(value)) {
    problems.add('features must be a list of names');
    return { names: null, count: null };
  }
  if (value.length === 0) {
    problems.add('features must name at least one feature');
    return { names: null, count: null };
  }
  if (value.length > MAX_FEATURES) {
    problems.add(`features has ${value.length} names, the limit is ${MAX_FEATURES}`);
    return { names: null, count: null };
  }
  const names: string[] = [];
  for (let k = 0; k < value.length; k++) {
    const name: unknown = value[k];
    if (typeof name !== 'string') problems.add(`features[${k}] must be text`);
    else if (name.trim() === '') problems.add(`features[${k}] is empty`);
    else if (name.length > MAX_NAME_CHARACTERS) {
      problems.add(`features[${k}] has ${name.length} characters, the limit is ${MAX_NAME_CHARACTERS}`);
    } else names.push(name);
  }
  const duplicates = [...new Set(names.filter((name, k) => names.indexOf(name) !== k))];
  if (duplicates.length > 0) problems.add(`features has duplicates: ${listNames(duplicates)}`);
  const valid = names.length === value.length && duplicates.length === 0;
  return { names: valid ? names : null, count: value.length };
}
