import { defineMessages } from './define';

/** The interface's text for lesson, in English and Chinese. */
export const lesson = defineMessages({}, {});
