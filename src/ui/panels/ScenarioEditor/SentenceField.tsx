import { useEffect, useId, useRef, useState } from 'react';
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
  const [text, setText] = useState(sentence);
  const [message, setMessage] = useState<string | null>(null);
  const session = useRef('sentence-0');
  const messageId = useId();

  // Undo, redo, presets and loads replace the sentence from outside: show theirs.
  useEffect(() => {
    setText(sentence);
    setMessage(null);
  }, [sentence]);

  const update = (next: string) => {
    setText(next);
    const count = tokenize(next).length;
    if (count > MAX_SENTENCE_TOKENS) {
      setMessage(`That is ${count} words; the explainer takes up to ${MAX_SENTENCE_TOKENS}. The cell still shows the last sentence that fitted.`);
      return;
    }
    setMessage(null);
    onChange(next, session.current);
  };

  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={`${messageId}-input`}>
        Sentence <span className={styles.count}>({tokenize(text).length} words)</span>
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
