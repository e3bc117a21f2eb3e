/** HTML-escape API and user text before it goes into the job summary or a PR comment. */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // Keep Markdown from re-reading escaped text as table pipes or emphasis inside HTML blocks.
      .replace(/\|/g, '&#124;')
      .replace(/`/g, '&#96;')
      // A blank line would end GitHub's HTML block and let Markdown (tables, links) render from API text.
      .replace(/\r\n|\r|\n/g, '&#10;')
  )
}

/** Cut at a code-point boundary with a visible mark. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  return `${Array.from(text.slice(0, max - 1)).join('')}…`
}
