import { useRef, useState } from 'react';
import { encodeScenarioDocument, parseScenarioJson, traceToCsv, type Scenario, type ScenarioTrace } from '../../../model';
import { canonicalScenario, currentShareUrl } from '../../../state';
import { beltPngBlob, beltSvgText, download } from './exportBelt';
import styles from './SaveShare.module.css';

interface SaveShareProps {
  scenario: Scenario;
  trace: ScenarioTrace;
  step: number;
  /** a valid file was read: load it */
  onLoad: (scenario: Scenario, step: number) => void;
}

type Status = { tone: 'ok' | 'error'; lines: string[] } | null;

/** Copy a link, export and import the scenario as JSON, and export the trace (CSV) and the belt (SVG, PNG). */
export function SaveShare({ scenario, trace, step, onLoad }: SaveShareProps) {
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const baseName = fileName(scenario.title || 'lstm-scenario');
  const belt = () => document.querySelector<SVGSVGElement>('svg[data-testid="belt"]');
  const report = (tone: 'ok' | 'error', ...lines: string[]) => setStatus({ tone, lines });

  const copyLink = async () => {
    const url = currentShareUrl(scenario, step);
    try {
      await navigator.clipboard.writeText(url);
      report('ok', 'Link copied: it opens this exact scenario at this step.');
    } catch {
      report('ok', 'Copy this link by hand:', url);
    }
  };
  const importFile = async (file: File) => {
    const result = parseScenarioJson(await file.text());
    if (!result.ok) {
      report('error', `“${file.name}” was not loaded; nothing changed:`, ...result.errors);
      return;
    }
    onLoad(canonicalScenario(result.scenario), result.step);
    report('ok', `Loaded “${file.name}”. Undo goes back to what you had.`);
  };
  const exportPicture = async (kind: 'svg' | 'png') => {
    const svg = belt();
    if (!svg) return report('error', 'There is no drawing to export: the sentence has no words.');
    try {
      if (kind === 'svg') download(`${baseName}-belt-t${step}.svg`, beltSvgText(svg), 'image/svg+xml');
      else download(`${baseName}-belt-t${step}.png`, await beltPngBlob(svg), 'image/png');
    } catch (error) {
      report('error', `The picture could not be made: ${(error as Error).message}.`);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="save-share-title">
      <h2 id="save-share-title" className={styles.title}>
        Save and share
      </h2>
      <p className={styles.hint}>Your work is saved in this browser as you go.</p>
      <div className={styles.buttons}>
        <button type="button" className={styles.pill} onClick={copyLink}>
          Copy link
        </button>
        <button
          type="button"
          className={styles.pill}
          onClick={() =>
            download(`${baseName}.json`, `${JSON.stringify(encodeScenarioDocument(scenario, step), null, 2)}\n`, 'application/json')
          }
        >
          Export JSON
        </button>
        <button type="button" className={styles.pill} onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Scenario file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className={styles.pill} onClick={() => download(`${baseName}-trace.csv`, traceToCsv(trace, scenario.features), 'text/csv')}>
          Trace as CSV
        </button>
        <button type="button" className={styles.pill} onClick={() => exportPicture('svg')}>
          Belt as SVG
        </button>
        <button type="button" className={styles.pill} onClick={() => exportPicture('png')}>
          Belt as PNG
        </button>
      </div>
      {status && (
        <div className={status.tone === 'error' ? styles.error : styles.ok} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.lines.map((line, k) => (
            <p key={k}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}

function fileName(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'lstm-scenario';
}
