/**
 * The two things "Send opgaver" asks of the browser: open a mailto: link, and put a text on
 * the clipboard. Either may be refused (a blocked pop-up in Excel on the web, a clipboard
 * the host does not allow), and each says so rather than throw.
 */

/** Opens a link in a new window; false when the host blocked it. */
export function openLink(url: string): boolean {
  const opened = window.open(url);
  if (!opened) return false;
  try {
    opened.opener = null;
  } catch {
    // A window of another origin may refuse this; it has opened all the same.
  }
  return true;
}

/** Copies a text with the Clipboard API, or else through a hidden text area. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (e.g. no clipboard-write permission in the host's frame): try the old way.
  }
  return copyThroughTextArea(text);
}

function copyThroughTextArea(text: string): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    opacity: '0',
    pointerEvents: 'none',
  });
  document.body.appendChild(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
