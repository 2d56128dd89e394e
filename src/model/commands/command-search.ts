/**
 * The command palette's search: a query matches a command's Chinese label (substring), its English label (words,
 * case-insensitive), its pinyin (full spelling without spaces, by prefix or substring) or its pinyin initials
 * ("xycj" for 下一场景). Ranked: exact/prefix before substring; ties keep registration order.
 */
import type { Command } from './command-registry';

const NO_MATCH = Number.POSITIVE_INFINITY;

/** Pinyin initials of a space-separated pinyin spelling ("xia yi chang jing" → "xycj"). */
export function pinyinInitials(pinyin: string): string {
  return pinyin
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => s[0])
    .join('');
}

function rank(command: Command, q: string): number {
  const zh = command.label.zh;
  const en = command.label.en.toLowerCase();
  const spelled = (command.pinyin ?? '').replace(/\s+/g, '').toLowerCase();
  const initials = pinyinInitials((command.pinyin ?? '').toLowerCase());
  if (zh === q || en === q || spelled === q || initials === q) return 0;
  if (zh.startsWith(q) || en.startsWith(q) || (spelled && spelled.startsWith(q)) || (initials && initials.startsWith(q))) return 1;
  if (en.split(/[^a-z0-9]+/).some((w) => w.startsWith(q))) return 2;
  if (zh.includes(q) || en.includes(q) || (spelled && spelled.includes(q)) || command.id.includes(q)) return 3;
  return NO_MATCH;
}

/** Commands matching a query, best first (an empty query lists every command). Hidden commands are left out. */
export function searchCommands(commands: readonly Command[], query: string): Command[] {
  const visible = commands.filter((c) => !c.hidden);
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return visible;
  // "xia yi" (pinyin typed with spaces) reads as "xiayi".
  const compact = /^[a-z ]+$/.test(q) ? q.replace(/ /g, '') : q;
  return visible
    .map((c, i) => ({ c, i, r: Math.min(rank(c, q), rank(c, compact)) }))
    .filter((x) => x.r !== NO_MATCH)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}
