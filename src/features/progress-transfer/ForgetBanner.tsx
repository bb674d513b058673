// Shown on every page in "don't remember me" mode, with the one-click way out.
import { useState } from 'react';
import { Link } from '../../components/links.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { paths } from '../../routing/routes.ts';
import { store } from '../../store/deferred.ts';
import { useStorageStatus } from '../../store/hooks.ts';

export function ForgetBanner() {
  const t = useT();
  const remember = useStorageStatus((state) => state.remember);
  const [forgotten, setForgotten] = useState(false);
  if (remember !== false) return null;
  return (
    <aside className="forget-banner" aria-label={t('progress.forgetBanner.label')}>
      <p>
        <strong>{t('progress.forgetBanner.title')}</strong>{' '}
        {forgotten ? t('progress.forget.removed') : t('progress.forgetBanner.notSaving')}{' '}
        <Link to={paths.transfer()}>{t('progress.forgetBanner.change')}</Link>
      </p>
      <button
        type="button"
        onClick={() => {
          store().forgetEverything();
          setForgotten(true);
        }}
      >
        {t('progress.forgetBanner.forget')}
      </button>
    </aside>
  );
}
