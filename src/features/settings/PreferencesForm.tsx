// Choosing the messengers and devices a person uses. Saved as soon as a box changes.
import { MESSENGERS, MESSENGER_IDS, PLATFORM_IDS, type PlatformId } from '../../content/messengers.ts';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { store } from '../../store/deferred.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';

/** The devices' names here: "Desktop computer" rather than the shorter "Desktop" used elsewhere. */
const DEVICE_LABELS: Readonly<Record<PlatformId, MessageKey>> = {
  android: 'list.platform.android',
  iphone: 'list.platform.iphone',
  desktop: 'progress.preferences.desktopComputer',
};

export function PreferencesForm() {
  const t = useT();
  const preferences = useProgressStore((state) => state.preferences);
  if (!preferences) {
    return (
      <noscript>
        <p>{t('progress.preferences.needsJs')}</p>
      </noscript>
    );
  }
  return (
    <form className="preferences" onSubmit={(event) => event.preventDefault()}>
      <CheckboxGroup
        legend={t('progress.preferences.messengersLegend')}
        options={MESSENGER_IDS}
        labels={(id) => MESSENGERS[id].name}
        chosen={preferences.messengers}
        onChange={(messengers) => store().useProgress.getState().setPreferences({ ...preferences, messengers })}
      />
      <CheckboxGroup
        legend={t('progress.preferences.platformsLegend')}
        options={PLATFORM_IDS}
        labels={(id) => t(DEVICE_LABELS[id])}
        chosen={preferences.platforms}
        onChange={(platforms) => store().useProgress.getState().setPreferences({ ...preferences, platforms })}
      />
      <p className="meta">{t('progress.preferences.hint')}</p>
    </form>
  );
}
