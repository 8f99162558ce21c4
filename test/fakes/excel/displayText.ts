/**
 * A small approximation of Excel's number formatting, for `Range.text`: General, Text,
 * fixed decimals, thousands separators, percent, and date/time patterns.
 */
import { CellValue } from './cellInput';

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return s.length > 11 && Math.abs(n) >= 1e11 ? n.toExponential(5).replace('e+', 'E+') : s;
}

function fixed(n: number, pattern: string): string {
  const dot = pattern.indexOf('.');
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#]/g, '').length;
  let text = Math.abs(n).toFixed(decimals);
  if (pattern.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return (n < 0 ? '-' : '') + text;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dateText(serial: number, pattern: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const tokens = pattern.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|[^ymdhs]+/gi) ?? [];
  let afterHour = false;
  return tokens
    .map((t) => {
      const lower = t.toLowerCase();
      switch (lower) {
        case 'yyyy':
          return String(y);
        case 'yy':
          return pad(y % 100, 2);
        case 'mm':
        case 'm': {
          const minutes = afterHour;
          afterHour = false;
          if (minutes) return lower === 'mm' ? pad(mi, 2) : String(mi);
          return lower === 'mm' ? pad(mo, 2) : String(mo);
        }
        case 'dd':
          return pad(day, 2);
        case 'd':
          return String(day);
        case 'hh':
        case 'h':
          afterHour = true;
          return lower === 'hh' ? pad(h, 2) : String(h);
        case 'ss':
          return pad(s, 2);
        case 's':
          return String(s);
        default:
          return t.replace(/\\/g, '').replace(/"/g, '');
      }
    })
    .join('');
}

/** The text Excel would display for `value` under `format`. */
export function displayText(value: CellValue, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const f = format.split(';')[0];
  if (f === 'General' || f === '@' || f === '') return general(value);
  if (f.endsWith('%')) return `${fixed(value * 100, f.slice(0, -1))}%`;
  if (/[yd]/i.test(f) || /h/i.test(f)) return dateText(value, f);
  if (/^[#,0.]+$/.test(f)) return fixed(value, f);
  return general(value);
}
