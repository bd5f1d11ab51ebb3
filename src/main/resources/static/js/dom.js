/* Small helpers: building elements, the status line and title, calling the REST API. */

export const $ = (selector, root = document) => root.querySelector(selector);

/** Creates an element: el('td', {class: 'num'}, 'text', child, ...). */
export function el(tag, attributes = {}, ...children) {
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

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

export function download(filename, href) {
  const link = el('a', { href, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
}

/** 10000000000 -> "100"; amounts in 亿元 (1e8 yuan), at most two decimals. */
export function yi(sizeCny) {
  if (sizeCny === null || sizeCny === undefined) return '';
  return (sizeCny / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** How a size qualifier of a fund (FundFacts) is shown before the amount. */
export const QUALIFIER_SIGNS = { 'at-least': '≥', approx: '≈' };

export function status(text, kind = '') {
  const line = $('#status');
  line.textContent = text;
  line.className = kind;
}

export function setTitle(text) {
  $('#view-title').textContent = text || '';
}

/** GET an API path with query parameters; a problem+json answer becomes an Error with its detail. */
export async function api(path, params = {}) {
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

export const entityUrl = (key) => '/api/entities/' + encodeURIComponent(key);
