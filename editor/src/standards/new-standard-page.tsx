import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../auth/session-context';
import { Link, navigate } from '../routing/router';
import { ErrorBanner, FieldError } from '../shell/status-views';
import { isStandardCode, newStandard } from './standard-template';

export function NewStandardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('BJ-SW-');
  const [titleZh, setTitleZh] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [popZh, setPopZh] = useState('');
  const [popEn, setPopEn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const codeOk = isStandardCode(code);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!codeOk) return;
    setBusy(true);
    setError(null);
    try {
      const standard = newStandard(code, { zh: titleZh.trim(), en: titleEn.trim() }, { zh: popZh.trim(), en: popEn.trim() });
      const created = await api.createStandard(standard);
      navigate(`/standards/${encodeURIComponent(created.code)}?tab=process`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <div className="page-header">
        <h1>{t('newStandard.title')}</h1>
        <Link to="/standards">{t('common.back')}</Link>
      </div>
      <p className="muted">{t('newStandard.intro')}</p>
      <form className="form-grid" onSubmit={submit} data-testid="new-standard-form">
        <label>
          {t('newStandard.code')}
          <input value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} required data-testid="new-standard-code" aria-invalid={!codeOk} />
          {!codeOk && <span className="hint">{t('newStandard.codeHint')}</span>}
          <FieldError error={error} pointer="/standard/code" />
        </label>
        <label>
          {t('newStandard.titleZh')}
          <input value={titleZh} onChange={(e) => setTitleZh(e.target.value)} required lang="zh-CN" data-testid="new-standard-title-zh" />
          <FieldError error={error} pointer="/standard/title/zh" />
        </label>
        <label>
          {t('newStandard.titleEn')}
          <input value={titleEn} onChange={(e) => setTitleEn(e.target.value)} required lang="en" data-testid="new-standard-title-en" />
          <FieldError error={error} pointer="/standard/title/en" />
        </label>
        <label>
          {t('newStandard.populationZh')}
          <input value={popZh} onChange={(e) => setPopZh(e.target.value)} required lang="zh-CN" data-testid="new-standard-population-zh" />
        </label>
        <label>
          {t('newStandard.populationEn')}
          <input value={popEn} onChange={(e) => setPopEn(e.target.value)} required lang="en" data-testid="new-standard-population-en" />
        </label>
        <ErrorBanner error={error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !codeOk} data-testid="new-standard-submit">
            {busy ? t('common.saving') : t('newStandard.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
