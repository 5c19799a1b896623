import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import styles from './PanelBoundary.module.css';

interface PanelBoundaryProps {
  /** the panel's name, used in the message */
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
    return (
      <div className={styles.failed} role="alert">
        <strong>The {this.props.name} panel could not be drawn.</strong> {this.state.error.message}
        <br />
        The other panels still work; changing the step or the scenario tries this one again.
      </div>
    );
  }
}
