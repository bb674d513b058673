// Plain-language notices about saving progress: shown on every page while they apply.
import { store } from '../../store/deferred.ts';
import { useStorageStatus } from '../../store/hooks.ts';
import type { StorageNotice } from '../../store/storage-status.ts';
import { BackupDownload } from './BackupDownload.tsx';

export function StorageNotices() {
  const notices = useStorageStatus((state) => state.notices);
  if (!notices || notices.length === 0) return null;
  return (
    <div className="storage-notices" role="status">
      {notices.map((notice) => (
        <div key={notice.kind} className="notice notice-unconfirmed">
          <NoticeText notice={notice} />
          {notice.kind === 'recovered' ? (
            <button type="button" onClick={() => store().storageStatus.getState().resolve('recovered')}>
              Dismiss this notice
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}

const READ_PROBLEMS = {
  unreadable: 'Your saved progress on this device could not be read.',
  'invalid-entries': 'Part of your saved progress on this device could not be read.',
  'newer-version': 'Your progress was saved by a newer version of this checklist.',
} as const;

function NoticeText({ notice }: { notice: StorageNotice }) {
  switch (notice.kind) {
    case 'unavailable':
      return (
        <p>
          <strong>Your ticks are not being saved.</strong> This browser does not let the checklist store anything,
          which happens in private windows or when site data is blocked. Your ticks stay until you close or reload this
          page. To keep them, open the checklist in a normal window.
        </p>
      );
    case 'recovered':
      return (
        <p>
          <strong>{READ_PROBLEMS[notice.problem]}</strong> We kept everything we could read, and saved an untouched copy
          of the original in this browser, so nothing was deleted.{' '}
          <BackupDownload raw={notice.raw} label="Download the original copy" /> if you want to keep it or send it to
          someone who can help.
        </p>
      );
    case 'unrecoverable':
      return (
        <p>
          <strong>{READ_PROBLEMS[notice.problem]}</strong> This browser has no room to keep a copy of it, so to avoid
          writing over it, new ticks are not being saved for now.{' '}
          <BackupDownload raw={notice.raw} label="Download the saved data" />, then free up space in this browser and
          reload the page.
        </p>
      );
    case 'not-saved':
      return (
        <p>
          <strong>Your last change could not be saved:</strong> this browser&rsquo;s storage for the site is full or
          blocked. Your ticks are still shown here, but will be lost when you reload. Free up space in the browser, then
          tick again.
        </p>
      );
  }
}
