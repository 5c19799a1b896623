import { memo } from 'react';
import { useT } from '../../../i18n';
import { hiddenSizeOf, type EncodedToken, type Scenario } from '../../../model';
import { HiddenSizeField } from './HiddenSizeField';
import { SentenceField } from './SentenceField';
import { VocabularyTable } from './VocabularyTable';
import styles from './ScenarioEditor.module.css';

interface ScenarioEditorProps {
  scenario: Scenario;
  tokens: EncodedToken[];
  digits: number;
  onSentence: (sentence: string, group: string) => void;
  onVocabularyValue: (token: string, feature: number, value: number, group: string) => void;
  onAddToken: (token: string) => void;
  onAddFeature: (name: string) => void;
  onRenameFeature: (index: number, name: string) => void;
  onRemoveFeature: (index: number) => void;
  onHiddenSize: (size: number, seed: number) => void;
}

/** Your own example: the sentence, each word's features, and the number of hidden units. */
export const ScenarioEditor = memo(function ScenarioEditor(props: ScenarioEditorProps) {
  const { scenario, tokens, digits, onSentence, onHiddenSize, ...vocabulary } = props;
  const t = useT();
  return (
    <section className={styles.panel} aria-labelledby="scenario-editor-title">
      <h2 id="scenario-editor-title" className={styles.title}>
        {t.scenario.title}
      </h2>
      <div className={styles.top}>
        <SentenceField sentence={scenario.sentence} onChange={onSentence} />
        <HiddenSizeField hiddenSize={hiddenSizeOf(scenario)} onChange={onHiddenSize} />
      </div>
      <VocabularyTable
        scenario={scenario}
        tokens={tokens}
        digits={digits}
        onValue={vocabulary.onVocabularyValue}
        onAddToken={vocabulary.onAddToken}
        onAddFeature={vocabulary.onAddFeature}
        onRenameFeature={vocabulary.onRenameFeature}
        onRemoveFeature={vocabulary.onRemoveFeature}
      />
    </section>
  );
});
