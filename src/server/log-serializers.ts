/**
 * What an error looks like in the logs. Database errors carry every bound parameter (password hashes,
 * addresses, later patient data) in their message and `params`; only the SQL text and codes are kept.
 */
export type SerializedError = { type: string; message: string; stack: string; [key: string]: unknown };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const query = 'query' in error && typeof error.query === 'string' ? error.query : undefined;
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (value: unknown) =>
    typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string'
      ? value.code
      : undefined;
  return {
    type: error.name,
    message: query ? `Failed query: ${query}` : error.message,
    code: code(error) ?? code(cause),
    // The cause's own message may quote values (e.g. a duplicate key), so only its type is kept.
    cause: cause ? cause.name : undefined,
    stack: query ? '' : (error.stack ?? ''),
  };
}
