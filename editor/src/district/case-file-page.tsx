import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseReferral, LocalizedText } from '../api';
import { useApi } from '../auth/session-context';
import { currentLanguage, localized, type Language } from '../i18n';
import { Link, useLocation } from '../routing/router';
import { formatDateTime } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../standards/status-badge';
import { CaseData } from './case-data';
import { CaseDiagram } from './case-diagram';
import { timelineSentences } from './case-timeline';
import { caseDataSources, describeCaseData } from './case-values';
import { ServiceRecordsCard } from './service-records-card';
import { TaskCard } from './task-card';

/** Everything about one case: where it stands on the diagram, what is to do, what it holds, what happened. */
export function CaseFilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const { query } = useLocation();
  const focusTask = query.get('task');
  const districts = useDistricts();
  const file = useResource(() => api.getCase(id), [id]);
  const [names, setNames] = useState<Record<string, LocalizedText>>({});
  const c = file.data;
  // `to`: the cases this case referred its client to; `from`: the case that referred it.
  const referredFrom = c?.referrals.find((r) => r.direction === 'from');
  const version = useResource(async () => (c ? (await api.getVersion(c.standard.code, c.standard.version)).standard : null), [c?.standard.code, c?.standard.version]);
  // The referring case's standard names the data its client came with.
  const referring = useResource(
    async () => (referredFrom ? (await api.getVersion(referredFrom.standard.code, referredFrom.standard.version)).standard : null),
    [referredFrom?.standard.code, referredFrom?.standard.version],
  );

  const sections = useMemo(() => {
    if (!c || !version.data) return undefined;
    const completedForms = c.timeline.flatMap((e) => (e.kind === 'task_completed' && typeof e.data?.['formId'] === 'string' ? [e.data['formId']] : []));
    const sources = caseDataSources(version.data, completedForms, referring.data ?? undefined);
    return describeCaseData(c.variables, sources, lang, { yes: t('caseFile.yes'), no: t('caseFile.no'), none: t('caseFile.none'), other: t('caseFile.otherData') });
  }, [c, version.data, referring.data, lang, t]);

  if (file.error) return <ErrorBanner error={file.error} onRetry={file.reload} />;
  if (!c) return <Loading />;
  const district = districts.find((d) => d.code === c.district);
  const referredTo = c.referrals.filter((r) => r.direction === 'to');
  // Open tasks carry their names; the diagram names every other step.
  const stepNames = { ...names, ...Object.fromEntries(c.openTasks.map((task) => [task.elementId, task.name])) };
  const timeline = timelineSentences(c.timeline, { people: c.people, names: stepNames, referrals: c.referrals, lang, t }).reverse();

  return (
    <section className="page case-file">
      <div className="page-header">
        <div>
          <Link to="/cases" className="muted">
            {t('common.back')}
          </Link>
          <h1>
            {t('caseFile.title')} <code data-testid="case-key">{c.caseKey}</code>
          </h1>
          <p className="muted">
            {localized(c.standard.title, lang)} v{c.standard.version} · {district ? localized(district.name, lang) : c.district} · {t('caseFile.startedAt', { date: formatDateTime(c.startedAt, lang) })}
            {c.endedAt ? ` · ${t('caseFile.endedAt', { date: formatDateTime(c.endedAt, lang) })}` : ''}
          </p>
        </div>
        <StatusBadge status={c.status} />
      </div>
      <section className="card case-diagram-card">
        <div className="case-diagram-head">
          <h3>{t('caseFile.diagram')}</h3>
          <ul className="legend">
            <li className="legend-active">{t('caseFile.legendActive')}</li>
            <li className="legend-completed">{t('caseFile.legendCompleted')}</li>
          </ul>
        </div>
        {version.error ? (
          <ErrorBanner error={version.error} onRetry={version.reload} />
        ) : version.data ? (
          <CaseDiagram xml={version.data.process} position={c.position} language={lang} onNames={setNames} />
        ) : (
          <Loading />
        )}
      </section>
      <div className="case-grid">
        <div className="case-main">
          <section>
            <h3>{t('caseFile.openTasks', { count: c.openTasks.length })}</h3>
            {c.openTasks.length === 0 ? (
              <EmptyState title={c.status === 'completed' || c.endedAt ? t('caseFile.caseEnded') : t('caseFile.noOpenTasks')} />
            ) : (
              c.openTasks.map((task) => <TaskCard key={task.id} task={task} people={c.people} focused={task.id === focusTask} onDone={file.reload} />)
            )}
          </section>
          <section className="card">
            <h3>{t('caseFile.client')}</h3>
            {Object.keys(c.variables).length === 0 ? <p className="muted">{t('caseFile.noVariables')}</p> : sections ? <CaseData sections={sections} /> : <Loading />}
          </section>
          <ServiceRecordsCard caseId={c.id} running={c.status === 'running'} onAdded={file.reload} />
        </div>
        <aside className="case-side">
          <section className="card">
            <h3>{t('caseFile.referrals')}</h3>
            {referredTo.length === 0 ? (
              <p className="muted">{t('caseFile.noReferrals')}</p>
            ) : (
              <ul data-testid="case-referrals">
                {referredTo.map((r) => (
                  <li key={r.caseId}>
                    <ReferralLink referral={r} lang={lang} /> <StatusBadge status={r.status} />
                  </li>
                ))}
              </ul>
            )}
            {referredFrom && (
              <p data-testid="case-referred-from">
                {t('caseFile.referredFrom')} <ReferralLink referral={referredFrom} lang={lang} />
              </p>
            )}
          </section>
          <section className="card">
            <h3>{t('caseFile.timeline')}</h3>
            {timeline.length === 0 ? (
              <p className="muted">{t('caseFile.noEvents')}</p>
            ) : (
              <ol className="timeline" data-testid="case-timeline">
                {timeline.map((e) => (
                  <li key={e.id}>
                    <time className="muted" dateTime={e.at}>
                      {formatDateTime(e.at, lang)}
                    </time>
                    <span>{e.caseId ? <Link to={`/cases/${encodeURIComponent(e.caseId)}`}>{e.text}</Link> : e.text}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </section>
  );
}

/** A referred or referring case by its standard's name and its case number. */
function ReferralLink({ referral, lang }: { referral: CaseReferral; lang: Language }) {
  const { t } = useTranslation();
  return (
    <Link to={`/cases/${encodeURIComponent(referral.caseId)}`} data-testid="case-referral-link">
      {t('caseFile.referredCase', { standard: localized(referral.standard.title, lang), caseKey: referral.caseKey })}
    </Link>
  );
}
