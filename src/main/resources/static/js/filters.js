/* The left column's legend, which is also the filter of labels and relationship types. */

import { LABELS, TYPES, labelStyle, shapeIcon } from './ontology.js';
import { $, el } from './dom.js';
import { cy } from './graph.js';

const hiddenLabels = new Set();

const hiddenTypes = new Set();

export function drawFilters() {
  const labels = $('#label-filters');
  labels.replaceChildren(...Object.keys(LABELS).filter((l) => l !== 'Document').map((label) => filterItem(
    'label', label, shapeIcon(label), `${label} ${labelStyle(label).zh}`, hiddenLabels)));
  const types = $('#type-filters');
  types.replaceChildren(...Object.keys(TYPES).filter((t) => t !== 'MENTIONED_IN').map((type) => filterItem(
    'type', type, el('span', { class: 'swatch-line', style: `border-color:${TYPES[type]}` }), type, hiddenTypes)));
  updateFilterCounts();
}

function filterItem(kind, value, icon, text, hidden) {
  const box = el('input', {
    type: 'checkbox', checked: !hidden.has(value), 'data-testid': `filter-${kind}-${value}`,
    onchange: (event) => {
      if (event.target.checked) hidden.delete(value); else hidden.add(value);
      applyFilters();
    },
  });
  return el('li', { dataset: { [kind]: value } }, el('label', {}, box, icon, el('span', {}, text), el('span', { class: 'count' })));
}

export function updateFilterCounts() {
  for (const item of document.querySelectorAll('#label-filters li')) {
    const count = cy.nodes(`[label = "${item.dataset.label}"]`).length;
    $('.count', item).textContent = count || '';
    item.classList.toggle('empty', count === 0);
  }
  for (const item of document.querySelectorAll('#type-filters li')) {
    const count = cy.edges(`[type = "${item.dataset.type}"]`).length;
    $('.count', item).textContent = count || '';
    item.classList.toggle('empty', count === 0);
  }
}

export function applyFilters() {
  cy.batch(() => {
    cy.nodes('[key]').forEach((node) => node.toggleClass('filtered', hiddenLabels.has(node.data('label'))));
    cy.edges().forEach((edge) => edge.toggleClass('filtered', hiddenTypes.has(edge.data('type'))));
  });
  updateFilterCounts();
}
