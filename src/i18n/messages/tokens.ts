import { defineMessages } from './define';

/** The interface's text for tokens, in English and Chinese. */
export const tokens = defineMessages({}, {});
