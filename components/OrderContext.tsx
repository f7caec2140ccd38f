import { CardNetworkSchema, type ConsumerRegion, type Order, type Payment } from '@/utils/model';
import { useT } from './i18n';
import { useOverride } from './use-override';

/** One select value per payment the rules tell apart: a card's network decides its chargeback rules. */
const PAYMENTS = ['paypal', ...CardNetworkSchema.options.map((n) => `card_${n}` as const), 'card', 'alipay', 'site_balance', 'other'] as const;
type PaymentValue = (typeof PAYMENTS)[number];

function toValue(p: Payment | undefined): PaymentValue | '' {
  if (!p) return '';
  if (p.channel === 'card') return p.network ? `card_${p.network}` : 'card';
  return p.channel;
}

function toPayment(v: PaymentValue): Payment {
  if (v.startsWith('card_')) return { channel: 'card', network: CardNetworkSchema.parse(v.slice(5)) };
  return { channel: v as Exclude<PaymentValue, `card_${string}`> };
}

/**
 * What pages rarely say but the rules need: how the buyer paid (PayPal's and the card networks'
 * windows) and, on AliExpress, where they live (EU/UK withdrawal). The user's answer is an override:
 * it survives every later capture of the page.
 */
export function OrderContext({ order }: { order: Order }) {
  const t = useT();
  const { error, send } = useOverride(order);
  const ownPayment = order.overrides?.payment;
  const payment = toValue(ownPayment ?? order.payment);
  const region = order.overrides?.consumerRegion ?? order.consumerRegion ?? '';
  return (
    <div className="order-context">
      <label>
        <span>{t('paidWith')}</span>
        <select
          value={payment}
          title={t('paidWithHint')}
          onChange={(e) => {
            const v = e.target.value as PaymentValue | '';
            void send(v ? { set: 'payment', payment: toPayment(v) } : { clear: 'payment' });
          }}
        >
          <option value="">{t('payment_unknown')}</option>
          {PAYMENTS.map((p) => (
            <option key={p} value={p}>
              {t(`payment_${p}`)}
            </option>
          ))}
        </select>
        {ownPayment ? <span className="tag">{t('setByYou')}</span> : order.payment ? <span className="muted">{t('fromPage')}</span> : null}
      </label>
      {order.site === 'aliexpress' && (
        <label>
          <span>{t('livesIn')}</span>
          <select
            value={region}
            title={t('livesInHint')}
            onChange={(e) => {
              const v = e.target.value as ConsumerRegion | '';
              void send(v ? { set: 'consumerRegion', consumerRegion: v } : { clear: 'consumerRegion' });
            }}
          >
            <option value="">{t('region_none')}</option>
            <option value="eu">{t('region_eu')}</option>
            <option value="uk">{t('region_uk')}</option>
          </select>
        </label>
      )}
      {error && (
        <div className="note" role="alert">
          {t('overrideFailed', { error })}
        </div>
      )}
    </div>
  );
}
