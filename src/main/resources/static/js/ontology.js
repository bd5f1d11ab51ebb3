/* Colours and shapes of the ontology's labels and relationship types (docs/design.md), and the legend's icons. */

import { el } from './dom.js';

/** Colour and Cytoscape shape of every node label; the legend is drawn from this table. */
export const LABELS = {
  Enterprise:        { colour: '#2f6fbf', shape: 'round-rectangle', zh: '企业' },
  ResearchInstitute: { colour: '#2e9a4b', shape: 'diamond',         zh: '科研机构' },
  Park:              { colour: '#8d5a3b', shape: 'hexagon',         zh: '园区' },
  Fund:              { colour: '#d23c3c', shape: 'star',            zh: '基金' },
  Policy:            { colour: '#8a5cc2', shape: 'rectangle',       zh: '政策' },
  City:              { colour: '#f08a24', shape: 'ellipse',         zh: '行政区' },
  GovernmentAgency:  { colour: '#5b6675', shape: 'octagon',         zh: '政府机构' },
  Association:       { colour: '#d4569e', shape: 'triangle',        zh: '协会' },
  Platform:          { colour: '#16a3b5', shape: 'barrel',          zh: '平台' },
  Industry:          { colour: '#a3a824', shape: 'tag',             zh: '产业' },
  Document:          { colour: '#9aa3ad', shape: 'rectangle',       zh: '文档' },
};

const UNKNOWN_LABEL = { colour: '#999999', shape: 'ellipse', zh: '' };

/** Colour of every relationship type. */
export const TYPES = {
  FUNDS: '#d23c3c', MANAGES: '#b4451f', TARGETS: '#a3a824', HOSTS: '#f08a24', PARTNERS_WITH: '#2f6fbf',
  FOUNDED: '#2e9a4b', SUPPORTS: '#8a5cc2', ISSUES: '#5b6675', PART_OF: '#b8bec6', IN_INDUSTRY: '#c9c37a',
  MENTIONED_IN: '#d5d9de',
};

export const SYMMETRIC = new Set(['PARTNERS_WITH']);

export const labelStyle = (label) => LABELS[label] || UNKNOWN_LABEL;

function svgElement(tag, attributes) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const polygon = (n, rotation = 0) => Array.from({ length: n }, (_, i) => {
  const angle = rotation + (2 * Math.PI * i) / n;
  return [Math.cos(angle), Math.sin(angle)];
});

const SHAPE_POINTS = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: polygon(6),
  octagon: polygon(8, Math.PI / 8),
  triangle: [[0, -1], [1, 0.8], [-1, 0.8]],
  tag: [[-1, -0.7], [0.4, -0.7], [1, 0], [0.4, 0.7], [-1, 0.7]],
  star: polygon(10, -Math.PI / 2).map(([x, y], i) => (i % 2 ? [x * 0.45, y * 0.45] : [x, y])),
};

/** Draws a label's shape in a small SVG, the same shape the graph uses. */
export function shapeIcon(label) {
  const { colour, shape } = labelStyle(label);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', 16);
  svg.setAttribute('height', 16);
  svg.setAttribute('viewBox', '-1 -1 2 2');
  const points = SHAPE_POINTS[shape];
  const figure = points
    ? svgElement('polygon', { points: points.map(([x, y]) => `${x * 0.9},${y * 0.9}`).join(' ') })
    : shape === 'ellipse'
      ? svgElement('circle', { r: 0.88 })
      : svgElement('rect', { x: -0.88, y: -0.7, width: 1.76, height: 1.4, rx: shape === 'rectangle' ? 0 : 0.35 });
  figure.setAttribute('fill', colour);
  svg.append(figure);
  return svg;
}

export function typeTag(type) {
  return el('span', { class: 'type', style: `background:${TYPES[type] || '#888'}` }, type);
}
