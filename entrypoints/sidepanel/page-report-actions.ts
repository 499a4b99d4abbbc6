import type { PageReportActions } from '../../components/ReportThisPage';
import { askBackground } from '../../lib/ask-background';

/** Saves text as a file through the browser's own download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Report this page" in the panel: the background examines the tab; the file stays on the agent's machine. */
export const pageReportActions: PageReportActions = {
  request: (tabId) => askBackground('reportPage', { tabId }),
  download,
  copy: (text) => navigator.clipboard.writeText(text),
};
