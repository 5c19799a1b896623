import { defineMessages } from './define';

/** The interface's text for values, in English and Chinese. */
export const values = defineMessages({}, {});
