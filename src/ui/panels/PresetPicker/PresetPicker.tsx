import { PRESETS, type Scenario } from '../../../model';
import { useT } from '../../../i18n';
import { presetOfScenario, useLocalizedScenarioText } from './localizedScenarioText';
import styles from './PresetPicker.module.css';

interface PresetPickerProps {
  /** the scenario on screen: the menu selects the example it still is, or shows it as the user's own */
  scenario: Scenario;
  onPick: (scenario: Scenario) => void;
}

/**
 * A menu of the built-in examples; picking one loads it (undoably) and makes it what Reset returns to.
 * Once the sentence is the user's own (or trained weights or a file were loaded) the menu shows that
 * scenario by its own title instead of an example it no longer is.
 */
export function PresetPicker({ scenario, onPick }: PresetPickerProps) {
  const t = useT().presets;
  const { title } = useLocalizedScenarioText(scenario);
  const current = presetOfScenario(scenario) ?? '';
  return (
    <label className={styles.picker}>
      <span>{t.label}</span>
      <select
        value={current}
        onChange={(event) => {
          const preset = PRESETS.find((candidate) => candidate.id === event.target.value);
          if (preset) onPick(preset.scenario);
        }}
      >
        {current === '' && <option value="">{title.trim() === '' ? t.own : title}</option>}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t.scenarios[preset.id].title}
          </option>
        ))}
      </select>
    </label>
  );
}
