// Opening a progress link: read the fragment once, take it out of the address bar (so it is
// not left in history), and ask what to do with it.
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { useHydrated } from '../../components/hydration.tsx';
import { useStoreReady } from '../../store/hooks.ts';
import { decodeLink } from '../../store/link-codec.ts';
import { useCatalog } from '../../catalog/entries.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ImportPreview, type Incoming } from './ImportPreview.tsx';
import { linkMessages } from './messages.ts';
import { OUTCOMES } from './outcomes.ts';

export function RestoreFromLink() {
  const t = useT();
  // The fragment exists only in the browser: nothing to read until hydrated and the store is there.
  const hydrated = useHydrated();
  const ready = useStoreReady();
  return hydrated && ready ? (
    <Restore />
  ) : (
    <noscript>
      <p>{t('progress.restore.needsJs')}</p>
    </noscript>
  );
}

function Restore() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const { knownKeys } = useCatalog();
  const [result] = useState(() => decodeLink(location.hash, knownKeys));
  const [outcome, setOutcome] = useState<keyof typeof OUTCOMES>();
  const message = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location, navigate]);
  useEffect(() => {
    if (outcome) message.current?.focus();
  }, [outcome]);

  if (!result.ok) {
    return (
      <div role="alert" className="notice notice-unconfirmed">
        <p>{t(linkMessages[result.error])}</p>
        <p>{t('progress.restore.nothingChanged')}</p>
      </div>
    );
  }
  if (outcome) {
    return (
      <>
        <p ref={message} tabIndex={-1} className="notice">
          {t(OUTCOMES[outcome])}
        </p>
        <p>
          <Link to={paths.home()}>{t('progress.restore.goToChecklist')}</Link>
        </p>
      </>
    );
  }
  const incoming: Incoming = { ...result.value, source: 'link' };
  return <ImportPreview incoming={incoming} onFinish={setOutcome} />;
}
