/**
 * The training panel's Web Worker: runs the training loop off the page's main thread, so the page stays
 * responsive, and posts a snapshot after every command and every TICK_MS while running.
 */
import { createTrainingLoop } from './loop';
import type { TrainingCommand, TrainingSnapshot } from './protocol';

const loop = createTrainingLoop((snapshot: TrainingSnapshot) => self.postMessage(snapshot));

self.addEventListener('message', (event: MessageEvent<TrainingCommand>) => loop.handle(event.data));
