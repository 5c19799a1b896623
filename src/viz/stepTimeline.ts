import { easeCubicInOut } from 'd3-ease';

/** The four stages a step is played in, in order. */
export const STAGES = ['forget', 'input', 'update', 'output'] as const;
export type Stage = (typeof STAGES)[number];

/** Length of one step's animation at 1× speed, in milliseconds. */
export const STEP_DURATION_MS = 1500;

// Each stage owns a quarter of the step; its motion fills the first 80% and a short pause follows,
// so a student sees each stage land before the next begins.
const STAGE_SHARE = 1 / STAGES.length;
const MOTION_SHARE = 0.8;

/** Where each stage after the first begins, as step progress: the animation clock shows every one. */
export const STAGE_STARTS: readonly number[] = STAGES.slice(1).map((_, index) => (index + 1) * STAGE_SHARE);

/** The stage playing at step progress p ∈ [0, 1] (the last stage at p = 1). Pure. */
export function stageAt(progress: number): Stage {
  const index = Math.min(Math.floor(clamp01(progress) / STAGE_SHARE), STAGES.length - 1);
  return STAGES[index];
}

/** Linear progress of one stage at step progress p: 0 before it starts, 1 once its motion is done. Pure. */
export function stageProgress(progress: number, stage: Stage): number {
  const start = STAGES.indexOf(stage) * STAGE_SHARE;
  return clamp01((clamp01(progress) - start) / (STAGE_SHARE * MOTION_SHARE));
}

/** The same, eased (cubic in-out) for motion. Pure. */
export function easedStageProgress(progress: number, stage: Stage): number {
  return easeCubicInOut(stageProgress(progress, stage));
}

/** Animation length in ms at a speed multiplier (0.25×–4×). Pure. */
export function stepDuration(speed: number): number {
  return STEP_DURATION_MS / speed;
}

/** Linear interpolation between a and b at t ∈ [0, 1]. Pure. */
export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
