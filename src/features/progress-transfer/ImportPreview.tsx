// Shows what a link or file holds and lets the person replace what is here, merge it in
// (the newer change of each step wins) or cancel. Nothing changes until they choose.
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { countChanges, mergeProgress as merged, replaceWith } from '../../store/codec.ts';
import { store } from '../../store/deferred.ts';
import { useProgressStore } from '../../store/hooks.ts';
import { emptyProgress } from '../../store/model.ts';
import type { ProgressData } from '../../store/schema.ts';
import { describeProgress } from './contents.ts';

export interface Incoming {
  data: ProgressData;
  savedAt: string;
  /** Steps this version of the checklist does not have. */
  unknown: number;
  source: 'link' | 'file';
}

interface Props {
  incoming: Incoming;
  onFinish: (outcome: 'replaced' | 'merged' | 'cancelled') => void;
}

const strong = (parts: ReactNode) => <strong>{parts}</strong>;

export function ImportPreview({ incoming, onFinish }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useProgressStore((state) => state.items) ?? {};
  const preferences = useProgressStore((state) => state.preferences) ?? emptyProgress().preferences;
  useEffect(() => heading.current?.focus(), []);

  const current = { items, preferences };
  const replaceCount = countChanges(current, replaceWith(current, incoming.data, incoming.savedAt));
  const mergeCount = countChanges(current, merged(current, incoming.data));
  const fromLink = incoming.source === 'link';
  const contents = describeProgress(t, incoming.data, incoming.savedAt);

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={heading} tabIndex={-1}>
        {fromLink ? t('progress.importPreview.headingLink') : t('progress.importPreview.headingFile')}
      </h2>
      <p>{fromLink ? t('progress.importPreview.holdsLink', { contents }) : t('progress.importPreview.holdsFile', { contents })}</p>
      {incoming.unknown > 0 ? (
        <p>
          {fromLink
            ? t('progress.importPreview.unknownLink', { count: incoming.unknown })
            : t('progress.importPreview.unknownFile', { count: incoming.unknown })}
        </p>
      ) : null}
      <ul>
        <li>{t.rich('progress.importPreview.replace', { strong, count: replaceCount })}</li>
        <li>{t.rich('progress.importPreview.merge', { strong, count: mergeCount })}</li>
      </ul>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            store().useProgress.getState().replaceProgress(incoming.data);
            onFinish('replaced');
          }}
        >
          {t('progress.importPreview.replaceButton')}
        </button>
        <button
          type="button"
          onClick={() => {
            store().useProgress.getState().mergeProgress(incoming.data);
            onFinish('merged');
          }}
        >
          {t('progress.importPreview.mergeButton')}
        </button>
        <button type="button" onClick={() => onFinish('cancelled')}>
          {t('progress.importPreview.cancel')}
        </button>
      </div>
    </section>
  );
}
