// Model figures in the chapters (issue 13): every figure the book states about a model result is either
// printed by <ModelFigure> from the model at build time or checked here against the model, so a model
// change cannot silently falsify the text. Three parts: every <ModelFigure> computes; a table of the
// claims the text makes in words or inside JSX props (quick checks), each checked against the model;
// and a scan that fails when a sentence about the model states a figure by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  classifyAnswers,
  classifyPlacement,
  computeLandscape,
  computeValuePath,
  evaluateCapacities,
  evaluateMix,
  evaluateParadigms,
  evaluateTriangle,
  findBalancedConfiguration,
  findPreset,
  MODES,
  mixText,
  PARADIGMS,
  modeParameters,
  presets,
  typologyCases,
  typologyParameters,
  warningThresholds,
  CAPACITY_CELLS,
  type CapacityRatings,
  type Mix,
  type ModesResult,
  type ServiceContext,
} from '@evaluation';
import { modelFigure, type ModelFigureProps } from '@components/mdx/model-figure';
import { readAttributes } from './jsx-attributes';

const chaptersDir = join(import.meta.dirname, '..', '..', 'content', 'chapters');

/** Whitespace as the scan sees it: runs of spaces and single line breaks become one space; paragraph breaks stay. */
const normalise = (text: string): string =>
  text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\u2029')
    .replace(/\n/g, ' ')
    .replace(/\u2029/g, '\n\n');

interface Chapter {
  /** The file name, e.g. `04-strategic-triangle.mdx`. */
  file: string;
  /** Objectives, summary and body, normalised: what the scan and the claims' quotes run on. */
  text: string;
}

function readChapter(file: string, source: string): Chapter {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const data = parse(match[1]!) as { objectives?: string[]; summary?: string[] };
  return { file, text: normalise([...(data.objectives ?? []), ...(data.summary ?? []), match[2]!].join('\n\n')) };
}

const chapters: Chapter[] = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => readChapter(file, readFileSync(join(chaptersDir, file), 'utf8')));

const chapter = (prefix: string): Chapter => {
  const found = chapters.find((c) => c.file.startsWith(`${prefix}-`));
  if (!found) throw new Error(`no chapter ${prefix}`);
  return found;
};

// ---------------------------------------------------------------------------------------------------
// 1. <ModelFigure> tags: parsed from the MDX as the build sees them, and computed with the same helper.

const FIGURE_TAG = /<ModelFigure\b([\s\S]*?)\/>/g;

const figureTags = chapters.flatMap((c) =>
  [...c.text.matchAll(FIGURE_TAG)].map((m) => ({ file: c.file, tag: m[0], props: { ...readAttributes(m[1]!), file: c.file } as ModelFigureProps })),
);


describe('<ModelFigure> in the chapters', () => {
  it('is used in the chapters', () => {
    expect(figureTags.length).toBeGreaterThan(0);
  });

  it.each(figureTags.map((t) => [t.file, t.tag, t.props] as const))('%s: %s computes from the model', (_file, _tag, props) => {
    expect(modelFigure(props).text).not.toBe('');
  });

  it('is always self-closing: a figure written between tags would be the author’s, not the model’s', () => {
    expect(chapters.filter((c) => /<ModelFigure\b[^>]*[^/]>/.test(c.text)).map((c) => c.file)).toEqual([]);
  });

  it('never stands alone on a line, where MDX would make it a block and split the sentence', () => {
    const alone = chapters.flatMap((c) => readFileSync(join(chaptersDir, c.file), 'utf8').split('\n').filter((line) => /^\s*<ModelFigure\b[^>]*\/>\s*$/.test(line)).map((line) => `${c.file}: ${line.trim()}`));
    expect(alone).toEqual([]);
  });
});

describe('modelFigure()', () => {
  const ae = findBalancedConfiguration(findPreset('ae-demand')!.context);
  it.each<[Omit<ModelFigureProps, 'file'>, string]>([
    [{ preset: 'ae-demand', show: 'share', mode: 'bureaucracy' }, `${ae.best.mix.bureaucracy} %`],
    [{ preset: 'ae-demand', show: 'aggregate-value' }, String(Math.round(ae.best.aggregatePublicValue))],
    [{ preset: 'ae-demand', show: 'service-value', of: 'starting' }, String(Math.round(evaluateMix(findPreset('ae-demand')!.startingMix, findPreset('ae-demand')!.context).serviceValue))],
    [{ preset: 'ae-demand', show: 'warnings', of: 'starting' }, 'citizens left out'],
    [{ preset: 'car-pooling', show: 'warnings', mix: { bureaucracy: 30, innersourcing: 0, crowdsourcing: 30, opensourcing: 40 } }, 'loss of control and capture'],
    [{ preset: 'passport-issuance', show: 'warnings', mix: { bureaucracy: 100, innersourcing: 0, crowdsourcing: 0, opensourcing: 0 } }, 'no warnings'],
    [{ warning: 'rigidity', show: 'threshold' }, `${warningThresholds.rigidityShare.value} %`],
    [{ publicValue: 35, authorisingEnvironment: 70, operationalCapacity: 85, show: 'binding' }, 'the public value proposition'],
    [{ publicValue: 70, authorisingEnvironment: 75, operationalCapacity: 70, show: 'binding' }, 'no single corner (the three are aligned)'],
    [{ publicValue: 50, authorisingEnvironment: 50, operationalCapacity: 50, show: 'alignment' }, '1.00'],
    [{ caseId: 'free-schools', show: 'quadrant' }, 'Quadrant IV (co-innovation)'],
    [{ preset: 'neighbourhood-policing', show: 'lens-choice', paradigm: 'publicValue' }, mixText(findBalancedConfiguration(findPreset('neighbourhood-policing')!.context).best.mix)],
    [{ preset: 'neighbourhood-policing', show: 'lens-cost', paradigm: 'npm', measure: 'publicValue' }, String(Math.round(evaluateParadigms(findPreset('neighbourhood-policing')!.context).costs.npm.publicValue))],
    [{ preset: 'passport-issuance', show: 'lens-cost', paradigm: 'weberian', measure: 'weberian' }, '0'],
  ])('states %j as %j', (props, text) => {
    expect(modelFigure(props as ModelFigureProps).text).toBe(text);
  });

  it('writes a mix in words, largest share first, as the widget describes it', () => {
    const words = modelFigure({ preset: 'ae-demand', show: 'mix' }).text;
    const used = MODES.filter((m) => ae.best.mix[m] > 0).sort((a, b) => ae.best.mix[b] - ae.best.mix[a]);
    expect(words.split(/, | and /)).toEqual(used.map((m) => `${ae.best.mix[m]} % ${m}`));
  });

  it('gives the figure as a number when it is one, for a guess to be compared with', () => {
    expect(modelFigure({ preset: 'ae-demand', show: 'share', mode: 'bureaucracy' }).value).toBe(ae.best.mix.bureaucracy);
    expect(modelFigure({ publicValue: 50, authorisingEnvironment: 50, operationalCapacity: 50, show: 'alignment' }).value).toBe(1);
    expect(modelFigure({ caseId: 'free-schools', show: 'quadrant' }).value).toBeUndefined();
    expect(modelFigure({ preset: 'ae-demand', show: 'mix' }).value).toBeUndefined();
  });

  it('counts the balanced configuration’s modes in use in words', () => {
    expect(modelFigure({ preset: 'ae-demand', show: 'modes-in-use' }).text).toBe(['no', 'one', 'two', 'three', 'four'][ae.modesInUse.length]);
  });

  it.each<[Omit<ModelFigureProps, 'file'>, RegExp]>([
    [{ preset: 'ae-demnd', show: 'share', mode: 'bureaucracy' }, /unknown preset "ae-demnd"\. Known presets: passport-issuance/],
    [{ preset: 'ae-demand', show: 'share', mode: 'bureacracy' }, /unknown mode "bureacracy"/],
    [{ preset: 'ae-demand', show: 'balanced-share', mode: 'bureaucracy' }, /unknown show="balanced-share"\. Use one of mix, share/],
    [{ preset: 'ae-demand', show: 'share' }, /show="share" needs mode/],
    [{ preset: 'ae-demand', show: 'score', dimension: 'fairness' }, /unknown dimension "fairness"/],
    [{ preset: 'ae-demand', show: 'share', mode: 'bureaucracy', dimesion: 'equity' } as ModelFigureProps, /does not use dimesion/],
    [{ preset: 'ae-demand', show: 'warnings', of: 'best' }, /of="best" must be one of balanced, starting/],
    [{ preset: 'ae-demand', show: 'warnings', mix: { bureaucracy: -10, innersourcing: 0, crowdsourcing: 110, opensourcing: 0 } }, /ModelFigure preset="ae-demand" show="warnings" mix=\{.*\}>: /],
    [{ warning: 'capture', show: 'threshold' }, /no share threshold for warning "capture"/],
    [{ publicValue: 35, authorisingEnvironment: 70, show: 'binding' }, /needs operationalCapacity/],
    [{ publicValue: 135, authorisingEnvironment: 70, operationalCapacity: 85, show: 'binding' }, /ModelFigure publicValue=\{135\}/],
    [{ caseId: 'free-school', show: 'quadrant' }, /unknown case "free-school"/],
    [{ preset: 'ambulance', show: 'lens-choice', paradigm: 'taylorism' }, /unknown paradigm "taylorism"\. Paradigms: weberian, npm/],
    [{ preset: 'ambulance', show: 'lens-cost', paradigm: 'npm', measure: 'profit' }, /unknown measure "profit"/],
    [{ preset: 'ambulance', show: 'lens-cost', paradigm: 'npm' }, /show="lens-cost" needs measure/],
    [{ preset: 'atlantis', show: 'lens-choice', paradigm: 'npm' }, /unknown preset "atlantis"/],
    [{ preset: 'ambulance', show: 'lens-choice', paradigm: 'npm', mode: 'bureaucracy' }, /does not use mode/],
  ])('fails on %j, naming the chapter file and the bad value', (props, message) => {
    const call = () => modelFigure({ ...props, file: 'content/chapters/11-conclusion.mdx' } as ModelFigureProps);
    expect(call).toThrow(message);
    expect(call).toThrow(/^content\/chapters\/11-conclusion\.mdx: <ModelFigure /);
  });
});

// ---------------------------------------------------------------------------------------------------
// 2. Claims the chapters make about model results in words, or inside JSX props, checked against the model.

const presetOf = (id: string) => {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
};
const balanced = (id: string, context: Partial<ServiceContext> = {}): ModesResult => findBalancedConfiguration({ ...presetOf(id).context, ...context }).best;
const starting = (id: string): ModesResult => evaluateMix(presetOf(id).startingMix, presetOf(id).context);
const mixOf = (id: string, b: number, i: number, c: number, o: number, context: Partial<ServiceContext> = {}): ModesResult =>
  evaluateMix({ bureaucracy: b, innersourcing: i, crowdsourcing: c, opensourcing: o }, { ...presetOf(id).context, ...context });
const warningIds = (r: ModesResult): string[] => r.warnings.map((w) => w.id);
const largest = (mix: Mix) => MODES.reduce((a, b) => (mix[b] > mix[a] ? b : a));
const citizens = (mix: Mix): number => mix.crowdsourcing + mix.opensourcing;
const triangle = (publicValue: number, authorisingEnvironment: number, operationalCapacity: number) =>
  evaluateTriangle({ publicValue, authorisingEnvironment, operationalCapacity });
const quadrantOf = (caseId: string) => classifyAnswers(typologyCases.find((c) => c.id === caseId)!.answers);
const allCells = (rating: 1 | 2 | 3 | 4 | 5): CapacityRatings => Object.fromEntries(CAPACITY_CELLS.map((c) => [c, rating])) as CapacityRatings;
const IN_USE = modeParameters.inUseShare.value;

interface Claim {
  /** The chapter's number, `01`–`11`. */
  chapter: string;
  /** Words of the chapter that make the claim (whitespace-normalised; must appear, so the table follows the text). */
  quote: string;
  /** What the model must show for the words to be true. */
  means: string;
  check: () => void;
}

const claims: Claim[] = [];
const claim = (chapter: string, quote: string, means: string, check: () => void) => claims.push({ chapter, quote, means, check });

// Chapter 1: the village school run more like a platform.
const schoolSteps = [0, 5, 10, 15, 20, 25, 30].map((k) => mixOf('remote-school', 100 - 2 * k, 0, k, k));
const schoolPlatform = mixOf('remote-school', 40, 0, 30, 30);
claim('01', 'Shifting weight from bureaucracy towards crowdsourcing and opensourcing may make the service more responsive and inventive, but the equity score falls', 'remote school: every step from bureaucracy to crowd and open raises responsiveness and innovation and lowers equity', () => {
  for (let k = 1; k < schoolSteps.length; k++) {
    expect(schoolSteps[k]!.dimensions.responsiveness).toBeGreaterThan(schoolSteps[k - 1]!.dimensions.responsiveness);
    expect(schoolSteps[k]!.dimensions.innovation).toBeGreaterThan(schoolSteps[k - 1]!.dimensions.innovation);
    expect(schoolSteps[k]!.dimensions.equity).toBeLessThan(schoolSteps[k - 1]!.dimensions.equity);
  }
});
claim('01', 'the model warns about families who cannot take part online. Aggregate public value falls with it', 'remote school: the shift raises the digital-divide warning, and aggregate public value falls at every step', () => {
  expect(warningIds(schoolPlatform)).toContain('digitalDivide');
  for (let k = 1; k < schoolSteps.length; k++) expect(schoolSteps[k]!.aggregatePublicValue).toBeLessThan(schoolSteps[k - 1]!.aggregatePublicValue);
});
claim('01', 'still leans heavily on bureaucracy, with most of the rest from staff pooled across public bodies and only a token share from citizens', 'remote school, balanced: bureaucracy at 70 % or more, innersourcing above the citizens’ share, which is above 0 and at most 10 %', () => {
  const { mix } = balanced('remote-school');
  expect(mix.bureaucracy).toBeGreaterThanOrEqual(70);
  expect(mix.innersourcing).toBeGreaterThan(citizens(mix));
  expect(citizens(mix)).toBeGreaterThan(0);
  expect(citizens(mix)).toBeLessThanOrEqual(10);
});
claim('01', 'Compared with an all-bureaucracy school, the platform-style mix scores higher on responsiveness and innovation', 'remote school: the starting mix is all bureaucracy, and B40 C30 O30 beats it on responsiveness and innovation', () => {
  expect(presetOf('remote-school').startingMix.bureaucracy).toBe(100);
  expect(schoolPlatform.dimensions.responsiveness).toBeGreaterThan(starting('remote-school').dimensions.responsiveness);
  expect(schoolPlatform.dimensions.innovation).toBeGreaterThan(starting('remote-school').dimensions.innovation);
});
claim('01', 'But equity falls clearly, and among its warnings', 'remote school: B40 C30 O30 loses at least 20 points of equity against the starting mix, and flags the digital divide', () => {
  expect(starting('remote-school').dimensions.equity - schoolPlatform.dimensions.equity).toBeGreaterThanOrEqual(20);
  expect(warningIds(schoolPlatform)).toContain('digitalDivide');
});
claim('01', 'Aggregate public value falls too, because', 'remote school: B40 C30 O30 has lower aggregate public value than the starting mix', () => {
  expect(schoolPlatform.aggregatePublicValue).toBeLessThan(starting('remote-school').aggregatePublicValue);
});
claim('01', 'configuration keeps bureaucracy as by far the largest share', 'remote school, balanced: bureaucracy at least twice any other mode', () => {
  const { mix } = balanced('remote-school');
  for (const m of MODES) if (m !== 'bureaucracy') expect(mix.bureaucracy).toBeGreaterThanOrEqual(2 * mix[m]);
});

// Chapters 1, 3 and 11: the paradigm lens.
const lens = (id: string) => evaluateParadigms(presetOf(id).context);
const inUse = (mix: Mix): number => MODES.filter((m) => mix[m] >= IN_USE).length;
claim('01', "Bureaucracy's lens keeps the department's production in its own hands", 'A&E: the Weberian lens chooses all bureaucracy', () => {
  expect(lens('ae-demand').choices.weberian.result.mix.bureaucracy).toBe(100);
});
claim('01', 'Management and co-production both hand the work of keeping demand down to citizens', 'A&E: NPM and co-production both give crowdsourcing the largest share', () => {
  for (const p of ['npm', 'coProduction'] as const) expect(lens('ae-demand').choices[p].lead).toBe('crowdsourcing');
});
claim('01', 'value mixes the modes. No choice is best on every measure', 'A&E: the public value lens uses two or more modes at 15 % or more, and every choice gives up points on some other lens’s measure', () => {
  const r = lens('ae-demand');
  expect(inUse(r.choices.publicValue.result.mix)).toBeGreaterThanOrEqual(2);
  for (const p of PARADIGMS) expect(Math.max(...PARADIGMS.map((q) => r.costs[p][q])), p).toBeGreaterThan(0.5);
});
claim('01', 'For the school all four lenses give bureaucracy the largest share', 'remote school: every lens gives bureaucracy the largest share', () => {
  expect(lens('remote-school').sharedLead).toBe('bureaucracy');
});
claim('01', "adds a share for parents and volunteers", 'remote school: co-production’s choice has a citizens’ share the Weberian choice lacks', () => {
  const r = lens('remote-school');
  expect(citizens(r.choices.coProduction.result.mix)).toBeGreaterThan(0);
  expect(citizens(r.choices.weberian.result.mix)).toBe(0);
});
claim('01', "so even the efficiency lens finds nothing cheaper than the school's own staff", 'remote school: NPM chooses all bureaucracy', () => {
  expect(lens('remote-school').choices.npm.result.mix.bureaucracy).toBe(100);
});
claim('01', 'the cheapest input for one lens and the main source of value for another, and the four choices spread out', 'A&E: NPM and co-production lead with crowdsourcing, and the lenses disagree on the leading mode', () => {
  const r = lens('ae-demand');
  expect(r.choices.npm.lead).toBe('crowdsourcing');
  expect(r.choices.coProduction.lead).toBe('crowdsourcing');
  expect(r.sharedLead).toBeNull();
});
claim('03', 'NPM chooses crowdsourcing: citizens put effort into a task', 'car-pooling: NPM gives crowdsourcing the largest share', () => {
  expect(lens('car-pooling').choices.npm.lead).toBe('crowdsourcing');
});
claim('03', 'Co-production chooses opensourcing: citizens help to define the', 'car-pooling: co-production gives opensourcing the largest share', () => {
  expect(lens('car-pooling').choices.coProduction.lead).toBe('opensourcing');
});
claim('03', 'The Weberian lens keeps the whole scheme in the office, and public value settles on a mix', 'car-pooling: the Weberian lens chooses all bureaucracy; public value uses two or more modes at 15 % or more', () => {
  const r = lens('car-pooling');
  expect(r.choices.weberian.result.mix.bureaucracy).toBe(100);
  expect(inUse(r.choices.publicValue.result.mix)).toBeGreaterThanOrEqual(2);
});
claim('03', 'NPM and co-production choose the same mix here', 'recycling: NPM and co-production choose the same mix', () => {
  const r = lens('recycling-collection');
  expect(r.choices.npm.result.mix).toEqual(r.choices.coProduction.result.mix);
});
claim('03', 'it keeps a bureaucratic core', 'recycling: the public value lens keeps bureaucracy at 15 % or more, NPM’s choice has none', () => {
  const r = lens('recycling-collection');
  expect(r.choices.publicValue.result.mix.bureaucracy).toBeGreaterThanOrEqual(IN_USE);
  expect(r.choices.npm.result.mix.bureaucracy).toBe(0);
});
for (const quote of ['NPM and co-production both choose crowdsourcing. Both look at the single service', 'New Public Management and co-production both choose crowdsourcing for neighbourhood policing']) {
  claim('11', quote, 'policing: NPM and co-production both give crowdsourcing the largest share, and their choices have higher service value than public value’s', () => {
    const r = lens('neighbourhood-policing');
    for (const p of ['npm', 'coProduction'] as const) {
      expect(r.choices[p].lead).toBe('crowdsourcing');
      expect(r.choices[p].result.serviceValue).toBeGreaterThan(r.choices.publicValue.result.serviceValue);
    }
  });
}
claim('11', 'gives residents no share of production', 'policing: the public value lens gives crowd and open no share', () => {
  expect(citizens(lens('neighbourhood-policing').choices.publicValue.result.mix)).toBe(0);
});
claim('11', 'Public value does not: it keeps residents out of production', 'policing: the public value lens gives crowd and open no share', () => {
  expect(citizens(lens('neighbourhood-policing').choices.publicValue.result.mix)).toBe(0);
});
claim('11', 'The Weberian lens agrees with public value on the leading mode', 'policing: the Weberian and public value lenses both lead with bureaucracy', () => {
  const r = lens('neighbourhood-policing');
  expect(r.choices.weberian.lead).toBe('bureaucracy');
  expect(r.choices.publicValue.lead).toBe('bureaucracy');
});
claim('11', 'they part company on services such as car-pooling', 'car-pooling: NPM and co-production choose different mixes', () => {
  const r = lens('car-pooling');
  expect(r.choices.npm.result.mix).not.toEqual(r.choices.coProduction.result.mix);
});
claim('11', 'For the passport all four lenses give bureaucracy the largest share', 'passport: every lens gives bureaucracy the largest share', () => {
  expect(lens('passport-issuance').sharedLead).toBe('bureaucracy');
});
claim('11', 'Where the four lenses make four different choices, as for car-pooling, air pollution, residential care and the free school, they disagree most', 'these four services: four different choices; every other service: at most three, and a smaller widest cost than the largest of the four', () => {
  const named = ['car-pooling', 'air-pollution', 'residential-care', 'free-school'];
  const distinct = (id: string) => new Set(PARADIGMS.map((p) => JSON.stringify(lens(id).choices[p].result.mix))).size;
  const widest = (id: string) => Math.max(...PARADIGMS.flatMap((p) => PARADIGMS.map((q) => lens(id).costs[p][q])));
  for (const id of named) expect(distinct(id), id).toBe(4);
  for (const p of presets.filter((p) => !named.includes(p.id))) {
    expect(distinct(p.id), p.id).toBeLessThan(4);
    expect(widest(p.id), p.id).toBeLessThan(Math.max(...named.map(widest)));
  }
});

describe('claims about model results, checked against the model', () => {
  it.each(claims.map((c) => [c.chapter, c.means, c] as const))('ch. %s: %s', (_chapter, _means, claim) => {
    expect(chapter(claim.chapter).text, `the chapter no longer says “${claim.quote}”: update this table`).toContain(normalise(claim.quote));
    claim.check();
  });
});

// Chapter 2: opening up the passport office.
const passportOpened = mixOf('passport-issuance', 70, 0, 30, 0);
/** Losses in equity, legitimacy and control, and gains in responsiveness and innovation, against the starting mix. */
function passportTrade(r: ModesResult) {
  const start = starting('passport-issuance').dimensions;
  const losses = (['equity', 'legitimacy', 'control'] as const).map((d) => start[d] - r.dimensions[d]);
  const gains = (['responsiveness', 'innovation'] as const).map((d) => r.dimensions[d] - start[d]);
  return { losses, gains };
}
claim('02', "Moving share away from bureaucracy lowers the scores for equity, legitimacy and the administration's control of production, while gains in responsiveness and innovation stay small", 'passport: moving 5–30 points to crowd or open lowers equity, legitimacy and control, each by more than responsiveness or innovation gain', () => {
  for (const k of [5, 10, 20, 30]) {
    for (const r of [mixOf('passport-issuance', 100 - k, 0, k, 0), mixOf('passport-issuance', 100 - k, 0, 0, k)]) {
      const { losses, gains } = passportTrade(r);
      expect(Math.min(...losses)).toBeGreaterThan(0);
      expect(Math.max(...gains)).toBeLessThan(Math.min(...losses));
    }
  }
});
claim('02', 'The model also warns when a mix gives citizens a role in exercising authority that only the state may hold', 'passport: B70 C30 raises the state-authority warning, the starting mix does not', () => {
  expect(warningIds(passportOpened)).toContain('legitimacyOfForce');
  expect(warningIds(starting('passport-issuance'))).not.toContain('legitimacyOfForce');
});
claim('02', 'configuration and you will find it is almost all bureaucracy', 'passport, balanced: bureaucracy at 85 % or more', () => {
  expect(balanced('passport-issuance').mix.bureaucracy).toBeGreaterThanOrEqual(85);
});
claim('02', "lowers equity, legitimacy and the administration's control, and the model warns that citizens would be drawn into authority only the state should exercise", 'passport: B70 C30 lowers equity, legitimacy and control against the starting mix and raises the state-authority warning', () => {
  expect(Math.min(...passportTrade(passportOpened).losses)).toBeGreaterThan(0);
  expect(warningIds(passportOpened)).toContain('legitimacyOfForce');
});
claim('02', 'The gains in responsiveness and innovation are small', 'passport: B70 C30 gains less in responsiveness or innovation than it loses in equity, legitimacy or control', () => {
  const { losses, gains } = passportTrade(passportOpened);
  expect(Math.max(...gains)).toBeLessThan(Math.min(...losses));
});
claim('02', 'balanced configuration is almost all bureaucracy', 'passport, balanced: bureaucracy at 85 % or more', () => {
  expect(balanced('passport-issuance').mix.bureaucracy).toBeGreaterThanOrEqual(85);
});
claim('02', 'why the model keeps passport issuing so close to pure bureaucracy', 'passport, balanced: bureaucracy at 85 % or more', () => {
  expect(balanced('passport-issuance').mix.bureaucracy).toBeGreaterThanOrEqual(85);
});

// Chapters 3, 4, 9 and 11: the strategic triangle.
/** Realisable value gained by raising one corner by `by` points. */
const gain = (corners: [number, number, number], corner: 0 | 1 | 2, by: number): number => {
  const raised = [...corners] as [number, number, number];
  raised[corner] += by;
  return triangle(...raised).realisableValue - triangle(...corners).realisableValue;
};
const [PV, AE, OC] = [0, 1, 2] as const;
claim('03', 'binding corner: the agency can act and is allowed to, but what it delivers is not what citizens value', 'benefits agency (35/70/85): the public value proposition binds', () => {
  expect(triangle(35, 70, 85).binding).toBe('publicValue');
});
claim('03', 'Try raising operational capacity further and watch how little the realisable value moves; then raise the public value corner by the same amount and compare', 'benefits agency: 10 more points of capacity add at most 2 points of realisable value, 10 more of value proposition add several times as much', () => {
  expect(gain([35, 70, 85], OC, 10)).toBeLessThanOrEqual(2);
  expect(gain([35, 70, 85], PV, 10)).toBeGreaterThan(3 * gain([35, 70, 85], OC, 10));
});
claim('03', 'Raising operational capacity, already the strongest corner, barely moves the realisable value', 'benefits agency: capacity is the strongest corner; 10 more points add at most 2 points of realisable value, 10 more of value proposition over three times as much', () => {
  expect(Math.max(35, 70, 85)).toBe(85);
  expect(gain([35, 70, 85], OC, 10)).toBeLessThanOrEqual(2);
  expect(gain([35, 70, 85], PV, 10)).toBeGreaterThan(3 * gain([35, 70, 85], OC, 10));
});

claim('04', 'but its support is thin, so', 'starting set-up (70/35/80): the authorising environment binds', () => {
  expect(triangle(70, 35, 80).binding).toBe('authorisingEnvironment');
});
claim('04', 'Raise operational capacity further and the realisable value barely moves; raise authorisation by the same amount and it climbs', 'starting set-up: 10 more points of capacity add at most 2 points of realisable value, 10 more of authorisation over three times as much', () => {
  expect(gain([70, 35, 80], OC, 10)).toBeLessThanOrEqual(2);
  expect(gain([70, 35, 80], AE, 10)).toBeGreaterThan(3 * gain([70, 35, 80], OC, 10));
});
claim('04', 'When the three corners come within a few points of one another, the widget reports them as aligned', 'corners 5 points apart are aligned; 25 points apart they are not', () => {
  expect(triangle(70, 75, 70).binding).toBe('aligned');
  expect(triangle(70, 95, 70).binding).not.toBe('aligned');
});
claim('04', 'The scheme is technically ready and politically dead', 'capacity without a mandate (70/25/85): the authorising environment binds', () => {
  expect(triangle(70, 25, 85).binding).toBe('authorisingEnvironment');
});
claim('04', 'wants it, politicians have authorised it, and families still queue', 'a mandate without capacity (80/80/30): operational capacity binds', () => {
  expect(triangle(80, 80, 30).binding).toBe('operationalCapacity');
});
claim('04', 'Efficiency and authorisation are real; value is not', 'efficient delivery of something nobody values (25/75/85): the public value proposition binds', () => {
  expect(triangle(25, 75, 85).binding).toBe('publicValue');
});
// The policing widget's slider moves one point at a time, from the starting mix (B90 C10) towards the crowd.
const policingSteps = Array.from({ length: 91 }, (_, k) => mixOf('neighbourhood-policing', 90 - k, 0, 10 + k, 0));
claim('04', 'As crowdsourcing grows, service value keeps rising', 'policing: every point moved from bureaucracy to crowdsourcing raises service value', () => {
  for (let k = 1; k < policingSteps.length; k++) expect(policingSteps[k]!.serviceValue).toBeGreaterThan(policingSteps[k - 1]!.serviceValue);
});
claim('04', "it falls with every step, dragged down by legitimacy, equity and the administration's control of production", 'policing: every such point lowers aggregate public value, legitimacy, equity and control', () => {
  for (let k = 1; k < policingSteps.length; k++) {
    const [before, after] = [policingSteps[k - 1]!, policingSteps[k]!];
    expect(after.aggregatePublicValue).toBeLessThan(before.aggregatePublicValue);
    for (const d of ['legitimacy', 'equity', 'control'] as const) expect(after.dimensions[d]).toBeLessThan(before.dimensions[d]);
  }
});
claim('04', 'it keeps bureaucracy firmly in the lead, pooling staff across public bodies rather than handing work to residents', 'policing, balanced: bureaucracy the largest share and at least 60 %, some innersourcing, no crowd or open share', () => {
  const { mix } = balanced('neighbourhood-policing');
  expect(largest(mix)).toBe('bureaucracy');
  expect(mix.bureaucracy).toBeGreaterThanOrEqual(60);
  expect(mix.innersourcing).toBeGreaterThan(0);
  expect(citizens(mix)).toBe(0);
});
claim('04', 'it treats every crowdsourced share as a step towards citizens exercising the state', 'policing: even the first 5 points of crowdsourcing lower aggregate public value, from all bureaucracy and from the balanced mix', () => {
  expect(mixOf('neighbourhood-policing', 95, 0, 5, 0).aggregatePublicValue).toBeLessThan(mixOf('neighbourhood-policing', 100, 0, 0, 0).aggregatePublicValue);
  const { mix } = balanced('neighbourhood-policing');
  expect(mixOf('neighbourhood-policing', mix.bureaucracy - 5, mix.innersourcing, 5, 0).aggregatePublicValue).toBeLessThan(balanced('neighbourhood-policing').aggregatePublicValue);
});
claim('04', 'Raising the authorising environment changes little', 'mandate without capacity (80/80/30): 15 more points of authorisation add at most 3 points of realisable value, 15 more of capacity over three times as much', () => {
  expect(gain([80, 80, 30], AE, 15)).toBeLessThanOrEqual(3);
  expect(gain([80, 80, 30], OC, 15)).toBeGreaterThan(3 * gain([80, 80, 30], AE, 15));
});
claim('04', "because legitimacy and the administration's control fall: enforcement is a power only the state may use", 'policing: B50 C50 has higher service value, lower aggregate public value, legitimacy and control than the starting mix', () => {
  const [half, start] = [mixOf('neighbourhood-policing', 50, 0, 50, 0), starting('neighbourhood-policing')];
  expect(half.serviceValue).toBeGreaterThan(start.serviceValue);
  expect(half.aggregatePublicValue).toBeLessThan(start.aggregatePublicValue);
  expect(half.dimensions.legitimacy).toBeLessThan(start.dimensions.legitimacy);
  expect(half.dimensions.control).toBeLessThan(start.dimensions.control);
});
claim('04', 'bureaucracy dominant and gives citizens no share of production at all', 'policing, balanced: bureaucracy at least 60 %, no crowd or open share', () => {
  expect(balanced('neighbourhood-policing').mix.bureaucracy).toBeGreaterThanOrEqual(60);
  expect(citizens(balanced('neighbourhood-policing').mix)).toBe(0);
});
// Chapter 4's guided sequences: what the predictions and explanations say the model shows.
claim('04', 'Support is the lagging corner, so effort there lifts the ceiling on everything else', 'capacity without a mandate (70/25/85): 15 more points of authorisation add over three times what 15 more of capacity add', () => {
  expect(gain([70, 25, 85], AE, 15)).toBeGreaterThan(3 * gain([70, 25, 85], OC, 15));
});
claim('04', 'Very little: what holds value back is the proposition', 'efficient delivery of something nobody values (25/75/85): the proposition binds, and capacity at its maximum adds at most 3 points of realisable value', () => {
  expect(triangle(25, 75, 85).binding).toBe('publicValue');
  expect(gain([25, 75, 85], OC, 15)).toBeLessThanOrEqual(3);
  expect(gain([25, 75, 85], OC, 15)).toBeGreaterThan(0);
});
claim('04', 'With capacity matched, alignment reaches', 'a mandate matched by capacity (80/80/80): aligned', () => {
  expect(triangle(80, 80, 80).binding).toBe('aligned');
});
claim('04', 'Service value rises while aggregate public value falls', 'policing: every point moved from bureaucracy to crowdsourcing raises service value and lowers aggregate public value', () => {
  for (let k = 1; k < policingSteps.length; k++) {
    expect(policingSteps[k]!.serviceValue).toBeGreaterThan(policingSteps[k - 1]!.serviceValue);
    expect(policingSteps[k]!.aggregatePublicValue).toBeLessThan(policingSteps[k - 1]!.aggregatePublicValue);
  }
});
const policingPath = computeValuePath(presetOf('neighbourhood-policing').context, presetOf('neighbourhood-policing').startingMix, 'crowdsourcing');
claim('04', "Where the path starts, at today's mix", 'policing: on the path from the starting mix to all crowdsourcing, aggregate public value is highest at the start', () => {
  expect(policingPath.bestAggregate.t).toBe(0);
});
claim('04', 'a peak partway along belongs to services such as recycling', 'recycling: on the path from its starting mix to all crowdsourcing, aggregate public value peaks partway', () => {
  const path = computeValuePath(presetOf('recycling-collection').context, presetOf('recycling-collection').startingMix, 'crowdsourcing');
  expect(path.bestAggregate.t).toBeGreaterThan(0);
  expect(path.bestAggregate.t).toBeLessThan(1);
});
claim('04', 'The two lines part from the first step', 'policing: the first step of the path raises service value and lowers aggregate public value', () => {
  const [start, first] = policingPath.points;
  expect(first!.serviceValue).toBeGreaterThan(start!.serviceValue);
  expect(first!.aggregatePublicValue).toBeLessThan(start!.aggregatePublicValue);
});
claim('04', 'the highest region hugs the bureaucracy corner, with room for staff pooled across public bodies but little for residents', 'policing, opensourcing held at 0 (the map it opens on): within the top margin bureaucracy never falls below half, innersourcing reaches 20 % or more, crowdsourcing stays at 15 % or less', () => {
  const { ranges } = computeLandscape(presetOf('neighbourhood-policing').context, { fixed: 'opensourcing', fixedShare: 0 }).highRegion;
  expect(ranges.bureaucracy.min).toBeGreaterThanOrEqual(50);
  expect(ranges.innersourcing.max).toBeGreaterThanOrEqual(20);
  expect(ranges.crowdsourcing.max).toBeLessThanOrEqual(15);
});

// Chapters 5, 6, 8 and 10: the typology map.
const boundary = typologyParameters.boundary.value;
claim('05', 'The pupil sits at the intrinsic end', 'students in class: an intrinsic quadrant (I or III), not borderline', () => {
  expect(['coProduction', 'coConstruction']).toContain(quadrantOf('students-in-class').quadrant);
  expect(quadrantOf('students-in-class').borderline).toBe(false);
});
claim('05', 'so both are intrinsic co-production', 'students in class and the online tax return: both Quadrant I', () => {
  expect(quadrantOf('students-in-class').quadrant).toBe('coProduction');
  expect(quadrantOf('tax-returns-online').quadrant).toBe('coProduction');
});
claim('06', 'Making the involvement involuntary turns co-design into co-production; widening the locus from one service to the system turns co-design into co-innovation', 'care package: co-design; moved to involuntary it is co-production, moved to the system it is co-innovation', () => {
  const { involvement, locus } = quadrantOf('care-package-design');
  expect(quadrantOf('care-package-design').quadrant).toBe('coDesign');
  expect(classifyPlacement({ involvement: 0, locus }).quadrant).toBe('coProduction');
  expect(classifyPlacement({ involvement, locus: 1 }).quadrant).toBe('coInnovation');
});
claim('06', 'Cases near a line are reported as borderline with both readings', 'a case just past the involvement boundary is borderline and also read in the neighbouring quadrant', () => {
  const near = classifyPlacement({ involvement: boundary + 0.02, locus: 0.1 });
  expect(near.borderline).toBe(true);
  expect([near.quadrant, ...near.alternatives].sort()).toEqual(['coDesign', 'coProduction']);
});
claim('06', 'the surgery patients, the care-home residents and the pupils of Quadrant I, the day support unit of Quadrant II, the adult with multiple sclerosis of Quadrant III, and the free schools and disability-led alternatives of Quadrant IV', 'the library places each named case in the quadrant the sentence gives it', () => {
  const named = { 'surgery-patients': 'coProduction', 'care-home-residents': 'coProduction', 'students-in-class': 'coProduction', 'day-support-feedback': 'coDesign', 'adult-with-ms': 'coConstruction', 'free-schools': 'coInnovation', 'disabled-adults-alternatives': 'coInnovation' };
  for (const [caseId, quadrant] of Object.entries(named)) expect(quadrantOf(caseId).quadrant, caseId).toBe(quadrant);
});
claim('06', 'a case where intrinsic co-production is weak, not absent', 'the online tax return: Quadrant I', () => {
  expect(quadrantOf('tax-returns-online').quadrant).toBe('coProduction');
});
claim('06', 'Her part is intrinsic to one encounter with the service; she did not choose it', 'the online tax return: Quadrant I, not borderline', () => {
  expect(quadrantOf('tax-returns-online').quadrant).toBe('coProduction');
  expect(quadrantOf('tax-returns-online').borderline).toBe(false);
});
claim('06', 'They take part by choice, to improve an existing service', 'pothole reports: Quadrant II', () => {
  expect(quadrantOf('pothole-reports').quadrant).toBe('coDesign');
});
claim('06', 'Intrinsic involvement, with the whole service system, shaping her well-being', 'the adult with multiple sclerosis: Quadrant III', () => {
  expect(quadrantOf('adult-with-ms').quadrant).toBe('coConstruction');
});
claim('06', 'and see what the model flags', 'faith schools: the map flags co-destruction', () => {
  expect(quadrantOf('faith-schools').coDestruction.length).toBeGreaterThan(0);
});
claim('06', 'the involvement is conscious and voluntary, it takes place within the service system', 'disability-led alternatives: Quadrant IV, voluntary and system-wide, not borderline', () => {
  expect(quadrantOf('disabled-adults-alternatives').quadrant).toBe('coInnovation');
  expect(quadrantOf('disabled-adults-alternatives').borderline).toBe(false);
});
claim('08', 'intrinsic involvement in a single service', 'the online tax return: Quadrant I, intrinsic and in one service', () => {
  expect(quadrantOf('tax-returns-online').quadrant).toBe('coProduction');
});
claim('10', "and a borderline one: parents choose the school, which points to co-design, but much of what they do is share in everyday schooling, which points to co-production (quadrant I)", 'faith schools: Quadrant II, borderline, also read as Quadrant I', () => {
  const faith = quadrantOf('faith-schools');
  expect(faith.quadrant).toBe('coDesign');
  expect(faith.borderline).toBe(true);
  expect(faith.alternatives).toEqual(['coProduction']);
});
claim('10', 'The co-destruction flag comes from a feature of the case, its divisive effects on others, not from its position', 'faith schools: the flag is divisive effects; the same position without that signal raises none', () => {
  const faith = quadrantOf('faith-schools');
  expect(faith.coDestruction.map((f) => f.signal)).toEqual(['divisiveEffects']);
  expect(classifyPlacement({ involvement: faith.involvement, locus: faith.locus }).coDestruction).toEqual([]);
});

// Chapter 7: balancing the modes.
const chapter7Services = ['recycling-collection', 'developer-pooling', 'car-pooling', 'passport-issuance', 'ae-demand', 'remote-school'];
claim('07', "the model's balanced configuration gives crowdsourcing the largest share", 'recycling, balanced: crowdsourcing the largest share', () => {
  expect(largest(balanced('recycling-collection').mix)).toBe('crowdsourcing');
});
claim('07', 'but keeps a real bureaucratic core', 'recycling, balanced: bureaucracy at 15 % or more (a mode in use)', () => {
  expect(balanced('recycling-collection').mix.bureaucracy).toBeGreaterThanOrEqual(IN_USE);
});
claim('07', 'leans on innersourcing and', 'developer pooling, balanced: innersourcing the largest share', () => {
  expect(largest(balanced('developer-pooling').mix)).toBe('innersourcing');
});
claim('07', '>car-pooling</SetupLink> on opensourcing.', 'car-pooling, balanced: opensourcing the largest share', () => {
  expect(largest(balanced('car-pooling').mix)).toBe('opensourcing');
});
for (const quote of ['Bureaucracy leads, at', 'A known, standardised task, a legal identity only the state confers and a duty of equal treatment']) {
  claim('07', quote, 'passport, balanced: bureaucracy the largest share', () => {
    expect(largest(balanced('passport-issuance').mix)).toBe('bureaucracy');
  });
}
claim('07', 'Pooling staff across agencies helps a little; it does not lead', 'passport, balanced: some innersourcing, less than bureaucracy', () => {
  expect(balanced('passport-issuance').mix.innersourcing).toBeGreaterThan(0);
  expect(balanced('passport-issuance').mix.innersourcing).toBeLessThan(balanced('passport-issuance').mix.bureaucracy);
});
claim('07', 'Conferring a legal identity is a power only the state may use', 'passport with 30 % crowdsourcing: the legitimacy-of-state-authority warning', () => {
  expect(warningIds(mixOf('passport-issuance', 70, 0, 30, 0))).toContain('legitimacyOfForce');
});
claim('07', 'The same share that serves recycling well strains the passport', 'the same mix (B70 C30): no warning for recycling, whose balance has more crowdsourcing; a warning for the passport', () => {
  expect(warningIds(mixOf('recycling-collection', 70, 0, 30, 0))).toEqual([]);
  expect(balanced('recycling-collection').mix.crowdsourcing).toBeGreaterThan(30);
  expect(warningIds(mixOf('passport-issuance', 70, 0, 30, 0)).length).toBeGreaterThan(0);
});
claim('07', "where citizens' own conduct gives crowdsourcing a substantial role", 'A&E, balanced: crowdsourcing at 25 % or more, more than in the starting mix', () => {
  expect(balanced('ae-demand').mix.crowdsourcing).toBeGreaterThanOrEqual(25);
  expect(balanced('ae-demand').mix.crowdsourcing).toBeGreaterThan(starting('ae-demand').mix.crowdsourcing);
});
claim('07', 'where equal access outweighs cost and bureaucracy stays in the lead', 'remote school, balanced: bureaucracy the largest share', () => {
  expect(largest(balanced('remote-school').mix)).toBe('bureaucracy');
});
claim('07', 'None of them puts everything into one mode, and in most of them two or more modes carry a substantial share', 'the six services compared: no balanced mix is one mode, and more than half use two or more modes at 15 % or more', () => {
  const mixes = chapter7Services.map((id) => balanced(id).mix);
  for (const mix of mixes) expect(Math.max(...MODES.map((m) => mix[m]))).toBeLessThan(100);
  expect(mixes.filter((mix) => MODES.filter((m) => mix[m] >= IN_USE).length >= 2).length).toBeGreaterThan(chapter7Services.length / 2);
});
claim('07', "Watch, too, how the administration's control of production falls as the opensourcing share rises", 'every preset: moving 10 points from any other mode to opensourcing lowers control', () => {
  for (const preset of presets) {
    for (const from of MODES.filter((m) => m !== 'opensourcing')) {
      const before = { bureaucracy: 25, innersourcing: 25, crowdsourcing: 25, opensourcing: 25 };
      const after = { ...before, [from]: 15, opensourcing: 35 };
      expect(evaluateMix(after, preset.context).dimensions.control, `${preset.id}, from ${from}`).toBeLessThan(evaluateMix(before, preset.context).dimensions.control);
    }
  }
});
claim('07', 'Explain why crowdsourcing gains a share of its own, why bureaucracy does not disappear', 'air pollution, balanced: crowdsourcing at 20 % or more, bureaucracy kept', () => {
  expect(balanced('air-pollution').mix.crowdsourcing).toBeGreaterThanOrEqual(20);
  expect(balanced('air-pollution').mix.bureaucracy).toBeGreaterThan(0);
});
claim('07', 'In the model the gain is modest', 'air pollution: the balanced mix beats all bureaucracy on aggregate public value, by less than 10 points', () => {
  const allBureaucracy = mixOf('air-pollution', 100, 0, 0, 0).aggregatePublicValue;
  expect(balanced('air-pollution').aggregatePublicValue).toBeGreaterThan(allBureaucracy);
  expect(balanced('air-pollution').aggregatePublicValue - allBureaucracy).toBeLessThan(10);
});
claim('07', 'Bureaucracy keeps the largest share because monitoring', 'air pollution, balanced: bureaucracy the largest share', () => {
  expect(largest(balanced('air-pollution').mix)).toBe('bureaucracy');
});

// Chapter 8: car-pooling and the digital divide.
const LOW_INCLUSION = { digitalInclusion: 0.2 };
const carPoolCrowd = mixOf('car-pooling', 30, 0, 30, 40);
claim('08', "as you shift share from bureaucracy to crowdsourcing and opensourcing, responsiveness and innovation rise and the administration's control falls", 'car-pooling: moving 10 points from bureaucracy to crowd or open raises responsiveness and innovation and lowers control', () => {
  const start = starting('car-pooling');
  const { bureaucracy: b, crowdsourcing: c, opensourcing: o } = start.mix;
  for (const r of [mixOf('car-pooling', b - 10, 0, c + 10, o), mixOf('car-pooling', b - 10, 0, c, o + 10)]) {
    expect(r.dimensions.responsiveness).toBeGreaterThan(start.dimensions.responsiveness);
    expect(r.dimensions.innovation).toBeGreaterThan(start.dimensions.innovation);
    expect(r.dimensions.control).toBeLessThan(start.dimensions.control);
  }
});
claim('08', 'The equity score of the crowd-heavy mix drops and a digital-divide warning appears, while an all-bureaucracy mix keeps its equity score', 'car-pooling at low digital inclusion: the starting and crowd-heavy mixes lose equity and gain the digital-divide warning; all bureaucracy keeps its equity', () => {
  for (const [b, c, o] of [[60, 20, 20], [30, 30, 40]] as const) {
    const [usual, low] = [mixOf('car-pooling', b, 0, c, o), mixOf('car-pooling', b, 0, c, o, LOW_INCLUSION)];
    expect(low.dimensions.equity).toBeLessThan(usual.dimensions.equity);
    expect(warningIds(usual)).not.toContain('digitalDivide');
    expect(warningIds(low)).toContain('digitalDivide');
  }
  expect(mixOf('car-pooling', 100, 0, 0, 0, LOW_INCLUSION).dimensions.equity).toBeCloseTo(mixOf('car-pooling', 100, 0, 0, 0).dimensions.equity, 10);
});
claim('08', 'With the crowd-heavy mix, responsiveness and innovation are high, control is lower', 'car-pooling: B30 C30 O40 beats the starting mix on responsiveness and innovation and falls below it on control', () => {
  const start = starting('car-pooling');
  expect(carPoolCrowd.dimensions.responsiveness).toBeGreaterThan(start.dimensions.responsiveness);
  expect(carPoolCrowd.dimensions.innovation).toBeGreaterThan(start.dimensions.innovation);
  expect(carPoolCrowd.dimensions.control).toBeLessThan(start.dimensions.control);
});
claim('08', 'Lowering digital inclusion lowers the equity score and adds a digital-divide warning', 'car-pooling: B30 C30 O40 at low digital inclusion loses equity and gains the digital-divide warning', () => {
  const low = mixOf('car-pooling', 30, 0, 30, 40, LOW_INCLUSION);
  expect(low.dimensions.equity).toBeLessThan(carPoolCrowd.dimensions.equity);
  expect(warningIds(carPoolCrowd)).not.toContain('digitalDivide');
  expect(warningIds(low)).toContain('digitalDivide');
});
claim('08', 'The all-bureaucracy mix keeps its equity score when digital inclusion falls', 'car-pooling: all bureaucracy keeps its equity at low inclusion, scores far below the crowd-heavy mix on responsiveness, and warns that citizens are left out', () => {
  const all = mixOf('car-pooling', 100, 0, 0, 0);
  expect(mixOf('car-pooling', 100, 0, 0, 0, LOW_INCLUSION).dimensions.equity).toBeCloseTo(all.dimensions.equity, 10);
  expect(all.dimensions.responsiveness).toBeLessThan(carPoolCrowd.dimensions.responsiveness / 2);
  expect(warningIds(all)).toContain('citizensLeftOut');
});

// Chapter 9: the capacity matrix, and a mandate without the machinery.
const HEEL = 'operational.organisational' as const;
claim('09', 'the model names the weakest cell whatever the average', 'capacities: a strong profile with one weak cell names that cell as the weakest', () => {
  for (const cell of CAPACITY_CELLS) expect(evaluateCapacities({ ...allCells(5), [cell]: 2 }).weakest?.cell).toBe(cell);
});
claim('09', 'A low rating for organisational operational capacity raises the Achilles-heel flag even when other cells are strong', 'capacities: every other cell at 5 and organisational operational at 2 flags the Achilles heel; at 3 it does not', () => {
  expect(evaluateCapacities({ ...allCells(5), [HEEL]: 2 }).achillesHeel.flagged).toBe(true);
  expect(evaluateCapacities({ ...allCells(5), [HEEL]: 3 }).achillesHeel.flagged).toBe(false);
});
// Chapter 9's guided sequence: a food-waste scheme, every cell at 4 but one.
const scheme = (organisational: 1 | 2 | 3 | 4 | 5, individual: 1 | 2 | 3 | 4 | 5 = 4) => evaluateCapacities({ ...allCells(4), [HEEL]: organisational, 'operational.individual': individual });
claim('09', 'The flag goes up at once', 'food-waste scheme: organisational operational at 3 raises no flag; one level lower it does', () => {
  expect(scheme(3).achillesHeel.flagged).toBe(false);
  expect(scheme(2).achillesHeel.flagged).toBe(true);
});
claim('09', 'The flag stays, and the weakest cell is still the organisational one', 'food-waste scheme: with individual operational at 5 and organisational at 2, the heel is flagged and is the weakest cell', () => {
  expect(scheme(2, 5).achillesHeel.flagged).toBe(true);
  expect(scheme(2, 5).weakest?.cell).toBe(HEEL);
});
claim('09', 'Operational capacity falls while the authorising environment holds', 'food-waste scheme: organisational operational at 2 rather than 4 lowers the bearing on operational capacity and leaves the authorising environment unchanged', () => {
  expect(scheme(2).triangleBearing.operationalCapacity!).toBeLessThan(scheme(4).triangleBearing.operationalCapacity!);
  expect(scheme(2).triangleBearing.authorisingEnvironment).toBe(scheme(4).triangleBearing.authorisingEnvironment);
});
claim('09', 'A level that fits the service is not a gap', 'capacities: a cell at its target is no gap; below it, it is', () => {
  const cell = 'analytical.systemic' as const;
  expect(evaluateCapacities({ ...allCells(3), [cell]: 2 }, { targets: { [cell]: 2 } }).gaps.map((g) => g.cell)).not.toContain(cell);
  expect(evaluateCapacities({ ...allCells(3), [cell]: 2 }).gaps.map((g) => g.cell)).toContain(cell);
});
for (const quote of ['Raising it adds at least as much realisable value as raising either of the stronger corners by the same amount, usually more', "book's reading of the triangle the weakest corner limits value, and raising it adds more than raising the others"]) {
  claim('09', quote, 'mandate without the machinery (75/70/30): operational capacity binds, and 10 more points there add more than 10 more on either other corner', () => {
    expect(triangle(75, 70, 30).binding).toBe('operationalCapacity');
    expect(gain([75, 70, 30], OC, 10)).toBeGreaterThan(gain([75, 70, 30], PV, 10));
    expect(gain([75, 70, 30], OC, 10)).toBeGreaterThan(gain([75, 70, 30], AE, 10));
  });
}
claim('09', "the weak organisational operational cell raises the Achilles-heel flag, and the analytical and operational cells pull down the triangle's operational corner while the political cells support the authorising environment", 'capacities: political cells at 5, organisational operational at 2, the rest at 3 — the heel is flagged and is the weakest cell, and the profile bears lower on operational capacity than on the authorising environment', () => {
  const ratings: CapacityRatings = { ...allCells(3), 'political.individual': 5, 'political.organisational': 5, 'political.systemic': 5, [HEEL]: 2 };
  const result = evaluateCapacities(ratings);
  expect(result.achillesHeel.flagged).toBe(true);
  expect(result.weakest?.cell).toBe(HEEL);
  expect(result.triangleBearing.operationalCapacity!).toBeLessThan(result.triangleBearing.authorisingEnvironment!);
});

// Chapter 10: how far a free school can be opened.
/** The smallest share of one mode, in 5-point steps with bureaucracy taking the rest, that raises a warning. */
const onset = (id: string, mode: 'crowdsourcing' | 'opensourcing', warning: string): number =>
  [...Array(21).keys()].map((k) => 5 * k).find((share) => warningIds(evaluateMix({ bureaucracy: 100 - share, innersourcing: 0, crowdsourcing: 0, opensourcing: 0, [mode]: share }, presetOf(id).context)).includes(warning)) ?? Infinity;
const schoolOpened = mixOf('free-school', 20, 0, 20, 60);
claim('10', 'Once a large share of production is handed to outsiders the administration does not control, above all through opensourcing, the model raises a *capture* warning', 'free school: capture needs at most half as large an opensourcing share as a crowdsourcing share', () => {
  expect(onset('free-school', 'opensourcing', 'capture')).toBeLessThanOrEqual(onset('free-school', 'crowdsourcing', 'capture') / 2);
});
claim('10', 'opensourcing it adds *loss of control*', 'loss of control turns on the opensourcing share alone', () => {
  const t = warningThresholds.lossOfControlShare.value;
  for (const c of [0, 20, 40]) {
    expect(warningIds(mixOf('free-school', 100 - c - t, 0, c, t))).toContain('lossOfControl');
    expect(warningIds(mixOf('free-school', 100 - c - (t - 5), 0, c, t - 5))).not.toContain('lossOfControl');
  }
});
claim('10', 'but a balance does not always clear them: for car-pooling it keeps', 'free school, balanced: no warnings; car-pooling, balanced: some', () => {
  expect(warningIds(balanced('free-school'))).toEqual([]);
  expect(warningIds(balanced('car-pooling')).length).toBeGreaterThan(0);
});
claim('10', 'Which warning depends on opensourcing alone, and which counts crowdsourcing too, though for less?', 'loss of control ignores crowdsourcing; capture counts it, at less weight than opensourcing', () => {
  expect(warningIds(mixOf('free-school', 30, 0, 40, 30))).not.toContain('lossOfControl');
  expect(warningIds(mixOf('free-school', 50, 0, 20, 30))).not.toContain('capture');
  expect(warningIds(mixOf('free-school', 40, 0, 30, 30))).toContain('capture');
  expect(onset('free-school', 'crowdsourcing', 'capture')).toBeGreaterThan(onset('free-school', 'opensourcing', 'capture'));
});
claim('10', "and the administration's control of production drops: the school can be governed but no longer directed", 'free school: B20 C20 O60 has less control than the starting mix', () => {
  expect(schoolOpened.dimensions.control).toBeLessThan(starting('free-school').dimensions.control);
});
claim('10', 'Moving shares back to bureaucracy removes the warnings but lowers responsiveness and innovation', 'free school: B60 C10 O30 raises no warnings, with lower responsiveness and innovation than B20 C20 O60', () => {
  const back = mixOf('free-school', 60, 0, 10, 30);
  expect(warningIds(back)).toEqual([]);
  expect(back.dimensions.responsiveness).toBeLessThan(schoolOpened.dimensions.responsiveness);
  expect(back.dimensions.innovation).toBeLessThan(schoolOpened.dimensions.innovation);
});
claim('10', 'or more) and the model warns of rigidity instead', 'free school: rigidity fires at the threshold share of bureaucracy, not five points below', () => {
  const t = warningThresholds.rigidityShare.value;
  expect(warningIds(mixOf('free-school', t, 0, (100 - t) / 2, (100 - t) / 2))).toContain('rigidity');
  expect(warningIds(mixOf('free-school', t - 5, 0, (105 - t) / 2, (105 - t) / 2))).not.toContain('rigidity');
});

// Chapter 11: demand on emergency departments, and the frameworks together.
claim('11', 'why bureaucracy keeps a substantial share', 'A&E, balanced: bureaucracy at a third or more', () => {
  expect(balanced('ae-demand').mix.bureaucracy).toBeGreaterThanOrEqual(100 / 3);
});
claim('11', 'In a largely bureaucratic starting mix the model warns that citizens are left out', 'A&E: the starting mix is at least 70 % bureaucracy and warns that citizens are left out', () => {
  expect(starting('ae-demand').mix.bureaucracy).toBeGreaterThanOrEqual(70);
  expect(warningIds(starting('ae-demand'))).toContain('citizensLeftOut');
});
for (const quote of ['gives crowdsourcing a much larger share', 'The balanced configuration therefore moves share to crowdsourcing']) {
  claim('11', quote, 'A&E, balanced: crowdsourcing at least 20 points above the starting mix, and no longer a warning that citizens are left out', () => {
    expect(balanced('ae-demand').mix.crowdsourcing - starting('ae-demand').mix.crowdsourcing).toBeGreaterThanOrEqual(20);
    expect(warningIds(balanced('ae-demand'))).not.toContain('citizensLeftOut');
  });
}
for (const quote of ['Bureaucracy still keeps the largest share', 'Bureaucracy keeps the largest share']) {
  claim('11', quote, 'A&E, balanced: bureaucracy the largest share', () => {
    expect(largest(balanced('ae-demand').mix)).toBe('bureaucracy');
  });
}
claim('11', "Push the crowd's share far beyond the balance, or hand citizens the definition of the service through opensourcing, and new warnings appear, such as capture or loss of control", 'A&E: the balanced mix raises no warnings; 90 % crowdsourcing raises capture, and 35 % opensourcing loss of control', () => {
  expect(warningIds(balanced('ae-demand'))).toEqual([]);
  expect(warningIds(mixOf('ae-demand', 10, 0, 90, 0))).toContain('capture');
  expect(warningIds(mixOf('ae-demand', 50, 10, 5, 35))).toContain('lossOfControl');
});
claim('11', 'show up here as a missing mandate, not as a lack of means', 'unbacked scheme (75/35/65): the authorising environment binds', () => {
  expect(triangle(75, 35, 65).binding).toBe('authorisingEnvironment');
});
claim('11', 'Modes: the balanced configurations use several modes; passport issuance stays mostly bureaucratic', 'every preset’s balanced mix uses two or more modes; most use two at 15 % or more; passport keeps 85 % bureaucracy or more', () => {
  const mixes = presets.map((p) => balanced(p.id).mix);
  for (const mix of mixes) expect(MODES.filter((m) => mix[m] > 0).length).toBeGreaterThanOrEqual(2);
  expect(mixes.filter((mix) => MODES.filter((m) => mix[m] >= IN_USE).length >= 2).length).toBeGreaterThan(presets.length / 2);
  expect(balanced('passport-issuance').mix.bureaucracy).toBeGreaterThanOrEqual(85);
});

// ---------------------------------------------------------------------------------------------------
// 3. The scan: a number in a sentence about the model must come from <ModelFigure>, or sit in a claim
// checked above, or in the allowlist below with its reason.

/** Figures that are not model results, though their sentence talks about the model. */
const allowlist: { chapter: string; quote: string; reason: string }[] = [
  {
    chapter: '03',
    quote: 'First raise operational capacity by 10 points and note the realisable value; reset, then raise the public value proposition by 10 points',
    reason: 'the step the exercise asks the reader to take; the realisable values it leads to are printed by ModelFigure in the model answer',
  },
  {
    chapter: '04',
    quote: 'Then raise the authorising environment by 15 points and note the realisable value; reset, and raise operational capacity by 15 points instead',
    reason: 'the step the exercise asks the reader to take; the realisable values it leads to are printed by ModelFigure in the model answer',
  },
  {
    chapter: '04',
    quote: 'Raise the authorising environment by 15 points and note the realisable value; move it back, then raise operational capacity by 15 instead',
    reason: 'what a guided step asks the reader to try; the realisable values it leads to are printed by ModelFigure in the step’s explanation',
  },
  {
    chapter: '04',
    quote: 'Raise the crowdsourcing slider a few points at a time, up to about half',
    reason: 'what a guided step asks the reader to try; the values it leads to are printed by ModelFigure in the step’s explanation',
  },
  {
    chapter: '04',
    quote: 'Rating the corners from 0 to 100, as the widget does',
    reason: 'the scale of the widget’s inputs, not a result',
  },
];

const MODEL_WORDS =
  /\b(?:balanced|balance|aggregate|service value|realisable|the model|model's|widget|mode balancer|slider|triangle|capacity matrix|the map|warnings?|warns|binding|binds|weakest|aligned|alignment|borderline|scores?|shares?)\b/i;
const FIGURE = /\b\d+(?:[.,]\d+)?(?:\s?(?:%|per ?cent|points?))?|\b(?:half|halves|a third|two-thirds|thirds?|a quarter|three-quarters|quarters?)\b/gi;
// Numbers that name things rather than state results: chapters, tables, figures, sections, types,
// quadrants, pages, years and decades, and numbered list items.
const NOT_A_FIGURE = /\b(?:chapters?|tables?|figures?|sec\.|secs\.|types?|quadrants?|p\.|pp\.)\s+\d[\d.–, and]*|\b(?:1[89]|20)\d\d(?:s\b)?|^\d+\. /gim;

const FILLER = '\u2007';
/** Replaces each match with filler of the same length, so offsets into the text stay valid. */
const blank = (text: string, pattern: RegExp): string => text.replace(pattern, (m) => m.replace(/[^\n]/g, FILLER));
/** Replaces only the digits of each match: the words around them still tell whether the sentence is about the model. */
const blankDigits = (text: string, pattern: RegExp): string => text.replace(pattern, (m) => m.replace(/\d/g, FILLER));

/** Spans of the text that the scan must not read: figures from the model, citations, links, tags' attributes. */
function scannable(text: string): string {
  let out = blank(text, FIGURE_TAG);
  out = blank(out, /\[@[^\]]*\]|\[-@[^\]]*\]|@[A-Za-z][\w-]*/g);
  out = blank(out, /\]\([^)]*\)/g);
  // Widgets', SetupLinks' and guided steps' props are the set-ups a reader is asked to try, not results;
  // a quick check's or a prediction's words are read like prose.
  out = blank(out, /<(?!(?:QuickCheck|Predict)\b)[A-Za-z][^>]*>/g);
  return blankDigits(out, NOT_A_FIGURE);
}

/** Sentence boundaries: paragraph breaks, full stops, block tags, and the string delimiters inside a quick check. */
function sentences(text: string): [number, number][] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(/\n\n|[.!?](?=\s)|<\/?(?:Hint|ModelAnswer|Exercise|Callout|QuickCheck|GuidedSequence|GuidedStep|Predict|Guess|Explain)\b[^>]*>/g)) cuts.add(m.index! + m[0].length);
  for (const m of text.matchAll(/<(?:QuickCheck|Predict)\b[\s\S]*?\/>/g)) {
    for (let i = m.index!; i < m.index! + m[0].length; i++) if (text[i] === '"') cuts.add(i + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, k) => [sorted[k]!, end]);
}

/**
 * Whether a figure restates an exercise's set-up: inside an <Exercise> with a SetupLink, "N %" in a
 * sentence that names a mode the link sets to N, or a bare N in the sentence that holds a link with N.
 */
function isSetUp(text: string, sentence: [number, number], figure: string, at: number): boolean {
  for (const exercise of text.matchAll(/<Exercise\b[\s\S]*?<\/Exercise>/g)) {
    if (at < exercise.index! || at >= exercise.index! + exercise[0].length) continue;
    const words = text.slice(...sentence);
    const value = Number(/\d+/.exec(figure)![0]);
    for (const link of exercise[0].matchAll(/<SetupLink\b([^>]*)>/g)) {
      const props = readAttributes(link[1]!);
      const mix = (props.mix ?? {}) as Record<string, number>;
      if (figure.includes('%') && Object.entries(mix).some(([mode, share]) => share === value && words.includes(mode))) return true;
      const inSentence = exercise.index! + link.index! >= sentence[0] && exercise.index! + link.index! < sentence[1];
      if (!figure.includes('%') && inSentence && Object.values(props).includes(value)) return true;
    }
  }
  return false;
}

/** Figures stated by hand in sentences about the model, minus set-ups and those a claim or the allowlist covers. */
function handWrittenFigures(c: Chapter, covered: { quote: string }[]): string[] {
  const text = scannable(c.text);
  const spans = covered.map(({ quote }) => {
    const at = c.text.indexOf(normalise(quote));
    return [at, at + normalise(quote).length] as const;
  });
  const found: string[] = [];
  for (const [start, end] of sentences(text)) {
    const sentence = text.slice(start, end);
    if (!MODEL_WORDS.test(sentence)) continue;
    for (const m of sentence.matchAll(FIGURE)) {
      const at = start + m.index!;
      if (spans.some(([from, to]) => from >= 0 && from <= at && at + m[0].length <= to)) continue;
      if (isSetUp(c.text, [start, end], m[0], at)) continue;
      found.push(`“${m[0]}” in: ${c.text.slice(start, end).trim()}`);
    }
  }
  return found;
}

describe('figures about the model stated by hand', () => {
  it.each(chapters.map((c) => [c.file, c] as const))('%s has none: each comes from <ModelFigure>, a checked claim or the allowlist', (_file, c) => {
    const prefix = c.file.slice(0, 2);
    const covered = [...claims.filter((x) => x.chapter === prefix), ...allowlist.filter((x) => x.chapter === prefix)];
    expect(handWrittenFigures(c, covered)).toEqual([]);
  });

  it.each(allowlist.map((a) => [a.chapter, a.quote, a] as const))('ch. %s allows “%s” and still says it', (_chapter, _quote, entry) => {
    expect(entry.reason.length).toBeGreaterThan(10);
    expect(chapter(entry.chapter).text).toContain(normalise(entry.quote));
  });

  const sample = (body: string): Chapter => readChapter('99-sample.mdx', `---\nsummary: []\n---\n${body}\n`);

  it('catches a balanced figure written by hand, in prose and in a quick check', () => {
    expect(handWrittenFigures(sample('The balanced configuration gives bureaucracy 50 % of the work.'), [])).toHaveLength(1);
    expect(handWrittenFigures(sample('Bureaucracy keeps a substantial share (close to a third in the model’s balance).'), [])).toHaveLength(1);
    expect(
      handWrittenFigures(sample('<QuickCheck question="Why?" choices={[{ text: "Its aggregate public value is 60", correct: true, feedback: "Yes." }, { text: "No", feedback: "No." }]} />'), []),
    ).toHaveLength(1);
  });

  it('lets through figures from <ModelFigure>, set-ups, citations and chapter numbers', () => {
    const body = [
      'The balanced configuration gives bureaucracy <ModelFigure preset="ae-demand" show="share" mode="bureaucracy" /> of the work.',
      'The model\'s balance is set out in chapter 7 [@cordella2017, sec. 6, Table 2].',
      'Open the mode balancer: <SetupLink widget="modes" target="modes" preset="car-pooling" mix={{ bureaucracy: 30, innersourcing: 0, crowdsourcing: 30, opensourcing: 40 }}>this set-up</SetupLink>.',
    ].join('\n\n');
    expect(handWrittenFigures(sample(body), [])).toEqual([]);
  });

  it('lets through a figure a checked claim quotes', () => {
    const c = sample('The model warns at 80 % bureaucracy.');
    expect(handWrittenFigures(c, [{ quote: 'warns at 80 % bureaucracy' }])).toEqual([]);
  });
});

