import { useState } from 'react';
import type { OverrideMessage } from '@/utils/messages';
import type { Deadline, Order } from '@/utils/model';
import { ruleById } from '@/utils/rules/index';
import { unitFits } from '@/utils/rules/types';
import { ruleName } from './DeadlineSummary';
import { useLang, useT } from './i18n';
import { useOverride } from './use-override';

const UNITS = ['days', 'hours'] as const;

/**
 * A rule's length for this one order: a seller who granted an extension, an issuer with a shorter
 * chargeback window. The rule itself stays as sourced; the order keeps the user's length.
 */
export function RuleLength({ order, d }: { order: Order; d: Deadline }) {
  const t = useT();
  const lang = useLang();
  const rule = ruleById.get(d.ruleId);
  const own = order.overrides?.durations[d.ruleId];
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<(typeof UNITS)[number]>('days');
  const { error, send } = useOverride(order);
  if (!rule) return null;
  const units = UNITS.filter((u) => unitFits(rule.mode, u));
  const label = t('lengthFor', { rule: ruleName(d.ruleId, lang) });
  const apply = async (change: OverrideMessage['change']) => {
    if (await send(change)) setEditing(false);
  };

  return (
    <div className="rule-length">
      {own && <span className="tag">{t('lengthSetByYou', { amount: own.amount, unit: t(`unit_${own.unit}`) })}</span>}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(amount);
            if (n > 0) void apply({ set: 'duration', ruleId: d.ruleId, duration: { amount: n, unit } });
          }}
        >
          <input type="number" min="1" max="3650" step="1" required aria-label={label} value={amount} onChange={(e) => setAmount(e.target.value)} />
          <select aria-label={t('unit')} value={unit} onChange={(e) => setUnit(e.target.value as (typeof UNITS)[number])}>
            {units.map((u) => (
              <option key={u} value={u}>
                {t(`unit_${u}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <span>
          <button
            type="button"
            aria-label={t('changeLengthLabel', { rule: ruleName(d.ruleId, lang) })}
            onClick={() => {
              const current = own ?? (rule.duration.from === 'fixed' ? rule.duration : undefined);
              setAmount(current ? String(current.amount) : '');
              setUnit(current && units.includes(current.unit) ? current.unit : units[0]!);
              setEditing(true);
            }}
          >
            {t('changeLength')}
          </button>
          {own && (
            <button type="button" onClick={() => void apply({ clear: 'duration', ruleId: d.ruleId })}>
              {t('useRuleLength')}
            </button>
          )}
        </span>
      )}
      {error && (
        <div className="note" role="alert">
          {t('overrideFailed', { error })}
        </div>
      )}
    </div>
  );
}
