// How to open the app's Settings on each platform, said once where a person starts following
// steps, so that no step has to repeat it.
import { Inlines } from './Blocks.tsx';
import { PLATFORM_NAMES } from '../content/messengers.ts';
import type { SettingsEntry } from '../content/schema.ts';

export function OpenSettings({ entries, app }: { entries: readonly SettingsEntry[]; app: string }) {
  if (entries.length === 0) return null;
  return (
    <div className="open-settings">
      <p>
        <strong>First, open {app}&rsquo;s Settings:</strong>
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.platform}>
            {entries.length > 1 ? <strong>{PLATFORM_NAMES[entry.platform]}: </strong> : null}
            <Inlines nodes={entry.how} />
          </li>
        ))}
      </ul>
    </div>
  );
}
