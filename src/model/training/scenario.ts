import type { SequenceClassifier } from '../../core/training';
import type { Scenario } from '../scenario';
import { MAX_ABS_PARAMETER } from '../schema/limits';
import { agreementVocabulary, AGREEMENT_FEATURES } from './dataset';

/** The words a trained scenario carries: chosen by the caller, so they can be in the reader's language. */
export interface TrainedScenarioText {
  title: string;
  description: string;
  /** a sentence of the task, e.g. "Nora is happy. She laughs." */
  sentence: string;
}

/**
 * The classifier's cell as an ordinary scenario: the task's features and vocabulary, the trained LSTM
 * weights (copied; full precision, clamped to ±10 as the format requires), zero initial state. The
 * readout is not part of the format; callers can describe it in `description`. Pure.
 */
export function trainedScenario(model: SequenceClassifier, text: TrainedScenarioText): Scenario {
  const clamp = (value: number) => Math.min(MAX_ABS_PARAMETER, Math.max(-MAX_ABS_PARAMETER, value));
  const matrix = (rows: number[][]) => rows.map((row) => row.map(clamp));
  const vector = (values: number[]) => values.map(clamp);
  const { Wf, Wi, Wc, Wo, bf, bi, bc, bo } = model.lstm;
  return {
    title: text.title,
    description: text.description,
    sentence: text.sentence,
    features: [...AGREEMENT_FEATURES],
    vocabulary: agreementVocabulary(),
    params: {
      Wf: matrix(Wf),
      Wi: matrix(Wi),
      Wc: matrix(Wc),
      Wo: matrix(Wo),
      bf: vector(bf),
      bi: vector(bi),
      bc: vector(bc),
      bo: vector(bo),
    },
  };
}
