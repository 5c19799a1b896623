import { defineMessages } from './define';

/** The interface's text for equations, in English and Chinese. */
export const equations = defineMessages({}, {});
