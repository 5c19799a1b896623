import { PRESETS, type Scenario } from '../../../model';
import styles from './PresetPicker.module.css';

interface PresetPickerProps {
  /** the scenario reset returns to, to tell which preset is loaded */
  origin: Scenario;
  onPick: (scenario: Scenario) => void;
}

/** A menu of the built-in examples; picking one loads it (undoably) and makes it what Reset returns to. */
export function PresetPicker({ origin, onPick }: PresetPickerProps) {
  const current = PRESETS.find((preset) => preset.scenario === origin)?.id ?? '';
  return (
    <label className={styles.picker}>
      <span>Example</span>
      <select
        value={current}
        onChange={(event) => {
          const preset = PRESETS.find((candidate) => candidate.id === event.target.value);
          if (preset) onPick(preset.scenario);
        }}
      >
        {current === '' && <option value="">Your own scenario</option>}
        {PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.scenario.title}
          </option>
        ))}
      </select>
    </label>
  );
}
