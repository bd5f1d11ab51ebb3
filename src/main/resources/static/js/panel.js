/* The side panel: an entity or an edge with its evidence, both entities marked in each sentence. */

import { SYMMETRIC, labelStyle, typeTag } from './ontology.js';
import { $, el, yi, api, entityUrl } from './dom.js';
import { cy, setAutoFit, containerResized, expand } from './graph.js';
import { pathEnd } from './paths.js';
import { entityFragment, remember } from './address.js';
import { conflictsSection } from './conflicts.js';
import { entityCuration, edgeCuration } from './curation.js';

/** A search hit: its neighbourhood joins the view and the entity is selected. */
export async function openEntity(key) {
  await expand(key);
  focusNode(key);
}

/** Selects a node, centres it and opens its side panel. */
function focusNode(key) {
  const node = cy.getElementById(key);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  setAutoFit(false);
  showEntity(key); // opens the panel first, so that the centre is that of the narrower view
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
}

function openPanel(...content) {
  $('#side-body').replaceChildren(...content.flat(Infinity).filter((part) => part !== null && part !== undefined));
  $('#side-panel').hidden = false;
  containerResized();
}

export function closePanel() {
  $('#side-panel').hidden = true;
  containerResized();
}

function entityLink(ref) {
  return el('a', {
    class: 'entity-link', title: ref.key, 'data-key': ref.key,
    onclick: () => (cy.getElementById(ref.key).nonempty() ? focusNode(ref.key) : openEntity(ref.key)),
  }, ref.name || ref.key);
}

/** Names an entity may appear under in a sentence: its name and aliases, longest first. */
export function namesOf(key, name) {
  const node = cy.getElementById(key);
  const names = [name || key.slice(key.indexOf(':') + 1)];
  if (node.nonempty()) names.push(node.data('name'), ...(node.data('aliases') || []));
  return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/**
 * Where an entity is mentioned in a sentence: every occurrence of a name or alias; when none
 * occurs (the sentence says 市工业和信息化局 for 株洲市工业和信息化局), the longest part of the
 * name that does, if it is at least half the name and two characters long.
 */
function mentionRanges(sentence, names) {
  const ranges = [];
  for (const name of names) {
    for (let at = sentence.indexOf(name); name && at >= 0; at = sentence.indexOf(name, at + name.length)) {
      ranges.push([at, at + name.length]);
    }
  }
  if (ranges.length) return ranges;
  const name = names[0] || '';
  const part = longestSharedPart(sentence, name);
  if (part.length < 2 || part.length * 2 < name.length) return [];
  for (let at = sentence.indexOf(part); at >= 0; at = sentence.indexOf(part, at + part.length)) {
    ranges.push([at, at + part.length]);
  }
  return ranges;
}

function longestSharedPart(sentence, name) {
  for (let length = name.length - 1; length >= 2; length--) {
    for (let start = 0; start + length <= name.length; start++) {
      const part = name.slice(start, start + length);
      if (sentence.includes(part)) return part;
    }
  }
  return '';
}

/** A sentence with the mentions of both entities in <mark>; overlapping ranges keep the first. */
function highlighted(sentence, first, second) {
  const ranges = [
    ...mentionRanges(sentence, first).map(([s, e]) => [s, e, 'self']),
    ...mentionRanges(sentence, second).map(([s, e]) => [s, e, 'other']),
  ].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts = [];
  let at = 0;
  for (const [start, end, kind] of ranges) {
    if (start < at) continue;
    parts.push(sentence.slice(at, start), el('mark', { class: kind }, sentence.slice(start, end)));
    at = end;
  }
  parts.push(sentence.slice(at));
  return parts;
}

export function evidenceBlock(item, first, second) {
  return el('blockquote', { class: 'evidence', 'data-testid': 'evidence' },
    highlighted(item.sentence || '', first, second),
    el('span', { class: 'source' }, [item.document, item.date, `${item.start}–${item.end}`].filter(Boolean).join(' · ')));
}

function propertiesList(properties) {
  const entries = Object.entries(properties || {}).filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!entries.length) return el('p', { class: 'muted' }, '—');
  return el('dl', {}, entries.flatMap(([name, value]) => [
    el('dt', {}, name),
    el('dd', {}, name === 'sizeCny' ? `${value.toLocaleString('zh-CN')} 元 (${yi(value)} 亿元)` : formatValue(value)),
  ]));
}

const formatValue = (value) => (Array.isArray(value) ? value.join('、')
  : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The side panel for an entity: /api/entities/{key}. The address becomes #entity/KEY. */
export async function showEntity(key) {
  remember(entityFragment(key));
  const node = cy.getElementById(key);
  const label = node.nonempty() ? node.data('label') : key.split(':')[0];
  openPanel(el('p', { class: 'muted' }, 'Loading…'));
  let entity;
  try {
    entity = await api(entityUrl(key));
  } catch (error) {
    openPanel(el('p', { class: 'muted' }, error.message));
    return;
  }
  if (node.nonempty()) node.data({ aliases: entity.aliases || [], documents: entity.documents || [], documentCount: entity.documentCount });
  const selfNames = [entity.name, ...(entity.aliases || [])].sort((a, b) => b.length - a.length);
  const edges = (entity.edges || []).filter((edge) => edge.type !== 'MENTIONED_IN');
  openPanel(
    el('span', { class: 'label-tag', style: `background:${labelStyle(label).colour}` }, `${entity.label || label} ${labelStyle(label).zh}`),
    el('h3', { 'data-testid': 'entity-name' }, entity.name),
    el('div', { class: 'key' }, entity.key),
    el('div', { class: 'panel-actions' },
      el('button', { onclick: () => expand(key) }, 'Add neighbours'),
      el('button', { onclick: () => pathEnd('#path-from', entity) }, 'Path from here'),
      el('button', { onclick: () => pathEnd('#path-to', entity) }, 'Path to here')),
    el('h4', {}, 'Aliases'),
    entity.aliases && entity.aliases.length ? el('p', {}, entity.aliases.join('、')) : el('p', { class: 'muted' }, '—'),
    el('h4', {}, 'Properties'),
    propertiesList(entity.properties),
    conflictsSection(key),
    el('h4', {}, `Documents (${entity.documentCount ?? (entity.documents || []).length})`),
    documentList(entity),
    el('h4', {}, `Relationships (${edges.length})`),
    edges.map((edge) => entityEdgeItem(edge, selfNames)),
    entityCuration(entity, { open: openEntity, close: closePanel }),
  );
}

/**
 * The documents that mention an entity: the first page came with it; a button fetches the next ones
 * (/api/entities/{key}/documents), so that a city that thousands of documents mention shows them all.
 */
function documentList(entity) {
  const shown = [...(entity.documents || [])];
  if (!shown.length) return el('p', { class: 'muted' }, '—');
  const total = entity.documentCount ?? shown.length;
  const list = el('ul', { class: 'plain', 'data-testid': 'documents' }, shown.map((d) => el('li', {}, d)));
  const more = el('button', { 'data-testid': 'more-documents' });
  const label = () => { more.textContent = `More documents (${total - shown.length} left)`; more.hidden = shown.length >= total; };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await api(`${entityUrl(entity.key)}/documents`, { offset: shown.length });
      shown.push(...page.documents);
      list.append(...page.documents.map((d) => el('li', {}, d)));
      if (!page.documents.length) more.hidden = true; else label();
    } catch (error) {
      more.textContent = error.message;
    } finally {
      more.disabled = false;
    }
  });
  label();
  return [list, more];
}

/** One edge of an entity with its evidence: this entity and the other one marked. */
function entityEdgeItem(edge, selfNames) {
  const other = edge.other || { key: edge.direction === 'out' ? edge.target : edge.source };
  const arrow = SYMMETRIC.has(edge.type) ? '—' : edge.direction === 'out' ? '→' : '←';
  const props = edge.properties || {};
  return el('div', { class: 'edge-item', 'data-testid': 'edge-item' },
    el('div', { class: 'edge-head' }, el('span', {}, arrow), typeTag(edge.type), entityLink(other),
      el('span', { class: 'meta' }, [props.method, props.confidence !== undefined ? `conf. ${props.confidence}` : null].filter(Boolean).join(' · '))),
    (edge.evidence || []).map((item) => evidenceBlock(item, selfNames, namesOf(other.key, other.name))));
}

/* A subgraph answer carries an edge's first evidence items and evidenceCount; the entity has them all. */
function moreEvidence(shown, all, source) {
  return all > shown
    ? el('p', { class: 'hint' }, `${all - shown} more: open `, entityLink({ key: source.id(), name: source.data('name') }),
      ' for every sentence.')
    : null;
}

/** The side panel for an edge of the view: its evidence with both ends marked. */
export function showEdge(edge) {
  const source = edge.source();
  const target = edge.target();
  const props = edge.data('properties') || {};
  const evidence = edge.data('evidence') || [];
  const all = props.evidenceCount;
  openPanel(
    typeTag(edge.data('type')),
    el('h3', {}, entityLink({ key: source.id(), name: source.data('name') }),
      SYMMETRIC.has(edge.data('type')) ? ' — ' : ' → ',
      entityLink({ key: target.id(), name: target.data('name') })),
    el('h4', {}, 'Properties'),
    propertiesList(props),
    el('h4', {}, `Evidence (${all > evidence.length ? `${evidence.length} of ${all}` : evidence.length})`),
    evidence.map((item) => evidenceBlock(item,
      namesOf(source.id(), source.data('name')), namesOf(target.id(), target.data('name')))),
    moreEvidence(evidence.length, all, source),
    edgeCuration(edge, { close: closePanel }),
  );
}
