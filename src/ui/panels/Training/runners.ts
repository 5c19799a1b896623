import { createTrainingLoop, type LoopTimers } from './loop';
import type { TrainingCommand, TrainingRunner, TrainingSnapshot } from './protocol';

/**
 * Keeps the latest snapshot for a listener that subscribes late (a runner may report before the panel
 * has subscribed) and forwards every later one.
 */
function snapshotRelay() {
  let listener: ((snapshot: TrainingSnapshot) => void) | null = null;
  let latest: TrainingSnapshot | null = null;
  return {
    post(snapshot: TrainingSnapshot) {
      latest = snapshot;
      listener?.(snapshot);
    },
    subscribe(next: (snapshot: TrainingSnapshot) => void) {
      listener = next;
      if (latest) next(latest);
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}

/** A runner that trains on the page's own thread (tests, and browsers that cannot start the worker). */
export function createInlineRunner(timers?: LoopTimers): TrainingRunner {
  const relay = snapshotRelay();
  let disposed = false;
  const loop = createTrainingLoop((snapshot) => {
    if (!disposed) relay.post(snapshot);
  }, timers);
  return {
    send: (command) => {
      if (!disposed) loop.handle(command);
    },
    subscribe: relay.subscribe,
    dispose: () => {
      disposed = true;
      loop.stop();
    },
  };
}

/**
 * A runner backed by the training Web Worker. If the worker cannot be created, or fails, training
 * carries on with an inline runner from the last seed, so the panel still works (only less smoothly).
 */
export function createWorkerRunner(): TrainingRunner {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return createInlineRunner();
  }
  const relay = snapshotRelay();
  let fallback: TrainingRunner | null = null;
  let lastSeed: number | null = null;
  worker.addEventListener('message', (event: MessageEvent<TrainingSnapshot>) => {
    lastSeed = event.data.seed;
    relay.post(event.data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    fallback = createInlineRunner();
    fallback.subscribe(relay.post);
    if (lastSeed !== null) fallback.send({ type: 'reset', seed: lastSeed });
  });
  return {
    send: (command: TrainingCommand) => {
      if (command.type === 'reset') lastSeed = command.seed;
      if (fallback) fallback.send(command);
      else worker.postMessage(command);
    },
    subscribe: relay.subscribe,
    dispose: () => {
      worker.terminate();
      fallback?.dispose();
    },
  };
}
