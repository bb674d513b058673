// Shown on every page in "don't remember me" mode, with the one-click way out.
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { store } from '../../store/deferred.ts';
import { useStorageStatus } from '../../store/hooks.ts';

export function ForgetBanner() {
  const remember = useStorageStatus((state) => state.remember);
  const [forgotten, setForgotten] = useState(false);
  if (remember !== false) return null;
  return (
    <aside className="forget-banner" aria-label="Not remembering you">
      <p>
        <strong>Not remembering you on this device.</strong>{' '}
        {forgotten
          ? 'Everything this checklist saved in this browser was removed.'
          : 'Nothing you tick is saved here: your ticks go when you close or reload this page.'}{' '}
        <Link to={paths.transfer()}>Change this</Link>
      </p>
      <button
        type="button"
        onClick={() => {
          store().forgetEverything();
          setForgotten(true);
        }}
      >
        Forget everything here
      </button>
    </aside>
  );
}
