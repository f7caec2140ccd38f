import type { SiteId } from '../model';
import { aliexpressRules } from './aliexpress';
import type { Rule } from './types';

/** Every rule, by the site whose orders it applies to. */
export const rulesBySite: Record<SiteId, Rule[]> = {
  aliexpress: aliexpressRules,
};

export const allRules: Rule[] = Object.values(rulesBySite).flat();

export const ruleById = new Map(allRules.map((r) => [r.id, r]));
