// Keeps a part of the page that failed to load (a file that did not arrive, a deploy that
// replaced it) from taking the rest of the page with it: the part is replaced by `fallback`,
// which may offer to try again. Errors are reported to the console as warnings for developers.
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead; `retry` renders the children again (and so loads them again). */
  fallback: (retry: () => void) => ReactNode;
}

export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  retry = () => this.setState({ failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
