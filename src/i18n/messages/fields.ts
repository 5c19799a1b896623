import { defineMessages } from './define';

/** The interface's text for fields, in English and Chinese. */
export const fields = defineMessages({}, {});
