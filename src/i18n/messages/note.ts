import { defineMessages } from './define';

/** The interface's text for note, in English and Chinese. */
export const note = defineMessages({}, {});
