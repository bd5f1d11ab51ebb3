/* The question buttons of the top bar, and the whole graph. */

import { api } from './dom.js';
import { show, busy } from './graph.js';
import { presetFragment, remember } from './address.js';

/** Marks the preset's button (selector '#preset-funds', or 'none') and puts the preset in the address. */
export function activatePreset(selector) {
  document.querySelectorAll('#presets button').forEach((button) => button.classList.toggle('active', button.matches(selector)));
  remember(presetFragment());
}

export async function showAll() {
  activatePreset('none');
  await busy('Loading the whole graph…', async () => {
    const graph = await api('/api/export');
    const entities = (graph.nodes || []).filter((n) => n.label !== 'Document').length;
    await show(graph, `Whole graph: ${entities} entities`);
  });
}
