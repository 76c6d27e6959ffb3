import { useTranslation } from 'react-i18next';
import type { StandardDiff, ValueChange } from '@jingzhun/standards';
import { currentLanguage, localized } from '../i18n';

type Collection = { added: unknown[]; removed: unknown[]; changed: { id: string; changes: ValueChange[] }[] };

const COLLECTIONS = ['contents', 'methods', 'roles', 'parameters', 'indicators', 'forms'] as const;

/** The diff has the standards workspace's shape (StandardDiff); anything else is shown as a tree. */
export function isStandardDiff(diff: Record<string, unknown>): diff is Record<string, unknown> & StandardDiff {
  return Array.isArray(diff.metadata) && COLLECTIONS.every((k) => {
    const c = diff[k] as Partial<Collection> | undefined;
    return !!c && Array.isArray(c.added) && Array.isArray(c.removed) && Array.isArray(c.changed);
  });
}

function show(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function itemLabel(item: unknown, lang: string): string {
  const o = item as { id?: string; title?: { zh: string; en: string } };
  return o.title ? `${localized(o.title, lang as 'en')} (${o.id})` : (o.id ?? show(item));
}

function Changes({ changes }: { changes: ValueChange[] }) {
  return (
    <table className="table compact diff-values">
      <tbody>
        {changes.map((c, i) => (
          <tr key={i}>
            <td>
              <code>{c.path || '/'}</code>
            </td>
            <td className="diff-before">{show(c.before)}</td>
            <td aria-hidden="true">→</td>
            <td className="diff-after">{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Tree({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value !== 'object') return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    return (
      <ul className="diff-tree">
        {value.map((v, i) => (
          <li key={i}>
            <Tree value={v} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="diff-tree">
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k} className="diff-entry">
          <dt>{k}</dt>
          <dd>
            <Tree value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The API's document diff — metadata, contents, methods, roles, parameters, indicators, forms — one
 * section per part that changed, each item added, removed or changed with its values before and after.
 * Diagram elements are left to the visual diff above.
 */
export function SemanticDiffView({ diff }: { diff: Record<string, unknown> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (!isStandardDiff(diff)) {
    return (
      <div className="semantic-diff card" data-testid="semantic-diff">
        <Tree value={diff} />
      </div>
    );
  }
  const parts = COLLECTIONS.filter((k) => {
    const c = diff[k] as Collection;
    return c.added.length + c.removed.length + c.changed.length > 0;
  });
  if (diff.metadata.length === 0 && parts.length === 0) {
    return (
      <p className="muted" data-testid="semantic-diff-empty">
        {t('review.noDocumentChanges')}
      </p>
    );
  }
  return (
    <div className="semantic-diff" data-testid="semantic-diff">
      {diff.metadata.length > 0 && (
        <section className="card" data-testid="semantic-diff-metadata">
          <h4>{t('review.section.metadata')}</h4>
          <Changes changes={diff.metadata} />
        </section>
      )}
      {parts.map((k) => {
        const c = diff[k] as Collection;
        return (
          <section key={k} className="card" data-testid={`semantic-diff-${k}`}>
            <h4>{t(`review.section.${k}`)}</h4>
            <ul className="diff-items">
              {c.added.map((item, i) => (
                <li key={`a${i}`} className="change-added">
                  <span className="badge diff-badge-added">{t('review.kind.added')}</span> {itemLabel(item, lang)}
                </li>
              ))}
              {c.removed.map((item, i) => (
                <li key={`r${i}`} className="change-removed">
                  <span className="badge diff-badge-removed">{t('review.kind.removed')}</span> {itemLabel(item, lang)}
                </li>
              ))}
              {c.changed.map((item) => (
                <li key={`c${item.id}`} className="change-changed">
                  <span className="badge diff-badge-changed">{t('review.kind.changed')}</span> {itemLabel((item as { after?: unknown }).after ?? item, lang)}
                  <Changes changes={item.changes} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
