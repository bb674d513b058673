// Where progress is kept on this device, for the settings screen.
import { useStorageStatus } from '../../store/hooks.ts';

const PERSISTENCE = {
  granted: 'The browser has agreed to keep this data even when it runs low on space.',
  'not-granted':
    'The browser may delete this data when it runs low on space, or (Safari) after some days without a visit. Bookmark the site or add it to your home screen to make that less likely.',
  unsupported: 'This browser does not say whether it will keep the data.',
  unknown: 'The checklist asks the browser to keep your data when you tick your first step.',
} as const;

export function StorageDetails() {
  const mode = useStorageStatus((state) => state.mode);
  const persistence = useStorageStatus((state) => state.persistence);
  if (!mode || !persistence) return <p>Your progress is saved only in the browser you tick it in. Nothing is sent anywhere.</p>;
  return (
    <>
      <p>
        {mode === 'saved'
          ? 'Your ticks and choices are saved in this browser on this device. Nothing is sent anywhere.'
          : 'Your ticks are kept only while this page is open: this browser is not saving them.'}
      </p>
      {mode === 'saved' ? <p>{PERSISTENCE[persistence]}</p> : null}
    </>
  );
}
