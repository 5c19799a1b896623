import { useEffect, useId, useRef, useState } from 'react';
import { fill, useT } from '../../../i18n';
import { MAX_SENTENCE_TOKENS, tokenize } from '../../../model';
import styles from './ScenarioEditor.module.css';

interface SentenceFieldProps {
  sentence: string;
  onChange: (sentence: string, group: string) => void;
}

let typingSessions = 0;

/**
 * The sentence as editable text. Every valid change reaches the model at once (one undo step per typing
 * session); text over the word limit stays in the field with a message and changes nothing.
 */
export function SentenceField({ sentence, onChange }: SentenceFieldProps) {
  const t = useT();
  const [text, setText] = useState(sentence);
  // The word count of text over the limit (the message is worded at render, in the current language).
  const [overLimit, setOverLimit] = useState<number | null>(null);
  const session = useRef('sentence-0');
  const messageId = useId();

  // Undo, redo, presets and loads replace the sentence from outside: show theirs.
  useEffect(() => {
    setText(sentence);
    setOverLimit(null);
  }, [sentence]);

  const update = (next: string) => {
    setText(next);
    const count = tokenize(next).length;
    if (count > MAX_SENTENCE_TOKENS) {
      setOverLimit(count);
      return;
    }
    setOverLimit(null);
    onChange(next, session.current);
  };

  const count = tokenize(text).length;
  const message = overLimit === null ? null : fill(t.scenario.tooManyWords, { count: overLimit, limit: MAX_SENTENCE_TOKENS });
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={`${messageId}-input`}>
        {t.scenario.sentence}{' '}
        <span className={styles.count}>{count === 1 ? t.scenario.wordCountOne : fill(t.scenario.wordCount, { count })}</span>
      </label>
      <textarea
        id={`${messageId}-input`}
        className={styles.sentence}
        rows={2}
        value={text}
        aria-invalid={message !== null}
        aria-describedby={message ? messageId : undefined}
        onFocus={() => (session.current = `sentence-${++typingSessions}`)}
        onChange={(event) => update(event.target.value)}
      />
      {message && (
        <p id={messageId} className={styles.message} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
