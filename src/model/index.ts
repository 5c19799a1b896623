/** The explainer's domain: scenarios, tokenizer, presets. */
export type { Scenario } from './scenario';
export { vocabularyKey } from './scenario';
export type { Token } from './tokenizer';
export { tokenize } from './tokenizer';
export type { EncodedToken } from './encode';
export { encodeSentence } from './encode';
export { traceScenario, type ScenarioTrace } from './trace';
export { alicePreset } from './presets/alice';
