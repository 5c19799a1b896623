import { defineMessages } from './define';

/** The interface's text for weights, in English and Chinese. */
export const weights = defineMessages({}, {});
