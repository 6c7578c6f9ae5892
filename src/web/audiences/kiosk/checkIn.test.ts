import { describe, expect, it } from 'vitest';
import { parseScan } from './checkIn.ts';

describe('what the kiosk scanner typed', () => {
  it('sends the booking QR code address whole, so the server can check hall and id', () => {
    const url =
      'https://hall.example.cn/portal/appointment/5b1c0c8e-1f7a-4f6e-9a51-0d7f8e2b9c11/0190aa3e-0000-7000-8000-000000000001?code=K7M2P9QX';
    expect(parseScan(`  ${url}\n`)).toEqual({ code: url });
  });

  it('upper-cases a bare booking code typed with Caps Lock on', () => {
    expect(parseScan('k7m2 p9qx')).toEqual({ code: 'K7M2P9QX' });
  });

  it('understands a scanned ID or mobile number', () => {
    expect(parseScan('11010519491231002x')).toEqual({ idCard: '11010519491231002X' });
    expect(parseScan('13800138000')).toEqual({ phone: '13800138000' });
  });

  it('ignores an empty scan', () => {
    expect(parseScan('   ')).toBeUndefined();
  });
});
