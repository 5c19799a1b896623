import { defineMessages } from './define';

/** The interface's text for share, in English and Chinese. */
export const share = defineMessages({}, {});
