// The person's choices (messengers, devices, language) and where their progress is kept.
import { usePageTitle } from '../../components/page-title.tsx';
import { PreferencesForm } from '../../features/settings/PreferencesForm.tsx';
import { StorageDetails } from '../../features/settings/StorageDetails.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { LanguageLinks } from '../../components/LanguageSwitcher.tsx';
import { browserStorage, saveLanguageChoice } from '../../store/language-choice.ts';

export function SettingsPage() {
  const t = useT();
  usePageTitle(t('progress.settingsPage.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('progress.settingsPage.title')}</h1>
      <h2>{t('progress.settingsPage.preferencesHeading')}</h2>
      <PreferencesForm />
      <h2 id="language">{t('progress.settingsPage.languageHeading')}</h2>
      <p>{t('progress.settingsPage.languageLead')}</p>
      <nav aria-labelledby="language" className="language-choice">
        <LanguageLinks onChoose={(locale) => saveLanguageChoice(browserStorage(), locale)} />
      </nav>
      <h2>{t('progress.settingsPage.storageHeading')}</h2>
      <StorageDetails />
    </>
  );
}
