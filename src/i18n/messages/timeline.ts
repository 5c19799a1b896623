import { defineMessages } from './define';

/** The interface's text for timeline, in English and Chinese. */
export const timeline = defineMessages({}, {});
