// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chineseVoiceOf, useVoiceCheck, VOICE_LIST_WAIT_MS } from './voiceCheck.ts';

const voice = (name: string, lang: string) => ({ name, lang });

describe('chineseVoiceOf', () => {
  it('prefers a zh-CN voice, then any Chinese one, and finds none among others', () => {
    const huihui = voice('Microsoft Huihui', 'zh-CN');
    const hk = voice('Google 粤語', 'zh-HK');
    expect(chineseVoiceOf([voice('David', 'en-US'), hk, huihui])).toBe(huihui);
    expect(chineseVoiceOf([voice('David', 'en-US'), hk])).toBe(hk);
    expect(chineseVoiceOf([voice('espeak zh', 'zh_CN')])?.name).toBe('espeak zh');
    expect(chineseVoiceOf([voice('espeak cmn', 'cmn')])?.name).toBe('espeak cmn');
    expect(chineseVoiceOf([voice('Zhuang', 'za'), voice('Zulu', 'zu-ZA')])).toBeUndefined();
    expect(chineseVoiceOf([voice('David', 'en-US')])).toBeUndefined();
    expect(chineseVoiceOf([])).toBeUndefined();
  });
});

describe('useVoiceCheck', () => {
  let voices: { name: string; lang: string }[];
  const synth = Object.assign(new EventTarget(), { getVoices: () => voices, speak: () => undefined });

  beforeEach(() => {
    vi.useFakeTimers();
    voices = [];
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    vi.stubGlobal('SpeechSynthesisUtterance', class {}); // jsdom has none
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('names the Chinese voice at once when the list is there', () => {
    voices = [voice('Microsoft Huihui', 'zh-CN')];
    const { result } = renderHook(() => useVoiceCheck(true));
    expect(result.current).toEqual({ state: 'ready', name: 'Microsoft Huihui' });
  });

  it('waits for a list that arrives late, and takes a voice installed meanwhile', () => {
    const { result } = renderHook(() => useVoiceCheck(true));
    expect(result.current.state).toBe('checking');
    act(() => {
      voices = [voice('Ting-Ting', 'zh-CN')];
      synth.dispatchEvent(new Event('voiceschanged'));
    });
    expect(result.current).toEqual({ state: 'ready', name: 'Ting-Ting' });
  });

  it('says missing when the list stays empty past the wait, or holds no Chinese voice', () => {
    const empty = renderHook(() => useVoiceCheck(true));
    act(() => void vi.advanceTimersByTime(VOICE_LIST_WAIT_MS - 1));
    expect(empty.result.current.state).toBe('checking');
    act(() => void vi.advanceTimersByTime(1));
    expect(empty.result.current.state).toBe('missing');

    voices = [voice('David', 'en-US')];
    expect(renderHook(() => useVoiceCheck(true)).result.current.state).toBe('missing');
  });

  it('says missing at once in a browser that cannot speak at all', () => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    expect(renderHook(() => useVoiceCheck(true)).result.current.state).toBe('missing');
  });

  it('does not look when the screen is silent by choice', () => {
    const { result } = renderHook(() => useVoiceCheck(false));
    act(() => void vi.advanceTimersByTime(VOICE_LIST_WAIT_MS));
    expect(result.current.state).toBe('checking');
  });
});
