/*
 * The graph view: Cytoscape.js with the fcose layout, fed by the REST API (issue 4).
 * Plain JavaScript, no build step. Sections: ontology styling, API, graph model, layout,
 * filters and legend, search, side panel (evidence), presets (the three questions of §7),
 * path finder, export, start-up.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- ontology styling (DESIGN §3)

  /** Colour and Cytoscape shape of every node label; the legend is drawn from this table. */
  const LABELS = {
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
  const TYPES = {
    FUNDS: '#d23c3c', MANAGES: '#b4451f', TARGETS: '#a3a824', HOSTS: '#f08a24', PARTNERS_WITH: '#2f6fbf',
    FOUNDED: '#2e9a4b', SUPPORTS: '#8a5cc2', ISSUES: '#5b6675', PART_OF: '#b8bec6', IN_INDUSTRY: '#c9c37a',
    MENTIONED_IN: '#d5d9de',
  };
  const SYMMETRIC = new Set(['PARTNERS_WITH']);

  /** Above this many nodes the view switches to its large-graph settings (fewer names, cheaper rendering). */
  const LARGE = 200;
  /** Above this many nodes the layout runs in draft quality only. */
  const HUGE = 2000;

  const labelStyle = (label) => LABELS[label] || UNKNOWN_LABEL;

  // ---------------------------------------------------------------- small helpers

  const $ = (selector, root = document) => root.querySelector(selector);

  /** Creates an element: el('td', {class: 'num'}, 'text', child, ...). */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function debounce(fn, ms) {
    let timer;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  function download(filename, href) {
    const link = el('a', { href, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
  }

  /** 10000000000 -> "100"; amounts in 亿元 (1e8 yuan), at most two decimals. */
  function yi(sizeCny) {
    if (sizeCny === null || sizeCny === undefined) return '';
    return (sizeCny / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  }

  /** How a size qualifier of a fund (FundFacts) is shown before the amount. */
  const QUALIFIER_SIGNS = { 'at-least': '≥', approx: '≈' };

  // ---------------------------------------------------------------- status line

  function status(text, kind = '') {
    const line = $('#status');
    line.textContent = text;
    line.className = kind;
  }

  function countStatus() {
    const nodes = cy.nodes('[key]');
    status(`${nodes.length} nodes · ${cy.edges().length} edges`);
  }

  function setTitle(text) {
    $('#view-title').textContent = text || '';
  }

  // ---------------------------------------------------------------- API (issue 4)

  /** GET an API path with query parameters; a problem+json answer becomes an Error with its detail. */
  async function api(path, params = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') query.set(name, value);
    }
    const url = path + (query.toString() ? '?' + query : '');
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || body.title);
      throw new Error(detail || `${response.status} ${response.statusText} (${path})`);
    }
    return body;
  }

  const entityUrl = (key) => '/api/entities/' + encodeURIComponent(key);

  /** Runs an async action with a busy status line; errors are shown, not thrown. */
  async function busy(text, action) {
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

  // ---------------------------------------------------------------- graph model

  /** What the stylesheet depends on: names on or off, and whether the graph is large. */
  const look = { names: true, large: false };

  const cy = cytoscape({
    container: $('#cy'),
    minZoom: 0.05,
    maxZoom: 4,
    style: graphStyle(look),
  });
  window.cy = cy; // for the end-to-end test and the console

  function restyle(change) {
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

  const edgeId = (edge) => `${edge.source}|${edge.type}|${edge.target}`;

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
  function merge(subgraph) {
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
  function show(subgraph, title) {
    clearView();
    return draw(subgraph, title);
  }

  /** Adds a subgraph to an empty view (a results table may already be open) and lays it out. */
  async function draw(subgraph, title) {
    setTitle(title);
    merge(subgraph);
    applyFilters();
    await layout();
    countStatus();
  }

  function clearView() {
    cy.elements().remove();
    hideResults();
    closePanel();
    setTitle('');
  }

  /** The elements of the view as a §6 subgraph: nodes and edges that are not filtered out. */
  function currentSubgraph() {
    const visible = cy.elements().not('.filtered');
    const nodes = visible.nodes('[key]').map((node) => ({
      key: node.data('key'),
      label: node.data('label'),
      name: node.data('name'),
      aliases: node.data('aliases'),
      properties: node.data('properties'),
      documents: node.data('documents'),
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

  // ---------------------------------------------------------------- layout

  /** fcose on the given elements (default: all); lighter settings for large graphs. */
  function layout(elements = cy.elements(), extra = {}) {
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
  function largeGraphSettings() {
    const large = cy.nodes().length > LARGE;
    cy.renderer().hideEdgesOnViewport = large;
    cy.renderer().textureOnViewport = large;
  }

  // ---------------------------------------------------------------- filters and legend

  const hiddenLabels = new Set();
  const hiddenTypes = new Set();

  /** Draws a label's shape in a small SVG, the same shape the graph uses. */
  function shapeIcon(label) {
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

  function drawFilters() {
    const labels = $('#label-filters');
    labels.replaceChildren(...Object.keys(LABELS).filter((l) => l !== 'Document').map((label) => filterItem(
      'label', label, shapeIcon(label), `${label} ${labelStyle(label).zh}`, hiddenLabels)));
    const types = $('#type-filters');
    types.replaceChildren(...Object.keys(TYPES).filter((t) => t !== 'MENTIONED_IN').map((type) => filterItem(
      'type', type, el('span', { class: 'swatch-line', style: `border-color:${TYPES[type]}` }), type, hiddenTypes)));
    updateFilterCounts();
  }

  function filterItem(kind, value, icon, text, hidden) {
    const box = el('input', {
      type: 'checkbox', checked: !hidden.has(value), 'data-testid': `filter-${kind}-${value}`,
      onchange: (event) => {
        if (event.target.checked) hidden.delete(value); else hidden.add(value);
        applyFilters();
      },
    });
    return el('li', { dataset: { [kind]: value } }, el('label', {}, box, icon, el('span', {}, text), el('span', { class: 'count' })));
  }

  function updateFilterCounts() {
    for (const item of document.querySelectorAll('#label-filters li')) {
      const count = cy.nodes(`[label = "${item.dataset.label}"]`).length;
      $('.count', item).textContent = count || '';
      item.classList.toggle('empty', count === 0);
    }
    for (const item of document.querySelectorAll('#type-filters li')) {
      const count = cy.edges(`[type = "${item.dataset.type}"]`).length;
      $('.count', item).textContent = count || '';
      item.classList.toggle('empty', count === 0);
    }
  }

  function applyFilters() {
    cy.batch(() => {
      cy.nodes('[key]').forEach((node) => node.toggleClass('filtered', hiddenLabels.has(node.data('label'))));
      cy.edges().forEach((edge) => edge.toggleClass('filtered', hiddenTypes.has(edge.data('type'))));
    });
    updateFilterCounts();
  }

  // ---------------------------------------------------------------- search with suggestions

  /**
   * Turns an input and the list after it into a search box: suggestions from /api/search, keys
   * up/down and Enter to choose; onPick(hit) gets the chosen {key, label, name, aliases}.
   */
  function autocomplete(input, list, onPick) {
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

  /** A search hit: its neighbourhood joins the view and the entity is selected. */
  async function openEntity(key) {
    await expand(key);
    focusNode(key);
  }

  // ---------------------------------------------------------------- expanding and focusing

  /** Adds the depth-1 neighbourhood of an entity to the view and lays out only what is new. */
  async function expand(key) {
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

  /** Selects a node, centres it and opens its side panel. */
  function focusNode(key) {
    const node = cy.getElementById(key);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    autoFit = false;
    showEntity(key); // opens the panel first, so that the centre is that of the narrower view
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
  }

  // ---------------------------------------------------------------- side panel: evidence

  /** Whether the view follows size changes of its container with a fit (until the user pans or zooms). */
  let autoFit = true;

  /** Zoom at most this far when fitting, so that a graph of three nodes is not drawn huge. */
  const FIT_MAX_ZOOM = 1.3;

  /** Fits the visible graph into the view, not zoomed in further than FIT_MAX_ZOOM. */
  function fitView() {
    const visible = cy.elements().not('.filtered');
    cy.fit(visible, 40);
    if (cy.zoom() > FIT_MAX_ZOOM) {
      cy.zoom(FIT_MAX_ZOOM);
      cy.center(visible);
    }
    autoFit = true;
  }

  /** The container changed size (a panel opened or closed): keep the graph in sight. */
  function containerResized() {
    cy.resize();
    if (autoFit) fitView();
  }

  function openPanel(...content) {
    $('#side-body').replaceChildren(...content.flat(Infinity).filter((part) => part !== null && part !== undefined));
    $('#side-panel').hidden = false;
    containerResized();
  }

  function closePanel() {
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
  function namesOf(key, name) {
    const node = cy.getElementById(key);
    const names = [name || key.slice(key.indexOf(':') + 1)];
    if (node.nonempty()) names.push(node.data('name'), ...(node.data('aliases') || []));
    return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  }

  /**
   * Where an entity is mentioned in a sentence: every occurrence of a name or alias; when none
   * occurs (the sentence says 市工业和信息化局 for 中山市工业和信息化局), the longest part of the
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

  function evidenceBlock(item, first, second) {
    return el('blockquote', { class: 'evidence', 'data-testid': 'evidence' },
      highlighted(item.sentence || '', first, second),
      el('span', { class: 'source' }, `${item.document} · ${item.start}–${item.end}`));
  }

  function typeTag(type) {
    return el('span', { class: 'type', style: `background:${TYPES[type] || '#888'}` }, type);
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
  async function showEntity(key) {
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
    if (node.nonempty()) node.data({ aliases: entity.aliases || [], documents: entity.documents || [] });
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
      el('h4', {}, 'Documents'),
      (entity.documents || []).length ? el('ul', { class: 'plain' }, entity.documents.map((d) => el('li', {}, d))) : el('p', { class: 'muted' }, '—'),
      el('h4', {}, `Relationships (${edges.length})`),
      edges.map((edge) => entityEdgeItem(edge, selfNames)),
    );
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

  /** The side panel for an edge of the view: its evidence with both ends marked. */
  function showEdge(edge) {
    const source = edge.source();
    const target = edge.target();
    const props = edge.data('properties') || {};
    openPanel(
      typeTag(edge.data('type')),
      el('h3', {}, entityLink({ key: source.id(), name: source.data('name') }),
        SYMMETRIC.has(edge.data('type')) ? ' — ' : ' → ',
        entityLink({ key: target.id(), name: target.data('name') })),
      el('h4', {}, 'Properties'),
      propertiesList(props),
      el('h4', {}, `Evidence (${(edge.data('evidence') || []).length})`),
      (edge.data('evidence') || []).map((item) => evidenceBlock(item,
        namesOf(source.id(), source.data('name')), namesOf(target.id(), target.data('name')))),
    );
  }

  // ---------------------------------------------------------------- results table under the graph

  function showResults(title, ...content) {
    $('#results-title').textContent = title;
    $('#results-body').replaceChildren(...content.flat(Infinity));
    $('#results').hidden = false;
    containerResized();
  }

  function hideResults() {
    $('#results').hidden = true;
    containerResized();
  }

  function table(id, headings, rows) {
    return el('table', { id, class: 'results', 'data-testid': id },
      el('thead', {}, el('tr', {}, headings.map((h) => el('th', {}, h)))),
      el('tbody', {}, rows));
  }

  /** A table row that selects its entity (or entities) in the graph when clicked. */
  function selectingRow(keys, cells, onclick) {
    return el('tr', {
      'data-key': keys[0],
      onclick: (event) => {
        document.querySelectorAll('table.results tr.selected').forEach((row) => row.classList.remove('selected'));
        event.currentTarget.classList.add('selected');
        if (onclick) onclick(); else highlightKeys(keys);
      },
    }, cells);
  }

  function highlightKeys(keys) {
    const chosen = cy.collection(keys.map((key) => cy.getElementById(key)).filter((n) => n.nonempty()));
    if (chosen.empty()) return;
    cy.elements().unselect();
    chosen.select();
    autoFit = false;
    cy.animate({ fit: { eles: chosen.closedNeighborhood(), padding: 60 } }, { duration: 300 });
    if (keys.length === 1) showEntity(keys[0]);
  }

  // ---------------------------------------------------------------- preset 1: enterprise ↔ institute

  async function presetRelationships() {
    activatePreset('#preset-relationships');
    await busy('Finding enterprise ↔ research institute paths…', async () => {
      const paths = await api('/api/relationships', { from: 'Enterprise', to: 'ResearchInstitute' });
      const graph = relationshipGraph(paths);
      clearView();
      merge(graph);
      showResults(`Enterprise ↔ research institute — ${paths.length} paths (length ≤ 2)`, relationshipTable(paths));
      await draw(graph, `Enterprise ↔ research institute: ${paths.length} paths`);
    });
  }

  /** The paths as a subgraph: the answer gives each path's edges with their directions and evidence. */
  function relationshipGraph(paths) {
    const nodes = new Map();
    const edges = new Map();
    for (const p of paths) {
      [p.from, p.via, p.to].filter(Boolean)
        .forEach((ref) => nodes.set(ref.key, Object.assign({ aliases: [], documents: [] }, ref)));
      for (const edge of p.edges || []) {
        edges.set(`${edge.source}|${edge.type}|${edge.target}`, edge);
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  function relationshipTable(paths) {
    return table('relations-table', ['Enterprise / institute', 'Path', 'Research institute / enterprise', 'Evidence'],
      paths.map((p) => selectingRow([p.from.key, p.to.key], [
        el('td', {}, p.from.name),
        el('td', {}, (p.path || []).join(p.via ? ` · ${p.via.name} · ` : ''), p.via ? null : ''),
        el('td', {}, p.to.name),
        el('td', { class: 'sentence' }, (p.evidence || []).slice(0, 1).map((item) => evidenceBlock(item,
          namesOf(p.from.key, p.from.name), namesOf(p.to.key, p.to.name)))),
      ])));
  }

  // ---------------------------------------------------------------- preset 2: funds → humanoid robotics

  const FUND_INDUSTRY = '人形机器人';

  async function presetFunds() {
    activatePreset('#preset-funds');
    await busy('Finding funds targeting humanoid robotics…', async () => {
      const funds = await api('/api/funds', { industry: FUND_INDUSTRY });
      const graph = withRealEdges(fundGraph(funds), await fundSurroundings(funds));
      clearView();
      merge(graph);
      showResults(`Funds targeting ${FUND_INDUSTRY} — ${funds.length}, largest first`, fundTable(funds));
      await draw(graph, `Funds targeting ${FUND_INDUSTRY} (humanoid robotics): ${funds.length}`);
    });
  }

  /** Edge types around a fund that say what it targets, where it is, who manages and funds it. */
  const FUND_EDGE_TYPES = new Set(['TARGETS', 'HOSTS', 'MANAGES', 'FUNDS', 'PART_OF']);

  /**
   * The funds' own edges of those types, from their neighbourhoods (so every edge has its
   * evidence), and the PART_OF edges between the industries they reach.
   */
  async function fundSurroundings(funds) {
    const keys = new Set(funds.map((fund) => fund.key));
    const neighbourhoods = await Promise.all(funds.map((fund) => api('/api/graph/neighbourhood', { key: fund.key, depth: 1, limit: 60 })
      .catch(() => ({ nodes: [], edges: [] }))));
    const nodes = new Map();
    const edges = new Map();
    for (const graph of neighbourhoods) {
      for (const edge of graph.edges || []) {
        const ofFund = (keys.has(edge.source) || keys.has(edge.target)) && FUND_EDGE_TYPES.has(edge.type);
        const taxonomy = edge.type === 'PART_OF' && edge.source.startsWith('Industry:') && edge.target.startsWith('Industry:');
        if (ofFund || taxonomy) edges.set(edgeId(edge), edge);
      }
      for (const node of graph.nodes || []) nodes.set(node.key, node);
    }
    const used = new Set([...edges.values()].flatMap((edge) => [edge.source, edge.target]));
    return { nodes: [...nodes.values()].filter((node) => used.has(node.key)), edges: [...edges.values()] };
  }

  /** A derived subgraph with the real nodes and edges laid over it; a derived edge stays only where no real one is. */
  function withRealEdges(derived, real) {
    const nodes = new Map(derived.nodes.map((node) => [node.key, node]));
    for (const node of real.nodes) nodes.set(node.key, Object.assign({}, nodes.get(node.key), node));
    const edges = new Map(derived.edges.map((edge) => [edgeId(edge), edge]));
    for (const edge of real.edges) edges.set(edgeId(edge), edge);
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }

  /**
   * The funds as a subgraph from the answer alone: fund –TARGETS→ the industry it targets, the
   * industry path to 人形机器人 (PART_OF), the city that HOSTS it and the enterprise that
   * MANAGES it. Edges drawn from the answer rather than read from the graph are marked derived
   * (dashed); the real edges replace them where they exist.
   */
  function fundGraph(funds) {
    const nodes = new Map();
    const edges = [];
    const addNode = (node) => { if (!nodes.has(node.key)) nodes.set(node.key, node); };
    const industry = (name) => ({ key: `Industry:${name}`, label: 'Industry', name, aliases: [], documents: [] });
    const derived = (source, target, type, evidence = []) => ({ source, target, type, properties: { derived: 'answer' }, evidence, derived: true });
    for (const fund of funds) {
      addNode({
        key: fund.key, label: 'Fund', name: fund.name, aliases: fund.aliases || [], documents: documentsOf(fund.evidence),
        properties: pick(fund, ['sizeCny', 'sizeText', 'sizeQualifier', 'established', 'status']),
      });
      const via = fund.via && fund.via.length ? fund.via : [FUND_INDUSTRY];
      via.forEach((name) => addNode(industry(name)));
      edges.push(derived(fund.key, industry(via[0]).key, 'TARGETS', fund.evidence || []));
      for (let i = 0; i + 1 < via.length; i++) {
        const [from, to] = fund.match === 'broader' ? [via[i + 1], via[i]] : [via[i], via[i + 1]];
        edges.push(derived(industry(from).key, industry(to).key, 'PART_OF'));
      }
      if (fund.city) {
        addNode(Object.assign({ aliases: [], documents: [] }, fund.city));
        edges.push(derived(fund.city.key, fund.key, 'HOSTS'));
      }
      if (fund.manager) {
        addNode(Object.assign({ aliases: [], documents: [] }, fund.manager));
        edges.push(derived(fund.manager.key, fund.key, 'MANAGES'));
      }
    }
    return { nodes: [...nodes.values()], edges };
  }

  const documentsOf = (evidence) => [...new Set((evidence || []).map((item) => item.document))];

  function pick(object, names) {
    const picked = {};
    for (const name of names) if (object[name] !== null && object[name] !== undefined) picked[name] = object[name];
    return picked;
  }

  function fundTable(funds) {
    return table('funds-table', ['#', 'Fund 基金', 'Size 亿元', 'As written', 'Established', 'City', 'Status', 'Match', 'Manager'],
      funds.map((fund, i) => selectingRow([fund.key], [
        el('td', { class: 'num' }, i + 1),
        el('td', {}, fund.name),
        el('td', { class: 'num', 'data-testid': 'fund-size' },
          fund.sizeCny === null || fund.sizeCny === undefined ? '—'
            : `${QUALIFIER_SIGNS[fund.sizeQualifier] || ''}${yi(fund.sizeCny)}`),
        el('td', {}, fund.sizeText || ''),
        el('td', {}, fund.established || ''),
        el('td', {}, fund.city ? fund.city.name : ''),
        el('td', {}, fund.status || ''),
        el('td', {}, el('span', { class: `match ${fund.match}`, title: (fund.via || []).join(' → ') }, fund.match),
          fund.via && fund.via.length > 1 ? el('span', { class: 'muted' }, ` via ${fund.via[0]}`) : null),
        el('td', {}, fund.manager ? fund.manager.name : ''),
      ])));
  }

  // ---------------------------------------------------------------- preset 3: Shenzhen ↔ Zhongshan

  async function presetLinks() {
    activatePreset('#preset-links');
    await busy('Finding Shenzhen ↔ Zhongshan links…', async () => {
      const answer = await api('/api/links', { a: '深圳市', b: '中山市' });
      clearView();
      const a = answer.a || { key: 'City:深圳市', name: '深圳市' };
      const b = answer.b || { key: 'City:中山市', name: '中山市' };
      setTitle(`${a.name} ↔ ${b.name}: ${(answer.edges || []).length} links`);
      merge(answer);
      groupInto(answer, a, b);
      applyFilters();
      showResults(`${a.name} ↔ ${b.name} — ${(answer.edges || []).length} links`, linkTable(answer, a, b));
      twoColumnLayout();
    });
  }

  /** Puts the nodes of each city into a compound node; nodes of both cities stay between them. */
  function groupInto(answer, a, b) {
    const groupA = new Set(answer.groupA || []);
    const groupB = new Set(answer.groupB || []);
    cy.add([
      { group: 'nodes', classes: 'group', data: { id: 'group:A', name: `${a.name} · ${a.name === '深圳市' ? 'Shenzhen' : 'A'}`, colour: '#f08a24' } },
      { group: 'nodes', classes: 'group', data: { id: 'group:B', name: `${b.name} · ${b.name === '中山市' ? 'Zhongshan' : 'B'}`, colour: '#2f6fbf' } },
    ]);
    cy.nodes('[key]').forEach((node) => {
      const inA = groupA.has(node.id());
      const inB = groupB.has(node.id());
      if (inA !== inB) node.move({ parent: inA ? 'group:A' : 'group:B' });
      node.data('side', inA && inB ? 'both' : inA ? 'A' : inB ? 'B' : 'none');
    });
  }

  /**
   * A's nodes in columns on the left, B's on the right, nodes of both in the middle; each column
   * ordered by the average row of its neighbours so that links cross as little as possible.
   */
  function twoColumnLayout() {
    const side = (s) => cy.nodes(`[side = "${s}"]`);
    const rowGap = 46;
    const place = (nodes, x, columns) => {
      const perColumn = Math.max(1, Math.ceil(nodes.length / columns));
      nodes.forEach((node, i) => node.position({
        x: x + Math.floor(i / perColumn) * 190 * Math.sign(x || 1),
        y: (i % perColumn) * rowGap,
      }));
    };
    const columnsFor = (n) => Math.max(1, Math.ceil(n / 18));
    const middle = side('both').union(side('none'));
    const order = (nodes) => nodes.sort((m, n) => n.degree() - m.degree());
    place(order(middle), 0, 1);
    place(order(side('A')), -320, columnsFor(side('A').length));
    place(order(side('B')), 320, columnsFor(side('B').length));
    for (let round = 0; round < 3; round++) {
      for (const s of ['A', 'B', 'both', 'none']) {
        const nodes = side(s);
        const slots = nodes.map((n) => n.position()).map((p) => ({ ...p })).sort((p, q) => p.x - q.x || p.y - q.y);
        const sorted = nodes.sort((m, n) => meanY(m) - meanY(n));
        sorted.forEach((node, i) => node.position(slots[i]));
      }
    }
    fitView();
    largeGraphSettings();
  }

  function meanY(node) {
    const neighbours = node.neighborhood('node[key]');
    if (neighbours.empty()) return node.position('y');
    return neighbours.reduce((sum, n) => sum + n.position('y'), 0) / neighbours.length;
  }

  function linkTable(answer, a, b) {
    const side = (key) => cy.getElementById(key).data('side');
    return table('links-table', [a.name, 'Relationship', b.name, 'Evidence'],
      (answer.edges || []).map((edge) => {
        const flip = side(edge.source) === 'B' || side(edge.target) === 'A';
        const [left, right] = flip ? [edge.target, edge.source] : [edge.source, edge.target];
        const name = (key) => (cy.getElementById(key).nonempty() ? cy.getElementById(key).data('name') : key);
        return selectingRow([left, right], [
          el('td', {}, name(left)),
          el('td', {}, typeTag(edge.type), flip && !SYMMETRIC.has(edge.type) ? ' ←' : ''),
          el('td', {}, name(right)),
          el('td', { class: 'sentence' }, (edge.evidence || []).slice(0, 1).map((item) => evidenceBlock(item,
            namesOf(left, name(left)), namesOf(right, name(right))))),
        ], () => {
          const element = cy.getElementById(edgeId(edge));
          highlightKeys([left, right]);
          if (element.nonempty()) { element.select(); showEdge(element); }
        });
      }));
  }

  /** Marks the preset's button (selector '#preset-funds', or 'none') and puts the preset in the address. */
  function activatePreset(selector) {
    document.querySelectorAll('#presets button').forEach((button) => button.classList.toggle('active', button.matches(selector)));
    remember(presetFragment());
  }

  // ---------------------------------------------------------------- path finder

  function pathEnd(selector, entity) {
    const input = $(selector);
    input.value = entity.name;
    input.dataset.key = entity.key;
  }

  async function findPaths() {
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

  // ---------------------------------------------------------------- export

  function exportPng() {
    const png = cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    download('graph.png', png);
  }

  function exportJson() {
    const text = JSON.stringify(currentSubgraph(), null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    download('graph.json', url);
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---------------------------------------------------------------- whole graph

  async function showAll() {
    activatePreset('none');
    await busy('Loading the whole graph…', async () => {
      const graph = await api('/api/export');
      const entities = (graph.nodes || []).filter((n) => n.label !== 'Document').length;
      await show(graph, `Whole graph: ${entities} entities`);
    });
  }

  // ---------------------------------------------------------------- events and start-up

  function wireGraphEvents() {
    cy.on('tap', 'node[key]', (event) => showEntity(event.target.id()));
    cy.on('tap', 'edge', (event) => showEdge(event.target));
    cy.on('dbltap', 'node[key]', (event) => expand(event.target.id()));
    cy.on('mouseover', 'node[key], edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node[key], edge', (event) => event.target.removeClass('hover'));
    cy.on('add remove', debounce(updateFilterCounts, 50));
    cy.on('tapstart', (event) => { if (event.target === cy) autoFit = false; });
    cy.container().addEventListener('wheel', () => { autoFit = false; }, { passive: true });
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
    $('#show-labels').addEventListener('change', (event) => restyle({ names: event.target.checked }));
  }

  // ---------------------------------------------------------------- the address: shareable views

  /*
   * The address says what the view shows, so that it can be bookmarked and shared: #funds,
   * #links, #relationships (a preset), #entity/KEY (an entity's neighbourhood with its panel
   * open; the key URL-encoded), nothing for the whole graph. The view writes it with
   * history.replaceState, which neither reloads the page nor adds a history entry.
   */

  const PRESETS = { funds: presetFunds, relationships: presetRelationships, links: presetLinks, all: showAll };

  const entityFragment = (key) => 'entity/' + encodeURIComponent(key);

  /** The active preset's fragment ('funds'), or '' when no preset is active. */
  function presetFragment() {
    const active = $('#presets button.active');
    return active ? active.id.replace(/^preset-/, '') : '';
  }

  /** Puts a fragment in the address bar unless it is there already. */
  function remember(fragment) {
    const url = location.pathname + location.search + (fragment ? '#' + fragment : '');
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
  }

  /** Opens what the address asks for (see above; #entity=KEY of older links too), or the whole graph. */
  function openAddress() {
    const fragment = location.hash.slice(1);
    const preset = PRESETS[decodeURIComponent(fragment)];
    if (preset) return preset();
    const entity = fragment.match(/^entity[/=](.+)$/);
    if (entity) {
      const key = decodeURIComponent(entity[1]);
      clearView();
      activatePreset('none');
      remember(entityFragment(key)); // kept while the entity loads, and when it cannot be found
      return openEntity(key);
    }
    return showAll();
  }

  wireGraphEvents();
  wireControls();
  drawFilters();
  // A link pasted into the address bar of the open page (replaceState never fires this).
  window.addEventListener('hashchange', openAddress);

  /** For the end-to-end test and the console. */
  window.kg = {
    ready: openAddress().then(() => true),
    presetRelationships, presetFunds, presetLinks, showAll, expand, showEntity, showEdge, findPaths,
    currentSubgraph, layout, merge, show, clearView,
  };
})();
