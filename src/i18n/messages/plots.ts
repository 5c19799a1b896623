import { defineMessages } from './define';

/** The interface's text for plots, in English and Chinese. */
export const plots = defineMessages({}, {});
