/**
 * The adjoint of a per-step record: for every field of a step (x, hPrev, the gates, h…), ∂L/∂(that
 * field) as an array of the same length. `hPrev` and `cPrev` are the gradients on the previous step's
 * state, so steps[t].hPrev is the same array as steps[t − 1].h (or dh0). Arrays may be shared between
 * fields and with the top-level dhs/dcs: treat them as read-only.
 */
export type StepGradient<Step> = { [Field in keyof Step]: number[] };
