import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSchemaText } from './schema-text';
import { SchemaForm } from './schema-form';

export interface JsonSchemaEditorProps {
  value: Record<string, unknown>;
  onChange: (schema: Record<string, unknown>) => void;
  readOnly?: boolean;
  /** Where the schema sits in the standard, so a problem there can focus this editor. */
  pointer: string;
  label: string;
  previewTitle: string;
  testId: string;
}

/** A JSON Schema as text beside the form it renders, updated as the author types. */
export function JsonSchemaEditor({ value, onChange, readOnly, pointer, label, previewTitle, testId }: JsonSchemaEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  const emitted = useRef(value);

  // A schema replaced from outside (another form selected, undo of a load) resets the text.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(JSON.stringify(value, null, 2));
      setParseError(null);
    }
  }, [value]);

  function edit(next: string) {
    setText(next);
    const parsed = parseSchemaText(next);
    if (parsed.ok) {
      setParseError(null);
      emitted.current = parsed.schema;
      onChange(parsed.schema);
    } else {
      setParseError(t(parsed.error, { detail: parsed.detail }));
    }
  }

  return (
    <div className="schema-editor">
      <label className="schema-editor-text">
        {label}
        <textarea
          value={text}
          onChange={(e) => edit(e.target.value)}
          readOnly={readOnly}
          spellCheck={false}
          data-pointer={pointer}
          data-testid={testId}
          aria-invalid={!!parseError}
        />
        {parseError && (
          <span className="field-error" role="alert">
            {parseError}
          </span>
        )}
      </label>
      <div className="schema-editor-preview" aria-label={previewTitle}>
        <h4>{previewTitle}</h4>
        <SchemaForm schema={value} preview testId={`${testId}-preview`} />
      </div>
    </div>
  );
}
