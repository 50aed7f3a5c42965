/**
 * How much of the visible ideas is constructed example data: none (a real databank), some (a real
 * databank beside the bundled examples) or all (the bundled examples only). Every page and figure that
 * shows ideas says so when it is not `none`.
 */
export type ExampleIdeas = 'none' | 'some' | 'all';

export function exampleIdeasOf(hasExample: boolean, hasOther: boolean): ExampleIdeas {
  if (!hasExample) return 'none';
  return hasOther ? 'some' : 'all';
}
