import { useState } from 'react';
import { sendOverride } from '@/utils/ext/override';
import type { OverrideMessage } from '@/utils/messages';
import type { Order } from '@/utils/model';

/** Sends a correction for one order; keeps the background's refusal or failure to show the user. */
export function useOverride(order: Pick<Order, 'site' | 'orderId'>) {
  const [error, setError] = useState<string>();
  const send = async (change: OverrideMessage['change']): Promise<boolean> => {
    try {
      const r = await sendOverride({ site: order.site, orderId: order.orderId, change });
      setError(r.ok ? undefined : r.error);
      return r.ok;
    } catch (e) {
      setError(String(e));
      return false;
    }
  };
  return { error, send };
}
