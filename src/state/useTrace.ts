import { useMemo } from 'react';
import { traceScenario, type Scenario, type ScenarioTrace } from '../model';

/** The derived step trace of a scenario, recomputed only when the scenario object changes. */
export function useTrace(scenario: Scenario): ScenarioTrace {
  return useMemo(() => traceScenario(scenario), [scenario]);
}
