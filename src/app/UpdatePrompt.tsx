// "A new version is ready": loaded and shown only once the service worker has an update waiting.
import { applyUpdate } from './updates.ts';

export function UpdatePrompt() {
  return (
    <div className="notice update-prompt" role="status">
      <p>A new version of the checklist is ready. Your progress stays as it is.</p>
      <button type="button" onClick={applyUpdate}>
        Update now
      </button>
    </div>
  );
}
