// Keyboard focus in a modal dialog, as the WAI-ARIA dialog pattern asks: Tab and Shift+Tab stay
// inside it, and when it closes focus returns to where it was when it opened (the button that
// opened it, or the canvas after a shortcut). The trap is focus-trap's; each dialog keeps its own
// Escape and backdrop click, and names the element to focus first.
import { createFocusTrap } from 'focus-trap';

/** `use:modal={() => element}`: the element is focused first (the dialog itself if none). */
export function modal(node: HTMLElement, first: () => HTMLElement | null | undefined) {
  // Read at mount, before the dialog takes focus: a dialog must not focus in its own onMount.
  const opener = document.activeElement;
  const trap = createFocusTrap(node, {
    initialFocus: () => first() ?? node,
    fallbackFocus: node,
    escapeDeactivates: false,
    allowOutsideClick: true,
    returnFocusOnDeactivate: false,
  });
  trap.activate();
  return {
    destroy() {
      trap.deactivate();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
  };
}
