// What changed in each version of the model and why, for "Open the model" and for the note a widget
// shows when a link was made with an older version. Display words and data only: the widgets load
// this module only when such a link is opened.
import type { ModeWarning } from './modes.ts';
import type { WidgetKind } from './state-codec.ts';
import type { Mix } from './types.ts';

/** One change within a version: what it is and why it was made. */
export interface ModelChange {
  what: string;
  why: string;
}

/** One version of the model. */
export interface ModelRelease {
  /** Semantic version, e.g. "2.0.0". */
  version: string;
  /** ISO date the version entered the book. */
  date: string;
  /** A short title. */
  title: string;
  /** One sentence a widget can quote: what changed for its figures, and why. */
  summary: string;
  /** The widget kinds whose figures this version changed (empty: none did). */
  figuresChanged: readonly WidgetKind[];
  /** The changes, each with its reason. */
  changes: readonly ModelChange[];
}

/** A preset's balanced configuration as one version of the model computed it. */
export interface RecordedBalance {
  mix: Mix;
  serviceValue: number;
  aggregatePublicValue: number;
  warnings: readonly ModeWarning['id'][];
}

/** Every version of the model, oldest first. */
export const modelChangelog: readonly ModelRelease[] = [
  {
    version: '1.0.0',
    date: '2026-11-22',
    title: 'The first edition’s model',
    summary: 'The first edition’s model.',
    figuresChanged: [],
    changes: [
      {
        what: 'The strategic triangle, the four-quadrant typology, the modes of production with service value, aggregate public value and a balanced configuration, the capacity matrix, who and when, and the self-assessment’s scoring; every parameter with its source.',
        why: 'To let readers push on the sources’ frameworks and see their logic at work.',
      },
      {
        what: 'Shares that would hand powers only the state may use to outsiders add little to the bonus for modes used together, so policing’s aggregate public value falls from the first step towards crowdsourcing.',
        why: 'Citizens may watch and advise the police, but the monopoly of force stays with the state (Cordella et al., 2017, §6).',
      },
      {
        what: 'The capacity matrix names no weakest cell when every rated cell is at the same level.',
        why: 'With all cells level there is no weakest link, and the widget had marked one at random.',
      },
    ],
  },
  {
    version: '2.0.0',
    date: '2026-11-29',
    title: 'Directions the sources imply; citizens beside the administration; warnings',
    summary:
      'The mode balancer’s fits, aggregate public value and warnings were rebuilt so that each feature of a service moves the balanced configuration only the way the sources imply, and citizens’ contribution counts beside the administration’s own work.',
    figuresChanged: ['modes', 'assessment'],
    changes: [
      {
        what: 'A mode’s fit is a weighted arithmetic mean of the service’s features (it was a geometric mean with a floor of 0.05).',
        why: 'With a geometric mean a feature moved a well-fitting mode more than a poorly fitting one, so a better-known problem could take share from bureaucracy (air pollution). Now each feature moves a fit by a fixed amount.',
      },
      {
        what: 'How far the outcome depends on what citizens do no longer lowers bureaucracy’s and innersourcing’s fit or raises crowdsourcing’s; it adds citizens’ contribution to aggregate public value, largest for their first points of share beside the administration’s own production.',
        why: 'In A&E and air pollution the administration keeps providing the service while citizens’ careful use decides its value: citizens beside the administration, not instead of it (Cordella et al., 2017, §4, §6).',
      },
      {
        what: 'The bonus for modes used together is the same diversity measure for every service; a share exercising powers only the state may use is charged instead, per point, as an authority cost.',
        why: 'Weighting pairs of modes by their roles made the recycling balance hand more work to the crowd as state authority rose, against the sources.',
      },
      {
        what: 'Where equal access is owed, part of the weight of cost-efficiency moves to equity (0.2 × the obligation); before, equity’s weight was raised and all weights rescaled.',
        why: 'The rescaling made control and legitimacy weigh less, so bureaucracy lost share as equal access rose (car-pooling, air pollution).',
      },
      {
        what: 'Warnings: the state-authority warning needs state authority above one half (it was at least one half); capture counts only production outsiders do beyond the administration’s control (0.4 × crowdsourcing + 0.8 × opensourcing, at least 35 %; it was crowd + open at least 40 %).',
        why: 'No balanced configuration should contradict its own warnings; Table 2 says the administration stays in control of crowdsourcing but can only govern opensourcing (Cordella et al., 2017; Sorrentino et al., 2018).',
      },
      {
        what: 'Table 1’s bureaucracy row and the preset summaries were corrected against the source.',
        why: 'Words only, read across a page break in the source; no figure changed by it.',
      },
    ],
  },
  {
    version: '2.1.0',
    date: '2026-11-29',
    title: 'Versioned links and files',
    summary: 'Links, citations and self-assessment files record the model version; no figure changed.',
    figuresChanged: [],
    changes: [
      {
        what: 'Every widget link and embed address (state format v2), every citation of a widget configuration and every exported self-assessment file records the model version it was made with.',
        why: 'So that a cited configuration can be reproduced, or the reader told plainly why its figures now differ.',
      },
      {
        what: 'Links in the older format (v1) are still read; they do not say whether model 1.0.0 or 2.0.0 made them.',
        why: 'Links already shared keep working.',
      },
    ],
  },
  {
    version: '2.2.0',
    date: '2026-11-29',
    title: 'The paradigm lens and the value landscape',
    summary: 'Adds each paradigm’s choice of mix for a service, scored on every paradigm’s measure, and the value landscape over every mix of three modes; no existing figure changed.',
    figuresChanged: [],
    changes: [
      {
        what: 'Each paradigm (Weberian bureaucracy, New Public Management, public value, co-production) gets a measure made of the mode balancer’s figures; the balanced-configuration search can maximise such a weighted measure, and the paradigm lens shows each paradigm’s choice and what it gives up on the others’ measures.',
        why: 'So that readers can compare the paradigms on one service with the same model the other widgets use, rather than in words only.',
      },
      {
        what: 'The value landscape: aggregate public value on a 2 % grid over every mix of three modes with the fourth held at a share, and the two levels of value along the straight path from a mix to any one mode.',
        why: 'To show the whole surface the balanced configuration is the top of, and to draw Figure 2 of Cordella, Paletti and Shaikh (2017, §6) for any service: service value and aggregate public value parting along one path.',
      },
    ],
  },
];

const mix = (bureaucracy: number, innersourcing: number, crowdsourcing: number, opensourcing: number): Mix => ({ bureaucracy, innersourcing, crowdsourcing, opensourcing });

/**
 * Each preset's balanced configuration under each version that changed the mode balancer's
 * figures (and the first), computed by that version and kept as data, since the old formulas are
 * gone. A test checks that the newest equals what today's model computes.
 */
export const recordedBalances: Readonly<Record<string, Readonly<Record<string, RecordedBalance>>>> = {
  '1.0.0': {
    'passport-issuance': { mix: mix(95, 5, 0, 0), serviceValue: 42.0, aggregatePublicValue: 58.3, warnings: [] },
    'recycling-collection': { mix: mix(30, 0, 70, 0), serviceValue: 48.9, aggregatePublicValue: 50.8, warnings: ['capture'] },
    'developer-pooling': { mix: mix(40, 60, 0, 0), serviceValue: 43.2, aggregatePublicValue: 59.9, warnings: [] },
    'car-pooling': { mix: mix(15, 0, 35, 50), serviceValue: 48.5, aggregatePublicValue: 47.6, warnings: ['lossOfControl', 'capture'] },
    'neighbourhood-policing': { mix: mix(75, 25, 0, 0), serviceValue: 30.3, aggregatePublicValue: 48.0, warnings: [] },
    'air-pollution': { mix: mix(35, 25, 40, 0), serviceValue: 35.9, aggregatePublicValue: 44.2, warnings: ['legitimacyOfForce', 'capture'] },
    'ae-demand': { mix: mix(30, 25, 45, 0), serviceValue: 40.0, aggregatePublicValue: 49.0, warnings: ['capture'] },
    'remote-school': { mix: mix(75, 25, 0, 0), serviceValue: 33.1, aggregatePublicValue: 51.3, warnings: [] },
    ambulance: { mix: mix(75, 25, 0, 0), serviceValue: 37.6, aggregatePublicValue: 55.9, warnings: [] },
    'residential-care': { mix: mix(50, 35, 15, 0), serviceValue: 28.9, aggregatePublicValue: 44.8, warnings: [] },
    'free-school': { mix: mix(30, 10, 25, 35), serviceValue: 39.7, aggregatePublicValue: 44.6, warnings: ['lossOfControl', 'capture'] },
  },
  '2.0.0': {
    'passport-issuance': { mix: mix(90, 10, 0, 0), serviceValue: 47.2, aggregatePublicValue: 61.8, warnings: [] },
    'recycling-collection': { mix: mix(45, 0, 55, 0), serviceValue: 48.1, aggregatePublicValue: 64.9, warnings: [] },
    'developer-pooling': { mix: mix(40, 55, 5, 0), serviceValue: 43.7, aggregatePublicValue: 60.4, warnings: [] },
    'car-pooling': { mix: mix(20, 0, 30, 50), serviceValue: 45.3, aggregatePublicValue: 57.6, warnings: ['lossOfControl', 'capture'] },
    'neighbourhood-policing': { mix: mix(80, 20, 0, 0), serviceValue: 36.2, aggregatePublicValue: 52.4, warnings: [] },
    'air-pollution': { mix: mix(55, 20, 25, 0), serviceValue: 35.1, aggregatePublicValue: 50.9, warnings: [] },
    'ae-demand': { mix: mix(50, 10, 40, 0), serviceValue: 42.1, aggregatePublicValue: 59.6, warnings: [] },
    'remote-school': { mix: mix(80, 15, 5, 0), serviceValue: 41.6, aggregatePublicValue: 57.4, warnings: [] },
    ambulance: { mix: mix(80, 20, 0, 0), serviceValue: 44.8, aggregatePublicValue: 60.6, warnings: [] },
    'residential-care': { mix: mix(60, 20, 15, 5), serviceValue: 33.9, aggregatePublicValue: 51.8, warnings: [] },
    'free-school': { mix: mix(40, 5, 25, 30), serviceValue: 36.9, aggregatePublicValue: 51.5, warnings: [] },
  },
};
