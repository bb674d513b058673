// What the person is told after choosing what to do with a link or file.
export const OUTCOMES = {
  replaced: 'Done: your progress here was replaced.',
  merged: 'Done: the progress was merged with what was here.',
  cancelled: 'Cancelled: nothing here has changed.',
} as const;
