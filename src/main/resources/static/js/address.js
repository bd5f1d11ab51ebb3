/*
 * The address says what the view shows, so that it can be bookmarked and shared: #funds,
 * #links, #relationships (a preset), #entity/KEY (an entity's neighbourhood with its panel
 * open; the key URL-encoded), nothing for the whole graph. The view writes it with
 * history.replaceState, which neither reloads the page nor adds a history entry.
 */

import { $ } from './dom.js';
import { clearView } from './graph.js';
import { openEntity } from './panel.js';
import { activatePreset, showAll } from './presets.js';
import { presetRelationships } from './relationships.js';
import { presetFunds } from './funds.js';
import { presetLinks } from './links.js';

const PRESETS = { funds: presetFunds, relationships: presetRelationships, links: presetLinks, all: showAll };

export const entityFragment = (key) => 'entity/' + encodeURIComponent(key);

/** The active preset's fragment ('funds'), or '' when no preset is active. */
export function presetFragment() {
  const active = $('#presets button.active');
  return active ? active.id.replace(/^preset-/, '') : '';
}

/** Puts a fragment in the address bar unless it is there already. */
export function remember(fragment) {
  const url = location.pathname + location.search + (fragment ? '#' + fragment : '');
  if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
}

/** Opens what the address asks for (see above; #entity=KEY of older links too), or the whole graph. */
export function openAddress() {
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
