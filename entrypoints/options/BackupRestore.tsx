import { useId, useRef, useState } from 'react';
import { blobSink, downloadBlob } from '@/components/download';
import { useT } from '@/components/i18n';
import { BackupError } from '@/utils/backup/errors';
import { backupFileName, exportBackup } from '@/utils/backup/export';
import { restoreBackup, type RestoreProgress } from '@/utils/backup/import';
import type { RestoreMode } from '@/utils/backup/write';
import { db } from '@/utils/db/index';
import { formatBytes } from '@/utils/evidence/size';
import { loadSettings, saveSettings } from '@/utils/ext/settings';
import { userTimeZone } from '@/utils/format';

/**
 * Backup and restore (issue 10). This page writes IndexedDB itself, as the side panel does for
 * evidence: a restore's one transaction makes a page read arriving meanwhile wait (utils/backup/write.ts).
 *
 * Reminders are not re-planned by a message: the background's 30-minute safety alarm reads the
 * restored deadlines at its next tick, and the restored "already shown" rows keep it from
 * repeating any. A reminder falling due in that half hour comes at most that late.
 */

/** Progress redraws at most once per this many bytes. */
const REDRAW_BYTES = 1024 * 1024;

type Progress = { phase: 'backup' | RestoreProgress['phase']; done: number; total: number };

export function BackupRestore() {
  const t = useT();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [progress, setProgress] = useState<Progress>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();

  const start = () => {
    const ctrl = new AbortController();
    abort.current = ctrl;
    setStatus(undefined);
    setError(undefined);
    let shown = -Infinity;
    let phase: Progress['phase'] | undefined;
    const report = (p: Progress) => {
      if (p.phase === phase && p.done - shown < REDRAW_BYTES && p.done < p.total) return;
      phase = p.phase;
      shown = p.done;
      setProgress(p);
    };
    return { ctrl, report };
  };
  const finish = () => {
    abort.current = undefined;
    setProgress(undefined);
  };

  const download = async () => {
    const { ctrl, report } = start();
    report({ phase: 'backup', done: 0, total: 0 });
    const { sink, blob } = blobSink('application/zip');
    try {
      const now = new Date();
      await exportBackup(db(), await loadSettings(), sink, { now, signal: ctrl.signal, onProgress: (p) => report({ phase: 'backup', ...p }) });
      downloadBlob(blob(), backupFileName(now));
      setStatus(t('backupDone', { size: formatBytes(blob().size) }));
    } catch (e) {
      if (ctrl.signal.aborted) setStatus(t('backupCancelled'));
      else setError(t('backupFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      finish();
    }
  };

  const restore = async (file: File) => {
    if (mode === 'replace' && !window.confirm(t('restoreReplaceConfirm'))) return;
    const { ctrl, report } = start();
    report({ phase: 'checking', done: 0, total: file.size });
    try {
      const r = await restoreBackup(db(), file, { mode, userZone: userTimeZone(), signal: ctrl.signal, onProgress: report, applySettings: saveSettings });
      setStatus(t('restoreDone', { orders: r.orders, cases: r.cases, evidence: r.evidence }));
    } catch (e) {
      if (ctrl.signal.aborted) setStatus(t('restoreCancelled'));
      else if (e instanceof BackupError) setError(`${t(`restoreError_${e.problem}`)} ${t('restoreNothingChanged')} (${e.message})`);
      else setError(`${t('restoreFailed', { error: e instanceof Error ? e.message : String(e) })} ${t('restoreNothingChanged')}`);
    } finally {
      finish();
    }
  };

  const busy = !!progress;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('backupTitle')}</h2>
      <p>{t('backupBody')}</p>
      <p>
        <button type="button" disabled={busy} onClick={() => void download()}>
          {t('backupDownload')}
        </button>
      </p>
      <fieldset disabled={busy}>
        <legend>{t('restoreMode')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="restore-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'merge' ? 'restoreMerge' : 'restoreReplace')}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('restoreFrom')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label={t('restoreFrom')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void restore(file);
          }}
        />
      </p>
      {progress && (
        <p>
          <span>{t(progress.phase === 'backup' ? 'backupWorking' : `restorePhase_${progress.phase}`)} </span>
          <progress max={progress.total || 1} value={progress.done} aria-label={t(progress.phase === 'backup' ? 'backupWorking' : 'restoreProgress')} />{' '}
          {progress.phase !== 'writing' && (
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </button>
          )}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      {error && (
        <p className="note" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
