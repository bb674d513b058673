// Workshop mode for trainers: plan, share, present and print, with no server involved.
import { Link } from 'react-router';
import { paths } from '../../routing/routes.ts';
import { usePageTitle } from '../../components/page-title.tsx';
import { StatusControls } from '../../features/checklist/StatusControls.tsx';
import { Handout } from '../../features/workshop/Handout.tsx';
import { JoinPlan } from '../../features/workshop/JoinPlan.tsx';
import { PlanBuilder } from '../../features/workshop/PlanBuilder.tsx';
import { Presenter } from '../../features/workshop/Presenter.tsx';

export function WorkshopPage() {
  usePageTitle('Plan a workshop');
  return (
    <>
      <h1 tabIndex={-1}>Plan a workshop</h1>
      <p className="lead">
        Pick the steps for your room, put them in order, and share one link or QR code. Participants tick the steps
        off in their own browsers; nothing about them reaches you or anyone else.
      </p>
      <p>
        First time? <Link to={paths.workshopGuide()}>Running the session</Link>: a 90-minute agenda, helpers, what to
        bring, and what to do when a phone is different.
      </p>
      <PlanBuilder />
    </>
  );
}

export function WorkshopJoinPage() {
  usePageTitle('Workshop steps');
  return (
    <>
      <h1 tabIndex={-1}>Workshop steps</h1>
      <JoinPlan Controls={StatusControls} />
    </>
  );
}

export function WorkshopPresentPage() {
  usePageTitle('Presenter view');
  return (
    <>
      <h1 tabIndex={-1} className="visually-hidden">
        Presenter view
      </h1>
      <Presenter />
    </>
  );
}

export function WorkshopHandoutPage() {
  usePageTitle('Workshop handout');
  return (
    <>
      <h1 tabIndex={-1}>Checklist handout</h1>
      <p className="no-print">
        For the trainer: <Link to={paths.workshopGuide()}>Running the session</Link>, printable too.
      </p>
      <Handout />
    </>
  );
}
