// Plain-Chinese wording of guide values for the printed guide.
import { labelOf, limitUnits, type FeeItem, type Material, type TimeLimit } from '../../../domain/catalog/index.ts';

/** Integer fen as yuan: 2000 → "20", 1250 → "12.50". */
export function yuan(fen: number): string {
  const s = (fen / 100).toFixed(2);
  return s.endsWith('.00') ? s.slice(0, -3) : s;
}

export function limitText(limit: Pick<TimeLimit, 'amount' | 'unit' | 'note'> | null | undefined): string {
  if (!limit) return '—';
  const base = limit.unit === 'instant' ? '即办（当场办结）' : `${limit.amount} ${labelOf(limitUnits, limit.unit)}`;
  return limit.note ? `${base}（${limit.note}）` : base;
}

/** 到现场次数: 0 is 零跑腿, 1 is 最多跑一次. */
export function visitsText(visits: number): string {
  if (visits === 0) return '零跑腿（全程网办或邮寄）';
  if (visits === 1) return '最多跑一次';
  return `到现场 ${visits} 次`;
}

export function feeText(item: FeeItem): string {
  if (item.kind === 'fixed') return `${item.name}：${yuan(item.amountFen)} 元`;
  const bounds = [item.minFen !== undefined ? `最低 ${yuan(item.minFen)} 元` : '', item.maxFen !== undefined ? `最高 ${yuan(item.maxFen)} 元` : ''].filter(Boolean);
  return `${item.name}：每${item.unit} ${yuan(item.unitFen)} 元${bounds.length ? `（${bounds.join('，')}）` : ''}`;
}

/** What a visitor must know about one material beyond its name and counts. */
export function materialNotes(m: Pick<Material, 'required' | 'waivable' | 'exemptWhenShared' | 'sampleFile' | 'blankFormFile' | 'fillGuide' | 'notes'>): string[] {
  return [
    m.waivable ? '可容缺：暂缺时可先受理，承诺后补交' : '',
    m.exemptWhenShared ? '免提交：能通过电子证照或共享获取的无需提交' : '',
    m.blankFormFile ? `空白表格：${m.blankFormFile}` : '',
    m.sampleFile ? `材料样本：${m.sampleFile}` : '',
    m.fillGuide ? `填写说明：${m.fillGuide}` : '',
    m.notes,
  ].filter(Boolean);
}

const shanghai = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** "2026-09-24 14:05" in China Standard Time, whatever the server's zone. */
export function shanghaiDateTime(d: Date): string {
  const p = Object.fromEntries(shanghai.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** RFC 5987 / 6266: an ASCII fallback name plus the real (UTF-8) name. */
export function attachmentHeader(name: string, fallback: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
