/** The components every chapter can use without importing them (passed to MDX `<Content>`). */
import Term from './Term.astro';
import Exercise from './Exercise.astro';
import Hint from './Hint.astro';
import ModelAnswer from './ModelAnswer.astro';
import QuickCheck from './QuickCheck.astro';
import Callout from './Callout.astro';

export const mdxComponents = { Term, Exercise, Hint, ModelAnswer, QuickCheck, Callout };
