/*
 * Conflicts in the entity panel: the facts of the entity on which documents disagree
 * (/api/conflicts?key=), each value with its document, date and sentence.
 */

import { el, api, yi } from './dom.js';

const FACT_NAMES = { sizeCny: 'size', established: 'established', status: 'status', manager: 'manager', label: 'label' };

const shown = (fact, value) => (fact === 'sizeCny' ? `${yi(value)} 亿元` : String(value));

/** A section that fills itself once the conflicts have arrived; empty when there are none. */
export function conflictsSection(key) {
  const section = el('div', { class: 'conflicts', 'data-testid': 'conflicts' });
  api('/api/conflicts', { key }).then((conflicts) => {
    if (!conflicts.length) return;
    section.replaceChildren(
      el('h4', {}, `Conflicts (${conflicts.length})`),
      ...conflicts.map((conflict) => el('div', { class: 'conflict', 'data-testid': 'conflict' },
        el('div', { class: 'conflict-fact' }, FACT_NAMES[conflict.fact] || conflict.fact),
        el('ul', { class: 'plain' }, conflict.claims.map((claim) => el('li', {},
          el('strong', {}, shown(conflict.fact, claim.value)), ' ',
          el('span', { class: 'source' }, [claim.document, claim.date].filter(Boolean).join(' · ')),
          claim.sentence ? el('div', { class: 'claim-sentence' }, claim.sentence) : null))))));
  }).catch((error) => section.replaceChildren(el('p', { class: 'muted' }, error.message)));
  return section;
}
