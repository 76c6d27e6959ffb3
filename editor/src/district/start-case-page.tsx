import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { useApi, useSession } from '../auth/session-context';
import { SchemaForm } from '../forms/schema-form';
import { currentLanguage, localized } from '../i18n';
import { navigate } from '../routing/router';
import { EmptyState, ErrorBanner, FieldError, Loading } from '../shell/status-views';
import { useDistricts } from '../shell/use-districts';
import { useResource } from '../shell/use-resource';
import { withStreetChoice } from './street-choice';

/** The year of Beijing's calendar now: a case number's middle part. */
const beijingYear = () => new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());

/**
 * The errors of a case start at the client's fields: the eligibility's refusal is located in the
 * data, a malformed request in its body (`/data/…`).
 */
function dataErrorsOf(error: unknown): { pointer: string; message: string }[] {
  if (!isApiError(error)) return [];
  if (error.code === 'CASE_DATA_INVALID') return error.details.flatMap((d) => (d.pointer === undefined ? [] : [{ pointer: d.pointer, message: d.message }]));
  return error.details.flatMap((d) => (d.pointer !== undefined && /^\/data(\/|$)/.test(d.pointer) ? [{ pointer: d.pointer.slice('/data'.length), message: d.message }] : []));
}

/** A district operator opens a case of a deployed standard with the client's eligibility data. */
export function StartCasePage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const district = session?.user.district ?? null;
  const deployments = useResource(async () => (district ? (await api.listDeployments(district)).items : []), [district]);
  const [chosen, setChosen] = useState<string>('');
  const [caseKey, setCaseKey] = useState('');
  const [data, setData] = useState<unknown>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = deployments.data ?? [];
  const deployment = items.find((d) => d.code === chosen) ?? items[0];
  const schema = useResource(
    async () => (deployment ? (await api.getVersion(deployment.code, deployment.version)).standard.population.eligibility : null),
    [deployment?.code, deployment?.version],
  );
  // The client's street is chosen from the district's register; without it, it is typed.
  const streets = useResource(async () => (district ? (await api.listStreets(district)).items : []), [district]);
  const eligibility = useMemo(() => (schema.data && (streets.data || streets.error) ? withStreetChoice(schema.data, streets.data ?? []) : null), [schema.data, streets.data, streets.error]);
  const prefix = useDistricts().find((d) => d.code === district)?.casePrefix;

  async function start(formData: Record<string, unknown>) {
    if (!deployment) return;
    setData(formData);
    setBusy(true);
    setError(null);
    try {
      // Without a number typed, the district's next one is given.
      const c = await api.startCase({ standard: deployment.code, version: deployment.version, ...(caseKey.trim() ? { caseKey: caseKey.trim() } : {}), data: formData });
      navigate(`/cases/${encodeURIComponent(c.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!district) return <EmptyState title={t('startCase.noDistrict')} />;
  if (deployments.error) return <ErrorBanner error={deployments.error} onRetry={deployments.reload} />;
  if (!deployments.data) return <Loading />;
  if (items.length === 0) return <EmptyState title={t('startCase.noDeployments')} />;

  const dataErrors = dataErrorsOf(error);
  const other = isApiError(error) && error.code !== 'CASE_DATA_INVALID' ? error.details.filter((d) => !d.pointer?.startsWith('/data') && d.pointer !== '/caseKey') : [];

  return (
    <section className="page narrow">
      <div className="page-header">
        <h1>{t('startCase.title')}</h1>
      </div>
      <div className="form-grid">
        <label>
          {t('startCase.standard')}
          <select value={deployment?.code ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="start-case-standard">
            {items.map((d) => (
              <option key={d.code} value={d.code}>
                {localized(d.title, lang)} (v{d.version})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('startCase.caseKey')}
          <input
            value={caseKey}
            onChange={(e) => setCaseKey(e.target.value)}
            placeholder={t('startCase.caseKeyAuto', { example: `${prefix ?? 'DC'}-${beijingYear()}-000123` })}
            data-testid="case-key-input"
          />
          <FieldError error={error} pointer="/caseKey" />
        </label>
      </div>
      {error && dataErrors.length === 0 && (other.length > 0 || !isApiError(error) || error.details.length === 0) ? <ErrorBanner error={error} /> : null}
      {dataErrors.length > 0 && (
        <div className="field-error" role="alert" data-testid="start-case-fix">
          {t('caseFile.fixFields')}
        </div>
      )}
      <h3>{t('startCase.client')}</h3>
      {schema.error ? (
        <ErrorBanner error={schema.error} onRetry={schema.reload} />
      ) : !eligibility ? (
        <Loading />
      ) : (
        <SchemaForm
          key={deployment?.code}
          schema={eligibility}
          formData={data}
          onSubmit={start}
          submitLabel={busy ? t('common.submitting') : t('startCase.submit')}
          disabled={busy}
          serverErrors={dataErrors}
          testId="eligibility-form"
        />
      )}
    </section>
  );
}
