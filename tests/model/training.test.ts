/**
 * The agreement task and its training run: the dataset's shape and split, that the answer needs memory
 * (the pronoun's own features say nothing about it), a seeded run that reaches ≥ 95 % held-out accuracy
 * within 200 steps and opens the forget gate between the name and the pronoun, and the trained cell as a
 * scenario the app's format accepts.
 */
import { describe, expect, it } from 'vitest';
import type { LstmParams } from '../../src/core';
import { createTrainer, evaluateClassifier, meanForgetByPosition } from '../../src/core/training';
import {
  decodeScenarioDocument,
  encodeScenarioDocument,
  encodeScenarioLink,
  decodeScenarioLink,
  MAX_ABS_PARAMETER,
  MAX_FEATURES,
  MAX_HIDDEN_SIZE,
  tokenize,
  traceScenario,
} from '../../src/model';
import { agreementDataset, agreementTrainerConfig, PRONOUN_STEP, trainedScenario } from '../../src/model/training';

const data = agreementDataset();

describe('agreementDataset', () => {
  it('has 288 training and 96 test sentences of five words, the pronoun at step 3', () => {
    expect(data.trainSentences).toHaveLength(288);
    expect(data.testSentences).toHaveLength(96);
    expect(data.trainSentences[0].sentence).toBe('Alice is happy. She smiles.');
    for (const [sentences, samples] of [[data.trainSentences, data.train], [data.testSentences, data.test]] as const) {
      sentences.forEach((s, k) => {
        const words = tokenize(s.sentence).map((token) => token.text);
        expect(words).toHaveLength(5);
        expect(words[PRONOUN_STEP]).toBe(s.pronoun);
        expect(samples[k].xs).toEqual(words.map((word) => data.vocabulary[word.toLowerCase()]));
        expect(samples[k].target).toBe(s.agrees ? 1 : 0);
        expect(samples[k].readAt).toBe(PRONOUN_STEP);
      });
      expect(sentences.filter((s) => s.agrees)).toHaveLength(sentences.length / 2);
    }
  });

  it('keeps six names (three of each gender) out of training', () => {
    expect(data.heldOutNames).toEqual(['Nora', 'Rose', 'Clara', 'Henry', 'Leo', 'Sam']);
    const trainNames = new Set(data.trainSentences.map((s) => s.name));
    for (const name of data.heldOutNames) expect(trainNames.has(name)).toBe(false);
    expect(new Set(data.testSentences.map((s) => s.name))).toEqual(new Set(data.heldOutNames));
    expect(data.testSentences.every((s) => s.heldOut)).toBe(true);
  });

  it('cannot be answered from the pronoun’s input: each pronoun is right for exactly half the sentences', () => {
    for (const pronoun of ['She', 'He']) {
      const targets = data.trainSentences.filter((s) => s.pronoun === pronoun).map((s) => s.agrees);
      expect(targets.filter(Boolean).length).toBe(targets.length / 2);
    }
    // …nor from the name alone: each name agrees with half its sentences.
    const alice = data.trainSentences.filter((s) => s.name === 'Alice');
    expect(alice.filter((s) => s.agrees).length).toBe(alice.length / 2);
  });

  it('gives held-out names identity codes unlike any training name, and fits the scenario format', () => {
    expect(data.features.length).toBeLessThanOrEqual(MAX_FEATURES);
    const code = (name: string) => data.vocabulary[name.toLowerCase()].slice(6).join(',');
    const trainCodes = new Set([...new Set(data.trainSentences.map((s) => s.name))].map(code));
    for (const name of data.heldOutNames) expect(trainCodes.has(code(name))).toBe(false);
    expect(data.vocabulary.nora.slice(0, 6)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(data.vocabulary.leo.slice(0, 6)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(data.vocabulary.she.slice(0, 6)).toEqual([0, 1, 0, 1, 0, 0]);
    for (const vector of Object.values(data.vocabulary)) for (const x of vector) expect(Math.abs(x)).toBeLessThanOrEqual(1);
    expect(agreementDataset()).toEqual(data);
  });
});

/** Mean forget gate at "is" and the adjective (steps 1 and 2), over every hidden unit and test sentence. */
const gapForget = (forget: number[]) => (forget[1] + forget[2]) / 2;

describe('training the agreement task (seed 1)', () => {
  it('reaches ≥ 95 % held-out accuracy within 200 steps and 100 % by 1,000, and opens the forget gate between name and pronoun', () => {
    const config = agreementTrainerConfig(1);
    expect(config.hiddenSize).toBeLessThanOrEqual(MAX_HIDDEN_SIZE);
    const trainer = createTrainer(config, data.train);
    const initialGap = gapForget(meanForgetByPosition(trainer.model(), data.test));
    let stepsTo95 = -1;
    for (let step = 1; step <= 1000; step++) {
      trainer.step();
      if (stepsTo95 < 0 && step % 10 === 0 && evaluateClassifier(trainer.model(), data.test).accuracy >= 0.95) stepsTo95 = step;
    }
    const model = trainer.model();
    const test = evaluateClassifier(model, data.test);
    const train = evaluateClassifier(model, data.train);
    const finalGap = gapForget(meanForgetByPosition(model, data.test));
    // Measured: 95 % first at step 120; after 1,000 steps 100 % on both sets; gap f 0.566 → 0.858.
    expect(stepsTo95).toBeGreaterThan(0);
    expect(stepsTo95).toBeLessThanOrEqual(200);
    expect(test.accuracy).toBe(1);
    expect(train.accuracy).toBe(1);
    expect(initialGap).toBeLessThan(0.6);
    expect(finalGap).toBeGreaterThan(0.8);
  });
});

describe('trainedScenario', () => {
  const model = createTrainer(agreementTrainerConfig(1), data.train).model();
  const scenario = trainedScenario(model, { title: 'Trained', description: 'Readout w = …', sentence: 'Nora is happy. He laughs.' });

  it('is an ordinary scenario: the format decodes it unchanged, through JSON and a link', () => {
    const decoded = decodeScenarioDocument(JSON.parse(JSON.stringify(encodeScenarioDocument(scenario, 3))));
    expect(decoded).toEqual({ ok: true, scenario, step: 3 });
    const link = decodeScenarioLink(encodeScenarioLink(scenario, 3));
    expect(link).toEqual({ ok: true, scenario, step: 3 });
    expect(traceScenario(scenario).steps).toHaveLength(5);
    expect(scenario.params).toEqual(model.lstm);
  });

  it('clamps weights to the format’s ±10', () => {
    const wild = { ...model, lstm: { ...model.lstm, bf: model.lstm.bf.map((_, k) => (k === 0 ? 25 : -25)) } };
    const clamped = trainedScenario(wild, { title: 't', description: 'd', sentence: 'Leo is shy. He nods.' });
    // The scenario type covers several cells; a trained scenario is always the standard LSTM.
    const params = clamped.params as LstmParams;
    expect(params.bf.every((b) => Math.abs(b) <= MAX_ABS_PARAMETER)).toBe(true);
    expect(params.bf[0]).toBe(10);
  });
});
