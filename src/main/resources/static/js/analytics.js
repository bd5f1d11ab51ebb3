/*
 * Network analytics on the view: with the toggle on, every organisation node is sized by its
 * PageRank over the whole organisation graph (/api/analytics/central) and coloured by its Louvain
 * community (/api/analytics/communities); nodes that join the view later are styled too. Turning
 * it off gives the nodes back their stylesheet look.
 */

import { $, api, status } from './dom.js';
import { cy } from './graph.js';

/** Colours of the communities, largest community first; smaller ones repeat the palette. */
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45',
  '#469990', '#9a6324', '#800000', '#808000', '#000075', '#fabed4', '#ffd8b1', '#aaffc3'];

let scores = null;

function styleNode(node) {
  const key = node.id();
  const score = scores.rank.get(key);
  const community = scores.community.get(key);
  if (score === undefined && community === undefined) return;
  const size = 14 + 50 * Math.sqrt((score || 0) / scores.max);
  node.addClass('analytics');
  node.data({ centrality: score || 0, community: community === undefined ? null : community });
  node.style({ width: size, height: size });
  if (community !== undefined) node.style('background-color', PALETTE[community % PALETTE.length]);
}

function onAdd(event) {
  if (scores && event.target.isNode()) styleNode(event.target);
}

async function turnOn() {
  status('Computing centrality and communities…');
  const [central, communities] = await Promise.all([
    api('/api/analytics/central', { metric: 'pagerank', limit: 1000 }),
    api('/api/analytics/communities', { minSize: 2 }),
  ]);
  const rank = new Map(central.ranking.map((r) => [r.key, r.score]));
  const community = new Map();
  for (const c of communities.communities) c.members.forEach((m) => community.set(m.key, c.id));
  scores = { rank, community, max: Math.max(...rank.values(), 1e-9) };
  cy.nodes('[key]').forEach(styleNode);
  cy.on('add', onAdd);
  status(`Sized by PageRank over ${central.organisations} organisations; ${communities.communities.length} communities `
    + `(Louvain, modularity ${communities.modularity.toFixed(2)}).`, 'ok');
}

function turnOff() {
  scores = null;
  cy.off('add', onAdd);
  cy.nodes('.analytics').removeClass('analytics').removeStyle('width height background-color');
  status('');
}

/** The toggle in the left column. */
export function wireAnalytics() {
  const toggle = $('#show-analytics');
  toggle.addEventListener('change', () => {
    (toggle.checked ? turnOn() : Promise.resolve(turnOff())).catch((error) => {
      toggle.checked = false;
      status(`Analytics failed: ${error.message}`, 'error');
    });
  });
}
