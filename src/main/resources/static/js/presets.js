/* The question buttons of the top bar, and the overview (the whole graph when it is small). */

import { api } from './dom.js';
import { show, busy } from './graph.js';
import { presetFragment, remember } from './address.js';

/** Marks the preset's button (selector '#preset-funds', or 'none') and puts the preset in the address. */
export function activatePreset(selector) {
  document.querySelectorAll('#presets button').forEach((button) => button.classList.toggle('active', button.matches(selector)));
  remember(presetFragment());
}

/** How many entities the first view shows (?overview=N in the page's address changes it); double-click or search to go beyond. */
const OVERVIEW = Number(new URLSearchParams(location.search).get('overview')) || 500;

/** The first view: the entities that documents mention most, not the whole graph, which may be very large. */
export async function showAll() {
  activatePreset('none');
  await busy('Loading the overview…', async () => {
    const overview = await api(`/api/graph/overview?limit=${OVERVIEW}`);
    const shown = (overview.nodes || []).length;
    const title = shown < overview.entities
      ? `Overview: showing the ${shown.toLocaleString()} most-mentioned of ${overview.entities.toLocaleString()} entities`
        + ' (double-click a node to expand it, or search)'
      : `Whole graph: ${shown} entities`;
    await show(overview, title);
  });
}
