/** The mode balancer in the widget registry: its names and how its MDX props become a state. */
import { findPreset, modesCodec, presets, type Mix, type ModesState } from '@evaluation';
import type { WidgetMeta } from '../widget/widget-meta';
import { toWholeMix } from './mode-shares';

/** Props that set the mode balancer: a service preset and, optionally, a starting mix. */
export interface ModesProps {
  /** Service preset to start from (its context and starting mix); the model's first preset when omitted. */
  preset?: string;
  /** Starting mix in percent, instead of the preset's own (rescaled to whole shares summing to 100). */
  mix?: Mix;
}

/** The mode balancer widget. */
export const modesWidget: WidgetMeta<'modes', ModesProps> = {
  kind: 'modes',
  tag: 'ModeBalancer',
  title: 'Mode balancer',
  stateFromProps(props): ModesState {
    if (!props.preset) {
      const base = modesCodec.defaultState();
      return { ...base, mix: toWholeMix(props.mix ?? base.mix) };
    }
    const preset = findPreset(props.preset);
    if (!preset) throw new Error(`Unknown service preset "${props.preset}". Known presets: ${presets.map((p) => p.id).join(', ')}`);
    return { preset: preset.id, context: { ...preset.context }, mix: toWholeMix(props.mix ?? preset.startingMix) };
  },
};
