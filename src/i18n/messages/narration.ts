import { defineMessages } from './define';

/** The narration panel's heading; the sentences themselves come from the model's phrasebooks. */
export const narration = defineMessages(
  {
    title: 'What happens at “{token}”',
  },
  {
    title: '读到“{token}”时发生了什么',
  },
);
