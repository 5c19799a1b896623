import { useRef, useState } from 'react';
import { fill, useT, type Dictionary } from '../../../i18n';
import { encodeScenarioDocument, parseScenarioJson, traceToCsv, type Scenario, type ScenarioTrace } from '../../../model';
import type { SchemaProblem } from '../../../model/schema';
import { canonicalScenario, currentShareUrl } from '../../../state';
import { useProblemText } from '../../common/useProblemText';
import { beltPngBlob, beltSvgText, download, PictureError } from './exportBelt';
import styles from './SaveShare.module.css';

interface SaveShareProps {
  scenario: Scenario;
  trace: ScenarioTrace;
  step: number;
  /** a valid file was read: load it */
  onLoad: (scenario: Scenario, step: number) => void;
}

/** The lines of a report, worded at render so they follow a change of language. */
type Lines = (t: Dictionary, problemText: (problem: SchemaProblem) => string) => string[];
type Status = { tone: 'ok' | 'error'; lines: Lines } | null;

/** Copy a link, export and import the scenario as JSON, and export the trace (CSV) and the belt (SVG, PNG). */
export function SaveShare({ scenario, trace, step, onLoad }: SaveShareProps) {
  const t = useT();
  const problemText = useProblemText();
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const baseName = fileName(scenario.title || 'lstm-scenario');
  const belt = () => document.querySelector<SVGSVGElement>('svg[data-testid="belt"]');
  const report = (tone: 'ok' | 'error', lines: Lines) => setStatus({ tone, lines });

  const copyLink = async () => {
    const url = currentShareUrl(scenario, step);
    try {
      await navigator.clipboard.writeText(url);
      report('ok', (words) => [words.share.linkCopied]);
    } catch {
      report('ok', (words) => [words.share.copyByHand, url]);
    }
  };
  const importFile = async (file: File) => {
    const result = parseScenarioJson(await file.text());
    if (!result.ok) {
      report('error', (words, wordProblem) => [fill(words.share.notLoaded, { file: file.name }), ...result.problems.map(wordProblem)]);
      return;
    }
    onLoad(canonicalScenario(result.scenario), result.step);
    report('ok', (words) => [fill(words.share.loaded, { file: file.name })]);
  };
  const exportPicture = async (kind: 'svg' | 'png') => {
    const svg = belt();
    if (!svg) return report('error', (words) => [words.share.noDrawing]);
    try {
      if (kind === 'svg') download(`${baseName}-belt-t${step}.svg`, beltSvgText(svg), 'image/svg+xml');
      else download(`${baseName}-belt-t${step}.png`, await beltPngBlob(svg), 'image/png');
    } catch (error) {
      report('error', (words) => {
        const reason = error instanceof PictureError ? words.share.pictureProblems[error.problem] : error instanceof Error ? error.message : String(error);
        return [fill(words.share.pictureFailed, { reason })];
      });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="save-share-title">
      <h2 id="save-share-title" className={styles.title}>
        {t.share.title}
      </h2>
      <p className={styles.hint}>{t.share.hint}</p>
      <div className={styles.buttons}>
        <button type="button" className={styles.pill} onClick={copyLink}>
          {t.share.copyLink}
        </button>
        <button
          type="button"
          className={styles.pill}
          onClick={() =>
            download(`${baseName}.json`, `${JSON.stringify(encodeScenarioDocument(scenario, step), null, 2)}\n`, 'application/json')
          }
        >
          {t.share.exportJson}
        </button>
        <button type="button" className={styles.pill} onClick={() => fileInput.current?.click()}>
          {t.share.importJson}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label={t.share.importLabel}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className={styles.pill} onClick={() => download(`${baseName}-trace.csv`, traceToCsv(trace, scenario.features), 'text/csv')}>
          {t.share.traceCsv}
        </button>
        <button type="button" className={styles.pill} onClick={() => exportPicture('svg')}>
          {t.share.beltSvg}
        </button>
        <button type="button" className={styles.pill} onClick={() => exportPicture('png')}>
          {t.share.beltPng}
        </button>
      </div>
      {status && (
        <div className={status.tone === 'error' ? styles.error : styles.ok} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.lines(t, problemText).map((line, k) => (
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
