import { defineMessages } from './define';

/** The interface's text for belt, in English and Chinese. */
export const belt = defineMessages({}, {});
