import { defineMessages } from './define';

/** The interface's text for presets, in English and Chinese. */
export const presets = defineMessages({}, {});
