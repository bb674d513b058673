// Workshop mode for trainers: plan, share, present and print, with no server involved.
import type { ReactNode } from 'react';
import { Link } from '../../components/links.tsx';
import { paths } from '../../routing/routes.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { StatusControls } from '../../features/checklist/StatusControls.tsx';
import { Handout } from '../../features/workshop/Handout.tsx';
import { JoinPlan } from '../../features/workshop/JoinPlan.tsx';
import { PlanBuilder } from '../../features/workshop/PlanBuilder.tsx';
import { Presenter } from '../../features/workshop/Presenter.tsx';
import { useT } from '../../i18n/i18n.tsx';

const guideLink = (parts: ReactNode) => <Link to={paths.workshopGuide()}>{parts}</Link>;

export function WorkshopPage() {
  const t = useT();
  usePageTitle(t('workshop.page.planTitle'));
  return (
    <>
      <h1 tabIndex={-1}>{t('workshop.page.planTitle')}</h1>
      <p className="lead">{t('workshop.page.planLead')}</p>
      <p>{t.rich('workshop.page.firstTime', { link: guideLink })}</p>
      <PlanBuilder />
    </>
  );
}

export function WorkshopJoinPage() {
  const t = useT();
  usePageTitle(t('workshop.page.joinTitle'));
  return (
    <>
      <h1 tabIndex={-1}>{t('workshop.page.joinTitle')}</h1>
      <JoinPlan Controls={StatusControls} />
    </>
  );
}

export function WorkshopPresentPage() {
  const t = useT();
  usePageTitle(t('workshop.page.presentTitle'));
  return (
    <>
      <h1 tabIndex={-1} className="visually-hidden">
        {t('workshop.page.presentTitle')}
      </h1>
      <Presenter />
    </>
  );
}

export function WorkshopHandoutPage() {
  const t = useT();
  usePageTitle(t('workshop.page.handoutTitle'));
  return (
    <>
      <h1 tabIndex={-1}>{t('workshop.page.handoutHeading')}</h1>
      <p className="no-print">{t.rich('workshop.page.forTrainer', { link: guideLink })}</p>
      <Handout />
    </>
  );
}
