import { alicePreset, CELL_KINDS, presetById, stressScenario, withCell, type Scenario } from '../model';

/** Accepted range and default of the stress preset's `tokens` and `hidden` query parameters. */
export const STRESS_QUERY_LIMITS = {
  tokens: { min: 1, max: 500, fallback: 200 },
  hidden: { min: 1, max: 8, fallback: 8 },
} as const;

/**
 * The scenario named by a location's query string: `?preset=alice` (also the default for a missing or
 * unknown preset), any built-in example by its id (`?preset=long-gap`, `weather`…) or `?preset=stress&tokens=200&hidden=8`, whose numbers are clamped into
 * STRESS_QUERY_LIMITS and fall back to the defaults when they are not integers. `&cell=gru` (or peephole,
 * coupled) opens it in another cell, converted as the cell switch does; an unknown cell is ignored. Pure.
 */
export function initialScenarioFromLocation(search: string): Scenario {
  const query = new URLSearchParams(search);
  const preset = (query.get('preset') ?? '').trim().toLowerCase();
  const scenario =
    preset !== 'stress'
      ? (presetById(preset)?.scenario ?? alicePreset)
      : stressScenario(
          integerParameter(query.get('tokens'), STRESS_QUERY_LIMITS.tokens),
          integerParameter(query.get('hidden'), STRESS_QUERY_LIMITS.hidden),
        );
  const cell = CELL_KINDS.find((kind) => kind === (query.get('cell') ?? '').trim().toLowerCase());
  return cell ? withCell(scenario, cell) : scenario;
}

function integerParameter(raw: string | null, limits: { min: number; max: number; fallback: number }): number {
  // Only plain decimal integers count: "12.5", "1e3", "" or "abc" are mistakes, not numbers to guess at.
  if (raw === null || !/^\s*[+-]?\d+\s*$/.test(raw)) return limits.fallback;
  const value = Number(raw);
  return Math.min(Math.max(value, limits.min), limits.max);
}
