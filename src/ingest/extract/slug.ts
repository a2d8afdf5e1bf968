// Stable ids from names: ascii-folded, lowercase, hyphen-separated
// ("João Pereira" → "joao-pereira", "Yılmaz" → "yilmaz").

/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ə: 'e',
  Ə: 'E',
};

/** Removes diacritics and folds the few letters NFKD leaves alone. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİøØłŁđĐðÐþÞßæÆœŒəƏ]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** `slug("Xi Jinping") === "xi-jinping"`. */
export function slug(s: string): string {
  return asciiFold(s)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
