import { useTranslation } from 'react-i18next';

const SECTION_ORDER = ['metadata', 'parameters', 'indicators', 'forms', 'roles', 'contents', 'methods'];
/** Diagram changes are shown by the visual diff above. */
const SKIPPED = new Set(['elements', 'bpmn', 'process']);

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every(isEmpty);
  return false;
}

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value !== 'object') return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    return (
      <ul className="diff-tree">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} />
          </li>
        ))}
      </ul>
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return (
    <dl className="diff-tree">
      {entries.map(([k, v]) => (
        <div key={k} className={`diff-entry diff-key-${k}`}>
          <dt>{k}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The API's semantic diff of the standard's document — metadata, parameters, indicators, forms — one
 * section per part that changed. Its shape belongs to the standards workspace, so it is shown as a
 * readable tree rather than assumed field by field.
 */
export function SemanticDiffView({ diff }: { diff: Record<string, unknown> }) {
  const { t } = useTranslation();
  const sections = Object.keys(diff)
    .filter((k) => !SKIPPED.has(k) && !isEmpty(diff[k]))
    .sort((a, b) => (SECTION_ORDER.indexOf(a) + 1 || 99) - (SECTION_ORDER.indexOf(b) + 1 || 99));
  if (sections.length === 0) return <p className="muted" data-testid="semantic-diff-empty">{t('review.noDocumentChanges')}</p>;
  return (
    <div className="semantic-diff" data-testid="semantic-diff">
      {sections.map((k) => (
        <section key={k} className="card" data-testid={`semantic-diff-${k}`}>
          <h4>{t(`review.section.${k}`, { defaultValue: k })}</h4>
          <Value value={diff[k]} />
        </section>
      ))}
    </div>
  );
}
