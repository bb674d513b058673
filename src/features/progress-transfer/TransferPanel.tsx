// Taking progress along: a bookmark link (and its QR code), a file to download and restore,
// clearing everything with an undo, and "don't remember me on this device".
import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { LazyQrCode } from '../../components/LazyQrCode.tsx';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { localePrefix } from '../../i18n/locales.ts';
import { store } from '../../store/deferred.ts';
import { useProgressStore, useStorageStatus, useStoreReady } from '../../store/hooks.ts';
import { MAX_FILE_BYTES, decodeFile, encodeFile } from '../../store/file-codec.ts';
import { encodeLink } from '../../store/link-codec.ts';
import { emptyProgress } from '../../store/model.ts';
import type { ProgressData } from '../../store/schema.ts';
import { paths } from '../../routing/routes.ts';
import { useCatalog } from '../../catalog/entries.ts';
import { renameKeys } from '../../store/codec.ts';
import { knownProgress } from './contents.ts';
import { ImportPreview, type Incoming } from './ImportPreview.tsx';
import { fileMessages } from './messages.ts';
import { OUTCOMES } from './outcomes.ts';


/** Cleared progress, kept in memory for an undo until the page is reloaded. */
let lastCleared: ProgressData | undefined;

export function TransferPanel() {
  const t = useT();
  if (!useStoreReady()) {
    return (
      <noscript>
        <p>{t('progress.transfer.needsJs')}</p>
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

const code = (parts: ReactNode) => <code>{parts}</code>;

function LinkSection() {
  const t = useT();
  const progress = useCurrentProgress();
  const { knownKeys } = useCatalog();
  const [link, setLink] = useState<string>();
  const [copied, setCopied] = useState<MessageKey>();
  const [showQr, setShowQr] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const make = () => {
    // The link opens the restore page in the language of this page.
    setLink(`${window.location.origin}${localePrefix(t.locale)}${paths.restore()}#${encodeLink(knownProgress(progress, knownKeys), new Date())}`);
    setCopied(undefined);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link!);
      setCopied('progress.linkSection.copied');
    } catch {
      input.current?.select();
      setCopied('progress.linkSection.copyFailed');
    }
  };

  return (
    <section aria-labelledby="link-heading">
      <h2 id="link-heading">{t('progress.linkSection.heading')}</h2>
      <p>{t.rich('progress.linkSection.intro', { code })}</p>
      <button type="button" onClick={make}>
        {link ? t('progress.linkSection.remake') : t('progress.linkSection.make')}
      </button>
      {link ? (
        <div className="link-output">
          <label htmlFor={inputId}>{t('progress.linkSection.label', { count: link.length })}</label>
          <input id={inputId} ref={input} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          <div className="actions">
            <button type="button" onClick={() => void copy()}>
              {t('progress.linkSection.copy')}
            </button>
            <label className="tick">
              <input type="checkbox" checked={showQr} onChange={(event) => setShowQr(event.target.checked)} />
              {t('progress.linkSection.showQr')}
            </label>
          </div>
          <p role="status">{copied ? t(copied) : undefined}</p>
          {showQr ? (
            <>
              <LazyQrCode text={link} label={t('progress.linkSection.qrLabel')} />
              <p className="meta">{t('progress.linkSection.qrHint')}</p>
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
  const t = useT();
  const progress = useCurrentProgress();
  const { importableKeys, recoveryRenames } = useCatalog();
  const [incoming, setIncoming] = useState<Incoming>();
  const [message, setMessage] = useState<{ text: MessageKey; error: boolean }>();
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
      <h2 id="file-heading">{t('progress.fileSection.heading')}</h2>
      <p>{t('progress.fileSection.intro')}</p>
      <button type="button" onClick={exportFile}>
        {t('progress.fileSection.download')}
      </button>
      <p>
        <label htmlFor={inputId}>{t('progress.fileSection.restoreLabel')}</label>
        <br />
        <input id={inputId} type="file" accept="application/json,.json" onChange={(event) => void pick(event)} />
      </p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice notice-unconfirmed' : 'notice'}>
          {t(message.text)}
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
  const t = useT();
  const [cleared, setCleared] = useState(lastCleared !== undefined);
  const [message, setMessage] = useState<MessageKey>();

  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">{t('progress.clearSection.heading')}</h2>
      <p>{t('progress.clearSection.intro')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            lastCleared = store().useProgress.getState().clearProgress();
            setCleared(true);
            setMessage('progress.clearSection.cleared');
          }}
        >
          {t('progress.clearSection.clear')}
        </button>
        {cleared ? (
          <button
            type="button"
            onClick={() => {
              if (lastCleared) store().useProgress.getState().replaceProgress(lastCleared);
              lastCleared = undefined;
              setCleared(false);
              setMessage('progress.clearSection.undone');
            }}
          >
            {t('progress.clearSection.undo')}
          </button>
        ) : null}
      </div>
      <p role="status">{message ? t(message) : undefined}</p>
    </section>
  );
}

function ForgetSection() {
  const t = useT();
  const remember = useStorageStatus((state) => state.remember) ?? true;
  const [message, setMessage] = useState<MessageKey>();
  return (
    <section aria-labelledby="forget-heading">
      <h2 id="forget-heading">{t('progress.forgetSection.heading')}</h2>
      <p>{t('progress.forgetSection.intro')}</p>
      <label className="tick">
        <input
          type="checkbox"
          checked={!remember}
          onChange={(event) => {
            store().setRemember(!event.target.checked);
            setMessage(event.target.checked ? 'progress.forgetSection.turnedOn' : 'progress.forgetSection.turnedOff');
          }}
        />
        {t('progress.forgetSection.toggle')}
      </label>
      <p>
        <button
          type="button"
          onClick={() => {
            store().forgetEverything();
            setMessage('progress.forget.removed');
          }}
        >
          {t('progress.forgetSection.forgetNow')}
        </button>
      </p>
      <p role="status">{message ? t(message) : undefined}</p>
    </section>
  );
}
