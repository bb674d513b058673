// Taking progress along: a bookmark link (and its QR code), a file to download and restore,
// clearing everything with an undo, and "don't remember me on this device".
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { store } from '../../store/deferred.ts';
import { useProgressStore, useStorageStatus, useStoreReady } from '../../store/hooks.ts';
import { MAX_FILE_BYTES, decodeFile, encodeFile } from '../../store/file-codec.ts';
import { encodeLink } from '../../store/link-codec.ts';
import { emptyProgress } from '../../store/model.ts';
import type { ProgressData } from '../../store/schema.ts';
import { paths } from '../../routing/routes.ts';
import { useCatalog } from '../../catalog/catalog.ts';
import { renameKeys } from '../../store/codec.ts';
import { knownProgress } from './contents.ts';
import { ImportPreview, type Incoming } from './ImportPreview.tsx';
import { fileMessages } from './messages.ts';
import { OUTCOMES } from './outcomes.ts';


/** Cleared progress, kept in memory for an undo until the page is reloaded. */
let lastCleared: ProgressData | undefined;

export function TransferPanel() {
  if (!useStoreReady()) {
    return (
      <noscript>
        <p>Saving, moving and restoring your progress needs JavaScript.</p>
      </noscript>
    );
  }
  return (
    <>
      <LinkSection />
      <FileSection />
      <ClearSection />
      <ForgetSection />
    </>
  );
}

function useCurrentProgress(): ProgressData {
  const items = useProgressStore((state) => state.items);
  const preferences = useProgressStore((state) => state.preferences);
  return items && preferences ? { items, preferences } : emptyProgress();
}

function LinkSection() {
  const progress = useCurrentProgress();
  const { knownKeys } = useCatalog();
  const [link, setLink] = useState<string>();
  const [copied, setCopied] = useState<string>();
  const [showQr, setShowQr] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const make = () => {
    setLink(`${window.location.origin}${paths.restore()}#${encodeLink(knownProgress(progress, knownKeys), new Date())}`);
    setCopied(undefined);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link!);
      setCopied('Copied. Paste it into a bookmark, a note or a message to yourself.');
    } catch {
      input.current?.select();
      setCopied('Your browser did not let the page copy it: the link is selected, so copy it yourself.');
    }
  };

  return (
    <section aria-labelledby="link-heading">
      <h2 id="link-heading">Save a link to your progress</h2>
      <p>
        The link holds which steps you ticked and your choice of messengers and devices, in the part after the{' '}
        <code>#</code>, which browsers never send to a server. Open it in any browser to bring your progress there.
        Anyone who has the link can see which steps you did, so keep it to yourself.
      </p>
      <button type="button" onClick={make}>
        {link ? 'Make a new link with my latest ticks' : 'Make a link to my progress'}
      </button>
      {link ? (
        <div className="link-output">
          <label htmlFor={inputId}>Your progress link ({link.length} characters)</label>
          <input id={inputId} ref={input} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              Copy link
            </button>
            <label className="tick">
              <input type="checkbox" checked={showQr} onChange={(event) => setShowQr(event.target.checked)} />
              Show as a QR code
            </label>
          </div>
          <p role="status">{copied}</p>
          {showQr ? (
            <>
              <LazyQrCode text={link} label="QR code of your progress link: scan it with the phone you are hardening" />
              <p className="meta">Scan it with the camera of the phone you are hardening to open your progress there.</p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function FileSection() {
  const progress = useCurrentProgress();
  const { importableKeys, recoveryRenames } = useCatalog();
  const [incoming, setIncoming] = useState<Incoming>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const inputId = useId();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setIncoming(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ text: fileMessages['too-long'], error: true });
      return;
    }
    // Files saved by earlier versions may name recovery steps by position: they get today's keys.
    const result = decodeFile(await file.text(), importableKeys);
    if (!result.ok) {
      setMessage({ text: fileMessages[result.error], error: true });
      return;
    }
    setMessage(undefined);
    setIncoming({ data: renameKeys(result.value.data, recoveryRenames, result.value.exportedAt), savedAt: result.value.exportedAt, unknown: result.value.unknown, source: 'file' });
  };

  const exportFile = () => {
    const now = new Date();
    download(encodeFile(progress, { appVersion: __APP_VERSION__, exportedAt: now }), `messenger-checklist-progress-${now.toISOString().slice(0, 10)}.json`);
  };

  return (
    <section aria-labelledby="file-heading">
      <h2 id="file-heading">Download or restore a file</h2>
      <p>A file keeps your progress safe if this browser forgets it. It stays on your device unless you move it.</p>
      <button type="button" onClick={exportFile}>
        Download my progress
      </button>
      <p>
        <label htmlFor={inputId}>Restore from a file you downloaded</label>
        <br />
        <input id={inputId} type="file" accept="application/json,.json" onChange={(event) => void pick(event)} />
      </p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice-unconfirmed' : 'notice'}>
          {message.text}
        </p>
      ) : null}
      {incoming ? (
        <ImportPreview
          incoming={incoming}
          onFinish={(outcome) => {
            setIncoming(undefined);
            setMessage({ text: OUTCOMES[outcome], error: false });
          }}
        />
      ) : null}
    </section>
  );
}

function ClearSection() {
  const [cleared, setCleared] = useState(lastCleared !== undefined);
  const [message, setMessage] = useState<string>();

  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">Start again</h2>
      <p>Clears every tick and your choice of messengers and devices. You can undo it until you reload the page.</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            lastCleared = store().useProgress.getState().clearProgress();
            setCleared(true);
            setMessage('All your progress here was cleared.');
          }}
        >
          Clear all progress
        </button>
        {cleared ? (
          <button
            type="button"
            onClick={() => {
              if (lastCleared) store().useProgress.getState().replaceProgress(lastCleared);
              lastCleared = undefined;
              setCleared(false);
              setMessage('Undone: your progress is back.');
            }}
          >
            Undo clearing
          </button>
        ) : null}
      </div>
      <p role="status">{message}</p>
    </section>
  );
}

function ForgetSection() {
  const remember = useStorageStatus((state) => state.remember) ?? true;
  const [message, setMessage] = useState<string>();
  return (
    <section aria-labelledby="forget-heading">
      <h2 id="forget-heading">On a borrowed or shared computer</h2>
      <p>
        Turn this on and nothing you tick is written to this browser: what was saved here is removed, and your ticks
        stay only until you close or reload this page. The setting itself lasts until you close this tab. Make a link
        or download a file first if you want to keep your ticks.
      </p>
      <label className="tick">
        <input
          type="checkbox"
          checked={!remember}
          onChange={(event) => {
            store().setRemember(!event.target.checked);
            setMessage(event.target.checked ? 'This browser no longer keeps your progress.' : 'Your progress is saved in this browser again.');
          }}
        />
        Don’t remember me on this device
      </label>
      <p>
        <button
          type="button"
          onClick={() => {
            store().forgetEverything();
            setMessage('Everything this checklist saved in this browser was removed.');
          }}
        >
          Forget everything here now
        </button>
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
