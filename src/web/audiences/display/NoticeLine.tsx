import { displayColors } from './colors.ts';

/** The scrolling line at the foot of the screen; its speed follows its length so long notices stay readable. */
export function NoticeLine({ text }: { text: string }) {
  const seconds = Math.max(20, Math.round(text.length * 0.45));
  return (
    <div
      style={{
        overflow: 'hidden',
        background: displayColors.panel,
        borderTop: `2px solid ${displayColors.line}`,
        fontSize: '3.4vh',
        padding: '1vh 0',
        whiteSpace: 'nowrap',
      }}
      data-testid="display-notice"
    >
      <span className="ow-marquee" style={{ ['--ow-marquee-seconds' as string]: `${seconds}s` }}>
        {text}
      </span>
    </div>
  );
}
