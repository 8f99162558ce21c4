/**
 * Runs before each of the pane's React tests (jest.config.js, project "pane").
 *
 * A wait here (waitFor, findBy*) ends as soon as the state it waits for is on screen, so its
 * limit costs nothing on an idle machine. On a busy one a single role query over the pane can
 * take over a second in jsdom, and Testing Library's default limit of 1 s would fail a test
 * whose pane was only slow. jest's testTimeout (60 s) stays well above this, so a wait that
 * really fails reports itself, with the DOM, rather than as a bare test timeout.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 20_000 });
