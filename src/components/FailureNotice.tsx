// A plain notice that something could not load, with what to do next.
import type { ReactNode } from 'react';

export function FailureNotice({ children, action, id, hidden }: { children: ReactNode; action: ReactNode; id?: string; hidden?: boolean }) {
  return (
    <div className="notice notice-error" role="alert" id={id} hidden={hidden}>
      {children}
      <p>{action}</p>
    </div>
  );
}
