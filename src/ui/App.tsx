import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from 'react';
import type { CellEquationId } from '../tex';
import { DEFAULT_DIGITS } from '../tex';
import type { Stage } from '../viz/stepTimeline';
import { explainerReducer, forgetSharedAddress, initialExplainerState, readStartup, useTrace } from '../state';
import { cellOf, traceScenario, type BiasName, type CellKind, type Scenario, type WeightName } from '../model';
import { fill, useT } from '../i18n';
import { Rich } from './common/Rich';
import { StepAnnouncer } from './a11y/StepAnnouncer';
import { ValueTableDisclosure } from './panels/ValueTable/ValueTableDisclosure';
import { useProblemText } from './common/useProblemText';
import { useLocalizedScenarioText } from './panels/PresetPicker/localizedScenarioText';
import { DisplaySettings } from './settings/DisplaySettings';
import type { ThemeName } from './settings/themes';
import { PanelBoundary } from './common/PanelBoundary';
import { stepFormulas } from './common/stepFormulas';
import { useLinkedHighlight } from './hooks/useLinkedHighlight';
import { usePlayback } from './hooks/usePlayback';
import { usePrefersReducedMotion } from './hooks/usePrefersReducedMotion';
import { useStepAnimation } from './hooks/useStepAnimation';
import { useStepKeys } from './hooks/useStepKeys';
import { useAutosave } from './hooks/useAutosave';
import { useUndoKeys } from './hooks/useUndoKeys';
import { useValueAfterPaint } from './hooks/useValueAfterPaint';
import { ConveyorBelt } from './panels/ConveyorBelt/ConveyorBelt';
import { Narration } from './panels/Narration/Narration';
import { Player } from './panels/Player/Player';
import { PresetPicker } from './panels/PresetPicker/PresetPicker';
import { CellSwitch } from './panels/CellSwitch/CellSwitch';
import { Timeline } from './panels/Timeline/Timeline';
import { TokenStrip } from './panels/TokenStrip/TokenStrip';
import { chainStates } from './panels/TokenStrip/chainStates';
import { PageHeader } from './PageHeader';
import { About, ActivationPlots, ArticleNote, PresenterView, SaveShare, ScenarioEditor, TrainingPanel, WeightEditor, Compare, Gradients, CellValues, Equations, prewarmTexLater } from './lazyPanels';
import { PresenterControls } from './presenter/PresenterControls';
import { usePresenter } from './presenter/usePresenter';
import styles from './App.module.css';

/** The equations each animation stage computes, highlighted while it plays; the GRU's stages differ. */
const STAGE_EQUATIONS: Record<Stage, readonly CellEquationId[]> = {
  forget: ['forget'],
  input: ['input', 'candidate'],
  update: ['cell'],
  output: ['output', 'hidden'],
};
const GRU_STAGE_EQUATIONS: Record<Stage, readonly CellEquationId[]> = {
  forget: ['update', 'reset'],
  input: ['candidate'],
  update: ['hidden'],
  output: ['hidden'],
};
/** The gates whose weights a click on the belt opens in the editor. */
type PickableGate = 'forget' | 'input' | 'candidate' | 'output' | 'update' | 'reset';
function isPickableGate(equation: CellEquationId): equation is PickableGate {
  return equation !== 'cell' && equation !== 'hidden';
}
const NONE: readonly CellEquationId[] = [];
/** Sentences up to this many words are quoted in the heading; longer ones are named by their title. */
const LONG_HEADING = 16;

interface AppProps {
  /** the colour theme in use, and how to change it (Root keeps and remembers it) */
  theme?: ThemeName;
  onTheme?: (theme: ThemeName) => void;
}

/** The explainer page: the sentence, the player, the belt and the panels for the current step. */
export function App({ theme = 'light', onTheme = () => {} }: AppProps) {
  const t = useT();
  const problemText = useProblemText();
  const [startup] = useState(readStartup);
  const [state, dispatch] = useReducer(explainerReducer, initialExplainerState, (initial) => ({
    ...initial,
    scenario: startup.scenario,
    origin: startup.scenario,
    step: startup.step,
  }));
  const [notice, setNotice] = useState(startup.notice);
  useEffect(forgetSharedAddress, []);
  useAutosave(state.scenario, state.step);
  // While training runs, the belt, the equations and the timeline show the weights being trained; any
  // edit of the user's own scenario (or Back) ends the preview.
  const [preview, setPreview] = useState<Scenario | null>(null);
  useEffect(() => setPreview(null), [state.scenario]);
  // A preview arrives every few hundred milliseconds: render it as a transition, which React interrupts
  // to paint frames, so the page stays smooth while the whole explainer follows the training.
  const showPreview = useCallback((scenario: Scenario) => startTransition(() => setPreview(scenario)), []);
  // The scenario on screen: the training preview while there is one, else the user's own.
  const shownScenario = preview ?? state.scenario;
  const trace = useTrace(shownScenario);
  const stepCount = trace.cellSteps.length;
  // What each word's cell passes on to the next, drawn on the chain of words.
  const flow = useMemo(() => chainStates(trace.cellSteps), [trace]);
  // The trajectory before the latest edit, drawn faded in the timeline so an edit's effect on every word shows.
  const beforeEdit = state.history.undo[state.history.undo.length - 1];
  const ghost = useMemo(() => (beforeEdit ? traceOrNull(beforeEdit) : null), [beforeEdit]);
  // The timeline redraws every word on each edit; during a drag it may lag behind the belt and the
  // equations (React renders it in the background and skips the moves it cannot keep up with).
  const timelineTrace = useDeferredValue(trace);
  // Compare and Gradients rerun whole experiments (both cells twice, backpropagation through time) and
  // redraw every word: likewise rendered in the background, so a drag answers in the belt first.
  const backgroundScenario = useDeferredValue(state.scenario);
  const reducedMotion = usePrefersReducedMotion();
  const { clock, stage } = useStepAnimation(state.step, state.lastMove === 'next', state.speed, reducedMotion);
  usePlayback(state.playing, state.step, state.speed, clock, dispatch);
  const { highlighted: linked, onHighlight } = useLinkedHighlight();

  // Typeset the next two steps' equations while the browser is idle, so Next paints without KaTeX.
  useEffect(
    () => prewarmTexLater([1, 2].flatMap((ahead) => stepFormulas(trace, state.step + ahead, DEFAULT_DIGITS))),
    [trace, state.step],
  );

  // Every press counts: Next during an animation moves on at once (the new step's animation starts by
  // finishing the running one), so four quick presses go four steps; Previous during an animation lands
  // on the step before the one playing, shown at rest.
  // (At the last step there is no next one: the press still finishes the animation.)
  const next = useCallback(() => {
    clock.finish();
    dispatch({ type: 'nextStep' });
  }, [clock]);
  const previous = useCallback(() => dispatch({ type: 'previousStep' }), []);
  const first = useCallback(() => dispatch({ type: 'firstStep' }), []);
  const last = useCallback(() => dispatch({ type: 'lastStep' }), []);
  const togglePlay = useCallback(() => dispatch({ type: 'togglePlay' }), []);
  const setSpeed = useCallback((speed: number) => dispatch({ type: 'setSpeed', speed }), []);
  const select = useCallback((step: number) => dispatch({ type: 'setStep', step }), []);
  const presenter = usePresenter({
    dispatch,
    scenario: state.scenario,
    step: state.step,
    stepCount,
    onNextStep: next,
    onPreviousStep: previous,
    onFirstStep: first,
    onLastStep: last,
  });
  useStepKeys({ onPrevious: previous, onNext: next, onFirst: first, onLast: last, onTogglePlay: togglePlay }, !presenter.presenting);

  const setWeight = useCallback(
    (name: WeightName, row: number, column: number, value: number, group: string) =>
      dispatch({ type: 'setWeight', name, row, column, value, group }),
    [],
  );
  const setBias = useCallback(
    (name: BiasName, row: number, value: number, group: string) => dispatch({ type: 'setBias', name, row, value, group }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback(() => dispatch({ type: 'resetToOrigin' }), []);
  // A picked example opens in the cell the user has chosen (converted as the switch does).
  const shownCell = cellOf(state.scenario);
  const pickPreset = useCallback(
    (scenario: Scenario) => dispatch({ type: 'loadScenario', scenario, asOrigin: true, cell: shownCell }),
    [shownCell],
  );
  const setCell = useCallback((cell: CellKind) => dispatch({ type: 'setCell', cell }), []);
  useUndoKeys(undo, redo);
  const setSentence = useCallback((sentence: string, group: string) => dispatch({ type: 'setSentence', sentence, group }), []);
  const setVocabularyValue = useCallback(
    (token: string, feature: number, value: number, group: string) =>
      dispatch({ type: 'setVocabularyValue', token, feature, value, group }),
    [],
  );
  const addToken = useCallback((token: string) => dispatch({ type: 'addVocabularyToken', token }), []);
  const addFeature = useCallback((name: string) => dispatch({ type: 'addFeature', name }), []);
  const renameFeature = useCallback((index: number, name: string) => dispatch({ type: 'renameFeature', index, name }), []);
  const removeFeature = useCallback((index: number) => dispatch({ type: 'removeFeature', index }), []);
  const setHiddenSize = useCallback((size: number, seed: number) => dispatch({ type: 'setHiddenSize', size, seed }), []);
  const adoptTrained = useCallback((scenario: Scenario) => {
    setPreview(null);
    dispatch({ type: 'loadScenario', scenario });
  }, []);
  const loadFile = useCallback((scenario: Scenario, step: number) => dispatch({ type: 'loadScenario', scenario, step, asOrigin: true }), []);
  // The gate picked on the belt; a fresh object each click so picking the same gate again refocuses it.
  const [picked, setPicked] = useState<{ gate: PickableGate } | null>(null);
  const pickGate = useCallback((equation: CellEquationId) => {
    if (isPickableGate(equation)) setPicked({ gate: equation });
  }, []);

  // Built-in examples are titled in the reader's language until the user edits their text.
  const scenarioText = useLocalizedScenarioText(state.scenario);
  const step = trace.cellSteps[state.step];
  const token = trace.tokens[state.step];
  // The belt, the strip and the player answer a key press in its own frame; the text panels (mostly
  // KaTeX, whose HTML is costly to insert) follow one frame later.
  const panelStep = useValueAfterPaint(state.step);
  const panelStepValues = trace.cellSteps[panelStep] ?? step;
  const panelToken = trace.tokens[panelStep] ?? token;
  const stageEquations = trace.cell === 'gru' ? GRU_STAGE_EQUATIONS : STAGE_EQUATIONS;
  const highlighted = linked ? [linked] : stage ? stageEquations[stage] : NONE;
  // A panel that failed is tried again when the scenario or the step changes.
  const boundaryKey = useMemo(() => ({ scenario: state.scenario, step: state.step }), [state.scenario, state.step]);

  if (presenter.presenting) {
    return (
      <>
        <PanelBoundary name={t.app.panels.presenter} resetKey={boundaryKey}>
          <PresenterView
            scenario={state.scenario}
            trace={trace}
            step={state.step}
            clock={clock}
            digits={DEFAULT_DIGITS}
            stageFocus={stage ? stageEquations[stage] : NONE}
            lesson={presenter.lesson}
            guess={presenter.guess}
            onGuess={presenter.setGuess}
            onSelectStep={select}
            onNext={presenter.handlers.onNext}
            onPrevious={presenter.handlers.onPrevious}
            onHighlight={onHighlight}
            onLeave={presenter.leave}
          />
        </PanelBoundary>
        {presenter.blank && (
          <div className={styles.blank} role="status">
            <span className="visually-hidden">{t.presenter.blanked}</span>
          </div>
        )}
      </>
    );
  }

  return (
    <div className={styles.page}>
      <div className={styles.firstScreen}>
        <PageHeader
          heading={
            stepCount <= LONG_HEADING ? <Rich template={t.app.headingSentence} values={{ sentence: <q>{state.scenario.sentence}</q> }} /> : scenarioText.title
          }
          lede={scenarioText.description}
          toolbar={
            <>
              <PresenterControls paused={presenter.paused} onPresent={presenter.present} onLesson={presenter.startLesson} onResume={presenter.resumeLesson} />
              <DisplaySettings theme={theme} onTheme={onTheme} />
            </>
          }
          pickers={
            <>
              <PresetPicker scenario={state.scenario} onPick={pickPreset} />
              <CellSwitch scenario={state.scenario} onCell={setCell} />
            </>
          }
        />

        {notice && (
          <p className={styles.notice} role="status">
            {fill(notice.kind === 'link' ? t.app.noticeLink : t.app.noticeSaved, { reason: problemText(notice.problem) })}{' '}
            <button type="button" onClick={() => setNotice(null)}>
              {t.app.noticeOk}
            </button>
          </p>
        )}

        {preview && (
          <p className={styles.notice} role="status">
            {t.app.previewBanner}{' '}
            <button type="button" onClick={() => setPreview(null)}>
              {t.app.previewBack}
            </button>
          </p>
        )}

        <main className={styles.stepView}>
          <nav className={styles.chain} aria-label={t.app.timeSteps}>
            <TokenStrip tokens={trace.tokens} current={state.step} onSelect={select} flow={flow} digits={DEFAULT_DIGITS} />
          </nav>
          {stepCount > 0 && (
            <div className={styles.player}>
              <Player
                step={state.step}
                stepCount={stepCount}
                token={token.text}
                playing={state.playing}
                speed={state.speed}
                onFirst={first}
                onPrevious={previous}
                onTogglePlay={togglePlay}
                onNext={next}
                onLast={last}
                onSpeed={setSpeed}
              />
            </div>
          )}
          <StepAnnouncer trace={trace} step={state.step} />
          {step && (
            <section className={styles.belt} aria-label={t.app.beltRegion}>
              <PanelBoundary name={t.app.panels.belt} resetKey={boundaryKey}>
                <ConveyorBelt
                  step={step}
                  previous={trace.cellSteps[state.step - 1] ?? null}
                  cell={trace.cell}
                  params={shownScenario.params}
                  t={state.step}
                  token={token.text}
                  isLast={state.step === stepCount - 1}
                  clock={clock}
                  digits={DEFAULT_DIGITS}
                  highlighted={linked}
                  onHighlight={onHighlight}
                  onSelectGate={pickGate}
                />
              </PanelBoundary>
            </section>
          )}
          {step && (
            <div className={styles.narration}>
              <PanelBoundary name={t.app.panels.narration} resetKey={boundaryKey}>
                <Narration trace={trace} step={panelStep} digits={DEFAULT_DIGITS} />
              </PanelBoundary>
            </div>
          )}
          {step && (
            <div className={styles.equations}>
              <PanelBoundary name={t.app.panels.equations} resetKey={boundaryKey}>
                <Equations
                  cell={trace.cell}
                  params={shownScenario.params}
                  step={panelStepValues}
                  t={panelStep}
                  digits={DEFAULT_DIGITS}
                  highlighted={highlighted}
                  onHighlight={onHighlight}
                />
              </PanelBoundary>
            </div>
          )}
        </main>
      </div>

      <section className={styles.more} aria-label={t.app.moreRegion}>
        <div className={styles.editor}>
          <PanelBoundary name={t.app.panels.weights} resetKey={boundaryKey}>
            <WeightEditor
              scenario={state.scenario}
              digits={DEFAULT_DIGITS}
              focusedGate={picked?.gate ?? null}
              pickedAt={picked}
              canUndo={state.history.undo.length > 0}
              canRedo={state.history.redo.length > 0}
              canReset={state.scenario !== state.origin}
              onWeight={setWeight}
              onBias={setBias}
              onUndo={undo}
              onRedo={redo}
              onReset={reset}
            />
          </PanelBoundary>
        </div>
        {step && (
          <div className={styles.values}>
            <PanelBoundary name={t.app.panels.values} resetKey={boundaryKey}>
              <CellValues cell={trace.cell} step={panelStepValues} t={panelStep} token={panelToken.text} digits={DEFAULT_DIGITS} />
            </PanelBoundary>
          </div>
        )}
        {step && (
          <div className={styles.timeline}>
            <PanelBoundary name={t.app.panels.timeline} resetKey={boundaryKey}>
              <Timeline trace={timelineTrace} current={panelStep} onSelect={select} digits={DEFAULT_DIGITS} ghost={ghost} />
            </PanelBoundary>
            <PanelBoundary name={t.app.panels.table} resetKey={boundaryKey}>
              <ValueTableDisclosure trace={timelineTrace} current={panelStep} digits={DEFAULT_DIGITS} features={state.scenario.features} />
            </PanelBoundary>
          </div>
        )}
        <div className={styles.scenario}>
          <PanelBoundary name={t.app.panels.scenario} resetKey={boundaryKey}>
            <ScenarioEditor
              scenario={state.scenario}
              tokens={trace.tokens}
              digits={DEFAULT_DIGITS}
              onSentence={setSentence}
              onVocabularyValue={setVocabularyValue}
              onAddToken={addToken}
              onAddFeature={addFeature}
              onRenameFeature={renameFeature}
              onRemoveFeature={removeFeature}
              onHiddenSize={setHiddenSize}
            />
          </PanelBoundary>
        </div>
        <div className={styles.share}>
          <PanelBoundary name={t.app.panels.share} resetKey={boundaryKey}>
            <SaveShare scenario={state.scenario} trace={trace} step={state.step} onLoad={loadFile} />
          </PanelBoundary>
        </div>
        {step && (
          <div className={styles.plots}>
            <PanelBoundary name={t.app.panels.plots} resetKey={boundaryKey}>
              <ActivationPlots cell={trace.cell} step={panelStepValues} digits={DEFAULT_DIGITS} />
            </PanelBoundary>
          </div>
        )}
        {step && (
          <div className={styles.note}>
            <PanelBoundary name={t.app.panels.note} resetKey={boundaryKey}>
              <ArticleNote scenario={state.scenario} trace={trace} step={panelStep} digits={DEFAULT_DIGITS} />
            </PanelBoundary>
          </div>
        )}
        {step && (
          <div className={styles.compare}>
            <PanelBoundary name={t.app.panels.compare} resetKey={boundaryKey}>
              <Compare scenario={backgroundScenario} digits={DEFAULT_DIGITS} step={panelStep} />
            </PanelBoundary>
          </div>
        )}
        {step && (
          <div className={styles.gradients}>
            <PanelBoundary name={t.app.panels.gradients} resetKey={boundaryKey}>
              <Gradients scenario={backgroundScenario} digits={DEFAULT_DIGITS} />
            </PanelBoundary>
          </div>
        )}
        <div className={styles.training}>
          <PanelBoundary name={t.app.panels.training} resetKey={boundaryKey}>
            <TrainingPanel digits={DEFAULT_DIGITS} onPreview={showPreview} onAdopt={adoptTrained} />
          </PanelBoundary>
        </div>
        <div className={styles.about}>
          <PanelBoundary name={t.about.title} resetKey={boundaryKey}>
            <About />
          </PanelBoundary>
        </div>
        {!step && <p className={styles.empty}>{t.app.empty}</p>}
      </section>

      <footer className={styles.footer}>
        <Rich
          template={t.app.footerKeys}
          values={{ left: <kbd>←</kbd>, right: <kbd>→</kbd>, space: <kbd>Space</kbd>, home: <kbd>Home</kbd>, end: <kbd>End</kbd>, p: <kbd>P</kbd> }}
        />{' '}
        {fill(t.app.footerPrecision, { digits: DEFAULT_DIGITS })}
      </footer>
    </div>
  );
}

function traceOrNull(scenario: Scenario) {
  try {
    return traceScenario(scenario);
  } catch {
    return null;
  }
}
