import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedFile } from '../api';
import { ErrorBanner } from '../shell/status-views';
import { saveBlob } from '../standards/editor/downloads';

/** 导出 Excel: fetches the view as the API writes it (with the session's token) and saves it under the server's name. */
export function ExportButton({ download, testId = 'export-xlsx' }: { download: () => Promise<DownloadedFile>; testId?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run() {
    setBusy(true);
    setError(null);
    try {
      const file = await download();
      saveBlob(file.blob, file.filename);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" onClick={run} disabled={busy} data-testid={testId}>
        {busy ? t('supervision.exporting') : t('supervision.export')}
      </button>
      <ErrorBanner error={error} />
    </>
  );
}
