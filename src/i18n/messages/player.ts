import { defineMessages } from './define';

/** The interface's text for player, in English and Chinese. */
export const player = defineMessages({}, {});
