/**
 * An ArcLayer that can show its flow moving: dashes travel from source to target, driven by a phase the caller
 * advances (a shared mutable object read at draw time, so animating never rebuilds layers or re-renders React).
 * With the animation off it draws exactly like ArcLayer, and nothing asks for frames.
 */
import type { DefaultProps } from '@deck.gl/core';
import { ArcLayer, type ArcLayerProps } from '@deck.gl/layers';
import type { ShaderModule } from '@luma.gl/shadertools';

/** The animation phase, 0..1 per dash period; the ticker writes it, the layer reads it when drawing. */
export interface FlowPhase {
  value: number;
}

/** Dash periods along each arc: enough to read direction on a short county arc, few enough not to flicker. */
export const FLOW_DASHES_PER_ARC = 6;

/** Alpha factor of the gaps between dashes (not 0: the arc stays readable as one line). */
export const FLOW_GAP_ALPHA = 0.25;

type FlowUniforms = { phase: number; enabled: number };

const flowModule: ShaderModule<FlowUniforms> = {
  name: 'arcFlow',
  fs: `\
layout(std140) uniform arcFlowUniforms {
  float phase;
  float enabled;
} arcFlow;
`,
  uniformTypes: { phase: 'f32', enabled: 'f32' },
};

/** Props added to ArcLayer's. */
export interface FlowArcLayerExtraProps {
  /** Whether the dashes are drawn (and move when the phase changes). */
  flowAnimate: boolean;
  /** Shared phase object; its `value` is read on every draw. */
  flowPhase: FlowPhase;
}

/** Props of FlowArcLayer. */
export type FlowArcLayerProps<D> = ArcLayerProps<D> & FlowArcLayerExtraProps;

const STILL: FlowPhase = { value: 0 };

/** ArcLayer with an optional moving-dash flow. */
export class FlowArcLayer<D> extends ArcLayer<D, FlowArcLayerExtraProps> {
  static override layerName = 'FlowArcLayer';
  static override defaultProps: DefaultProps<FlowArcLayerProps<unknown>> = {
    ...ArcLayer.defaultProps,
    flowAnimate: false,
    flowPhase: { type: 'object', value: STILL, compare: false },
  };

  override getShaders() {
    const shaders = super.getShaders();
    return {
      ...shaders,
      modules: [...shaders.modules, flowModule],
      inject: {
        ...shaders.inject,
        // The picking pass is skipped: its colours encode object ids and must not be faded.
        'fs:DECKGL_FILTER_COLOR': `
  if (arcFlow.enabled > 0.5 && !bool(picking.isActive)) {
    float dash = fract(geometry.uv.x * ${FLOW_DASHES_PER_ARC.toFixed(1)} - arcFlow.phase);
    color.a *= dash < 0.5 ? 1.0 : ${FLOW_GAP_ALPHA.toFixed(2)};
  }
`,
      },
    };
  }

  override draw(params: Parameters<ArcLayer<D>['draw']>[0]): void {
    const flow: FlowUniforms = { phase: this.props.flowPhase.value, enabled: this.props.flowAnimate ? 1 : 0 };
    this.state.model?.shaderInputs.setProps({ arcFlow: flow });
    super.draw(params);
  }
}
