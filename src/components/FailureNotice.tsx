// A plain notice that something could not load, with what to do next.
import type { ReactNode } from 'react';

export function FailureNotice({ children, action }: { children: ReactNode; action: ReactNode }) {
  return (
    <div className="notice notice-error" role="alert">
      {children}
      <p>{action}</p>
    </div>
  );
}
