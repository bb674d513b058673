// How to open the app's Settings on each platform, said once where a person starts following
// steps, so that no step has to repeat it. `folded`: one line that opens on a tap (a step page,
// where the steps themselves must come first).
import { Inlines } from './Blocks.tsx';
import { PLATFORM_NAMES } from '../content/messengers.ts';
import type { SettingsEntry } from '../content/schema.ts';

export function OpenSettings({ entries, app, folded = false }: { entries: readonly SettingsEntry[]; app: string; folded?: boolean }) {
  if (entries.length === 0) return null;
  const list = (
    <ul>
      {entries.map((entry) => (
        <li key={entry.platform}>
          {entries.length > 1 ? <strong>{PLATFORM_NAMES[entry.platform]}: </strong> : null}
          <Inlines nodes={entry.how} />
        </li>
      ))}
    </ul>
  );
  if (folded) {
    return (
      <details className="open-settings-folded">
        <summary>How to open {app}&rsquo;s Settings</summary>
        {list}
      </details>
    );
  }
  return (
    <div className="open-settings">
      <p>
        <strong>First, open {app}&rsquo;s Settings:</strong>
      </p>
      {list}
    </div>
  );
}
