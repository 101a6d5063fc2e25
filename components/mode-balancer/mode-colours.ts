/** The colour class of each mode, shared by the mix bar, the sliders and the legend. */
import type { Mode } from '@evaluation';

/** CSS class per mode; the classes are defined globally (src/styles/global.css) so every sub-view paints a mode alike. */
export const modeClass: Record<Mode, string> = { bureaucracy: 'mode-1', innersourcing: 'mode-2', crowdsourcing: 'mode-3', opensourcing: 'mode-4' };
