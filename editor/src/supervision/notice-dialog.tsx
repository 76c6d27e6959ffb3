import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure, IndicatorReportItem, LocalizedText, NoticeDetail, SupervisionPeriod } from '../api';
import { useApi } from '../auth/session-context';
import { localized, type Language } from '../i18n';
import { ErrorBanner, FieldError } from '../shell/status-views';
import { formatAmount, formatTarget, formatValue, roundForDisplay } from './figure-format';

export interface NoticeSubject {
  standard: { code: string; title: LocalizedText };
  indicator: IndicatorReportItem;
  district: { code: string; name: LocalizedText };
  figure: Figure;
  period: SupervisionPeriod;
}

/** Due in this many working days unless the supervisor says otherwise. */
const DEFAULT_DUE = 5;

/**
 * 发出督办: the figure below target as the page shows it (kept with the notice as sent), the
 * supervisor's message and the working days the district has to reply.
 */
export function NoticeDialog({ subject, lang, onClose, onSent }: { subject: NoticeSubject; lang: Language; onClose: () => void; onSent: (notice: NoticeDetail) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { indicator, figure, district, period } = subject;
  const shown = formatValue(indicator, figure.value, lang);
  const [message, setMessage] = useState(() =>
    t('notices.send.defaultMessage', { period: t('supervision.period.range', { from: period.from, to: period.to }), indicator: localized(indicator.title, lang), value: shown, target: formatTarget(indicator, lang) }),
  );
  const [due, setDue] = useState(String(DEFAULT_DUE));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const first = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const dueDays = Number(due);
  const dueValid = Number.isInteger(dueDays) && dueDays >= 1 && dueDays <= 30;

  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const notice = await api.sendNotice({
        district: district.code,
        standard: subject.standard.code,
        indicator: indicator.id,
        period: { from: period.from, to: period.to },
        figure: { value: roundForDisplay(indicator, figure.value), target: indicator.target, comparator: indicator.comparator, numerator: figure.numerator ?? 0, denominator: figure.denominator ?? 0 },
        message: message.trim(),
        dueWorkingDays: dueDays,
      });
      onSent(notice);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="notice-dialog-title" onSubmit={send} data-testid="notice-dialog">
        <h3 id="notice-dialog-title">{t('notices.send.title')}</h3>
        <dl className="notice-facts">
          <div>
            <dt>{t('notices.send.to')}</dt>
            <dd data-testid="notice-dialog-district">{localized(district.name, lang)}</dd>
          </div>
          <div>
            <dt>{t('notices.standard')}</dt>
            <dd>{localized(subject.standard.title, lang)}</dd>
          </div>
          <div>
            <dt>{t('notices.indicator')}</dt>
            <dd>{localized(indicator.title, lang)}</dd>
          </div>
          <div>
            <dt>{t('notices.period')}</dt>
            <dd>{t('supervision.period.range', { from: period.from, to: period.to })}</dd>
          </div>
          <div>
            <dt>{t('notices.figure')}</dt>
            <dd data-testid="notice-dialog-figure">
              {shown} · {t('supervision.dashboard.target')} {formatTarget(indicator, lang)}
              {figure.numerator !== null && figure.denominator !== null && ` · ${t('supervision.dashboard.fraction', { numerator: formatAmount(figure.numerator), denominator: formatAmount(figure.denominator) })}`}
            </dd>
          </div>
        </dl>
        <label>
          {t('notices.send.message')}
          <textarea ref={first} value={message} onChange={(e) => setMessage(e.target.value)} required maxLength={2000} rows={4} data-testid="notice-message" />
          <FieldError error={error} pointer="/message" />
        </label>
        <label>
          {t('notices.send.due')}
          <input type="number" min={1} max={30} step={1} value={due} onChange={(e) => setDue(e.target.value)} aria-invalid={!dueValid || undefined} data-testid="notice-due-days" />
          <span className="hint">{t('notices.send.dueHint')}</span>
          <FieldError error={error} pointer="/dueWorkingDays" />
        </label>
        <ErrorBanner error={error} />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !dueValid || !message.trim()} data-testid="notice-send">
            {busy ? t('common.submitting') : t('notices.send.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
