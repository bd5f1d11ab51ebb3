/* Question 1: enterprise ↔ research institute paths of length ≤ 2 (/api/relationships). */

import { el, api } from './dom.js';
import { merge, draw, clearView, busy } from './graph.js';
import { namesOf, evidenceBlock } from './panel.js';
import { showResults, table, selectingRow } from './results.js';
import { activatePreset } from './presets.js';

const PAGE_PATHS = 200;

export async function presetRelationships() {
  activatePreset('#preset-relationships');
  await busy('Finding enterprise ↔ research institute paths…', async () => {
    // the page draws every path, so it asks for the first 200 (the API's default answer is up to 1,000)
    const paths = await api('/api/relationships', { from: 'Enterprise', to: 'ResearchInstitute', limit: PAGE_PATHS });
    const graph = relationshipGraph(paths);
    clearView();
    merge(graph);
    showResults(`Enterprise ↔ research institute — ${paths.length} paths (length ≤ 2)`, relationshipTable(paths));
    await draw(graph, `Enterprise ↔ research institute: ${paths.length} paths`);
  });
}

/** The paths as a subgraph: the answer gives each path's edges with their directions and evidence. */
function relationshipGraph(paths) {
  const nodes = new Map();
  const edges = new Map();
  for (const p of paths) {
    [p.from, p.via, p.to].filter(Boolean)
      .forEach((ref) => nodes.set(ref.key, Object.assign({ aliases: [], documents: [] }, ref)));
    for (const edge of p.edges || []) {
      edges.set(`${edge.source}|${edge.type}|${edge.target}`, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function relationshipTable(paths) {
  return table('relations-table', ['Enterprise / institute', 'Path', 'Research institute / enterprise', 'Evidence'],
    paths.map((p) => selectingRow([p.from.key, p.to.key], [
      el('td', {}, p.from.name),
      el('td', {}, (p.path || []).join(p.via ? ` · ${p.via.name} · ` : ''), p.via ? null : ''),
      el('td', {}, p.to.name),
      el('td', { class: 'sentence' }, (p.evidence || []).slice(0, 1).map((item) => evidenceBlock(item,
        namesOf(p.from.key, p.from.name), namesOf(p.to.key, p.to.name)))),
    ])));
}
