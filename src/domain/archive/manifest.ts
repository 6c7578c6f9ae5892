// The fixity of an archive package (and of a batch): one line per file with its SHA-256, in
// the format `sha256sum -c` reads, sorted by path so the same files always give the same
// text; the root hash is the SHA-256 of that text. Hashing itself is the caller's (node:crypto
// on the server): this file only fixes the canonical form and compares two listings.

export interface ManifestEntry {
  /** Path inside the zip, forward slashes, no leading slash. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  size: number;
}

/** The manifest file's name; it lists every other file of the zip, never itself. */
export const MANIFEST_FILE = 'manifest.sha256';

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** `<sha256>  <path>\n` per file, sorted by path (byte order of the UTF-16 code units, as JS sorts). */
export function manifestText(entries: readonly ManifestEntry[]): string {
  const seen = new Set<string>();
  for (const e of entries) {
    if (!/^[0-9a-f]{64}$/.test(e.sha256)) throw new Error(`manifest: not a SHA-256 for ${e.path}`);
    if (!e.path || e.path.startsWith('/') || e.path.includes('\\') || e.path.includes('\n')) throw new Error(`manifest: bad path ${JSON.stringify(e.path)}`);
    if (seen.has(e.path)) throw new Error(`manifest: ${e.path} listed twice`);
    seen.add(e.path);
  }
  return [...entries]
    .sort(byPath)
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** The lines of a manifest file back as (path, sha256); malformed lines are reported, not skipped. */
export function parseManifest(text: string): { entries: { path: string; sha256: string }[]; malformed: number[] } {
  const entries: { path: string; sha256: string }[] = [];
  const malformed: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m) entries.push({ sha256: m[1]!, path: m[2]! });
    else malformed.push(i + 1);
  });
  return { entries, malformed };
}

export type FileProblem = { path: string; problem: 'missing' | 'altered' | 'unexpected' };

/**
 * What differs between the recorded listing and the files found: a recorded file not found,
 * a file whose hash changed, a file nobody recorded. Empty means intact. Sorted by path.
 */
export function compareListings(recorded: readonly { path: string; sha256: string }[], found: readonly { path: string; sha256: string }[]): FileProblem[] {
  const now = new Map(found.map((f) => [f.path, f.sha256]));
  const then = new Map(recorded.map((f) => [f.path, f.sha256]));
  const problems: FileProblem[] = [];
  for (const [path, sha] of then) {
    const got = now.get(path);
    if (got === undefined) problems.push({ path, problem: 'missing' });
    else if (got !== sha) problems.push({ path, problem: 'altered' });
  }
  for (const path of now.keys()) if (!then.has(path)) problems.push({ path, problem: 'unexpected' });
  return problems.sort(byPath);
}
