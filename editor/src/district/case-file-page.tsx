import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseReferral } from '../api';
import { useApi } from '../auth/session-context';
import { currentLanguage, localized, type Language } from '../i18n';
import { Link, useLocation } from '../routing/router';
import { formatDateTime, personName } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../standards/status-badge';
import { CaseDiagram } from './case-diagram';
import { ServiceRecordsCard } from './service-records-card';
import { TaskCard } from './task-card';

function referralStandard(r: CaseReferral, lang: Language): string {
  return `${localized(r.standard.title, lang)} (${r.standard.code})`;
}

/** Everything about one case: where it stands on the diagram, what is to do, what happened. */
export function CaseFilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const { query } = useLocation();
  const focusTask = query.get('task');
  const districts = useDistricts();
  const file = useResource(() => api.getCase(id), [id]);
  const [names, setNames] = useState<Record<string, string>>({});
  const c = file.data;
  const process = useResource(async () => (c ? (await api.getVersion(c.standard.code, c.standard.version)).standard.process : null), [c?.standard.code, c?.standard.version]);

  if (file.error) return <ErrorBanner error={file.error} onRetry={file.reload} />;
  if (!c) return <Loading />;
  const district = districts.find((d) => d.code === c.district);
  // `to`: the cases this case referred its client to; `from`: the case that referred it.
  const referredTo = c.referrals.filter((r) => r.direction === 'to');
  const referredFrom = c.referrals.find((r) => r.direction === 'from');
  const elementName = (elementId: string | null | undefined) => {
    if (!elementId) return '';
    const task = c.openTasks.find((x) => x.elementId === elementId);
    return task ? localized(task.name, lang) : (names[elementId] ?? elementId);
  };

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
      <div className="case-grid">
        <div className="case-main">
          <section className="card">
            <h3>{t('caseFile.diagram')}</h3>
            <ul className="legend">
              <li className="legend-active">{t('caseFile.legendActive')}</li>
              <li className="legend-completed">{t('caseFile.legendCompleted')}</li>
            </ul>
            {process.error ? <ErrorBanner error={process.error} onRetry={process.reload} /> : process.data ? <CaseDiagram xml={process.data} position={c.position} language={lang} onNames={setNames} /> : <Loading />}
          </section>
          <section>
            <h3>{t('caseFile.openTasks', { count: c.openTasks.length })}</h3>
            {c.openTasks.length === 0 ? (
              <EmptyState title={c.status === 'completed' || c.endedAt ? t('caseFile.caseEnded') : t('caseFile.noOpenTasks')} />
            ) : (
              c.openTasks.map((task) => <TaskCard key={task.id} task={task} people={c.people} focused={task.id === focusTask} onDone={file.reload} />)
            )}
          </section>
          <ServiceRecordsCard caseId={c.id} running={c.status === 'running'} onAdded={file.reload} />
        </div>
        <aside className="case-side">
          <section className="card">
            <h3>{t('caseFile.client')}</h3>
            <dl className="variables" data-testid="case-variables">
              {Object.entries(c.variables ?? {}).length === 0 && <p className="muted">{t('caseFile.noVariables')}</p>}
              {Object.entries(c.variables ?? {}).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card">
            <h3>{t('caseFile.referrals')}</h3>
            {referredTo.length === 0 ? (
              <p className="muted">{t('caseFile.noReferrals')}</p>
            ) : (
              <ul data-testid="case-referrals">
                {referredTo.map((r) => (
                  <li key={r.caseId}>
                    <Link to={`/cases/${encodeURIComponent(r.caseId)}`}>{referralStandard(r, lang)}</Link> <StatusBadge status={r.status} />
                  </li>
                ))}
              </ul>
            )}
            {referredFrom && (
              <p data-testid="case-referred-from">
                {t('caseFile.referredFrom')} <Link to={`/cases/${encodeURIComponent(referredFrom.caseId)}`}>{referredFrom.caseKey}</Link> · {referralStandard(referredFrom, lang)}
              </p>
            )}
          </section>
          <section className="card">
            <h3>{t('caseFile.timeline')}</h3>
            {c.timeline.length === 0 ? (
              <p className="muted">{t('caseFile.noEvents')}</p>
            ) : (
              <ol className="timeline" data-testid="case-timeline">
                {[...c.timeline].reverse().map((e, i) => (
                  <li key={i}>
                    <time className="muted">{formatDateTime(e.at, lang)}</time>
                    <span>{t(`events.${e.kind}`, { defaultValue: e.kind })}</span>
                    {e.elementId && <span className="muted"> · {elementName(e.elementId)}</span>}
                    {e.actor && <span className="muted"> · {personName(c.people, e.actor, lang)}</span>}
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
