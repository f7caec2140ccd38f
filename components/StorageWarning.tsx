import { useEffect, useState } from 'react';
import { formatBytes } from '@/utils/evidence/size';
import { useT } from './i18n';

/** Below this much room the next capture or attachment may fail: say so before it does. */
const LOW_BYTES = 100 * 1024 * 1024;

/** A warning when the browser's storage for the extension is nearly full (navigator.storage.estimate). */
export function StorageWarning() {
  const t = useT();
  const [free, setFree] = useState<number>();
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then((e) => e.quota !== undefined && e.usage !== undefined && setFree(e.quota - e.usage))
      .catch(() => undefined);
  }, []);
  if (free === undefined || free >= LOW_BYTES) return null;
  return (
    <p className="note" role="alert">
      {t('storageLow', { free: formatBytes(Math.max(0, free)) })}
    </p>
  );
}
