/** What `<ModelFigure>` computes: one model result as words, or an error that names the chapter and the bad value. */
import {
  classifyAnswers,
  evaluateParadigms,
  PARADIGMS,
  cornerLabels,
  DIMENSIONS,
  evaluateMix,
  evaluateTriangle,
  findBalancedConfiguration,
  findPreset,
  isEvaluationError,
  listInWords,
  mixText,
  modeParameters,
  MODES,
  presets,
  typologyCases,
  warningThresholds,
  type Dimension,
  type Mix,
  type Mode,
  type ModesResult,
  type ModeWarning,
  type Paradigm,
  type Parameter,
} from '@evaluation';

/** The props of `<ModelFigure>`; which ones apply depends on `show` (see content/AUTHORING.md). */
export interface ModelFigureProps {
  /** What to state: a result of the mode balancer, a warning threshold, the triangle or the typology. */
  show: string;
  /** Service preset id (for the mode balancer's results). */
  preset?: string;
  /** Which mix of the preset: its balanced configuration (default) or its starting mix. */
  of?: string;
  /** A mix of the preset to evaluate instead, in percent (rescaled like the widget if it does not sum to 100). */
  mix?: Partial<Mix>;
  /** A mode, for `show="share"`. */
  mode?: string;
  /** A public-value dimension, for `show="score"`. */
  dimension?: string;
  /** A warning id, for `show="threshold"`. */
  warning?: string;
  /** Triangle corners, 0–100, for `binding`, `realisable-value` and `alignment`. */
  publicValue?: number;
  authorisingEnvironment?: number;
  operationalCapacity?: number;
  /** A typology case id, for `show="quadrant"`. */
  caseId?: string;
  /** A paradigm (weberian, npm, publicValue, coProduction), for the paradigm lens's `lens-choice` and `lens-cost`. */
  paradigm?: string;
  /** The paradigm on whose measure `lens-cost` counts the points given up. */
  measure?: string;
  /** The chapter file; set by the build (remark-model-figures), never by authors. */
  file?: string;
}

/** A computed figure: the text to print and a short record of what it states. */
export interface ModelFigure {
  text: string;
  /** The figure as a number, when it is one (a share, a value, a score, an alignment): what a guess is compared with. */
  value?: number;
  /** The props that produced it, e.g. `preset=ae-demand of=balanced show=share mode=bureaucracy`. */
  describes: string;
}

const MODE_SHOWS = ['mix', 'share', 'service-value', 'aggregate-value', 'score', 'modes-in-use', 'warnings'] as const;
const TRIANGLE_SHOWS = ['binding', 'realisable-value', 'alignment'] as const;
const LENS_SHOWS = ['lens-choice', 'lens-cost'] as const;
const SHOWS = [...MODE_SHOWS, 'threshold', ...TRIANGLE_SHOWS, 'quadrant', ...LENS_SHOWS] as const;
const CORNER_PROPS = ['publicValue', 'authorisingEnvironment', 'operationalCapacity'] as const;
const OF = ['balanced', 'starting'] as const;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four'];

// Only warnings that fire at a plain share of the mix have a threshold a sentence can quote; capture
// weighs crowd and open shares by how little the administration controls them, so it has none.
const SHARE_THRESHOLDS: Partial<Record<ModeWarning['id'], Parameter<number>>> = {
  digitalDivide: warningThresholds.digitalDivideShare,
  lossOfControl: warningThresholds.lossOfControlShare,
  legitimacyOfForce: warningThresholds.forceShare,
  rigidity: warningThresholds.rigidityShare,
  citizensLeftOut: warningThresholds.citizensIgnoredShare,
};

/** The props for each `show`, besides `show` and `file`: the required ones, then the optional ones. */
function propsFor(show: string): { required: readonly string[]; optional: readonly string[] } {
  if (show === 'share') return { required: ['preset', 'mode'], optional: ['of'] };
  if (show === 'score') return { required: ['preset', 'dimension'], optional: ['of', 'mix'] };
  if (show === 'mix' || show === 'modes-in-use') return { required: ['preset'], optional: ['of'] };
  if ((MODE_SHOWS as readonly string[]).includes(show)) return { required: ['preset'], optional: ['of', 'mix'] };
  if (show === 'threshold') return { required: ['warning'], optional: [] };
  if (show === 'lens-choice') return { required: ['preset', 'paradigm'], optional: [] };
  if (show === 'lens-cost') return { required: ['preset', 'paradigm', 'measure'], optional: [] };
  if ((TRIANGLE_SHOWS as readonly string[]).includes(show)) return { required: CORNER_PROPS, optional: [] };
  return { required: ['caseId'], optional: [] };
}

/** The props as an author wrote them, for error messages: `<ModelFigure preset="x" show="y">`. */
function tag(props: ModelFigureProps): string {
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'file')
    .map(([name, value]) => (typeof value === 'string' ? `${name}="${value}"` : `${name}={${JSON.stringify(value)}}`));
  return `<ModelFigure ${attributes.join(' ')}>`;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const percent = (share: number): string => `${Math.round(share)} %`;

function modesFigure(show: string, props: ModelFigureProps, fail: (message: string) => never): string {
  const preset = findPreset(props.preset!);
  if (!preset) fail(`unknown preset "${props.preset}". Known presets: ${presets.map((p) => p.id).join(', ')}`);
  const of = props.of ?? 'balanced';
  if (!(OF as readonly string[]).includes(of)) fail(`of="${of}" must be one of ${OF.join(', ')}`);
  if (props.mix && props.of) fail('give either of="…" or mix={…}, not both');
  const balance = !props.mix && of === 'balanced' ? findBalancedConfiguration(preset.context) : null;
  let result: ModesResult;
  try {
    result = balance?.best ?? evaluateMix((props.mix ?? preset.startingMix) as Mix, preset.context);
  } catch (error) {
    // The model validates mixes; its message says what is wrong, this one says where.
    if (isEvaluationError(error)) fail(error.message);
    throw error;
  }
  switch (show) {
    case 'mix':
      return mixText(result.mix);
    case 'share': {
      if (!(MODES as readonly string[]).includes(props.mode!)) fail(`unknown mode "${props.mode}". Modes: ${MODES.join(', ')}`);
      return percent(result.mix[props.mode as Mode]);
    }
    case 'service-value':
      return String(Math.round(result.serviceValue));
    case 'aggregate-value':
      return String(Math.round(result.aggregatePublicValue));
    case 'score': {
      if (!(DIMENSIONS as readonly string[]).includes(props.dimension!)) fail(`unknown dimension "${props.dimension}". Dimensions: ${DIMENSIONS.join(', ')}`);
      return String(Math.round(result.dimensions[props.dimension as Dimension]));
    }
    case 'modes-in-use': {
      // The balance's own count (modes at the in-use share or more); a starting mix is counted the same way.
      const inUse = balance?.modesInUse.length ?? MODES.filter((m) => result.mix[m] >= modeParameters.inUseShare.value).length;
      return NUMBER_WORDS[inUse]!;
    }
    default:
      return result.warnings.length === 0 ? 'no warnings' : listInWords(result.warnings.map((w) => lowerFirst(w.label)));
  }
}

function triangleFigure(show: string, props: ModelFigureProps, fail: (message: string) => never): string {
  let result;
  try {
    result = evaluateTriangle({ publicValue: props.publicValue!, authorisingEnvironment: props.authorisingEnvironment!, operationalCapacity: props.operationalCapacity! });
  } catch (error) {
    if (isEvaluationError(error)) fail(error.message);
    throw error;
  }
  if (show === 'realisable-value') return String(Math.round(result.realisableValue));
  if (show === 'alignment') return result.alignment.toFixed(2);
  return result.binding === 'aligned' ? 'no single corner (the three are aligned)' : `the ${cornerLabels[result.binding]}`;
}

function lensFigure(show: string, props: ModelFigureProps, fail: (message: string) => never): string {
  const preset = findPreset(props.preset!);
  if (!preset) fail(`unknown preset "${props.preset}". Known presets: ${presets.map((p) => p.id).join(', ')}`);
  for (const name of ['paradigm', 'measure'] as const) {
    const value = props[name];
    if (value !== undefined && !(PARADIGMS as readonly string[]).includes(value)) fail(`unknown ${name} "${value}". Paradigms: ${PARADIGMS.join(', ')}`);
  }
  const lens = evaluateParadigms(preset.context);
  const paradigm = props.paradigm as Paradigm;
  return show === 'lens-choice' ? mixText(lens.choices[paradigm].result.mix) : String(Math.round(lens.costs[paradigm][props.measure as Paradigm]));
}

/** Computes the figure a `<ModelFigure>` states; throws, naming the chapter file and the props, on any bad value. */
export function modelFigure(props: ModelFigureProps): ModelFigure {
  const fail: (message: string) => never = (message) => {
    throw new Error(`${props.file ?? 'a chapter'}: ${tag(props)}: ${message}`);
  };
  const { show } = props;
  if (!(SHOWS as readonly string[]).includes(show)) fail(`unknown show="${show}". Use one of ${SHOWS.join(', ')}`);
  const { required, optional } = propsFor(show);
  const missing = required.filter((name) => props[name as keyof ModelFigureProps] === undefined);
  if (missing.length > 0) fail(`show="${show}" needs ${missing.join(', ')}`);
  // A prop that this `show` does not read is a typo or a misunderstanding; either way the figure would mislead.
  const unused = Object.keys(props).filter((name) => name !== 'show' && name !== 'file' && !required.includes(name) && !optional.includes(name));
  if (unused.length > 0) fail(`show="${show}" does not use ${unused.join(', ')}`);

  let text: string;
  if ((MODE_SHOWS as readonly string[]).includes(show)) text = modesFigure(show, props, fail);
  else if ((TRIANGLE_SHOWS as readonly string[]).includes(show)) text = triangleFigure(show, props, fail);
  else if ((LENS_SHOWS as readonly string[]).includes(show)) text = lensFigure(show, props, fail);
  else if (show === 'threshold') {
    const threshold = SHARE_THRESHOLDS[props.warning as ModeWarning['id']];
    if (!threshold) fail(`no share threshold for warning "${props.warning}". Warnings with one: ${Object.keys(SHARE_THRESHOLDS).join(', ')}`);
    text = percent(threshold.value);
  } else {
    const found = typologyCases.find((c) => c.id === props.caseId);
    if (!found) fail(`unknown case "${props.caseId}". Known cases: ${typologyCases.map((c) => c.id).join(', ')}`);
    const result = classifyAnswers(found.answers);
    text = `Quadrant ${result.numeral} (${result.label.toLowerCase()})`;
  }
  const describes = Object.entries(props)
    .filter(([name]) => name !== 'file')
    .map(([name, value]) => `${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return { text, describes, ...(/^\d+(?:\.\d+)?(?: %)?$/.test(text) ? { value: Number.parseFloat(text) } : {}) };
}
