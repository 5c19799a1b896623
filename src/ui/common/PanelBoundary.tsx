import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { fill, useT } from '../../i18n';
import styles from './PanelBoundary.module.css';

interface PanelBoundaryProps {
  /** the panel's name in the reader's language, used in the message */
  name: string;
  /** when this changes (e.g. the scenario or step), a failed panel tries again */
  resetKey: unknown;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: Error | null;
  /** the resetKey the panel failed with; the panel is tried again once it changes */
  failedKey: unknown;
}

const NOT_FAILED = Symbol('not failed');

/** Catches a failing panel and shows a message in its place, so the rest of the page keeps working. */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { error: null, failedKey: NOT_FAILED };

  static getDerivedStateFromError(error: Error): Partial<PanelBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: PanelBoundaryProps, state: PanelBoundaryState): Partial<PanelBoundaryState> | null {
    // A new scenario or step may not trigger the failure again: give the panel another chance.
    if (state.error && state.failedKey !== NOT_FAILED && !Object.is(props.resetKey, state.failedKey)) {
      return { error: null, failedKey: NOT_FAILED };
    }
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey });
    console.warn(`The ${this.props.name} panel failed:`, error, info.componentStack);
  }

  render() {
    // A panel whose code loads on demand shows an empty card of its own size until it arrives; a chunk
    // that cannot load (offline, a stale deployment) is caught below like any other failure.
    if (!this.state.error) return <Suspense fallback={<div className={styles.loading} aria-busy="true" />}>{this.props.children}</Suspense>;
    return <PanelFailure name={this.props.name} error={this.state.error} />;
  }
}

/** The message in a failed panel's place, in the reader's language (a class cannot call useT). */
function PanelFailure({ name, error }: { name: string; error: Error }) {
  const t = useT();
  return (
    <div className={styles.failed} role="alert">
      <strong>{fill(t.fields.panelFailed, { name })}</strong>{' '}
      {error.message}
      <br />
      {t.fields.panelOthersWork}
    </div>
  );
}
