/** App state: the reducer of plain actions and the derived trace. */
export {
  explainerReducer,
  initialExplainerState,
  clampStep,
  stepCountOf,
  type ExplainerState,
  type ExplainerAction,
} from './explainerState';
export { useTrace } from './useTrace';
