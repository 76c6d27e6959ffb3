import type { Shown, ShownField, ShownSection } from './case-values';

/** One answer: a line, a list of labelled answers, or a table of entries. */
function ShownValue({ value }: { value: Shown }) {
  switch (value.kind) {
    case 'text':
      return <>{value.text}</>;
    case 'fields':
      return <FieldList fields={value.fields} />;
    case 'table':
      return (
        <div className="case-data-table">
          <table>
            <thead>
              <tr>
                {value.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {value.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function FieldList({ fields }: { fields: readonly ShownField[] }) {
  return (
    <dl className="variables">
      {fields.map((f) => (
        <div key={f.key} className={f.value.kind === 'text' ? undefined : 'variables-block'} data-field={f.key}>
          <dt>{f.label}</dt>
          <dd>
            <ShownValue value={f.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The case's data, a titled section per form it came from. */
export function CaseData({ sections }: { sections: readonly ShownSection[] }) {
  return (
    <div className="case-data" data-testid="case-variables">
      {sections.map((s, i) => (
        <section key={i} className="case-data-section" data-testid="case-data-section">
          <h4>{s.title}</h4>
          <FieldList fields={s.fields} />
        </section>
      ))}
    </div>
  );
}
