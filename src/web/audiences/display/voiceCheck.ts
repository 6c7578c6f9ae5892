import { useEffect, useState } from 'react';

// Whether this screen can say a call in Chinese. Browsers speak with the voices of the machine
// they run on: Windows and Android come with a Chinese voice, a bare Linux box has none, and
// then every call would pass in silence. The screen says so, so staff find out on the first
// day rather than from a visitor who missed the turn.

/** The voice a call will be read with, or that there is none for Chinese. */
export type VoiceCheck = { state: 'checking' } | { state: 'ready'; name: string } | { state: 'missing' };

/** How long to wait for the voice list: some browsers fill it a moment after the page loads. */
export const VOICE_LIST_WAIT_MS = 2000;

/** Whether the browser can speak at all (some embedded browsers cannot). */
export const speechAvailable = () =>
  typeof window !== 'undefined' && typeof window.speechSynthesis?.speak === 'function' && typeof SpeechSynthesisUtterance !== 'undefined';

/**
 * The browser's Chinese voice (zh-CN first, then any other Chinese one), if it has one.
 * espeak-ng's Mandarin may come through speech-dispatcher as 'cmn' or 'zh_CN'.
 */
export function chineseVoiceOf<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  const chinese = (lang: string) => /^(zh|cmn)([-_]|$)/i.test(lang);
  return voices.find((v) => v.lang === 'zh-CN') ?? voices.find((v) => chinese(v.lang));
}

/** Follows the browser's voice list (it may arrive late, or change when a voice is installed). */
export function useVoiceCheck(wanted: boolean): VoiceCheck {
  const [check, setCheck] = useState<VoiceCheck>({ state: 'checking' });
  useEffect(() => {
    if (!wanted) return;
    if (!speechAvailable()) return setCheck({ state: 'missing' });
    const synth = window.speechSynthesis;
    const read = (final: boolean) => {
      const voices = synth.getVoices();
      const zh = chineseVoiceOf(voices);
      if (zh) setCheck({ state: 'ready', name: zh.name });
      else if (final || voices.length > 0) setCheck({ state: 'missing' });
    };
    read(false);
    const onChange = () => read(false);
    synth.addEventListener('voiceschanged', onChange);
    const timer = window.setTimeout(() => read(true), VOICE_LIST_WAIT_MS);
    return () => {
      synth.removeEventListener('voiceschanged', onChange);
      window.clearTimeout(timer);
    };
  }, [wanted]);
  return check;
}
