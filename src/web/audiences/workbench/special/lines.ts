// Form text to records: one entry per line, its parts split by a Chinese or Latin comma.
export function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function parts(line: string): string[] {
  return line.split(/[，,]/).map((p) => p.trim());
}

export function names(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[、，,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}
