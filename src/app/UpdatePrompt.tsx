// "A new version is ready": loaded and shown only once the service worker has an update waiting.
import { useT } from '../i18n/i18n.tsx';
import { applyUpdate } from './updates.ts';

export function UpdatePrompt() {
  const t = useT();
  return (
    <div className="notice update-prompt" role="status">
      <p>{t('pages.update.text')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('pages.update.button')}
      </button>
    </div>
  );
}
