import { useState } from 'react';
import { fill, useT, type Dictionary } from '../../../i18n';
import {
  MAX_ABS_FEATURE_VALUE,
  MAX_FEATURES,
  vocabularyKey,
  vocabularyVector,
  type EncodedToken,
  type Scenario,
} from '../../../model';
import { ScrubNumber } from '../../common/ScrubNumber';
import styles from './ScenarioEditor.module.css';

interface VocabularyTableProps {
  scenario: Scenario;
  tokens: EncodedToken[];
  digits: number;
  onValue: (token: string, feature: number, value: number, group: string) => void;
  onAddToken: (token: string) => void;
  onAddFeature: (name: string) => void;
  onRenameFeature: (index: number, name: string) => void;
  onRemoveFeature: (index: number) => void;
}

/** Each word's feature vector, editable; features can be added, renamed and removed; unknown words added. */
export function VocabularyTable(props: VocabularyTableProps) {
  const { scenario, tokens, digits, onValue, onAddToken, onAddFeature, onRenameFeature, onRemoveFeature } = props;
  const t = useT();
  const unknown = [...new Set(tokens.filter((token) => token.unknown).map((token) => vocabularyKey(token.text)))];
  // Words of the sentence first, in reading order, then the rest of the vocabulary.
  const inSentence = [...new Set(tokens.map((token) => vocabularyKey(token.text)))].filter((key) => vocabularyVector(scenario.vocabulary, key));
  const others = Object.keys(scenario.vocabulary).filter((key) => !inSentence.includes(key));
  const vectorOf = (token: string) => vocabularyVector(scenario.vocabulary, token) ?? [];

  return (
    <div className={styles.vocabulary}>
      {unknown.length > 0 && (
        <p className={styles.unknown} role="status">
          {t.scenario.unknownWords}{' '}
          {unknown.map((token) => (
            <button key={token} type="button" className={styles.addToken} onClick={() => onAddToken(token)}>
              {fill(t.scenario.addToken, { token })}
            </button>
          ))}
        </p>
      )}
      <div className={styles.scroller}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t.scenario.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.scenario.word}</th>
              {scenario.features.map((feature, index) => (
                <th key={index} scope="col">
                  <FeatureName
                    name={feature}
                    others={scenario.features.filter((_, k) => k !== index)}
                    canRemove={scenario.features.length > 1}
                    onRename={(name) => onRenameFeature(index, name)}
                    onRemove={() => onRemoveFeature(index)}
                  />
                </th>
              ))}
              <th scope="col">
                <button
                  type="button"
                  className={styles.addFeature}
                  disabled={scenario.features.length >= MAX_FEATURES}
                  title={scenario.features.length >= MAX_FEATURES ? fill(t.scenario.featureLimit, { max: MAX_FEATURES }) : t.scenario.addFeatureTitle}
                  onClick={() => onAddFeature(freshName(scenario.features, t))}
                >
                  {t.scenario.addFeature}
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...inSentence, ...others].map((token) => (
              <tr key={token} className={inSentence.includes(token) ? undefined : styles.unused}>
                <th scope="row">{token}</th>
                {vectorOf(token).map((value, feature) => (
                  <td key={feature}>
                    <ScrubNumber
                      value={value}
                      limit={MAX_ABS_FEATURE_VALUE}
                      quantity="feature"
                      digits={Number.isInteger(value) ? 0 : digits}
                      label={fill(t.scenario.valueLabel, { token, feature: scenario.features[feature] })}
                      onChange={(next, group) => onValue(token, feature, next, group)}
                    />
                  </td>
                ))}
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface FeatureNameProps {
  name: string;
  others: string[];
  canRemove: boolean;
  onRename: (name: string) => void;
  onRemove: () => void;
}

/** A feature's name as a small text field; empty or duplicate names get a message and are not applied. */
function FeatureName({ name, others, canRemove, onRename, onRemove }: FeatureNameProps) {
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? name;
  const trimmed = shown.trim();
  const problem =
    trimmed === '' ? t.scenario.featureNeedsName : others.includes(trimmed) ? fill(t.scenario.featureTaken, { name: trimmed }) : null;
  const finish = () => {
    if (!problem && trimmed !== name) onRename(trimmed);
    if (!problem) setText(null);
  };
  return (
    <span className={styles.featureName}>
      <input
        value={shown}
        aria-label={fill(t.scenario.featureName, { name })}
        aria-invalid={problem !== null}
        size={Math.max(4, shown.length)}
        onChange={(event) => setText(event.target.value)}
        onBlur={finish}
        onKeyDown={(event) => event.key === 'Enter' && finish()}
      />
      {canRemove && (
        <button type="button" className={styles.removeFeature} aria-label={fill(t.scenario.removeFeature, { name })} onClick={onRemove}>
          ×
        </button>
      )}
      {problem && (
        <span className={styles.message} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}

/** A name no feature has yet, "feature 4" (in the reader's language: it becomes the user's data). */
function freshName(features: string[], t: Dictionary): string {
  for (let k = features.length + 1; ; k++) {
    const name = fill(t.scenario.newFeature, { number: k });
    if (!features.includes(name)) return name;
  }
}
