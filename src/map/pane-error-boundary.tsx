/**
 * An error boundary around each map pane: an error in one pane (a layer, a panel slot) shows a placeholder in that
 * pane and the other panes keep running; Retry mounts the pane again.
 */
import { Component, type ReactNode } from 'react';

/** Props: the pane, and the placeholder's text in the interface language. */
export interface PaneErrorBoundaryProps {
  index: number;
  message: string;
  retry: string;
  children: ReactNode;
}

interface BoundaryState {
  error: string | null;
  attempt: number;
}

/** The boundary. */
export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    if (this.state.error === null) return <div className="pane-slot" key={this.state.attempt}>{this.props.children}</div>;
    return (
      <div className="map-pane map-pane--failed" data-pane={this.props.index} data-pane-error="true" role="alert">
        <p>{this.props.message}</p>
        <p className="map-pane__error-detail">{this.state.error}</p>
        <button type="button" onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}
