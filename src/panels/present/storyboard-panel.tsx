/**
 * The storyboard editor (side tab 简报 / Story): pick or create a storyboard, add the current view as a scene,
 * reorder scenes (drag, or Alt+↑/↓ on a scene), edit title, note, dwell and callouts, duplicate, delete, show a
 * scene or present from it, and export or import the storyboard as a JSON file. Edits are pure updaters
 * (model/present/storyboard.ts); saving and files are the shell's (props), so the panel stays a view.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { openStoryboard } from '../../store/present-slice';
import { DEMO_STORYBOARD_ID } from '../../model/present/demo-storyboard';
import { deleteScene, duplicateScene, moveScene, removeCallout, setCallout, updateScene, type Storyboard } from '../../model/present/storyboard';
import { sceneText, type Scene } from '../../model/present/scene';
import { presentText } from './present-strings';
import './present-panel.css';

/** What the shell does for the panel. */
export interface StoryboardPanelActions {
  save: (board: Storyboard) => void;
  remove: (id: string) => void;
  createBoard: () => void;
  addScene: () => void;
  exportBoard: () => void;
  importFile: () => void;
  /** Shows a scene on the desk (cameras fly). */
  showScene: (scene: Scene) => void;
  /** Enters presentation mode at a scene. */
  presentFrom: (index: number) => void;
}

/** The panel. */
export function StoryboardPanel({ actions }: { actions: StoryboardPanelActions }) {
  const lang = useAppStore((s) => s.view.lang);
  const present = useAppStore((s) => s.present);
  const openBoard = useAppStore((s) => s.presentActions.openStoryboard);
  const selection = useAppStore((s) => s.view.selection);
  const board = openStoryboard(present);
  const readOnly = board.id === DEMO_STORYBOARD_ID;
  const [editing, setEditing] = useState<string | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const p = (key: Parameters<typeof presentText>[1], params?: Record<string, string | number>) => presentText(lang, key, params);
  const edit = (next: Storyboard): void => {
    if (!readOnly) actions.save(next);
  };
  return (
    <section className="panel storyboard-panel" aria-label={p('storyboard')} data-testid="storyboard-panel">
      <div className="storyboard-panel__row">
        <label>
          {p('storyboardPick')}{' '}
          <select value={board.id} onChange={(e) => openBoard(e.target.value)} data-testid="storyboard-select">
            {present.storyboards.map((b) => (
              <option key={b.id} value={b.id}>
                {sceneText(b.title, lang)}
                {b.sample ? ` · ${p('sample')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={actions.createBoard}>{p('newStoryboard')}</button>
        {!readOnly && (
          <button type="button" onClick={() => actions.remove(board.id)}>{p('deleteStoryboard')}</button>
        )}
      </div>
      <div className="storyboard-panel__row">
        <button type="button" onClick={actions.addScene} data-testid="storyboard-add">{p('addScene')}</button>
        <button type="button" onClick={() => actions.presentFrom(present.scene)}>{p('present')}</button>
        <button type="button" onClick={actions.exportBoard}>{p('exportJson')}</button>
        <button type="button" onClick={actions.importFile}>{p('importJson')}</button>
      </div>
      <p className="storyboard-panel__hint">{readOnly ? p('demoReadOnly') : p('reorderHint')}</p>
      <ol className="storyboard-panel__scenes">
        {board.scenes.map((scene, i) => (
          <li
            key={scene.id}
            className={`storyboard-scene${dragFrom === i ? ' storyboard-scene--dragging' : ''}`}
            aria-current={i === present.scene}
            draggable={!readOnly}
            tabIndex={0}
            data-testid={`storyboard-scene-${i}`}
            onDragStart={() => setDragFrom(i)}
            onDragEnd={() => setDragFrom(null)}
            onDragOver={(e) => dragFrom !== null && e.preventDefault()}
            onDrop={() => {
              if (dragFrom !== null) edit(moveScene(board, dragFrom, i));
              setDragFrom(null);
            }}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.target === e.currentTarget) {
                e.preventDefault();
                edit(moveScene(board, i, i + (e.key === 'ArrowUp' ? -1 : 1)));
              }
            }}
          >
            <div className="storyboard-scene__head">
              <span className="storyboard-scene__n">{i + 1}</span>
              <span className="storyboard-scene__title">{sceneText(scene.title, lang)}</span>
              <button type="button" onClick={() => actions.showScene(scene)}>{p('show')}</button>
              <button type="button" onClick={() => actions.presentFrom(i)}>{p('presentFrom')}</button>
            </div>
            {!readOnly && (
              <div className="storyboard-panel__row">
                <button type="button" aria-label={p('moveUp')} disabled={i === 0} onClick={() => edit(moveScene(board, i, i - 1))}>↑</button>
                <button type="button" aria-label={p('moveDown')} disabled={i === board.scenes.length - 1} onClick={() => edit(moveScene(board, i, i + 1))}>↓</button>
                <button type="button" onClick={() => edit(duplicateScene(board, i))}>{p('duplicate')}</button>
                <button type="button" onClick={() => edit(deleteScene(board, i))}>{p('remove')}</button>
                <button type="button" aria-expanded={editing === scene.id} onClick={() => setEditing(editing === scene.id ? null : scene.id)}>
                  {p('title')} · {p('note')} · {p('dwell')}
                </button>
              </div>
            )}
            {!readOnly && editing === scene.id && (
              <div className="storyboard-scene__edit">
                <label htmlFor={`scene-title-${scene.id}`}>{p('title')}</label>
                <input id={`scene-title-${scene.id}`} value={sceneText(scene.title, lang)} onChange={(e) => edit(updateScene(board, i, { title: e.target.value }))} />
                <label htmlFor={`scene-note-${scene.id}`}>{p('note')}</label>
                <textarea id={`scene-note-${scene.id}`} rows={2} value={sceneText(scene.note, lang)} onChange={(e) => edit(updateScene(board, i, { note: e.target.value }))} />
                <label htmlFor={`scene-dwell-${scene.id}`}>{p('dwell')}</label>
                <input
                  id={`scene-dwell-${scene.id}`}
                  type="number"
                  min={2}
                  max={600}
                  value={Math.round(scene.dwellMs / 1000)}
                  onChange={(e) => Number.isFinite(e.target.valueAsNumber) && edit(updateScene(board, i, { dwellMs: e.target.valueAsNumber * 1000 }))}
                />
                <div className="storyboard-scene__callouts">
                  <strong>{p('callouts')}</strong>
                  {scene.callouts.length === 0 && <span className="storyboard-panel__hint">{p('calloutNone')}</span>}
                  {scene.callouts.map((c) => (
                    <span key={`${c.pane}-${c.adcode}`} className="storyboard-panel__row">
                      <code>{c.adcode}</code>
                      <input
                        aria-label={p('calloutText')}
                        placeholder={p('calloutText')}
                        value={sceneText(c.text, lang)}
                        onChange={(e) => edit(setCallout(board, i, { ...c, text: e.target.value }))}
                      />
                      <button type="button" aria-label={p('remove')} onClick={() => edit(removeCallout(board, i, c.adcode))}>×</button>
                    </span>
                  ))}
                  <button
                    type="button"
                    disabled={selection.length === 0}
                    onClick={() => edit(selection.reduce((b, adcode) => setCallout(b, i, { adcode, text: '', pane: 0 }), board))}
                  >
                    {p('calloutAdd')}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
