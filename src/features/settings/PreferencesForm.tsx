// Choosing the messengers and devices a person uses. Saved as soon as a box changes.
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, PLATFORM_NAMES } from '../../content/messengers.ts';
import { store } from '../../store/deferred.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';

export function PreferencesForm() {
  const preferences = useProgressStore((state) => state.preferences);
  if (!preferences) {
    return (
      <noscript>
        <p>Choosing your messengers and devices needs JavaScript.</p>
      </noscript>
    );
  }
  return (
    <form className="preferences" onSubmit={(event) => event.preventDefault()}>
      <CheckboxGroup
        legend="Messengers you use"
        options={MESSENGER_IDS}
        labels={(id) => MESSENGERS[id].name}
        chosen={preferences.messengers}
        onChange={(messengers) => store().useProgress.getState().setPreferences({ ...preferences, messengers })}
      />
      <CheckboxGroup
        legend="Devices you use them on"
        options={PLATFORM_IDS}
        labels={(id) => (id === 'desktop' ? 'Desktop computer' : PLATFORM_NAMES[id])}
        chosen={preferences.platforms}
        onChange={(platforms) => store().useProgress.getState().setPreferences({ ...preferences, platforms })}
      />
      <p className="meta">
        Steps and help pages for other devices are then hidden, with a way to show them. With nothing chosen,
        everything is shown. Your choice is saved in this browser only.
      </p>
    </form>
  );
}
