/**
 * A scene's callouts: each named county gets a label and a leader line on its pane, placed from the pane's live
 * camera (they follow a camera flight), readable without hover. Positions come from the maps through the pane
 * registry; nothing here draws into WebGL.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { getPane, usePaneRegistryVersion } from '../../selectors/pane-registry';
import type { Callout } from '../../model/present/scene';
import { sceneText } from '../../model/present/scene';
import { placeName, effectivePlaceNames } from '../../model/geo/place-name';
import type { WallRect } from '../../model/present/wall-layout';
import { CalloutValue } from './callout-value';
import { calloutPlacement, type CalloutPlacement } from '../../model/present/callout-placement';

/** Leader-line length, as a share of the pane's smaller side. */
const LEADER_SHARE = 0.09;

interface Placed {
  key: string;
  x: number;
  y: number;
  text: string;
  pane: number;
  adcode: string;
  /** Which side of the point the label stands, and how wide it may be (it wraps rather than leaving its pane). */
  place: CalloutPlacement;
}

/** Props: the callouts, the pane rectangles they stand in, and the label size. */
export interface SceneCalloutsProps {
  callouts: readonly Callout[];
  panes: readonly WallRect[];
  fontPx: number;
}

/** The callout layer over the panes. */
export function SceneCallouts({ callouts, panes, fontPx }: SceneCalloutsProps) {
  const geo = useAppStore((s) => s.geo.view);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const lang = useAppStore((s) => s.view.lang);
  const [placed, setPlaced] = useState<Placed[]>([]);
  const mapsVersion = usePaneRegistryVersion();
  const leader = Math.round(Math.min(...panes.map((p) => Math.min(p.width, p.height)), 1000) * LEADER_SHARE);
  useEffect(() => {
    if (!geo) return;
    const update = (): void => {
      const out: Placed[] = [];
      for (const c of callouts) {
        const county = geo.county(c.adcode);
        const pane = getPane(c.pane);
        const rect = panes[c.pane];
        if (!county || !pane || !rect) continue;
        const p = pane.map.project(county.point as [number, number]);
        if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height) continue;
        const own = sceneText(c.text, lang);
        out.push({
          key: `${c.pane}-${c.adcode}`, x: rect.x + p.x, y: rect.y + p.y, text: own || placeName(county, names), pane: c.pane, adcode: c.adcode,
          place: calloutPlacement(p.x, rect.width, leader),
        });
      }
      setPlaced(out);
    };
    update();
    const maps = [...new Set(callouts.map((c) => c.pane))].map((i) => getPane(i)?.map).filter((m) => m !== undefined);
    for (const m of maps) m.on('move', update);
    return () => {
      for (const m of maps) m.off('move', update);
    };
  }, [callouts, panes, geo, names, lang, mapsVersion, leader]);
  return (
    <div className="scene-callouts" aria-hidden="false" data-testid="scene-callouts">
      <svg className="scene-callouts__lines" width="100%" height="100%">
        {placed.map((c) => (
          <g key={c.key}>
            <circle cx={c.x} cy={c.y} r={Math.max(4, fontPx / 5)} />
            <line x1={c.x} y1={c.y} x2={c.place.side === 'right' ? c.x + leader : c.x - leader} y2={c.y - leader} />
          </g>
        ))}
      </svg>
      {placed.map((c) => (
        <span
          key={c.key}
          className={`scene-callouts__label scene-callouts__label--${c.place.side}`}
          style={c.place.side === 'right'
            ? { left: c.x + leader, top: c.y - leader, maxWidth: c.place.maxWidth, fontSize: fontPx }
            : { right: `calc(100% - ${c.x - leader}px)`, top: c.y - leader, maxWidth: c.place.maxWidth, fontSize: fontPx }}
        >
          <span className="scene-callouts__name">{c.text}</span>
          <CalloutValue pane={c.pane} adcode={c.adcode} />
        </span>
      ))}
    </div>
  );
}
