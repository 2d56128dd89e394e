/**
 * The app's one command registry instance (model/commands/command-registry.ts). The shell registers the commands
 * (src/app/commands/); the key handler, buttons, the palette, tests and the scene player run them by id.
 */
import { createCommandRegistry } from '../model/commands/command-registry';

/** The registry every part of the app shares. */
export const commandRegistry = createCommandRegistry();
