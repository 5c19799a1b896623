import { defineMessages } from './define';

/** The player under the sentence: step buttons, the step counter and the speed menu. */
export const player = defineMessages(
  {
    label: 'Player',
    first: 'First step',
    firstTitle: 'First step (Home)',
    previous: 'Previous step',
    previousTitle: 'Previous step (←)',
    play: 'Play',
    playTitle: 'Play through the sentence (Space)',
    pause: 'Pause',
    pauseTitle: 'Pause (Space)',
    next: 'Next step',
    nextTitle: 'Next step (→)',
    last: 'Last step',
    lastTitle: 'Last step (End)',
    counter: 'Step {step} of {total} · {token}',
    speed: 'Speed',
  },
  {
    label: '播放器',
    first: '第一步',
    firstTitle: '第一步（Home）',
    previous: '上一步',
    previousTitle: '上一步（←）',
    play: '播放',
    playTitle: '逐词播放整句（Space）',
    pause: '暂停',
    pauseTitle: '暂停（Space）',
    next: '下一步',
    nextTitle: '下一步（→）',
    last: '最后一步',
    lastTitle: '最后一步（End）',
    counter: '第 {step} 步，共 {total} 步 · {token}',
    speed: '速度',
  },
);
