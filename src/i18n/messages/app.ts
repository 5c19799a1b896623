import { defineMessages } from './define';

/** The interface's text for app, in English and Chinese. */
export const app = defineMessages({}, {});
