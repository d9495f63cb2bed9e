/**
 * The global design tokens every widget reads. A host themes all widgets at once by setting
 * `--recourse-*` on any ancestor; each component maps them to its own variables.
 *
 * Light and dark: colours use `light-dark()`, so they follow the `color-scheme` the page sets
 * (inherited) or the system's; `scheme="light|dark"` on a widget forces one. Every text colour
 * meets WCAG AA (4.5:1) on `--recourse-color-bg` in both schemes; borders meet 3:1.
 *
 * @cssprop --recourse-color-accent - Buttons, links, focus ring.
 * @cssprop --recourse-color-on-accent - Text on the accent colour.
 * @cssprop --recourse-color-bg - Background.
 * @cssprop --recourse-color-surface - Raised panels (cards, notices).
 * @cssprop --recourse-color-fg - Text.
 * @cssprop --recourse-color-muted - Secondary text.
 * @cssprop --recourse-color-danger - Errors.
 * @cssprop --recourse-color-success - Confirmations.
 * @cssprop --recourse-color-border - Field and card borders.
 * @cssprop --recourse-radius - Corner radius.
 * @cssprop --recourse-font - Font family.
 * @cssprop --recourse-space - Base spacing unit.
 * @cssprop --recourse-focus-ring - Focus outline.
 * @module
 */
import { css } from 'lit';

/** Token defaults on `:host`, light and dark. */
export const tokens = css`
  :host {
    --_accent: var(--recourse-color-accent, light-dark(#0b5cad, #8cc2ff));
    --_on-accent: var(--recourse-color-on-accent, light-dark(#ffffff, #0b1520));
    --_bg: var(--recourse-color-bg, light-dark(#ffffff, #15181c));
    --_surface: var(--recourse-color-surface, light-dark(#f4f6f8, #1f2328));
    --_fg: var(--recourse-color-fg, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--recourse-color-muted, light-dark(#535b64, #aab2bb));
    --_danger: var(--recourse-color-danger, light-dark(#b3261e, #ff9a90));
    --_success: var(--recourse-color-success, light-dark(#1a6e31, #7ad795));
    --_border: var(--recourse-color-border, light-dark(#6e7781, #7d8590));
    --_radius: var(--recourse-radius, 0.5rem);
    --_font: var(--recourse-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_space: var(--recourse-space, 1rem);
    --_focus: var(--recourse-focus-ring, 3px solid var(--_accent));
  }
  :host([scheme='light']) {
    color-scheme: light;
  }
  :host([scheme='dark']) {
    color-scheme: dark;
  }
  /* An icon that points along the reading direction (a "back" arrow) mirrors in right-to-left. */
  .flip {
    display: inline-block;
  }
  :host(:dir(rtl)) .flip {
    transform: scaleX(-1);
  }
`;
