/** The components every chapter can use without importing them (passed to MDX `<Content>`): the building blocks and every registered widget. */
import Term from './mdx/Term.astro';
import Exercise from './mdx/Exercise.astro';
import Hint from './mdx/Hint.astro';
import ModelAnswer from './mdx/ModelAnswer.astro';
import QuickCheck from './mdx/QuickCheck.astro';
import Callout from './mdx/Callout.astro';
import SetupLink from './mdx/SetupLink.astro';
import ModelFigure from './mdx/ModelFigure.astro';
import Figure from './mdx/Figure.astro';
import AnswerBox from './mdx/AnswerBox.astro';
import ThreeWaves from './three-waves/ThreeWaves.astro';
import GuidedSequence from './guided/GuidedSequence.astro';
import GuidedStep from './guided/GuidedStep.astro';
import Predict from './guided/Predict.astro';
import Guess from './guided/Guess.astro';
import Explain from './guided/Explain.astro';
import { widgets } from './registry';

export const mdxComponents = {
  Term,
  Exercise,
  Hint,
  ModelAnswer,
  QuickCheck,
  Callout,
  SetupLink,
  ModelFigure,
  Figure,
  // A numbered table is the same component; the build tells it apart by its tag (kind="table").
  Table: Figure,
  AnswerBox,
  ThreeWaves,
  GuidedSequence,
  GuidedStep,
  Predict,
  Guess,
  Explain,
  ...Object.fromEntries(widgets.map((w) => [w.tag, w.island])),
};
