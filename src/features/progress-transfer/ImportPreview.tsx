// Shows what a link or file holds and lets the person replace what is here, merge it in
// (the newer change of each step wins) or cancel. Nothing changes until they choose.
import { useEffect, useRef } from 'react';
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

export function ImportPreview({ incoming, onFinish }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const items = useProgressStore((state) => state.items) ?? {};
  const preferences = useProgressStore((state) => state.preferences) ?? emptyProgress().preferences;
  useEffect(() => heading.current?.focus(), []);

  const current = { items, preferences };
  const replaceCount = countChanges(current, replaceWith(current, incoming.data, incoming.savedAt));
  const mergeCount = countChanges(current, merged(current, incoming.data));
  const what = incoming.source === 'link' ? 'link' : 'file';
  const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading" ref={heading} tabIndex={-1}>
        Progress from a {what}
      </h2>
      <p>This {what} holds: {describeProgress(incoming.data, incoming.savedAt)}.</p>
      {incoming.unknown > 0 ? (
        <p>
          {steps(incoming.unknown)} in it {incoming.unknown === 1 ? 'is' : 'are'} not in this version of the checklist
          {incoming.source === 'file' ? ' and will be kept but not shown.' : ' and will be left out.'}
        </p>
      ) : null}
      <ul>
        <li>
          <strong>Replace</strong> what is saved here with it: changes {steps(replaceCount)} here.
        </li>
        <li>
          <strong>Merge</strong> it with what is here, keeping the newer change of each step: changes{' '}
          {steps(mergeCount)} here.
        </li>
      </ul>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            store().useProgress.getState().replaceProgress(incoming.data);
            onFinish('replaced');
          }}
        >
          Replace what is here
        </button>
        <button
          type="button"
          onClick={() => {
            store().useProgress.getState().mergeProgress(incoming.data);
            onFinish('merged');
          }}
        >
          Merge
        </button>
        <button type="button" onClick={() => onFinish('cancelled')}>
          Cancel
        </button>
      </div>
    </section>
  );
}
