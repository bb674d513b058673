// The notices that need code loaded after the page, in one file loaded once they are needed:
// the update prompt (a new version is waiting), and, once progress has loaded, the offer of
// the person's language and the notices about saving progress. Their words are not among the
// first page's messages: Layout loads them with this file.
import { LanguageSuggestion } from '../features/language/LanguageSuggestion.tsx';
import { ForgetBanner } from '../features/progress-transfer/ForgetBanner.tsx';
import { StorageNotices } from '../features/settings/StorageNotices.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

export function LateNotices({ update, store }: { update: boolean; store: boolean }) {
  return (
    <>
      {update ? <UpdatePrompt /> : null}
      {store ? (
        <>
          <LanguageSuggestion />
          <ForgetBanner />
          <StorageNotices />
        </>
      ) : null}
    </>
  );
}
