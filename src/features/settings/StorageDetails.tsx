// Where progress is kept on this device, for the settings screen.
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { useStorageStatus } from '../../store/hooks.ts';
import type { Persistence } from '../../store/storage-status.ts';

const PERSISTENCE: Readonly<Record<Persistence, MessageKey>> = {
  granted: 'progress.storageDetails.granted',
  'not-granted': 'progress.storageDetails.notGranted',
  unsupported: 'progress.storageDetails.unsupported',
  unknown: 'progress.storageDetails.unknown',
};

export function StorageDetails() {
  const t = useT();
  const mode = useStorageStatus((state) => state.mode);
  const persistence = useStorageStatus((state) => state.persistence);
  if (!mode || !persistence) return <p>{t('progress.storageDetails.unknownMode')}</p>;
  return (
    <>
      <p>{mode === 'saved' ? t('progress.storageDetails.saved') : t('progress.storageDetails.notSaving')}</p>
      {mode === 'saved' ? <p>{t(PERSISTENCE[persistence])}</p> : null}
    </>
  );
}
