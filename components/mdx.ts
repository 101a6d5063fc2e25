/** The components every chapter can use without importing them (passed to MDX `<Content>`). */
import Term from './Term.astro';
import Exercise from './Exercise.astro';
import Hint from './Hint.astro';
import ModelAnswer from './ModelAnswer.astro';
import QuickCheck from './QuickCheck.astro';
import Callout from './Callout.astro';
import SetupLink from './SetupLink.astro';
import StrategicTriangle from './islands/StrategicTriangle.astro';
import TypologyMap from './islands/TypologyMap.astro';
import ModeBalancer from './islands/ModeBalancer.astro';
import CapacityMatrix from './islands/CapacityMatrix.astro';
import ThreeWaves from './islands/ThreeWaves.astro';

export const mdxComponents = {
  Term,
  Exercise,
  Hint,
  ModelAnswer,
  QuickCheck,
  Callout,
  SetupLink,
  StrategicTriangle,
  TypologyMap,
  ModeBalancer,
  CapacityMatrix,
  ThreeWaves,
};
