// A problem in the data, named by file, record and field, and the error that lists them all.
export interface Problem {
  file: string;
  record?: string;
  field?: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.record && `record "${p.record}"`, p.field && `field ${p.field}`].filter(Boolean).join(' › ');
  return `${where}: ${p.reason}`;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'DataError';
  }
}
