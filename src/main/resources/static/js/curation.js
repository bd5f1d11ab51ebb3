/*
 * Curation from the page (docs/curation.md): with the admin token given in the left column (kept
 * in this tab's sessionStorage only), the side panel offers merge, rename and reject on the
 * selected entity and reject on the selected edge. Each is one POST /api/curation, which writes
 * the curation file and applies the operation at once.
 */

import { $, el, status } from './dom.js';
import { cy } from './graph.js';

const STORAGE = 'kg.adminToken';

export const adminToken = () => sessionStorage.getItem(STORAGE) || '';

/** The token field: what is typed is kept for this tab, an empty field forgets it. */
export function wireToken() {
  const input = $('#admin-token');
  input.value = adminToken();
  input.addEventListener('change', () => {
    const value = input.value.trim();
    if (value) sessionStorage.setItem(STORAGE, value);
    else sessionStorage.removeItem(STORAGE);
    status(value ? 'Admin token set: curation actions appear in the side panel.' : 'Admin token forgotten.');
  });
}

/** POSTs one operation; a problem+json answer becomes an Error with its detail. */
async function curate(operation) {
  const response = await fetch('/api/curation', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${adminToken()}` },
    body: JSON.stringify(operation),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || `${response.status} ${response.statusText}`);
  return body;
}

/** Runs an operation and reports it on the status line; true when it was applied. */
async function run(operation) {
  try {
    const applied = await curate(operation);
    status(`Curated: ${operation.op} — ${applied.outcome}`, 'ok');
    return true;
  } catch (error) {
    status(`Curation refused: ${error.message}`, 'error');
    return false;
  }
}

const labelOf = (key) => key.slice(0, key.indexOf(':'));

/**
 * The curation block of an entity's panel, or null without a token.
 *
 * @param entity   the entity as /api/entities/{key} answers
 * @param open     opens an entity by key (after a merge or a rename)
 * @param close    closes the panel (after a rejection)
 */
export function entityCuration(entity, { open, close }) {
  if (!adminToken()) return null;
  const mergeInto = el('input', { type: 'text', placeholder: 'Key to merge into, e.g. Enterprise:某某有限公司', 'data-testid': 'curate-merge-into' });
  const newName = el('input', { type: 'text', value: entity.name, 'data-testid': 'curate-name' });
  const gone = () => cy.getElementById(entity.key).remove();
  return el('section', { class: 'curation', 'data-testid': 'curation' },
    el('h4', {}, 'Curate'),
    el('div', { class: 'curation-row' }, mergeInto,
      el('button', {
        'data-testid': 'curate-merge',
        onclick: async () => {
          const into = mergeInto.value.trim();
          if (into && await run({ op: 'merge', from: entity.key, into })) { gone(); open(into); }
        },
      }, 'Merge into')),
    el('div', { class: 'curation-row' }, newName,
      el('button', {
        'data-testid': 'curate-rename',
        onclick: async () => {
          const name = newName.value.trim();
          if (name && name !== entity.name && await run({ op: 'rename', key: entity.key, name })) {
            gone();
            open(`${labelOf(entity.key)}:${name}`);
          }
        },
      }, 'Rename')),
    el('button', {
      class: 'danger', 'data-testid': 'curate-reject-entity',
      onclick: async () => {
        if (window.confirm(`Reject ${entity.key}? It is removed now and after every extraction.`)
            && await run({ op: 'reject-entity', key: entity.key })) { gone(); close(); }
      },
    }, 'Reject entity'));
}

/** The curation block of an edge's panel (a Cytoscape edge), or null without a token. */
export function edgeCuration(edge, { close }) {
  if (!adminToken()) return null;
  const operation = { op: 'reject-edge', source: edge.source().id(), type: edge.data('type'), target: edge.target().id() };
  return el('section', { class: 'curation', 'data-testid': 'curation' },
    el('h4', {}, 'Curate'),
    el('button', {
      class: 'danger', 'data-testid': 'curate-reject-edge',
      onclick: async () => {
        if (await run(operation)) { edge.remove(); close(); }
      },
    }, 'Reject edge'));
}
