/** Control characters HTML forbids (C0 but tab, line feed and carriage return; DEL; C1) and lone surrogates. */
const UNPRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text from the register, safe in HTML content and in a quoted attribute value: markup characters become
 * entities, and characters HTML forbids become U+FFFD, so that no file can inject markup or script into a report.
 */
export function escapeHtml(text: string): string {
  return text.replace(UNPRINTABLE, '\ufffd').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
