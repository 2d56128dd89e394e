/** Side tab "story": the storyboard editor, wired to the shell's saving, files and presentation. */
import { StoryboardPanel, type StoryboardPanelActions } from '../../panels/present/storyboard-panel';
import { useAppStore } from '../../store/app-store';
import { presentText } from '../../panels/present/present-strings';
import { addCurrentViewAsScene, deleteStoryboard, exportOpenStoryboard, importStoryboardFile, saveStoryboard } from '../present/storyboard-actions';
import { applyView } from '../present/apply-view';
import { SCENE_TRANSITION_MS } from '../present/scene-player';

const ACTIONS: StoryboardPanelActions = {
  save: saveStoryboard,
  remove: deleteStoryboard,
  createBoard: () => {
    const s = useAppStore.getState();
    const used = new Set(s.present.storyboards.map((b) => b.id));
    let n = used.size;
    while (used.has(`story-${n}`)) n++;
    saveStoryboard({ id: `story-${n}`, title: presentText(s.view.lang, 'newStoryboardTitle'), sample: false, scenes: [] });
    s.presentActions.openStoryboard(`story-${n}`);
  },
  addScene: addCurrentViewAsScene,
  exportBoard: exportOpenStoryboard,
  importFile: importStoryboardFile,
  // The editor stays open: a scene shown on the desk keeps this tab rather than opening its own.
  showScene: (scene) => applyView({ ...structuredClone(scene.view), sideTab: 'story' }, { transitionMs: SCENE_TRANSITION_MS }),
  presentFrom: (index) => useAppStore.getState().presentActions.enter({ scene: index }),
};

/** The tab. */
export default function StoryTab() {
  return <StoryboardPanel actions={ACTIONS} />;
}
