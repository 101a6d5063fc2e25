// The evaluation model's only public surface. Pure TypeScript: no DOM, Svelte, Astro or d3-selection.
// Scores are 0–100 unless stated; fits, positions and alignment 0–1; ratings 1–5. Every result has a `kind`.

// Vocabulary and errors
export * from './types.ts';
export { DIMENSION_LABELS, RESOURCE_LABELS } from './mode-labels.ts';
export { CONTEXT_LABELS } from './context-labels.ts';
export { CO_DESTRUCTION_LABELS } from './co-destruction-labels.ts';
export { EvaluationError, isEvaluationError, type EvaluationErrorCode } from './errors.ts';
export { normaliseMix, validateContext, type NormalisedMix } from './validate.ts';

// 1. Strategic triangle
export { evaluateTriangle, cornerLabels, bindingFailures, type TriangleInput, type TriangleResult } from './triangle.ts';

// 2. Four-quadrant typology, and its case library
export {
  classifyPlacement, classifyAnswers, placeAnswers,
  type TypologyPlacement, type TypologyAnswers, type TypologyResult, type ValueAtStake, type CoDestructionFlag,
} from './typology.ts';
export { typologyCases, type TypologyCase } from './cases.ts';
export { caseReasons } from './case-notes.ts';

// 3. Modes of production, service value, aggregate public value, balanced configuration
export { evaluateMix, type ModesResult, type ModeWarning } from './modes.ts';
export { findBalancedConfiguration, type BalanceResult, type BalanceObjective } from './balance.ts';
export { presets, findPreset, type ServicePreset } from './presets.ts';
export { presetNotes, type PresetNote } from './preset-notes.ts';
export {
  computeLandscape, computeValuePath, landscapeCell, freeModes,
  type LandscapeResult, type LandscapeCell, type LandscapeOptions, type HighRegion, type ValuePath, type PathPoint, type Headline,
} from './landscape.ts';
export { directionRules, CROWD_HEAVY_MIX, type DirectionRule, type DirectionExpectation, type Direction } from './directions.ts';

// The paradigm lens: each paradigm's choice when it optimises its own measure
export { evaluateParadigms, scoreMeasure, paradigmLabels, type ParadigmLensResult, type ParadigmChoice } from './paradigms.ts';

// 4. Capacities
export { evaluateCapacities, anchorFor, cellLabel, describeCell, type CapacityRatings, type CapacityResult, type CapacityGap } from './capacities.ts';

// 5. Who and when
export { describeWhoAndWhen, whoWhenLabels, type WhoWhenInput, type WhoWhenResult } from './who-when.ts';

// 6. Self-assessment
export { ASSESSMENT_ITEM_IDS } from './assessment-ids.ts';
export { scoreAssessment, type AssessmentInput, type AssessmentResult, type RiskFlag, type Recommendation, type TriggeringAnswer, type CapacityTarget } from './assessment.ts';
export {
  assessmentItems, assessmentSections, assessmentRules, CHAPTER_ANCHORS, chapterLink,
  type AssessmentItem, type AssessmentSection, type ItemId, type AssessmentAnswerLevels, type RuleDefinition, type RuleId, type ChapterAnchor,
} from './assessment-items.ts';

// 7. Descriptions and URL state
export { describeResult, type EvaluationResult } from './describe.ts';
export { describeTriangle } from './describe/triangle.ts';
export { describeTypology } from './describe/typology.ts';
export { describeModes, describeBalance } from './describe/modes.ts';
export { describeLandscape, describeValuePath } from './describe/landscape.ts';
export { mixText, list as listInWords } from './describe/text.ts';
export { describeCapacities } from './describe/capacities.ts';
export { describeWhoWhen } from './describe/who-when.ts';
export { describeAssessment } from './describe/assessment.ts';
export { describeParadigms } from './describe/paradigms.ts';
export {
  encodeWith, decodeWith, STATE_VERSION, KIND_CODES,
  type StateCodec, type WidgetKind, type WidgetStates, type DecodedState, type TypologyState, type ModesState, type CapacitiesState, type ParadigmsState, type AssessmentState,
} from './state-codec.ts';
export { encodeState, decodeState, defaultState, stateCodecs } from './state-codecs.ts';

// 8. The model's version, what each version changed, and what an older link's figures mean today
export {
  MODEL_VERSION, VERSIONED_SINCE, FIRST_VERSION, FIGURE_CHANGES, isModelVersion, compareModelVersions, modelVersionNote,
  type ModelVersionNote,
} from './model-version.ts';
export { modelChangelog, recordedBalances, type ModelRelease, type ModelChange, type RecordedBalance } from './model-changelog.ts';
export { triangleCodec } from './codecs/triangle.ts';
export { typologyCodec } from './codecs/typology.ts';
export { modesCodec } from './codecs/modes.ts';
export { capacitiesCodec } from './codecs/capacities.ts';
export { paradigmsCodec } from './codecs/paradigms.ts';
export { assessmentCodec } from './codecs/assessment.ts';

// The words of the capacity matrix
export { capacityAnchors, capacityCells, CAPACITY_LEVEL_LABELS } from './capacity-anchors.ts';

// The words of the paradigm lens (rendered at build time)
export { paradigmNotes, paradigmAspectLabels, PARADIGM_ASPECTS, type ParadigmNote, type ParadigmCell, type ParadigmAspect } from './paradigm-notes.ts';

// The words of Tables 1 and 2 (rendered at build time)
export { modeTables, type ModeTableRow } from './mode-tables.ts';

// Sources, and the set-ups the widgets offer
export { sourceNames, citeSource, bibliographyPath } from './sources.ts';
export { triangleScenarios, capacityScenarios, type TriangleScenario, type CapacityScenario } from './scenarios.ts';

// The data file: every parameter with its value, source and rationale ("Open the model")
export {
  triangleParameters, typologyParameters, quadrantProfiles, quadrantValueAssociation, valueTypes,
  modeFit, fitSensitivity, modeAffinity, digitalDependence, stateAuthorityExposure, serviceWeights, sharedValueWeights,
  modeParameters, warningThresholds, modeProfiles, capacityParameters, assessmentParameters, paradigmMeasures,
  type Parameter, type ParadigmMeasure, type FitTerm, type ModeProfile,
} from './parameters.ts';
