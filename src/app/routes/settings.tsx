// The person's choices (messengers, devices) and where their progress is kept.
import { usePageTitle } from '../../components/page-title.tsx';
import { PreferencesForm } from '../../features/settings/PreferencesForm.tsx';
import { StorageDetails } from '../../features/settings/StorageDetails.tsx';

export function SettingsPage() {
  usePageTitle('Your settings');
  return (
    <>
      <h1 tabIndex={-1}>Your settings</h1>
      <h2>Your messengers and devices</h2>
      <PreferencesForm />
      <h2>Where your progress is kept</h2>
      <StorageDetails />
    </>
  );
}
