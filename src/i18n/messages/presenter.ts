import { defineMessages } from './define';

/** The interface's text for presenter, in English and Chinese. */
export const presenter = defineMessages({}, {});
