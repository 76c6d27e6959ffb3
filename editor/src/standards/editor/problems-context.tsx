import { createContext, useContext } from 'react';
import type { ProblemItem } from './problem-list';

/** The current problems, so a field can show those that concern it right under itself. */
export const ProblemsContext = createContext<readonly ProblemItem[]>([]);

export function FieldProblems({ pointer }: { pointer: string }) {
  const problems = useContext(ProblemsContext).filter((p) => p.pointer === pointer);
  if (!problems.length) return null;
  return (
    <span className="field-error" role="alert" data-testid={`field-problem-${pointer}`}>
      {problems.map((p) => p.message).join('；')}
    </span>
  );
}
