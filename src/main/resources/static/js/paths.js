/* The path finder of the left column (/api/graph/path). */

import { $, status, api } from './dom.js';
import { cy, show, busy } from './graph.js';
import { activatePreset } from './presets.js';

export function pathEnd(selector, entity) {
  const input = $(selector);
  input.value = entity.name;
  input.dataset.key = entity.key;
}

export async function findPaths() {
  const from = $('#path-from').dataset.key;
  const to = $('#path-to').dataset.key;
  if (!from || !to) {
    status('Choose both ends of the path from the suggestions', 'error');
    return;
  }
  activatePreset('none');
  await busy('Finding paths…', async () => {
    const answer = await api('/api/graph/path', { from, to, maxLength: $('#path-max').value });
    const count = (answer.paths || []).length;
    await show(answer, `Paths ${$('#path-from').value} → ${$('#path-to').value}: ${count}`);
    markPaths(answer.paths || [], from, to);
    if (!count) status('No path within that length', 'error');
  });
}

function markPaths(paths, from, to) {
  for (const keys of paths) {
    for (let i = 0; i < keys.length; i++) {
      cy.getElementById(keys[i]).addClass('path');
      if (i + 1 < keys.length) cy.getElementById(keys[i]).edgesWith(cy.getElementById(keys[i + 1])).addClass('path');
    }
  }
  cy.getElementById(from).addClass('found');
  cy.getElementById(to).addClass('found');
}
