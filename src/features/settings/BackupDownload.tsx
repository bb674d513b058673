// Lets a person save the copy of progress data that could not be read, as a file.
import { useEffect, useState, type ReactNode } from 'react';

export function BackupDownload({ raw, label }: { raw: string; label: ReactNode }) {
  const [href, setHref] = useState<string>();
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the object URL exists only in this effect's lifetime
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [raw]);
  return href ? (
    <a href={href} download="messenger-checklist-unreadable-progress.json">
      {label}
    </a>
  ) : null;
}
