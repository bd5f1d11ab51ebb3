/* Downloads of the view: PNG, and graph.json (the export format of docs/design.md). */

import { download } from './dom.js';
import { cy, currentSubgraph } from './graph.js';

/** The drawn graph as a PNG image: all of it, not only the part in the viewport. */
export function exportPng() {
  const png = cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  download('graph.png', png);
}

/** Version of the graph.json format written (docs/design.md: what readers may rely on). */
const FORMAT_VERSION = 1;

/** The visible nodes and edges as graph.json. */
export function exportJson() {
  const text = JSON.stringify({ formatVersion: FORMAT_VERSION, ...currentSubgraph() }, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  download('graph.json', url);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
