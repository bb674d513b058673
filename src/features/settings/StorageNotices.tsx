// Plain-language notices about saving progress: shown on every page while they apply.
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import type { DecodeProblem } from '../../store/codec.ts';
import { store } from '../../store/deferred.ts';
import { useStorageStatus } from '../../store/hooks.ts';
import type { StorageNotice } from '../../store/storage-status.ts';
import { BackupDownload } from './BackupDownload.tsx';

export function StorageNotices() {
  const t = useT();
  const notices = useStorageStatus((state) => state.notices);
  if (!notices || notices.length === 0) return null;
  return (
    <div className="storage-notices" role="status">
      {notices.map((notice) => (
        <div key={notice.kind} className="notice notice-unconfirmed">
          <NoticeText notice={notice} />
          {notice.kind === 'recovered' ? (
            <button type="button" onClick={() => store().storageStatus.getState().resolve('recovered')}>
              {t('progress.storageNotices.dismiss')}
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}

const READ_PROBLEMS: Readonly<Record<DecodeProblem, MessageKey>> = {
  unreadable: 'progress.storageNotices.unreadable',
  'invalid-entries': 'progress.storageNotices.invalidEntries',
  'newer-version': 'progress.storageNotices.newerVersion',
};

const strong = (parts: ReactNode) => <strong>{parts}</strong>;

function NoticeText({ notice }: { notice: StorageNotice }) {
  const t = useT();
  switch (notice.kind) {
    case 'unavailable':
      return <p>{t.rich('progress.storageNotices.unavailable', { strong })}</p>;
    case 'recovered':
      return (
        <p>
          {t.rich('progress.storageNotices.recovered', {
            strong,
            problem: t(READ_PROBLEMS[notice.problem]),
            download: (parts: ReactNode) => <BackupDownload raw={notice.raw} label={parts} />,
          })}
        </p>
      );
    case 'unrecoverable':
      return (
        <p>
          {t.rich('progress.storageNotices.unrecoverable', {
            strong,
            problem: t(READ_PROBLEMS[notice.problem]),
            download: (parts: ReactNode) => <BackupDownload raw={notice.raw} label={parts} />,
          })}
        </p>
      );
    case 'not-saved':
      return <p>{t.rich('progress.storageNotices.notSaved', { strong })}</p>;
  }
}
