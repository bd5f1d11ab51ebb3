/* The results table under the graph; its rows select their entities in the graph. */

import { $, el } from './dom.js';
import { cy, setAutoFit, containerResized } from './graph.js';
import { showEntity } from './panel.js';

export function showResults(title, ...content) {
  $('#results-title').textContent = title;
  $('#results-body').replaceChildren(...content.flat(Infinity));
  $('#results').hidden = false;
  containerResized();
}

export function hideResults() {
  $('#results').hidden = true;
  containerResized();
}

export function table(id, headings, rows) {
  return el('table', { id, class: 'results', 'data-testid': id },
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows));
}

/** A table row that selects its entity (or entities) in the graph when clicked. */
export function selectingRow(keys, cells, onclick) {
  return el('tr', {
    'data-key': keys[0],
    onclick: (event) => {
      document.querySelectorAll('table.results tr.selected').forEach((row) => row.classList.remove('selected'));
      event.currentTarget.classList.add('selected');
      if (onclick) onclick(); else highlightKeys(keys);
    },
  }, cells);
}

export function highlightKeys(keys) {
  const chosen = cy.collection(keys.map((key) => cy.getElementById(key)).filter((n) => n.nonempty()));
  if (chosen.empty()) return;
  cy.elements().unselect();
  chosen.select();
  setAutoFit(false);
  cy.animate({ fit: { eles: chosen.closedNeighborhood(), padding: 60 } }, { duration: 300 });
  if (keys.length === 1) showEntity(keys[0]);
}
