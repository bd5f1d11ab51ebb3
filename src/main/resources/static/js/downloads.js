/* Downloads of the view: PNG, and graph.json (the export format of docs/design.md). */

import { download } from './dom.js';
import { cy, currentSubgraph } from './graph.js';

export function exportPng() {
  const png = cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  download('graph.png', png);
}

export function exportJson() {
  const text = JSON.stringify(currentSubgraph(), null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  download('graph.json', url);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
