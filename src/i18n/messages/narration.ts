import { defineMessages } from './define';

/** The interface's text for narration, in English and Chinese. */
export const narration = defineMessages({}, {});
