/* Search boxes with suggestions from the full-text index. */

import { shapeIcon } from './ontology.js';
import { el, debounce, status, api } from './dom.js';

/**
 * Turns an input and the list after it into a search box: suggestions from /api/search, keys
 * up/down and Enter to choose; onPick(hit) gets the chosen {key, label, name, aliases}.
 */
export function autocomplete(input, list, onPick) {
  let hits = [];
  let current = -1;

  const render = () => {
    list.replaceChildren(...(hits.length ? hits.map((hit, i) => el('li', {
      role: 'option', class: i === current ? 'current' : '', 'data-key': hit.key,
      onmousedown: (event) => { event.preventDefault(); pick(i); },
    }, shapeIcon(hit.label), el('span', {}, hit.name),
    hit.aliases && hit.aliases.length ? el('span', { class: 'aliases' }, hit.aliases.join('、')) : null))
      : [el('li', { class: 'empty' }, 'No match')]));
    list.hidden = false;
  };
  const pick = (i) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    input.dataset.key = hit.key;
    list.hidden = true;
    onPick(hit);
  };
  const suggest = debounce(async () => {
    const q = input.value.trim();
    if (!q) { list.hidden = true; return; }
    try {
      hits = await api('/api/search', { q, limit: 12 });
    } catch (error) {
      hits = [];
      status(error.message, 'error');
    }
    current = hits.length ? 0 : -1;
    if (document.activeElement === input) render();
  }, 180);

  input.addEventListener('input', () => { delete input.dataset.key; suggest(); });
  input.addEventListener('blur', () => { list.hidden = true; });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      current = (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      pick(current < 0 ? 0 : current);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      list.hidden = true;
    }
  });
}
