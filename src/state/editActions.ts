import {
  withBias,
  withFeatureAdded,
  withFeatureRemoved,
  withFeatureRenamed,
  withHiddenSize,
  withSentence,
  withVocabularyToken,
  withVocabularyValue,
  withWeight,
  withCell,
  type BiasName,
  type CellKind,
  type Scenario,
  type WeightName,
} from '../model';

/**
 * Edits of the scenario. `group` ties a run of edits into one undo step: a drag passes one id for all its
 * moves, typing in a field passes the field's id.
 */
export type EditAction =
  | { type: 'setWeight'; name: WeightName; row: number; column: number; value: number; group?: string }
  | { type: 'setBias'; name: BiasName; row: number; value: number; group?: string }
  | { type: 'setSentence'; sentence: string; group?: string }
  | { type: 'setVocabularyValue'; token: string; feature: number; value: number; group?: string }
  | { type: 'addVocabularyToken'; token: string; group?: string }
  | { type: 'addFeature'; name: string; group?: string }
  | { type: 'renameFeature'; index: number; name: string; group?: string }
  | { type: 'removeFeature'; index: number; group?: string }
  | { type: 'setHiddenSize'; size: number; seed: number; group?: string }
  /** run another cell, converting the parameters as withCell describes (one undo step; nothing when it is the same cell) */
  | { type: 'setCell'; cell: CellKind; group?: string };

/** The action types above, for telling edits apart from other actions. */
export const EDIT_ACTION_TYPES: ReadonlySet<string> = new Set([
  'setWeight',
  'setBias',
  'setSentence',
  'setVocabularyValue',
  'addVocabularyToken',
  'addFeature',
  'renameFeature',
  'removeFeature',
  'setHiddenSize',
  'setCell',
]);

/** The scenario after one edit (values are validated by the editors before they dispatch). Pure. */
export function applyEdit(scenario: Scenario, action: EditAction): Scenario {
  switch (action.type) {
    case 'setWeight':
      return withWeight(scenario, action.name, action.row, action.column, action.value);
    case 'setBias':
      return withBias(scenario, action.name, action.row, action.value);
    case 'setSentence':
      return withSentence(scenario, action.sentence);
    case 'setVocabularyValue':
      return withVocabularyValue(scenario, action.token, action.feature, action.value);
    case 'addVocabularyToken':
      return withVocabularyToken(scenario, action.token);
    case 'addFeature':
      return withFeatureAdded(scenario, action.name);
    case 'renameFeature':
      return withFeatureRenamed(scenario, action.index, action.name);
    case 'removeFeature':
      return withFeatureRemoved(scenario, action.index);
    case 'setHiddenSize':
      return withHiddenSize(scenario, action.size, action.seed);
    case 'setCell':
      return withCell(scenario, action.cell);
  }
}
