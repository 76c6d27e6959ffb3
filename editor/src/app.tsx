/** The web app's root: session gate, the shell and the screens by path. */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Session } from './api';
import { LoginPage } from './auth/login-page';
import { landingPath } from './auth/role-navigation';
import { ApiProvider, useSession } from './auth/session-context';
import { i18n } from './i18n';
import { matchRoute } from './routing/match-route';
import { navigate, useLocation } from './routing/router';
import { AppShell } from './shell/app-shell';
import { ScreenErrorBoundary } from './shell/screen-error-boundary';
import { EmptyState, Loading } from './shell/status-views';

const StandardsListPage = lazy(() => import('./standards/standards-list-page').then((m) => ({ default: m.StandardsListPage })));
const NewStandardPage = lazy(() => import('./standards/new-standard-page').then((m) => ({ default: m.NewStandardPage })));
const StandardEditorPage = lazy(() => import('./standards/editor/standard-editor-page').then((m) => ({ default: m.StandardEditorPage })));
const ReviewPage = lazy(() => import('./review/review-page').then((m) => ({ default: m.ReviewPage })));
const DeploymentsPage = lazy(() => import('./district/deployments-page').then((m) => ({ default: m.DeploymentsPage })));
const InboxPage = lazy(() => import('./district/inbox-page').then((m) => ({ default: m.InboxPage })));
const CasesListPage = lazy(() => import('./district/cases-list-page').then((m) => ({ default: m.CasesListPage })));
const StartCasePage = lazy(() => import('./district/start-case-page').then((m) => ({ default: m.StartCasePage })));
const CaseFilePage = lazy(() => import('./district/case-file-page').then((m) => ({ default: m.CaseFilePage })));
const WorkloadPage = lazy(() => import('./district/workload-page').then((m) => ({ default: m.WorkloadPage })));
const SupervisionHomePage = lazy(() => import('./supervision/supervision-home-page').then((m) => ({ default: m.SupervisionHomePage })));
const StandardDashboardPage = lazy(() => import('./supervision/standard-dashboard-page').then((m) => ({ default: m.StandardDashboardPage })));
const DrillDownPage = lazy(() => import('./supervision/drill-down-page').then((m) => ({ default: m.DrillDownPage })));
const NoticesPage = lazy(() => import('./supervision/notices-page').then((m) => ({ default: m.NoticesPage })));
const NoticePage = lazy(() => import('./supervision/notice-page').then((m) => ({ default: m.NoticePage })));

type Screen = (params: Record<string, string>) => ReactNode;

/** Most specific first: `/cases/new` before `/cases/:id`. */
const ROUTES: [string, Screen][] = [
  ['/standards', () => <StandardsListPage />],
  ['/standards/new', () => <NewStandardPage />],
  ['/standards/:code/review', (p) => <ReviewPage code={p.code!} />],
  ['/standards/:code', (p) => <StandardEditorPage code={p.code!} />],
  ['/district', () => <DeploymentsPage />],
  ['/inbox', () => <InboxPage />],
  ['/cases', () => <CasesListPage />],
  ['/cases/new', () => <StartCasePage />],
  ['/cases/:id', (p) => <CaseFilePage id={p.id!} />],
  ['/workload', () => <WorkloadPage />],
  ['/supervision', () => <SupervisionHomePage />],
  ['/supervision/notices', () => <NoticesPage />],
  ['/supervision/notices/:id', (p) => <NoticePage id={p.id!} />],
  ['/supervision/:code', (p) => <StandardDashboardPage code={p.code!} />],
  ['/supervision/:code/indicators/:indicator/cases', (p) => <DrillDownPage code={p.code!} indicator={p.indicator!} />],
];

function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true, force: true });
  }, [to]);
  return <Loading />;
}

function NotFound() {
  const { t } = useTranslation();
  return <EmptyState title={t('errors.pageNotFound')} />;
}

function Screens({ session }: { session: Session }) {
  const { path } = useLocation();
  if (path === '/' || path === '/login') return <Redirect to={landingPath(session.user.role)} />;
  for (const [pattern, screen] of ROUTES) {
    const params = matchRoute(pattern, path);
    if (params) {
      return (
        <ScreenErrorBoundary resetKey={path}>
          <Suspense fallback={<Loading />}>{screen(params)}</Suspense>
        </ScreenErrorBoundary>
      );
    }
  }
  return <NotFound />;
}

function Gate() {
  const session = useSession();
  const { path, query } = useLocation();
  if (!session) {
    if (path !== '/login') {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(path + (query.toString() ? `?${query}` : ''))}`;
      return <Redirect to={`/login${next}`} />;
    }
    return <LoginPage />;
  }
  return (
    <AppShell session={session}>
      <Screens session={session} />
    </AppShell>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider>
        <Gate />
      </ApiProvider>
    </I18nextProvider>
  );
}
