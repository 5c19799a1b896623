import { defineMessages } from './define';

/** The interface's text for a11y, in English and Chinese. */
export const a11y = defineMessages({}, {});
