// What a person reads when a progress link or file cannot be used, keyed by the codecs' error
// codes: the codecs say what went wrong, this feature says it in words (message keys, worded
// in the page's language with `t`).
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { FileError } from '../../store/file-codec.ts';
import type { LinkError } from '../../store/link-codec.ts';

export const linkMessages: Readonly<Record<LinkError, MessageKey>> = {
  empty: 'progress.linkError.empty',
  'too-long': 'progress.linkError.tooLong',
  damaged: 'progress.linkError.damaged',
  newer: 'progress.linkError.newer',
  'unknown-format': 'progress.linkError.unknownFormat',
};

/** Each says that nothing changed: a refused file leaves the progress here as it was. */
export const fileMessages: Readonly<Record<FileError, MessageKey>> = {
  'too-long': 'progress.fileError.tooLong',
  'not-json': 'progress.fileError.notJson',
  'unknown-format': 'progress.fileError.unknownFormat',
  newer: 'progress.fileError.newer',
  damaged: 'progress.fileError.damaged',
};
