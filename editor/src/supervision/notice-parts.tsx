/** The pieces every view of a 督办 notice shares: its figure, its due time, its status, its thread. */
import { useTranslation } from 'react-i18next';
import type { Notice, NoticeEvent, NoticeFigure, People } from '../api';
import { dueState } from '../district/inbox-order';
import { localized, type Language } from '../i18n';
import { formatDate, formatDateTime, personName } from '../shell/format';
import { formatAmount } from './figure-format';

const SIGNS: Record<NoticeFigure['comparator'], string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** The figure as it was sent: value, target, numerator and denominator. */
export function NoticeFigureText({ figure }: { figure: NoticeFigure }) {
  const { t } = useTranslation();
  return (
    <span data-testid="notice-figure">
      {t('notices.figureText', {
        value: figure.value === null ? '—' : formatAmount(figure.value),
        target: `${SIGNS[figure.comparator]} ${formatAmount(figure.target)}`,
        numerator: formatAmount(figure.numerator),
        denominator: formatAmount(figure.denominator),
      })}
    </span>
  );
}

/** Working days left, or how late: the inbox's words for tasks, red when overdue. */
export function NoticeDue({ notice, lang }: { notice: Notice; lang: Language }) {
  const { t } = useTranslation();
  if (notice.status === 'closed') return <span className="muted">{t('notices.closedOn', { date: formatDate(notice.closedAt, lang) })}</span>;
  const due = dueState({ overdue: notice.overdue, workingDaysLeft: notice.workingDaysLeft, dueAt: notice.dueAt });
  return (
    <span className={`due due-${due.tone}`} title={formatDateTime(notice.dueAt, lang)} data-testid="notice-due" data-overdue={notice.overdue}>
      {notice.status === 'replied' ? t('notices.waitingForSupervisor') : t(due.key, { count: due.count })}
    </span>
  );
}

export function NoticeStatusBadge({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <span className={`badge notice-status-${notice.status}`} data-testid="notice-status" data-status={notice.status}>
      {t(`notices.status.${notice.status}`)}
      {notice.overdue ? ` · ${t('notices.overdue')}` : ''}
    </span>
  );
}

/** What the notice is about: the standard and the indicator, in the reader's language. */
export function noticeSubject(notice: Notice, lang: Language): string {
  const indicator = notice.indicator.title ? localized(notice.indicator.title, lang) : notice.indicator.id;
  return `${localized(notice.standard.title, lang)} · ${indicator}`;
}

/** Who said what, in order: sent, replies, returns, the close. */
export function NoticeThread({ thread, people, lang }: { thread: readonly NoticeEvent[]; people: People; lang: Language }) {
  const { t } = useTranslation();
  return (
    <ol className="notice-thread" data-testid="notice-thread">
      {thread.map((e) => (
        <li key={e.id} className={`notice-event notice-event-${e.kind}`} data-testid="notice-event" data-kind={e.kind}>
          <div className="notice-event-head">
            <strong>{t(`notices.kinds.${e.kind}`)}</strong>
            <span className="muted">
              {personName(people, e.actor, lang)} · {formatDateTime(e.at, lang)}
            </span>
            {e.late && <span className="badge notice-late">{t('notices.late')}</span>}
          </div>
          {e.message && <p className="notice-text">{e.message}</p>}
          {e.findings && (
            <p className="notice-text">
              <span className="muted">{t('notices.reply.findingsLead')}</span>
              {e.findings}
            </p>
          )}
          {e.actions && (
            <p className="notice-text">
              <span className="muted">{t('notices.reply.actionsLead')}</span>
              {e.actions}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
