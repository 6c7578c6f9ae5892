import { Alert } from 'antd';
import { ApiError } from '../../../api/client.ts';

/** The server's words, plus each field problem or the "import year X" hint it gave. */
export function problemsOf(err: unknown): { message: string; lines: string[] } {
  if (!(err instanceof ApiError)) return { message: err instanceof Error ? err.message : String(err), lines: [] };
  const details = err.body.details;
  const lines = Array.isArray(details)
    ? details.map((d: { message?: string }) => d?.message).filter((m): m is string => !!m)
    : typeof (details as { hint?: unknown } | undefined)?.hint === 'string'
      ? [(details as { hint: string }).hint]
      : [];
  return { message: err.body.message, lines };
}

export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const { message, lines } = problemsOf(error);
  const description = lines.length ? (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  ) : undefined;
  return <Alert type="error" showIcon role="alert" title={message} description={description} style={{ marginBottom: 12 }} />;
}
