import type { LstmStep } from '../../core';
import type { ScenarioTrace } from '../trace';
import {
  CANCEL_RATIO,
  CANDIDATE_NEUTRAL,
  CELL_STILL,
  MIN_EARLIER_STEPS,
  NEAR_ZERO,
  gateBand,
  type GateBand,
} from './thresholds';

/** Whether the narrated cell state goes up, down or (within CELL_STILL) nowhere. */
export type CellTrend = 'rises' | 'falls' | 'steady';
/** What there was to forget: nothing at all, next to nothing (below NEAR_ZERO), or a real memory. */
export type MemoryBefore = 'empty' | 'nearlyEmpty' | 'held';
/** The candidate's direction: it pushes the memory up, pulls it down, or (below CANDIDATE_NEUTRAL) neither. */
export type CandidateSign = 'positive' | 'negative' | 'neutral';
/** How this step's |ΔC| compares with every earlier step of the same unit. */
export type ChangeRank = 'largestSoFar' | 'smallestSoFar' | 'none';

/** Everything the narration says about one step, as numbers and categories with no words. */
export interface StepFacts {
  step: number;
  token: string;
  /** the token is not in the vocabulary and was fed as a zero vector */
  unknownToken: boolean;
  /** a known token whose features are all zero, so only h_{t−1} and the biases move the gates */
  zeroInput: boolean;
  /** the unit narrated (0-based): the one whose cell state changed most */
  unit: number;
  hiddenSize: number;
  forget: number;
  forgetBand: GateBand;
  input: number;
  inputBand: GateBand;
  candidate: number;
  candidateSign: CandidateSign;
  output: number;
  outputBand: GateBand;
  cellBefore: number;
  cell: number;
  trend: CellTrend;
  memoryBefore: MemoryBefore;
  /** a real memory was (nearly) wiped out at this step */
  endsNearZero: boolean;
  /** f·C_{t−1}, what the forget gate kept, and i·C̃, what the input gate wrote */
  kept: number;
  written: number;
  cancels: boolean;
  changeRank: ChangeRank;
  hidden: number;
  strongestOutputSoFar: boolean;
}

/** The unit whose cell state changed most at a step (the first on ties, 0 when H = 1). Pure. */
export function mostChangedUnit(step: LstmStep): number {
  let best = 0;
  step.c.forEach((value, unit) => {
    if (Math.abs(value - step.cPrev[unit]) > Math.abs(step.c[best] - step.cPrev[best])) best = unit;
  });
  return best;
}

/** The facts behind the narration of step t, or null when the trace has no such step. Pure. */
export function stepFacts(trace: ScenarioTrace, t: number): StepFacts | null {
  const step = trace.steps[t];
  const token = trace.tokens[t];
  if (!step || !token) return null;
  const unit = mostChangedUnit(step);
  const earlier = trace.steps.slice(0, t);
  const cellBefore = step.cPrev[unit];
  const cell = step.c[unit];
  const kept = step.f[unit] * cellBefore;
  const written = step.i[unit] * step.cTilde[unit];
  const trend = trendOf(cell - cellBefore);
  const memoryBefore = memoryOf(cellBefore);
  return {
    step: t,
    token: token.text,
    unknownToken: token.unknown,
    zeroInput: !token.unknown && step.x.length > 0 && step.x.every((value) => value === 0),
    unit,
    hiddenSize: step.c.length,
    forget: step.f[unit],
    forgetBand: gateBand(step.f[unit]),
    input: step.i[unit],
    inputBand: gateBand(step.i[unit]),
    candidate: step.cTilde[unit],
    candidateSign: signOf(step.cTilde[unit]),
    output: step.o[unit],
    outputBand: gateBand(step.o[unit]),
    cellBefore,
    cell,
    trend,
    memoryBefore,
    endsNearZero: memoryBefore === 'held' && Math.abs(cell) < NEAR_ZERO,
    kept,
    written,
    cancels: kept * written < 0 && Math.abs(cell) < CANCEL_RATIO * Math.max(Math.abs(kept), Math.abs(written)),
    changeRank: trend === 'steady' ? 'none' : rankOf(Math.abs(cell - cellBefore), earlier.map((s) => Math.abs(s.c[unit] - s.cPrev[unit]))),
    hidden: step.h[unit],
    strongestOutputSoFar:
      earlier.length >= MIN_EARLIER_STEPS &&
      Math.abs(step.h[unit]) >= NEAR_ZERO &&
      earlier.every((s) => Math.abs(step.h[unit]) > Math.abs(s.h[unit])),
  };
}

function trendOf(delta: number): CellTrend {
  if (Math.abs(delta) < CELL_STILL) return 'steady';
  return delta > 0 ? 'rises' : 'falls';
}

function memoryOf(cellBefore: number): MemoryBefore {
  if (cellBefore === 0) return 'empty';
  return Math.abs(cellBefore) < NEAR_ZERO ? 'nearlyEmpty' : 'held';
}

function signOf(candidate: number): CandidateSign {
  if (Math.abs(candidate) < CANDIDATE_NEUTRAL) return 'neutral';
  return candidate > 0 ? 'positive' : 'negative';
}

// Strict comparisons: a tie with an earlier step is neither the largest nor the smallest "so far".
function rankOf(change: number, earlierChanges: number[]): ChangeRank {
  if (earlierChanges.length < MIN_EARLIER_STEPS) return 'none';
  if (earlierChanges.every((earlier) => change > earlier)) return 'largestSoFar';
  if (earlierChanges.every((earlier) => change < earlier)) return 'smallestSoFar';
  return 'none';
}
