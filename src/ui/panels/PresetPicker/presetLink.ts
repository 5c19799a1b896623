import type { PresetId } from '../../../model';

/** The relative link that opens a built-in example (the app reads `?preset=<id>` at start). Pure. */
export function presetLink(id: PresetId): string {
  return `?preset=${encodeURIComponent(id)}`;
}
