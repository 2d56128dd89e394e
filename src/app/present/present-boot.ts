/**
 * Start-up of everything the wall and the keyboard need, in one call from main.tsx: the commands and the one key
 * handler, timeline playback, the user's storyboards, the scene player, presentation mode from the hash, and the
 * watchdog.
 */
import { registerAppCommands } from '../commands/app-commands';
import { installKeyHandler } from '../commands/key-handler';
import { startTimelinePlayback } from '../timeline-playback';
import { bootPresentation, startScenePlayer } from './scene-player';
import { bootStoryboards } from './storyboard-actions';
import { startWatchdog } from './watchdog-runner';

/** Starts commands, keys, playback, storyboards, the player and the watchdog. */
export function startCommandsAndPresentation(hash: string): void {
  registerAppCommands();
  installKeyHandler();
  startTimelinePlayback();
  startScenePlayer();
  void bootPresentation(hash, bootStoryboards());
  startWatchdog();
}
