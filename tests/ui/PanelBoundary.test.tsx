// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/ui/common/PanelBoundary';

afterEach(cleanup);

function Fragile({ fail }: { fail: boolean }) {
  if (fail) throw new Error('the numbers are not finite');
  return <p>panel content</p>;
}

describe('PanelBoundary', () => {
  it('shows a message in place of a failing panel and leaves its siblings alone', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      <>
        <PanelBoundary name="timeline" resetKey={1}>
          <Fragile fail />
        </PanelBoundary>
        <p>another panel</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The timeline panel could not be drawn. the numbers are not finite');
    expect(screen.getByText('another panel')).toBeInTheDocument();
    // a new key (another step or scenario) tries again
    rerender(
      <>
        <PanelBoundary name="timeline" resetKey={2}>
          <Fragile fail={false} />
        </PanelBoundary>
        <p>another panel</p>
      </>,
    );
    expect(screen.getByText('panel content')).toBeInTheDocument();
    quiet.mockRestore();
    warn.mockRestore();
  });
});
