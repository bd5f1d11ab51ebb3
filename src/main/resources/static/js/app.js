/*
 * The graph view: Cytoscape.js with the fcose layout (loaded before this module as plain
 * scripts), fed by the REST API. ES modules, no build step, one module per part of the page:
 *   ontology.js       label and relationship colours and shapes, legend icons
 *   dom.js            element building, status line, REST calls
 *   graph.js          the Cytoscape graph: model, stylesheet, layouts, fitting, expanding
 *   filters.js        legend and filters (left column)
 *   search.js         search boxes with suggestions
 *   panel.js          side panel: an entity or an edge with its evidence
 *   results.js        results table under the graph
 *   presets.js        the question buttons and the whole graph
 *   relationships.js, funds.js, links.js   the three questions
 *   paths.js          path finder
 *   downloads.js      PNG and graph.json downloads
 *   address.js        the address (#funds, #entity/KEY, ...) as a shareable view
 *   time.js           the time slider: the view as of a date
 *   conflicts.js      the conflicts of an entity in its panel
 *   curation.js       the admin token and the side panel's merge, rename and reject
 *   analytics.js      sizing by centrality and colouring by community
 * This module wires the controls and opens what the address asks for.
 */

import { $, debounce } from './dom.js';
import { cy, restyle, merge, show, clearView, currentSubgraph, countStatus, layout, setAutoFit, fitView, expand } from './graph.js';
import { drawFilters, updateFilterCounts } from './filters.js';
import { autocomplete } from './search.js';
import { openEntity, closePanel, showEntity, showEdge } from './panel.js';
import { hideResults } from './results.js';
import { activatePreset, showAll } from './presets.js';
import { presetRelationships } from './relationships.js';
import { presetFunds } from './funds.js';
import { presetLinks } from './links.js';
import { findPaths } from './paths.js';
import { exportPng, exportJson } from './downloads.js';
import { presetFragment, remember, openAddress } from './address.js';
import { updateTimeRange, applyTime } from './time.js';
import { wireToken } from './curation.js';
import { wireAnalytics } from './analytics.js';

function wireGraphEvents() {
  cy.on('tap', 'node[key]', (event) => showEntity(event.target.id()));
  cy.on('tap', 'edge', (event) => showEdge(event.target));
  cy.on('dbltap', 'node[key]', (event) => expand(event.target.id()));
  cy.on('mouseover', 'node[key], edge', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'node[key], edge', (event) => event.target.removeClass('hover'));
  cy.on('add remove', debounce(updateFilterCounts, 50));
  cy.on('add remove', debounce(updateTimeRange, 50));
  cy.on('tapstart', (event) => { if (event.target === cy) setAutoFit(false); });
  cy.container().addEventListener('wheel', () => { setAutoFit(false); }, { passive: true });
}

function wireControls() {
  autocomplete($('#search-input'), $('#search-suggestions'), (hit) => openEntity(hit.key));
  autocomplete($('#path-from'), $('#path-from + .suggestions'), () => {});
  autocomplete($('#path-to'), $('#path-to + .suggestions'), () => {});
  $('#path-find').addEventListener('click', findPaths);
  $('#preset-relationships').addEventListener('click', presetRelationships);
  $('#preset-funds').addEventListener('click', presetFunds);
  $('#preset-links').addEventListener('click', presetLinks);
  $('#export-png').addEventListener('click', exportPng);
  $('#export-json').addEventListener('click', exportJson);
  $('#view-all').addEventListener('click', showAll);
  $('#view-layout').addEventListener('click', () => layout());
  $('#view-fit').addEventListener('click', fitView);
  $('#view-clear').addEventListener('click', () => { clearView(); activatePreset('none'); countStatus(); });
  $('#side-close').addEventListener('click', () => { closePanel(); remember(presetFragment()); });
  $('#results-close').addEventListener('click', hideResults);
  $('#time-slider').addEventListener('input', applyTime);
  $('#show-labels').addEventListener('change', (event) => restyle({ names: event.target.checked }));
}

wireGraphEvents();
wireControls();
wireToken();
wireAnalytics();
drawFilters();

// A link pasted into the address bar of the open page (replaceState never fires this).
window.addEventListener('hashchange', openAddress);

/** For the end-to-end test and the console. */
window.kg = {
  ready: openAddress().then(() => true),
  presetRelationships, presetFunds, presetLinks, showAll, expand, showEntity, showEdge, findPaths,
  currentSubgraph, layout, merge, show, clearView,
};
