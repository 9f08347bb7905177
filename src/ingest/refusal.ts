// Why an ingest wrote nothing: one plain sentence for the operator, and a code for tests and scripts.

export type RefusalCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-text'
  | 'no-date'
  | 'bad-flag'
  | 'fetch'
  | 'timeout'
  | 'content-type'
  | 'not-found'
  | 'invalid-data'
  | 'conflict';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/** The most an article may weigh, as a file, a fetched page or a text: 1 MB. */
export const MAX_BYTES = 1024 * 1024;
