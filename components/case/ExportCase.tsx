import { useRef, useState } from 'react';
import { CHANNELS, REASONS, type Case } from '@/utils/case/schema';
import { shownEntries } from '@/utils/case/timeline';
import { db } from '@/utils/db/index';
import { exportCase } from '@/utils/evidence/export';
import type { EvidenceRecord } from '@/utils/evidence/schema';
import { formatBytes } from '@/utils/evidence/size';
import { exportItems } from '@/utils/evidence/store';
import type { Order } from '@/utils/model';
import { blobSink, downloadBlob } from '../download';
import { useLang, useT } from '../i18n';
import { pick, textLang } from './text';

/** The case's evidence as one ZIP (originals, manifest.json, report.html), gathered by `blobSink`. */
export function ExportCase({ order, kase, evidence }: { order: Order; kase: Case; evidence: EvidenceRecord[] }) {
  const t = useT();
  const lang = useLang();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [status, setStatus] = useState<string>();
  const abort = useRef<AbortController>(undefined);

  const run = async () => {
    const ctrl = new AbortController();
    abort.current = ctrl;
    setStatus(undefined);
    setProgress({ done: 0, total: evidence.reduce((n, r) => n + r.size, 0) });
    const { sink, blob } = blobSink('application/zip');
    let shown = 0;
    try {
      const sent = [...kase.timeline].reverse().find((e) => e.origin === 'draft');
      const paid = order.events.find((e) => e.kind === 'paid');
      await exportCase(
        {
          lang: textLang(lang),
          caseId: kase.id,
          reason: pick(REASONS[kase.reason].name, lang),
          order: {
            site: order.site,
            orderId: order.orderId,
            url: order.url,
            ...(order.seller ? { seller: order.seller.name } : {}),
            items: order.items.map((i) => i.title),
            ...(order.total ? { total: order.total.text } : {}),
            status: order.statusText ?? t(`status_${order.status}`),
            ...(paid ? { orderedAt: paid.at } : {}),
          },
          timeline: shownEntries(kase.timeline).map((e) => ({
            at: e.at,
            text: [e.origin === 'draft' ? t('draftSentTo', { channel: pick(CHANNELS[e.channel].name, lang) }) : e.kind === 'note' ? '' : t(`event_${e.kind}`), e.text].filter(Boolean).join(': '),
          })),
          ...(sent?.origin === 'draft' ? { draft: { text: sent.text, channel: pick(CHANNELS[sent.channel].name, lang), sentAt: sent.at } } : {}),
          items: await exportItems(db(), kase.id),
        },
        sink,
        {
          signal: ctrl.signal,
          onProgress: (p) => {
            // A 500 MB case reports thousands of chunks: redraw every megabyte.
            if (p.done - shown < 1024 * 1024 && p.done < p.total) return;
            shown = p.done;
            setProgress({ done: p.done, total: p.total });
          },
        },
      );
      downloadBlob(blob(), `refund-radar-${order.site}-${order.orderId}.zip`);
      setStatus(t('exportDone', { size: formatBytes(blob().size) }));
    } catch (e) {
      setStatus(ctrl.signal.aborted ? t('exportCancelled') : t('exportFailed', { error: String(e) }));
    } finally {
      abort.current = undefined;
      setProgress(undefined);
    }
  };

  return (
    <section className="export" aria-labelledby="export-title">
      <h3 id="export-title">{t('exportTitle')}</h3>
      <p className="muted">{t('exportBody')}</p>
      <div className="row">
        <button type="button" disabled={!!progress} onClick={() => void run()}>
          {t('exportZip')}
        </button>
        {progress && (
          <>
            <progress max={progress.total || 1} value={progress.done} aria-label={t('exportProgress')} />
            <button type="button" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </button>
          </>
        )}
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
