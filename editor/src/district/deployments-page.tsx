import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type Deployment, type DeploymentParameter } from '../api';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { variantProblem } from './variant-check';

function DeploymentCard({ district, deployment, onSaved }: { district: string; deployment: Deployment; onSaved: (d: Deployment) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const [values, setValues] = useState<Record<string, number>>(() => Object.fromEntries(deployment.parameters.map((p) => [p.id, p.value])));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const changed = deployment.parameters.some((p) => values[p.id] !== p.value);
  const local = (p: DeploymentParameter) => {
    const problem = variantProblem(p, values[p.id]);
    return problem ? t(problem.key, problem.values) : null;
  };
  const serverMessage = (id: string) => (isApiError(error) ? error.details.filter((d) => d.pointer === `/values/${id}` || d.pointer?.endsWith(`/${id}`)).map((d) => d.message) : []);
  const invalid = deployment.parameters.some((p) => local(p));

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onSaved(await api.setVariant(district, deployment.code, values));
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="card" data-testid={`deployment-${deployment.code}`}>
      <header className="page-header">
        <h3>
          {localized(deployment.title, lang)} <code className="muted">{deployment.code}</code> v{deployment.version}
        </h3>
      </header>
      {deployment.parameters.length === 0 ? (
        <p className="muted">{t('deployments.noParameters')}</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th>{t('deployments.parameter')}</th>
              <th>{t('deployments.cityDefault')}</th>
              <th>{t('deployments.allowed')}</th>
              <th>{t('deployments.districtValue')}</th>
            </tr>
          </thead>
          <tbody>
            {deployment.parameters.map((p) => {
              const unit = p.unit ? t(`units.${p.unit}`) : '';
              const messages = [local(p), ...serverMessage(p.id)].filter(Boolean);
              return (
                <tr key={p.id} data-testid={`variant-row-${p.id}`}>
                  <td>{localized(p.title, lang)}</td>
                  <td>
                    {p.default} {unit}
                  </td>
                  <td>
                    {p.min}–{p.max} {unit} · {t(p.tighter === 'lower' ? 'deployments.tighterLower' : 'deployments.tighterHigher')}
                  </td>
                  <td>
                    <input
                      type="number"
                      value={values[p.id] ?? ''}
                      min={p.min}
                      max={p.max}
                      onChange={(e) => setValues({ ...values, [p.id]: Number(e.target.value) })}
                      aria-label={localized(p.title, lang)}
                      aria-invalid={messages.length > 0}
                      data-testid={`variant-input-${p.id}`}
                    />
                    {messages.length > 0 && (
                      <span className="field-error" role="alert">
                        {messages.join('；')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {isApiError(error) && error.details.length === 0 ? <ErrorBanner error={error} /> : !isApiError(error) && error ? <ErrorBanner error={error} /> : null}
      {deployment.parameters.length > 0 && (
        <div className="form-actions">
          {saved && <span className="notice">{t('deployments.saved')}</span>}
          <button type="button" className="primary" disabled={busy || !changed || invalid} onClick={save} data-testid={`save-variant-${deployment.code}`}>
            {t('deployments.save')}
          </button>
        </div>
      )}
    </article>
  );
}

/** The standards deployed to the district, and the district's tighter values of their parameters. */
export function DeploymentsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const districts = useDistricts();
  const lang = currentLanguage();
  const [picked, setPicked] = useState<string>('');
  const district = session?.user.district ?? (picked || districts[0]?.code || '');
  const list = useResource(async () => (district ? (await api.listDeployments(district)).items : []), [district]);

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t('deployments.title')}</h1>
        {!session?.user.district && (
          <select value={district} onChange={(e) => setPicked(e.target.value)} aria-label={t('deployments.district')}>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {localized(d.name, lang)}
              </option>
            ))}
          </select>
        )}
      </div>
      <p className="muted">{t('deployments.hint')}</p>
      {list.error ? (
        <ErrorBanner error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('deployments.empty')} />
      ) : (
        list.data.map((d) => <DeploymentCard key={`${d.code}-${d.version}`} district={district} deployment={d} onSaved={(nd) => list.set(list.data!.map((x) => (x.code === nd.code ? nd : x)))} />)
      )}
    </section>
  );
}
