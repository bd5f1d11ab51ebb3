/*
 * The time slider (left column): the view as of a date. Every evidence item carries the date of its
 * fact (docs/design.md, Time); an edge whose first dated statement is later than the chosen month is
 * hidden, and so is a node whose edges are all hidden that way. Undated edges stay. The last stop of
 * the slider is every date.
 */

import { $ } from './dom.js';
import { cy } from './graph.js';

/** The months (YYYY-MM, or YYYY for a year alone) at which edges of the view are first stated, sorted. */
let months = [];

/** The month of an edge's first dated evidence, or null when none of it is dated. */
export function firstMonth(edge) {
  const dates = (edge.data('evidence') || []).map((item) => item.date).filter(Boolean).map((date) => date.slice(0, 7));
  return dates.length ? dates.sort()[0] : null;
}

/** After the view changed: the slider's stops become the months of its edges; a chosen month stays chosen. */
export function updateTimeRange() {
  const slider = $('#time-slider');
  const chosen = Number(slider.value) < months.length ? months[Number(slider.value)] : null;
  months = [...new Set(cy.edges().map(firstMonth).filter(Boolean))].sort();
  slider.max = String(months.length);
  const kept = chosen ? months.filter((month) => month <= chosen).length - 1 : -1;
  slider.value = String(kept >= 0 ? kept : months.length);
  applyTime();
}

/** Hides what was first stated after the slider's month. */
export function applyTime() {
  const index = Number($('#time-slider').value);
  const asOf = index < months.length ? months[index] : null;
  $('#time-label').textContent = asOf ? `as of ${asOf}` : 'all dates';
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const month = firstMonth(edge);
      edge.toggleClass('later', Boolean(asOf && month && month > asOf));
    });
    cy.nodes('[key]').forEach((node) => {
      const edges = node.connectedEdges();
      node.toggleClass('later', Boolean(asOf) && edges.nonempty() && edges.every((edge) => edge.hasClass('later')));
    });
  });
}
