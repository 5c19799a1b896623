import { defineMessages } from './define';

/** The interface's text for scenario, in English and Chinese. */
export const scenario = defineMessages({}, {});
