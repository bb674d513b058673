// "A new version is ready": shown when the service worker has an update waiting.
import { useSyncExternalStore } from 'react';
import { applyUpdate, subscribeToUpdates, updateWaiting } from './updates.ts';

export function UpdatePrompt() {
  const waiting = useSyncExternalStore(subscribeToUpdates, updateWaiting, () => false);
  if (!waiting) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>A new version of the checklist is ready. Your progress stays as it is.</p>
      <button type="button" onClick={applyUpdate}>
        Update now
      </button>
    </div>
  );
}
