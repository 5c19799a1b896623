import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrainingCommand, TrainingRunner, TrainingSnapshot } from './protocol';

/**
 * Creates a runner when the panel mounts (with `createRunner` as it was then), starts it at `seed`,
 * follows its snapshots and disposes of it on unmount. Returns the latest snapshot (null until the first
 * arrives) and a stable `send`.
 */
export function useTrainingRunner(createRunner: () => TrainingRunner, seed: number) {
  const [snapshot, setSnapshot] = useState<TrainingSnapshot | null>(null);
  const runnerRef = useRef<TrainingRunner | null>(null);
  const initial = useRef({ createRunner, seed });
  useEffect(() => {
    const runner = initial.current.createRunner();
    runnerRef.current = runner;
    const unsubscribe = runner.subscribe(setSnapshot);
    runner.send({ type: 'reset', seed: initial.current.seed });
    return () => {
      unsubscribe();
      runner.dispose();
      runnerRef.current = null;
    };
  }, []);
  const send = useCallback((command: TrainingCommand) => runnerRef.current?.send(command), []);
  return { snapshot, send };
}
