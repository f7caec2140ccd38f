import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { loadSettings, saveSettings, watchSettings } from '@/utils/ext/settings';
import { userTimeZone } from '@/utils/format';
import { DeadlineKindSchema, SiteIdSchema, type DeadlineKind, type SiteId } from '@/utils/model';
import type { Settings } from '@/utils/settings';
import { BackupRestore } from './BackupRestore';

const LEADS = [168, 72, 24, 6];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const ZONES = Intl.supportedValuesOf('timeZone').filter((z) => z !== 'Asia/Shanghai');

export function App() {
  const t = useT();
  const [s, setS] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setS);
    return watchSettings(setS);
  }, []);
  if (!s) return null;
  const save = (next: Settings) => {
    setS(next);
    void saveSettings(next);
  };
  const toggle = <T,>(list: readonly T[], v: T, on: boolean) => (on ? [...list, v] : list.filter((x) => x !== v));

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsLeads')}</legend>
        {LEADS.map((h) => (
          <label key={h}>
            <input type="checkbox" checked={s.leadHours.includes(h)} onChange={(e) => save({ ...s, leadHours: toggle(s.leadHours, h, e.target.checked).sort((a, b) => b - a) })} />
            {h % 24 === 0 ? t('leadDays', { days: h / 24 }) : t('leadHours', { hours: h })}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={s.onTheDay} onChange={(e) => save({ ...s, onTheDay: e.target.checked })} />
          {t('leadOnTheDay')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsKinds')}</legend>
        {DeadlineKindSchema.options.map((k: DeadlineKind) => (
          <label key={k}>
            <input type="checkbox" checked={s.kinds.includes(k)} onChange={(e) => save({ ...s, kinds: toggle(s.kinds, k, e.target.checked) })} />
            {t(`kind_${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsQuiet')}</legend>
        <label>
          {t('quietFrom')}
          <select value={s.quietFrom} onChange={(e) => save({ ...s, quietFrom: Number(e.target.value) })}>
            {HOURS.map((h) => (
              <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </label>
        <label>
          {t('quietTo')}
          <select value={s.quietTo} onChange={(e) => save({ ...s, quietTo: Number(e.target.value) })}>
            {HOURS.map((h) => (
              <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </label>
        <span className="muted">{t('quietInZone', { zone: userTimeZone() })}</span>
      </fieldset>
      <fieldset>
        <legend>{t('optionsZone')}</legend>
        <label>
          <select aria-label={t('optionsZone')} value={s.displayZone} onChange={(e) => save({ ...s, displayZone: e.target.value })}>
            <option value="auto">{t('zoneAuto', { zone: userTimeZone() })}</option>
            <option value="Asia/Shanghai">{t('zoneChina')}</option>
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('zoneNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        <label>
          <select aria-label={t('optionsLanguage')} value={s.language} onChange={(e) => save({ ...s, language: e.target.value as Settings['language'] })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="zh_CN">简体中文</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        {SiteIdSchema.options.map((site: SiteId) => (
          <label key={site}>
            <input type="checkbox" checked={!s.disabledSites.includes(site)} onChange={(e) => save({ ...s, disabledSites: toggle(s.disabledSites, site, !e.target.checked) })} />
            {t(`site_${site}`)}
          </label>
        ))}
      </fieldset>
      <section>
        <h2>{t('optionsData')}</h2>
        <p>{t('optionsDataBody')}</p>
      </section>
      <BackupRestore />
    </main>
  );
}
