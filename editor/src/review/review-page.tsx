import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardDetail, StandardDiff } from '../api';
import { canAuthor, canReview } from '../auth/role-navigation';
import { useApi, useSession } from '../auth/session-context';
import { currentLanguage, localized } from '../i18n';
import { Link } from '../routing/router';
import { formatDateTime, personName } from '../shell/format';
import { EmptyState, ErrorBanner, Loading } from '../shell/status-views';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../standards/status-badge';
import { DiagramDiff } from './diagram-diff';
import { SemanticDiffView } from './semantic-diff-view';

type Side = number | 'draft';

function defaultSides(detail: StandardDetail): { from: Side | null; to: Side | null } {
  const versions = [...detail.versions].map((v) => v.version).sort((a, b) => b - a);
  if (detail.draft) return { from: versions[0] ?? null, to: 'draft' };
  return { from: versions[1] ?? null, to: versions[0] ?? null };
}

interface Comparison {
  diff: StandardDiff['diff'] | null;
  fromXml: string | null;
  toXml: string;
}

/** Version history, the visual and document diff of two versions, and the reviewer's decision. */
export function ReviewPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const lang = currentLanguage();
  const detail = useResource(() => api.getStandard(code), [code]);
  const [chosen, setChosen] = useState<{ from: Side | null; to: Side | null } | null>(null);
  const sides = chosen ?? (detail.data ? defaultSides(detail.data) : { from: null, to: null });

  const comparison = useResource<Comparison | null>(async () => {
    if (!detail.data || sides.to === null) return null;
    if (sides.from === null) {
      // A first version has nothing to compare with: the whole diagram is new.
      const toXml = sides.to === 'draft' ? detail.data.draft!.standard.process : (await api.getVersion(code, sides.to)).standard.process;
      return { diff: null, fromXml: null, toXml };
    }
    const r = await api.diff(code, sides.from, sides.to);
    return { diff: r.diff, fromXml: r.fromXml, toXml: r.toXml };
  }, [detail.data, sides.from, sides.to]);

  const [comment, setComment] = useState('');
  const [changelog, setChangelog] = useState('');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (detail.error) return <ErrorBanner error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const d = detail.data;
  const role = session?.user.role;
  const inReview = d.draft?.status === 'in_review';
  const label = (s: Side | null) => (s === null ? t('review.nothing') : s === 'draft' ? t('review.draft') : `v${s}`);
  const options: Side[] = [...(d.draft ? (['draft'] as Side[]) : []), ...d.versions.map((v) => v.version).sort((a, b) => b - a)];

  async function act(fn: () => Promise<unknown>, done: string) {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await fn();
      setNotice(done);
      setComment('');
      setChosen(null);
      detail.reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page review-page">
      <div className="page-header">
        <div>
          <Link to={`/standards/${encodeURIComponent(code)}`} className="muted">
            {t('review.openStandard')}
          </Link>
          <h1>
            {t('review.title')}: {localized(d.title, lang)} <code className="muted">{code}</code>
          </h1>
        </div>
        {d.draft && <StatusBadge status={d.draft.status} />}
      </div>
      {notice && (
        <div className="notice" role="status" data-testid="review-notice">
          {notice}
        </div>
      )}
      <ErrorBanner error={actionError} />

      {inReview && role && canReview(role) && (
        <section className="card decision" aria-label={t('review.decision')} data-testid="review-decision">
          <h3>{t('review.decision')}</h3>
          <label>
            {t('review.comment')}
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} data-testid="review-comment-input" />
          </label>
          <label>
            {t('review.changelog')}
            <input value={changelog} onChange={(e) => setChangelog(e.target.value)} data-testid="review-changelog-input" />
          </label>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => act(() => api.approveDraft(code, comment || undefined, changelog || undefined), t('review.approved'))}
              data-testid="approve"
            >
              {t('review.approve')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={busy || !comment.trim()}
              title={comment.trim() ? undefined : t('review.rejectNeedsComment')}
              onClick={() => act(() => api.rejectDraft(code, comment.trim()), t('review.rejected'))}
              data-testid="reject"
            >
              {t('review.reject')}
            </button>
          </div>
        </section>
      )}

      <section className="card">
        <h3>{t('review.compare')}</h3>
        <div className="filters">
          <label>
            {t('review.from')}
            <select value={String(sides.from ?? '')} onChange={(e) => setChosen({ ...sides, from: parseSide(e.target.value) })} data-testid="diff-from-select">
              <option value="">{t('review.nothing')}</option>
              {options.map((o) => (
                <option key={String(o)} value={String(o)}>
                  {label(o)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('review.to')}
            <select value={String(sides.to ?? '')} onChange={(e) => setChosen({ ...sides, to: parseSide(e.target.value) })} data-testid="diff-to-select">
              {options.map((o) => (
                <option key={String(o)} value={String(o)}>
                  {label(o)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {comparison.error ? (
          <ErrorBanner error={comparison.error} onRetry={comparison.reload} />
        ) : comparison.loading || !comparison.data ? (
          sides.to === null ? <EmptyState title={t('review.nothingToCompare')} /> : <Loading />
        ) : (
          <>
            <DiagramDiff fromXml={comparison.data.fromXml} toXml={comparison.data.toXml} fromLabel={label(sides.from)} toLabel={label(sides.to)} language={lang} />
            <h3>{t('review.documentChanges')}</h3>
            {comparison.data.diff ? <SemanticDiffView diff={comparison.data.diff} /> : <p className="muted">{t('review.firstVersion')}</p>}
          </>
        )}
      </section>

      {d.history && d.history.length > 0 && (
        <section className="card">
          <h3>{t('review.record')}</h3>
          <ol className="timeline" data-testid="review-record">
            {[...d.history].reverse().map((h, i) => (
              <li key={i}>
                <time className="muted">{formatDateTime(h.at, lang)}</time>
                <span>{t(`review.action.${h.action}`, { defaultValue: h.action })}</span>
                {h.version !== null && <span className="muted">v{h.version}</span>}
                <span className="muted">· {personName(d.people, h.actor, lang)}</span>
                {h.comment && <q>{h.comment}</q>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="card">
        <h3>{t('review.history')}</h3>
        {d.versions.length === 0 ? (
          <p className="muted" data-testid="no-versions">
            {t('review.noVersions')}
          </p>
        ) : (
          <table className="table" data-testid="versions-table">
            <thead>
              <tr>
                <th>{t('review.version')}</th>
                <th>{t('standards.status')}</th>
                <th>{t('review.publishedAt')}</th>
                <th>{t('review.author')}</th>
                <th>{t('review.approver')}</th>
                <th>{t('review.changelog')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {[...d.versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <tr key={v.version} data-testid={`version-row-${v.version}`}>
                    <td>v{v.version}</td>
                    <td>
                      <StatusBadge status={v.status} />
                    </td>
                    <td>{formatDateTime(v.publishedAt, lang)}</td>
                    <td>{personName(d.people, v.author, lang)}</td>
                    <td>{personName(d.people, v.approver, lang)}</td>
                    <td>{v.changelog}</td>
                    <td className="row-actions">
                      <Link to={`/standards/${encodeURIComponent(code)}?version=${v.version}`}>{t('review.view')}</Link>
                      {role && canAuthor(role) && v.status === 'published' && (
                        <>
                          <button type="button" disabled={busy} onClick={() => act(() => api.deploy(code, v.version, 'all'), t('review.deployed'))} data-testid={`deploy-${v.version}`}>
                            {t('review.deployAll')}
                          </button>
                          <button
                            type="button"
                            className="link-button danger"
                            disabled={busy}
                            onClick={() => window.confirm(t('review.retireQuestion', { version: v.version })) && act(() => api.retireVersion(code, v.version), t('review.retired'))}
                            data-testid={`retire-${v.version}`}
                          >
                            {t('review.retire')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}

function parseSide(v: string): Side | null {
  if (v === '') return null;
  if (v === 'draft') return 'draft';
  return Number(v);
}
