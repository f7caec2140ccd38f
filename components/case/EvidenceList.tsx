import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ChecklistItem } from '@/utils/case/checklist';
import { EVIDENCE_KINDS } from '@/utils/case/schema';
import { db } from '@/utils/db/index';
import { captureActiveTab, NeedsActiveTab } from '@/utils/ext/screenshot';
import { captureStamp, type EvidenceRecord } from '@/utils/evidence/schema';
import { qcPhotosToAdd } from '@/utils/evidence/qc';
import { formatBytes } from '@/utils/evidence/size';
import { makeUploadCopy } from '@/utils/evidence/upload-copy';
import { addEvidence, deleteEvidence, editEvidence, evidenceBytes, requestPersistence, StorageFullError, verifyEvidence } from '@/utils/evidence/store';
import type { Order } from '@/utils/model';
import { useFormatInstant, useLang, useT } from '../i18n';
import { downloadBlob } from '../download';
import { attachFiles } from './attach';
import { pick } from './text';

/** The case's evidence: files (picked or dropped), a screenshot of the tab, pasted text; each kept with its hash. */
export function EvidenceList({ order, caseId, evidence, items }: { order: Order; caseId: string; evidence: EvidenceRecord[]; items: ChecklistItem[] }) {
  const t = useT();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      // Ask once that the browser keep this data under storage pressure: evidence must not be evicted.
      await requestPersistence();
      await work();
      setError(undefined);
    } catch (e) {
      setError(e instanceof NeedsActiveTab ? t('screenshotNeedsClick') : e instanceof StorageFullError ? t('storageFull', { detail: e.message }) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const screenshot = () =>
    run(async () => {
      const w = await browser.windows.getCurrent();
      const shot = await captureActiveTab(w.id);
      await addEvidence(db(), shot.blob, { caseId, kind: 'screenshot', source: { type: 'tab_screenshot', url: shot.url, title: shot.title, area: 'visible', ...captureStamp() } });
    });

  const qc = qcPhotosToAdd(order.items, evidence);
  // The permission prompt must open from the click itself, before anything is awaited.
  const addQc = () => {
    const asked = qc.origins.length ? browser.permissions.request({ origins: qc.origins }) : Promise.resolve(true);
    void run(async () => {
      if (!(await asked)) throw new Error(t('qcPermissionRefused'));
      for (const { photo } of qc.photos) {
        const res = await fetch(photo.url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        const blob = await res.blob();
        if (!res.ok || !blob.type.startsWith('image/')) throw new Error(t('qcFetchFailed', { url: photo.url }));
        await addEvidence(db(), blob, { caseId, kind: 'qc_photo', source: { type: 'qc_photo', pageUrl: order.url, imageUrl: photo.url, firstSeenAt: photo.seenAt } });
      }
    });
  };
  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <h3 id="evidence-title">{t('evidenceTitle', { count: evidence.length })}</h3>
      <div
        className="evidence-add"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void run(() => attachFiles(caseId, [...e.dataTransfer.files]));
        }}
      >
        <label className="attach">
          <span>{t('addFiles')}</span>
          <input
            type="file"
            multiple
            aria-label={t('addFiles')}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void run(() => attachFiles(caseId, files));
            }}
          />
        </label>
        <button type="button" disabled={busy} onClick={() => void screenshot()}>
          {t('screenshotTab')}
        </button>
        {qc.photos.length > 0 && (
          <button type="button" disabled={busy} onClick={addQc}>
            {t('addQcPhotos', { count: qc.photos.length })}
          </button>
        )}
        <span className="muted">{t('dropHint')}</span>
      </div>
      <PasteText caseId={caseId} run={run} />
      {busy && <p className="muted">{t('working')}</p>}
      {error && (
        <p className="note" role="alert">
          {error}
        </p>
      )}
      <ul className="evidence-items">
        {evidence.map((r) => (
          <EvidenceRow key={r.id} record={r} items={items} />
        ))}
      </ul>
    </section>
  );
}

function PasteText({ caseId, run }: { caseId: string; run: (work: () => Promise<unknown>) => Promise<void> }) {
  const t = useT();
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [kind, setKind] = useState<'chat_log' | 'tracking'>('chat_log');
  return (
    <details className="paste-text">
      <summary>{t('pasteText')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
          void run(async () => {
            await addEvidence(db(), blob, { caseId, kind, mime: 'text/plain', source: { type: 'pasted_text', from: from.trim() || t('pastedByYou') } });
            setText('');
          });
        }}
      >
        <select aria-label={t('pasteKind')} value={kind} onChange={(e) => setKind(e.target.value as 'chat_log' | 'tracking')}>
          <option value="chat_log">{t('kind_chat_log')}</option>
          <option value="tracking">{t('kind_tracking')}</option>
        </select>
        <input aria-label={t('pasteFrom')} placeholder={t('pasteFrom')} value={from} maxLength={300} onChange={(e) => setFrom(e.target.value)} />
        <textarea aria-label={t('pasteText')} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">{t('save')}</button>
      </form>
    </details>
  );
}

function EvidenceRow({ record, items }: { record: EvidenceRecord; items: ChecklistItem[] }) {
  const t = useT();
  const lang = useLang();
  const fmt = useFormatInstant();
  const [thumb, setThumb] = useState<string>();
  const [check, setCheck] = useState<string>();
  useEffect(() => {
    if (!record.mime.startsWith('image/') || record.mime === 'image/svg+xml') return;
    let url: string | undefined;
    void evidenceBytes(db(), record.id).then((b) => b && setThumb((url = URL.createObjectURL(b))));
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [record.id, record.mime]);
  const src = record.source;
  const where = src.type === 'file' ? src.name : src.type === 'pasted_text' ? src.from : src.type === 'qc_photo' ? src.imageUrl : src.url;
  const forItems = record.fulfils?.map((id) => items.find((i) => i.id === id)).filter((i) => !!i);
  return (
    <li className="evidence-item" data-evidence-id={record.id}>
      {thumb ? <img className="thumb" src={thumb} alt="" /> : <div className="thumb" aria-hidden />}
      <div className="evidence-body">
        <div>
          <strong>{pick(EVIDENCE_KINDS[record.kind].name, lang)}</strong> · {formatBytes(record.size)} · {fmt(record.capturedAt)}
        </div>
        <div className="muted evidence-where" title={where}>
          {where}
        </div>
        {forItems && forItems.length > 0 && <div className="muted">{t('attachedFor', { what: forItems.map((i) => pick(i.what, lang)).join(', ') })}</div>}
        <input
          className="caption"
          aria-label={t('captionFor', { name: where })}
          placeholder={t('caption')}
          defaultValue={record.caption ?? ''}
          maxLength={2000}
          onBlur={(e) => e.target.value !== (record.caption ?? '') && void editEvidence(db(), record.id, { caption: e.target.value })}
        />
        <div className="hash" title={record.sha256}>
          SHA-256 {record.sha256.slice(0, 16)}…
        </div>
        {record.mime.startsWith('image/') && <UploadCopyForm record={record} name={where} />}
        <div className="row">
          <button
            type="button"
            onClick={() =>
              void verifyEvidence(db(), record.id).then(
                (v) => setCheck(t(v.status === 'ok' ? 'verifyOk' : v.status === 'missing' ? 'verifyMissing' : 'verifyMismatch')),
                (e: unknown) => setCheck(String(e)),
              )
            }
          >
            {t('verify')}
          </button>
          <button type="button" onClick={() => window.confirm(t('removeEvidenceConfirm')) && void deleteEvidence(db(), record.id)}>
            {t('remove')}
          </button>
          {check && <span role="status">{check}</span>}
        </div>
      </div>
    </li>
  );
}

/**
 * A smaller copy of a photo for a dispute form's upload limit, which the user types as the form shows
 * it (no form's limit is in our research: utils/evidence/upload-limits.ts). The original stays as it is.
 */
function UploadCopyForm({ record, name }: { record: EvidenceRecord; name: string }) {
  const t = useT();
  const [mb, setMb] = useState('');
  const [result, setResult] = useState<string>();
  const make = async () => {
    const max = Math.floor(Number(mb) * 1_000_000);
    const original = await evidenceBytes(db(), record.id);
    if (!original || !(max > 0)) return;
    const copy = await makeUploadCopy(original, { maxFileBytes: max, accepted: ['image/jpeg', 'image/png'] });
    if (copy.action === 'copy') {
      downloadBlob(copy.blob, `${name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_').slice(0, 60) || 'photo'}-upload.${copy.step.type === 'image/png' ? 'png' : 'jpg'}`);
      setResult(t('uploadCopyMade', { size: formatBytes(copy.blob.size) }));
    } else setResult(copy.action === 'keep' ? t('uploadCopyKeep') : copy.action === 'cannot_fit' ? t('uploadCopyCannotFit') : t('uploadCopyUnsupported'));
  };
  return (
    <details className="upload-copy">
      <summary>{t('uploadCopy')}</summary>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void make().catch((err: unknown) => setResult(String(err)));
        }}
      >
        <label>
          <span>{t('uploadCopyLimit')}</span>
          <input type="number" min="0.05" step="0.05" required value={mb} onChange={(e) => setMb(e.target.value)} />
        </label>
        <button type="submit">{t('uploadCopyMake')}</button>
      </form>
      {result && <p role="status">{result}</p>}
    </details>
  );
}
