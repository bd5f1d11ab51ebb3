/* Question 3: Shenzhen ↔ Zhongshan cooperation, the two cities' entities as two groups (/api/links). */

import { SYMMETRIC, typeTag } from './ontology.js';
import { el, setTitle, api } from './dom.js';
import { cy, edgeId, merge, clearView, busy, largeGraphSettings, fitView } from './graph.js';
import { applyFilters } from './filters.js';
import { namesOf, evidenceBlock, showEdge } from './panel.js';
import { showResults, table, selectingRow, highlightKeys } from './results.js';
import { activatePreset } from './presets.js';

export async function presetLinks() {
  activatePreset('#preset-links');
  await busy('Finding Shenzhen ↔ Zhongshan links…', async () => {
    const answer = await api('/api/links', { a: '深圳市', b: '中山市' });
    clearView();
    const a = answer.a || { key: 'City:深圳市', name: '深圳市' };
    const b = answer.b || { key: 'City:中山市', name: '中山市' };
    setTitle(`${a.name} ↔ ${b.name}: ${(answer.edges || []).length} links`);
    merge(answer);
    groupInto(answer, a, b);
    applyFilters();
    showResults(`${a.name} ↔ ${b.name} — ${(answer.edges || []).length} links`, linkTable(answer, a, b));
    twoColumnLayout();
  });
}

/** Puts the nodes of each city into a compound node; nodes of both cities stay between them. */
function groupInto(answer, a, b) {
  const groupA = new Set(answer.groupA || []);
  const groupB = new Set(answer.groupB || []);
  cy.add([
    { group: 'nodes', classes: 'group', data: { id: 'group:A', name: `${a.name} · ${a.name === '深圳市' ? 'Shenzhen' : 'A'}`, colour: '#f08a24' } },
    { group: 'nodes', classes: 'group', data: { id: 'group:B', name: `${b.name} · ${b.name === '中山市' ? 'Zhongshan' : 'B'}`, colour: '#2f6fbf' } },
  ]);
  cy.nodes('[key]').forEach((node) => {
    const inA = groupA.has(node.id());
    const inB = groupB.has(node.id());
    if (inA !== inB) node.move({ parent: inA ? 'group:A' : 'group:B' });
    node.data('side', inA && inB ? 'both' : inA ? 'A' : inB ? 'B' : 'none');
  });
}

/**
 * A's nodes in columns on the left, B's on the right, nodes of both in the middle; each column
 * ordered by the average row of its neighbours so that links cross as little as possible.
 */
function twoColumnLayout() {
  const side = (s) => cy.nodes(`[side = "${s}"]`);
  const rowGap = 46;
  const place = (nodes, x, columns) => {
    const perColumn = Math.max(1, Math.ceil(nodes.length / columns));
    nodes.forEach((node, i) => node.position({
      x: x + Math.floor(i / perColumn) * 190 * Math.sign(x || 1),
      y: (i % perColumn) * rowGap,
    }));
  };
  const columnsFor = (n) => Math.max(1, Math.ceil(n / 18));
  const middle = side('both').union(side('none'));
  const order = (nodes) => nodes.sort((m, n) => n.degree() - m.degree());
  place(order(middle), 0, 1);
  place(order(side('A')), -320, columnsFor(side('A').length));
  place(order(side('B')), 320, columnsFor(side('B').length));
  for (let round = 0; round < 3; round++) {
    for (const s of ['A', 'B', 'both', 'none']) {
      const nodes = side(s);
      const slots = nodes.map((n) => n.position()).map((p) => ({ ...p })).sort((p, q) => p.x - q.x || p.y - q.y);
      const sorted = nodes.sort((m, n) => meanY(m) - meanY(n));
      sorted.forEach((node, i) => node.position(slots[i]));
    }
  }
  fitView();
  largeGraphSettings();
}

function meanY(node) {
  const neighbours = node.neighborhood('node[key]');
  if (neighbours.empty()) return node.position('y');
  return neighbours.reduce((sum, n) => sum + n.position('y'), 0) / neighbours.length;
}

function linkTable(answer, a, b) {
  const side = (key) => cy.getElementById(key).data('side');
  return table('links-table', [a.name, 'Relationship', b.name, 'Evidence'],
    (answer.edges || []).map((edge) => {
      const flip = side(edge.source) === 'B' || side(edge.target) === 'A';
      const [left, right] = flip ? [edge.target, edge.source] : [edge.source, edge.target];
      const name = (key) => (cy.getElementById(key).nonempty() ? cy.getElementById(key).data('name') : key);
      return selectingRow([left, right], [
        el('td', {}, name(left)),
        el('td', {}, typeTag(edge.type), flip && !SYMMETRIC.has(edge.type) ? ' ←' : ''),
        el('td', {}, name(right)),
        el('td', { class: 'sentence' }, (edge.evidence || []).slice(0, 1).map((item) => evidenceBlock(item,
          namesOf(left, name(left)), namesOf(right, name(right))))),
      ], () => {
        const element = cy.getElementById(edgeId(edge));
        highlightKeys([left, right]);
        if (element.nonempty()) { element.select(); showEdge(element); }
      });
    }));
}
