/** Lowercase ASCII slug for readable ids: "Sergey Lavrov" -> "sergey-lavrov". */
export const slugify = (value: string): string => {
  const slug = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'x';
};
