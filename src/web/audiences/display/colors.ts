// The display's palette: dark blue ground, warm yellow for what to read first, red for a call.
export const displayColors = {
  ground: '#07142b',
  panel: '#10264a',
  line: '#1e3a6b',
  text: '#f5f7fa',
  accent: '#ffd666',
  call: '#8c1c13',
  ok: '#95de64',
};

/** The whole screen, edge to edge, on the dark ground: the frame of every hall screen. */
export const screenFrame = {
  position: 'fixed',
  inset: 0,
  background: displayColors.ground,
  color: displayColors.text,
  display: 'flex',
  overflow: 'hidden',
} as const;
