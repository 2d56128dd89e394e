// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { PaneErrorBoundary } from '../../../src/map/pane-error-boundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let failing = true;
function Flaky({ name }: { name: string }) {
  if (failing && name === 'bad') throw new Error('layer exploded');
  return <p data-ok={name}>{name}</p>;
}

describe('pane error boundary', () => {
  it('shows a placeholder in the failed pane, keeps the others, and Retry mounts the pane again', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() =>
      root.render(
        <>
          <PaneErrorBoundary index={0} message="failed" retry="retry"><Flaky name="good" /></PaneErrorBoundary>
          <PaneErrorBoundary index={1} message="failed" retry="retry"><Flaky name="bad" /></PaneErrorBoundary>
        </>,
      ),
    );
    expect(host.querySelector('[data-ok="good"]')).not.toBeNull();
    const placeholder = host.querySelector('[data-pane-error="true"]');
    expect(placeholder?.getAttribute('data-pane')).toBe('1');
    expect(placeholder?.textContent).toContain('layer exploded');
    failing = false;
    act(() => (placeholder!.querySelector('button') as HTMLButtonElement).click());
    expect(host.querySelector('[data-ok="bad"]')).not.toBeNull();
    expect(host.querySelector('[data-pane-error]')).toBeNull();
    quiet.mockRestore();
    act(() => root.unmount());
  });
});
