/** App state: the reducer of plain actions and the derived trace. */
export {
  explainerReducer,
  initialExplainerState,
  clampStep,
  stepCountOf,
  SPEEDS,
  type ExplainerState,
  type ExplainerAction,
} from './explainerState';
export { useTrace } from './useTrace';
export { initialScenarioFromLocation, STRESS_QUERY_LIMITS } from './initialScenario';
export { applyEdit, EDIT_ACTION_TYPES, type EditAction } from './editActions';
export { EMPTY_HISTORY, HISTORY_LIMIT, recordEdit, undoEdit, redoEdit, type EditHistory } from './history';
export { canonicalScenario } from './canonical';
export { STORAGE_KEY, browserStore, restoreSaved, saveWork, type KeyValueStore, type RestoreResult } from './persist';
export { scenarioFromHash, shareUrl, addressWithoutShare, currentShareUrl, forgetSharedAddress } from './shareLink';
export { decideStartup, readStartup, type Startup, type StartupNotice } from './startup';
export { PREFERENCES, readPreference, savePreference, type PreferenceName } from './preferences';
