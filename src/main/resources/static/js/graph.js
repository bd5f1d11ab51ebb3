/* The graph in the centre: the Cytoscape instance, its stylesheet, adding subgraphs, layouts, fitting, expanding a node. */

import { LABELS, TYPES, SYMMETRIC } from './ontology.js';
import { $, status, setTitle, api } from './dom.js';
import { applyFilters } from './filters.js';
import { closePanel } from './panel.js';
import { hideResults } from './results.js';

/** Above this many nodes the view switches to its large-graph settings (fewer names, cheaper rendering). */
const LARGE = 200;

/** Above this many nodes the layout runs in draft quality only. */
const HUGE = 2000;

/** What the stylesheet depends on: names on or off, and whether the graph is large. */
const look = { names: true, large: false };

export const cy = cytoscape({
  container: $('#cy'),
  minZoom: 0.05,
  maxZoom: 4,
  style: graphStyle(look),
});

window.cy = cy; // for the end-to-end test and the console

export function restyle(change) {
  const changed = Object.entries(change).some(([name, value]) => look[name] !== value);
  Object.assign(look, change);
  if (changed) cy.style(graphStyle(look));
}

/**
 * The stylesheet. Without names, only hovered and selected nodes show theirs; in a large graph
 * a name shows only when zoomed in far enough for it to be readable, hubs (bigger names) first.
 */
function graphStyle({ names, large }) {
  const styles = [
    {
      selector: 'node[key]',
      style: {
        'label': names ? 'data(name)' : '',
        'font-family': getComputedStyle(document.body).fontFamily,
        // Hubs get bigger names, which stay readable when the others are hidden (zoomed out).
        'font-size': 'mapData(degree, 0, 30, 12, 22)',
        'min-zoomed-font-size': large ? 12 : 8,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 150,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'color': '#1d232b',
        'width': 'mapData(degree, 0, 20, 18, 46)',
        'height': 'mapData(degree, 0, 20, 18, 46)',
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    {
      selector: 'edge',
      style: {
        'width': 1.4,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'opacity': 0.8,
        'font-size': 9,
        'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate',
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        'color': '#5f6b7a',
      },
    },
    { selector: 'edge.symmetric, edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.derived', style: { 'line-style': 'dashed' } },
    { selector: 'node[key].hover, node[key]:selected', style: { 'label': 'data(name)', 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'edge.hover, edge:selected', style: { 'label': 'data(type)', 'width': 3, 'opacity': 1, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1c5fb8' } },
    { selector: 'node.found', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    { selector: 'edge.path', style: { 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', 'width': 3, 'opacity': 1, 'label': 'data(type)' } },
    { selector: '.faded', style: { 'opacity': 0.15 } },
    { selector: '.filtered', style: { 'display': 'none' } },
    { selector: '.later', style: { 'display': 'none' } },
    {
      // The two city groups of the Shenzhen ↔ Zhongshan preset (compound nodes).
      selector: 'node.group',
      style: {
        'label': 'data(name)',
        'font-family': getComputedStyle(document.body).fontFamily,
        'font-size': 16,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-halign': 'center',
        'color': '#324054',
        'background-color': 'data(colour)',
        'background-opacity': 0.07,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': 'data(colour)',
        'shape': 'round-rectangle',
        'padding': 24,
      },
    },
  ];
  for (const [label, { colour, shape }] of Object.entries(LABELS)) {
    styles.splice(1, 0, { selector: `node[label = "${label}"]`, style: { 'background-color': colour, 'shape': shape } });
  }
  for (const [type, colour] of Object.entries(TYPES)) {
    styles.splice(2, 0, { selector: `edge[type = "${type}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } });
  }
  return styles;
}

export const edgeId = (edge) => `${edge.source}|${edge.type}|${edge.target}`;

/** A §6 node as a Cytoscape element; the key is the id. */
function nodeElement(node) {
  return {
    group: 'nodes',
    position: { x: Math.random() * 800, y: Math.random() * 600 },
    data: {
      id: node.key,
      key: node.key,
      label: node.label || node.key.split(':')[0],
      name: node.name || node.key.slice(node.key.indexOf(':') + 1),
      aliases: node.aliases || [],
      properties: node.properties || {},
      documents: node.documents || [],
      documentCount: node.documentCount,
      degree: 0,
    },
  };
}

/**
 * A §6 edge as a Cytoscape element. Edges marked {derived: true} were drawn from an answer
 * rather than read from the graph (dashed); {undirected: true} ones have no known direction.
 */
function edgeElement(edge) {
  const classes = [SYMMETRIC.has(edge.type) && 'symmetric', edge.derived && 'derived', edge.undirected && 'undirected'];
  return {
    group: 'edges',
    classes: classes.filter(Boolean).join(' '),
    data: {
      id: edgeId(edge),
      source: edge.source,
      target: edge.target,
      type: edge.type,
      properties: edge.properties || {},
      evidence: edge.evidence || [],
    },
  };
}

/**
 * Adds a subgraph ({nodes, edges} as in §6) to the view; nodes and edges already there keep
 * their place but take the richer data. Returns the added and updated elements.
 */
export function merge(subgraph) {
  const touched = cy.collection();
  cy.batch(() => {
    for (const node of subgraph.nodes || []) {
      if (node.label === 'Document') continue;
      touched.merge(upsert(nodeElement(node)));
    }
    for (const edge of subgraph.edges || []) {
      if (edge.type === 'MENTIONED_IN') continue;
      if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
      touched.merge(upsert(edgeElement(edge)));
    }
  });
  refreshDegrees();
  return touched;
}

function upsert(element) {
  const existing = cy.getElementById(element.data.id);
  if (existing.empty()) return cy.add(element);
  const richer = {};
  for (const [name, value] of Object.entries(element.data)) {
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0)
      || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
    if (!empty && name !== 'parent') richer[name] = value;
  }
  existing.data(richer);
  return existing;
}

function refreshDegrees() {
  cy.nodes('[key]').forEach((node) => node.data('degree', node.connectedEdges().length));
}

/** Replaces the view with a subgraph and lays it out. */
export function show(subgraph, title) {
  clearView();
  return draw(subgraph, title);
}

/** Adds a subgraph to an empty view (a results table may already be open) and lays it out. */
export async function draw(subgraph, title) {
  setTitle(title);
  merge(subgraph);
  applyFilters();
  await layout();
  countStatus();
}

export function clearView() {
  cy.elements().remove();
  hideResults();
  closePanel();
  setTitle('');
}

/** The elements of the view as a §6 subgraph: nodes and edges that are not filtered out. */
export function currentSubgraph() {
  const visible = cy.elements().not('.filtered').not('.later');
  const nodes = visible.nodes('[key]').map((node) => ({
    key: node.data('key'),
    label: node.data('label'),
    name: node.data('name'),
    aliases: node.data('aliases'),
    properties: node.data('properties'),
    documents: node.data('documents'),
    documentCount: node.data('documentCount'),
  }));
  const edges = visible.edges().filter((edge) => edge.source().visible() && edge.target().visible()).map((edge) => ({
    source: edge.data('source'),
    target: edge.data('target'),
    type: edge.data('type'),
    properties: edge.data('properties'),
    evidence: edge.data('evidence'),
  }));
  return { nodes, edges };
}

export function countStatus() {
  const nodes = cy.nodes('[key]');
  status(`${nodes.length} nodes · ${cy.edges().length} edges`);
}

/** Runs an async action with a busy status line; errors are shown, not thrown. */
export async function busy(text, action) {
  status(text, 'busy');
  try {
    const result = await action();
    countStatus();
    return result;
  } catch (error) {
    console.error(error);
    status(error.message, 'error');
    return undefined;
  }
}

/** fcose on the given elements (default: all); lighter settings for large graphs. */
export function layout(elements = cy.elements(), extra = {}) {
  return runLayout(elements, extra, true);
}

/**
 * Lays out nodes added to a drawn view: the nodes that were there keep their places (fcose's
 * fixed-node constraint), the new ones settle around them.
 */
function layoutAdded(added) {
  const fixed = cy.nodes('[key]').difference(added).filter((node) => node.isChildless() && node.visible());
  return runLayout(cy.elements(), {
    randomize: false,
    quality: 'proof', // fcose needs it when it starts from the current positions
    fixedNodeConstraint: fixed.map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
    packComponents: false,
    tile: false,
  }, false);
}

function runLayout(elements, extra, stretch) {
  const size = elements.nodes().length;
  const large = size > LARGE;
  restyle({ large });
  const options = Object.assign({
    name: 'fcose',
    quality: size > HUGE ? 'draft' : 'default',
    randomize: true,
    animate: false,
    animationDuration: 600,
    fit: false, // fitView() at the end
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.3,
    numIter: large ? 1500 : 2500,
    tile: true,
    packComponents: true,
  }, extra);
  return new Promise((resolve) => {
    const run = elements.layout(options);
    run.one('layoutstop', () => {
      if (stretch) stretchToView(elements.nodes());
      fitView();
      largeGraphSettings();
      resolve();
    });
    run.run();
  });
}

/**
 * Force layouts come out about as tall as wide; the view is usually wider than tall. Stretching
 * the positions along the longer side of the view (at most twice) gives the names more room.
 */
function stretchToView(nodes) {
  const leaves = nodes.filter((node) => node.isChildless());
  if (leaves.length < 3) return;
  const box = leaves.boundingBox();
  const view = { w: cy.width(), h: cy.height() };
  if (!box.w || !box.h || !view.w || !view.h) return;
  const ratio = (view.w / view.h) / (box.w / box.h);
  const [sx, sy] = ratio > 1 ? [Math.min(ratio, 2), 1] : [1, Math.min(1 / ratio, 2)];
  if (Math.max(sx, sy) < 1.1) return;
  const cx = box.x1 + box.w / 2;
  const cy0 = box.y1 + box.h / 2;
  cy.batch(() => leaves.forEach((node) => {
    const { x, y } = node.position();
    node.position({ x: cx + (x - cx) * sx, y: cy0 + (y - cy0) * sy });
  }));
}

/** Cheaper rendering while panning and zooming a large graph. */
export function largeGraphSettings() {
  const large = cy.nodes().length > LARGE;
  cy.renderer().hideEdgesOnViewport = large;
  cy.renderer().textureOnViewport = large;
}

/** Whether the view follows size changes of its container with a fit (until the user pans or zooms). */
let autoFit = true;

/** Stops (false) or resumes (true) fitting the graph when its container changes size. */
export function setAutoFit(follow) {
  autoFit = follow;
}

/** Zoom at most this far when fitting, so that a graph of three nodes is not drawn huge. */
const FIT_MAX_ZOOM = 1.3;

/** Fits the visible graph into the view, not zoomed in further than FIT_MAX_ZOOM. */
export function fitView() {
  const visible = cy.elements().not('.filtered');
  cy.fit(visible, 40);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center(visible);
  }
  autoFit = true;
}

/** The container changed size (a panel opened or closed): keep the graph in sight. */
export function containerResized() {
  cy.resize();
  if (autoFit) fitView();
}

/** Adds the depth-1 neighbourhood of an entity to the view and lays out only what is new. */
export async function expand(key) {
  return busy('Expanding…', async () => {
    const before = cy.collection(cy.nodes('[key]'));
    const subgraph = await api('/api/graph/neighbourhood', { key, depth: 1, limit: 100 });
    const centre = cy.getElementById(key);
    merge(subgraph);
    applyFilters();
    const added = cy.nodes('[key]').difference(before);
    if (before.empty() || added.length === cy.nodes('[key]').length) {
      await layout();
    } else if (added.nonempty()) {
      placeAround(centre.nonempty() ? centre : cy.getElementById(key), added);
      await layoutAdded(added);
    }
  });
}

/** Puts new nodes on a circle around the node they came from, as the layout's starting point. */
function placeAround(centre, nodes) {
  const { x, y } = centre.position();
  const radius = 80 + nodes.length * 4;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}
