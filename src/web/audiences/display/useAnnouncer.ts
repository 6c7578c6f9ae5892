import { useCallback, useEffect, useRef } from 'react';
import { playChime } from './chime.ts';
import { chineseVoiceOf, speechAvailable } from './voiceCheck.ts';

export interface AnnouncerOptions {
  enabled: boolean;
  /** How many times each call is said (?repeat=2 in the display's address). */
  repeat: number;
  chime: boolean;
}

/** The browser's Chinese voice, if it has one; otherwise the default voice reads with lang zh-CN. */
const chineseVoice = () => chineseVoiceOf(window.speechSynthesis.getVoices());

/**
 * Says calls one after another, never over each other: twenty windows calling at once are
 * twenty clear sentences, in order. `onend` is not always fired by every engine, so each
 * sentence also ends after a generous time for its length.
 */
export function useAnnouncer({ enabled, repeat, chime }: AnnouncerOptions) {
  const queue = useRef<string[]>([]);
  const busy = useRef(false);
  const live = useRef(true);

  const next = useCallback(async () => {
    if (busy.current || !live.current) return;
    const text = queue.current.shift();
    if (text === undefined) return;
    busy.current = true;
    if (chime) await playChime();
    // A browser without speech synthesis still chimes (chime is on whenever there is no Chinese voice).
    if (speechAvailable()) await new Promise<void>((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      const voice = chineseVoice();
      if (voice) u.voice = voice;
      u.rate = 0.9;
      const done = () => {
        window.clearTimeout(guard);
        resolve();
      };
      const guard = window.setTimeout(done, Math.max(4000, text.length * 400));
      u.onend = done;
      u.onerror = done;
      window.speechSynthesis.speak(u);
    });
    busy.current = false;
    void next();
  }, [chime]);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      queue.current = [];
      if (speechAvailable()) window.speechSynthesis.cancel();
    };
  }, []);

  return useCallback(
    (texts: string[]) => {
      if (!enabled) return;
      for (const text of texts) for (let i = 0; i < repeat; i++) queue.current.push(text);
      void next();
    },
    [enabled, repeat, next],
  );
}
