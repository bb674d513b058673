// "My account was taken over": the recovery steps for one messenger, in order, each with a
// tick box, reachable from the home page and every messenger page without any setup. The
// steps are the messenger's account-takeover-recovery item in content/.
import type { ComponentType } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { Blocks } from '../../components/Blocks.tsx';
import { OpenSettings } from '../../components/OpenSettings.tsx';
import { TermList, TermsContext } from '../../components/terms.tsx';
import { platformView } from '../../content/platform-view.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { MESSENGERS, type MessengerId } from '../../content/messengers.ts';
import type { Block } from '../../content/schema.ts';
import { useRecoveryItem } from '../../catalog/entries.ts';
import { recoveryStepsOf, useCatalog } from '../../catalog/entries.ts';
import { RECOVERY_ITEM_ID } from '../../content/vocabulary.ts';
import { useT } from '../../i18n/i18n.tsx';

export function RecoveryPath({ messenger, Controls }: { messenger: MessengerId; Controls: RecoveryControls }) {
  const item = useRecoveryItem(messenger);
  const catalog = useCatalog();
  const t = useT();
  const name = MESSENGERS[messenger].name;
  if (!item) return <p>{t('pages.recoveryPath.none', { messenger: name })}</p>;
  const steps = recoveryStepsOf(item);
  const prevention = catalog.essentialsOf([messenger]).filter((entry) => entry.id !== RECOVERY_ITEM_ID);

  return (
    <TermsContext value={item.terms}>
      <p className="lead">{t('pages.recoveryPath.lead')}</p>
      <Blocks blocks={item.why} />
      {item.unconfirmed ? (
        <aside className="notice notice-unconfirmed" aria-labelledby="recovery-unconfirmed">
          <h2 id="recovery-unconfirmed">{t('pages.recoveryPath.unconfirmed', { messenger: name })}</h2>
          <p>{item.unconfirmed}</p>
        </aside>
      ) : null}
      <section aria-labelledby="recovery-steps">
        <h2 id="recovery-steps">{t('pages.recoveryPath.stepsHeading')}</h2>
        <OpenSettings entries={platformView(item, []).settings} app={name} />
        <ol className="recovery-steps">
          {steps.map(({ id, revision, blocks }, position) => (
            <li key={id}>
              <Blocks blocks={blocks as Block[]} />
              <Controls item={{ messenger: 'recovery', id: `${messenger}-${id}`, title: t('pages.recoveryPath.stepName', { number: position + 1 }), revision }} variant="row" />
            </li>
          ))}
        </ol>
      </section>
      {item.caveats.length ? (
        <>
          <h2>{t('pages.recoveryPath.caveatsHeading')}</h2>
          <Blocks blocks={item.caveats} />
        </>
      ) : null}
      <h2>{t('pages.recoveryPath.helpHeading', { messenger: name })}</h2>
      <ul>
        {item.links.map((link) => (
          <li key={link.url}>
            <ExternalLink href={link.url}>{link.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <h2>{t('pages.recoveryPath.preventionHeading')}</h2>
      <ul>
        {prevention.map((entry) => (
          <li key={entry.id}>
            <Link to={paths.item(messenger, entry.id)}>{entry.title}</Link>
          </li>
        ))}
      </ul>
      <TermList terms={item.terms} />
    </TermsContext>
  );
}

/** One recovery step as progress sees it: `recovery/<messenger>-<step id>`, at the step's own revision. */
interface RecoveryTick {
  messenger: string;
  id: string;
  title: string;
  revision: number;
}

/** The tick controls of the checklist, handed in by the screen (features do not import each other). */
export type RecoveryControls = ComponentType<{ item: RecoveryTick; variant: 'row' }>;
