// How to open the app's Settings on each platform, said once where a person starts following
// steps, so that no step has to repeat it. `folded`: one line that opens on a tap (a step page,
// where the steps themselves must come first).
import { Inlines } from './Blocks.tsx';
import { PLATFORM_LABELS } from '../content/labels.ts';
import type { SettingsEntry } from '../content/schema.ts';
import { useT } from '../i18n/i18n.tsx';

interface Props {
  entries: readonly SettingsEntry[];
  app: string;
  folded?: boolean;
  /** The entries are English on a page in another language (a step not translated yet). */
  inEnglish?: boolean;
}

export function OpenSettings({ entries, app, folded = false, inEnglish = false }: Props) {
  const t = useT();
  if (entries.length === 0) return null;
  const list = (
    <ul>
      {entries.map((entry) => (
        <li key={entry.platform}>
          {entries.length > 1 ? <strong>{t('item.openSettings.platform', { platform: t(PLATFORM_LABELS[entry.platform]) })} </strong> : null}
          {inEnglish ? (
            <span lang="en" dir="ltr">
              <Inlines nodes={entry.how} />
            </span>
          ) : (
            <Inlines nodes={entry.how} />
          )}
        </li>
      ))}
    </ul>
  );
  if (folded) {
    return (
      <details className="open-settings-folded">
        <summary>{t('item.openSettings.how', { app })}</summary>
        {list}
      </details>
    );
  }
  return (
    <div className="open-settings">
      <p>
        <strong>{t('item.openSettings.first', { app })}</strong>
      </p>
      {list}
    </div>
  );
}
