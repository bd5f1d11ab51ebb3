/* Question 2: funds targeting humanoid robotics, as a graph and a table sorted by size (/api/funds). */

import { el, yi, QUALIFIER_SIGNS, api } from './dom.js';
import { edgeId, merge, draw, clearView, busy } from './graph.js';
import { showResults, table, selectingRow } from './results.js';
import { activatePreset } from './presets.js';

const FUND_INDUSTRY = '人形机器人';

export async function presetFunds() {
  activatePreset('#preset-funds');
  await busy('Finding funds targeting humanoid robotics…', async () => {
    const funds = await api('/api/funds', { industry: FUND_INDUSTRY });
    const graph = withRealEdges(fundGraph(funds), await fundSurroundings(funds));
    clearView();
    merge(graph);
    showResults(`Funds targeting ${FUND_INDUSTRY} — ${funds.length}, largest first`, fundTable(funds));
    await draw(graph, `Funds targeting ${FUND_INDUSTRY} (humanoid robotics): ${funds.length}`);
  });
}

/** Edge types around a fund that say what it targets, where it is, who manages and funds it. */
const FUND_EDGE_TYPES = new Set(['TARGETS', 'HOSTS', 'MANAGES', 'FUNDS', 'PART_OF']);

/**
 * The funds' own edges of those types, from their neighbourhoods (so every edge has its
 * evidence), and the PART_OF edges between the industries they reach.
 */
async function fundSurroundings(funds) {
  const keys = new Set(funds.map((fund) => fund.key));
  const neighbourhoods = await Promise.all(funds.map((fund) => api('/api/graph/neighbourhood', { key: fund.key, depth: 1, limit: 60 })
    .catch(() => ({ nodes: [], edges: [] }))));
  const nodes = new Map();
  const edges = new Map();
  for (const graph of neighbourhoods) {
    for (const edge of graph.edges || []) {
      const ofFund = (keys.has(edge.source) || keys.has(edge.target)) && FUND_EDGE_TYPES.has(edge.type);
      const taxonomy = edge.type === 'PART_OF' && edge.source.startsWith('Industry:') && edge.target.startsWith('Industry:');
      if (ofFund || taxonomy) edges.set(edgeId(edge), edge);
    }
    for (const node of graph.nodes || []) nodes.set(node.key, node);
  }
  const used = new Set([...edges.values()].flatMap((edge) => [edge.source, edge.target]));
  return { nodes: [...nodes.values()].filter((node) => used.has(node.key)), edges: [...edges.values()] };
}

/** A derived subgraph with the real nodes and edges laid over it; a derived edge stays only where no real one is. */
function withRealEdges(derived, real) {
  const nodes = new Map(derived.nodes.map((node) => [node.key, node]));
  for (const node of real.nodes) nodes.set(node.key, Object.assign({}, nodes.get(node.key), node));
  const edges = new Map(derived.edges.map((edge) => [edgeId(edge), edge]));
  for (const edge of real.edges) edges.set(edgeId(edge), edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * The funds as a subgraph from the answer alone: fund –TARGETS→ the industry it targets, the
 * industry path to 人形机器人 (PART_OF), the city that HOSTS it and the enterprise that
 * MANAGES it. Edges drawn from the answer rather than read from the graph are marked derived
 * (dashed); the real edges replace them where they exist.
 */
function fundGraph(funds) {
  const nodes = new Map();
  const edges = [];
  const addNode = (node) => { if (!nodes.has(node.key)) nodes.set(node.key, node); };
  const industry = (name) => ({ key: `Industry:${name}`, label: 'Industry', name, aliases: [], documents: [] });
  const derived = (source, target, type, evidence = []) => ({ source, target, type, properties: { derived: 'answer' }, evidence, derived: true });
  for (const fund of funds) {
    addNode({
      key: fund.key, label: 'Fund', name: fund.name, aliases: fund.aliases || [], documents: documentsOf(fund.evidence),
      properties: pick(fund, ['sizeCny', 'sizeText', 'sizeQualifier', 'established', 'status']),
    });
    const via = fund.via && fund.via.length ? fund.via : [FUND_INDUSTRY];
    via.forEach((name) => addNode(industry(name)));
    edges.push(derived(fund.key, industry(via[0]).key, 'TARGETS', fund.evidence || []));
    for (let i = 0; i + 1 < via.length; i++) {
      const [from, to] = fund.match === 'broader' ? [via[i + 1], via[i]] : [via[i], via[i + 1]];
      edges.push(derived(industry(from).key, industry(to).key, 'PART_OF'));
    }
    if (fund.city) {
      addNode(Object.assign({ aliases: [], documents: [] }, fund.city));
      edges.push(derived(fund.city.key, fund.key, 'HOSTS'));
    }
    if (fund.manager) {
      addNode(Object.assign({ aliases: [], documents: [] }, fund.manager));
      edges.push(derived(fund.manager.key, fund.key, 'MANAGES'));
    }
  }
  return { nodes: [...nodes.values()], edges };
}

const documentsOf = (evidence) => [...new Set((evidence || []).map((item) => item.document))];

function pick(object, names) {
  const picked = {};
  for (const name of names) if (object[name] !== null && object[name] !== undefined) picked[name] = object[name];
  return picked;
}

function fundTable(funds) {
  return table('funds-table', ['#', 'Fund 基金', 'Size 亿元', 'As written', 'Established', 'City', 'Status', 'Match', 'Manager'],
    funds.map((fund, i) => selectingRow([fund.key], [
      el('td', { class: 'num' }, i + 1),
      el('td', {}, fund.name),
      el('td', { class: 'num', 'data-testid': 'fund-size' },
        fund.sizeCny === null || fund.sizeCny === undefined ? '—'
          : `${QUALIFIER_SIGNS[fund.sizeQualifier] || ''}${yi(fund.sizeCny)}`),
      el('td', {}, fund.sizeText || ''),
      el('td', {}, fund.established || ''),
      el('td', {}, fund.city ? fund.city.name : ''),
      el('td', {}, fund.status || ''),
      el('td', {}, el('span', { class: `match ${fund.match}`, title: (fund.via || []).join(' → ') }, fund.match),
        fund.via && fund.via.length > 1 ? el('span', { class: 'muted' }, ` via ${fund.via[0]}`) : null),
      el('td', {}, fund.manager ? fund.manager.name : ''),
    ])));
}
