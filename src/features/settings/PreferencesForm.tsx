// Choosing the messengers and devices a person uses. Saved as soon as a box changes.
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_NAMES } from '../../content/messengers.ts';
import { useHydrated } from '../../components/hydration.tsx';
import { useProgress } from '../../store/browser.ts';

const toggle = <T,>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] =>
  order.filter((entry) => (entry === value ? on : list.includes(entry)));

export function PreferencesForm() {
  const hydrated = useHydrated();
  const preferences = useProgress((state) => state.preferences);
  const setPreferences = useProgress((state) => state.setPreferences);
  if (!hydrated) {
    return (
      <noscript>
        <p>Choosing your messengers and devices needs JavaScript.</p>
      </noscript>
    );
  }
  return (
    <form className="preferences" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Messengers you use</legend>
        {MESSENGER_IDS.map((id) => (
          <label key={id} className="tick">
            <input
              type="checkbox"
              checked={preferences.messengers.includes(id)}
              onChange={(event) =>
                setPreferences({ ...preferences, messengers: toggle(preferences.messengers, id, event.target.checked, MESSENGER_IDS) })
              }
            />
            {MESSENGERS[id].name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Devices you use them on</legend>
        {PLATFORM_IDS.map((id) => (
          <label key={id} className="tick">
            <input
              type="checkbox"
              checked={preferences.platforms.includes(id)}
              onChange={(event) =>
                setPreferences({ ...preferences, platforms: toggle(preferences.platforms, id, event.target.checked, PLATFORM_IDS) })
              }
            />
            {id === 'desktop' ? 'Desktop computer' : PLATFORM_NAMES[id]}
          </label>
        ))}
      </fieldset>
      <p className="meta">
        Steps and help pages for other devices are then hidden, with a way to show them. With nothing chosen,
        everything is shown. Your choice is saved in this browser only.
      </p>
    </form>
  );
}
