import type { GruStep } from '../../core';
import { isGruStep, type ScenarioTrace } from '../trace';
import type { CandidateSign, CellTrend, ChangeRank, MemoryBefore } from './facts';
import { CANDIDATE_NEUTRAL, CELL_STILL, MIN_EARLIER_STEPS, NEAR_ZERO, gateBand, type GateBand } from './thresholds';

/** Everything the GRU's narration says about one step, as numbers and categories with no words. */
export interface GruStepFacts {
  step: number;
  token: string;
  unknownToken: boolean;
  zeroInput: boolean;
  /** the unit narrated (0-based): the one whose hidden state changed most */
  unit: number;
  hiddenSize: number;
  update: number;
  updateBand: GateBand;
  reset: number;
  resetBand: GateBand;
  candidate: number;
  candidateSign: CandidateSign;
  hiddenBefore: number;
  hidden: number;
  trend: CellTrend;
  memoryBefore: MemoryBefore;
  /** (1 − z)·h_{t−1}, what the update gate kept, and z·h̃, what it wrote */
  kept: number;
  written: number;
  changeRank: ChangeRank;
}

/** The unit whose hidden state changed most at a GRU step (the first on ties). Pure. */
export function mostChangedGruUnit(step: GruStep): number {
  let best = 0;
  step.h.forEach((value, unit) => {
    if (Math.abs(value - step.hPrev[unit]) > Math.abs(step.h[best] - step.hPrev[best])) best = unit;
  });
  return best;
}

/** The facts behind the GRU narration of step t, or null when the trace is not a GRU's or has no step t. Pure. */
export function gruStepFacts(trace: ScenarioTrace, t: number): GruStepFacts | null {
  const step = trace.cellSteps[t];
  const token = trace.tokens[t];
  if (!step || !token || !isGruStep(step)) return null;
  const unit = mostChangedGruUnit(step);
  const hiddenBefore = step.hPrev[unit];
  const hidden = step.h[unit];
  const delta = hidden - hiddenBefore;
  const trend: CellTrend = Math.abs(delta) < CELL_STILL ? 'steady' : delta > 0 ? 'rises' : 'falls';
  const earlier = trace.cellSteps.slice(0, t).filter(isGruStep).map((s) => Math.abs(s.h[unit] - s.hPrev[unit]));
  const candidate = step.hTilde[unit];
  return {
    step: t,
    token: token.text,
    unknownToken: token.unknown,
    zeroInput: !token.unknown && step.x.length > 0 && step.x.every((value) => value === 0),
    unit,
    hiddenSize: step.h.length,
    update: step.z[unit],
    updateBand: gateBand(step.z[unit]),
    reset: step.r[unit],
    resetBand: gateBand(step.r[unit]),
    candidate,
    candidateSign: Math.abs(candidate) < CANDIDATE_NEUTRAL ? 'neutral' : candidate > 0 ? 'positive' : 'negative',
    hiddenBefore,
    hidden,
    trend,
    memoryBefore: hiddenBefore === 0 ? 'empty' : Math.abs(hiddenBefore) < NEAR_ZERO ? 'nearlyEmpty' : 'held',
    kept: (1 - step.z[unit]) * hiddenBefore,
    written: step.z[unit] * candidate,
    changeRank: trend === 'steady' ? 'none' : rankOf(Math.abs(delta), earlier),
  };
}

// Strict comparisons, as for the LSTM: a tie is neither the largest nor the smallest so far.
function rankOf(change: number, earlierChanges: number[]): ChangeRank {
  if (earlierChanges.length < MIN_EARLIER_STEPS) return 'none';
  if (earlierChanges.every((earlier) => change > earlier)) return 'largestSoFar';
  if (earlierChanges.every((earlier) => change < earlier)) return 'smallestSoFar';
  return 'none';
}
