import { render, waitFor } from '@testing-library/react';
import { App } from '../../src/ui/App';

/** Renders the whole app and waits until the panels that load on demand have arrived. */
export async function renderApp() {
  const view = render(<App />);
  await waitFor(() => {
    if (document.querySelector('[aria-busy="true"]')) throw new Error('panels still loading');
    // The first test of a file imports the lazy modules for real, which is slow on a busy machine.
  }, { timeout: 15_000 });
  return view;
}
