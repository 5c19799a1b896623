import { PRESETS, type Scenario } from '../../../model';
import { useT } from '../../../i18n';
import styles from './PresetPicker.module.css';

interface PresetPickerProps {
  /** the scenario reset returns to, to tell which preset is loaded */
  origin: Scenario;
  onPick: (scenario: Scenario) => void;
}

/** A menu of the built-in examples; picking one loads it (undoably) and makes it what Reset returns to. */
export function PresetPicker({ origin, onPick }: PresetPickerProps) {
  const t = useT().presets;
  const current = PRESETS.find((preset) => preset.scenario === origin)?.id ?? '';
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
        {current === '' && <option value="">{t.own}</option>}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {t.scenarios[preset.id].title}
          </option>
        ))}
      </select>
    </label>
  );
}
