/**
 * The full-screen terminal game (Lanterna): main menu, new game, turn screen with dashboard and
 * previews, sealed hot-seat hand-over, reveal, log, help, end screen and bot-vs-bot viewing.
 *
 * <p>Design: one UI thread owns every piece of state and the {@link com.googlecode.lanterna.screen.Screen};
 * it blocks on a queue of tasks (keystrokes from an input thread, bot decisions from a worker, timer
 * ticks), so an idle game uses no CPU. Each screen is a {@code View} that draws itself from scratch
 * into a {@code Canvas} on every frame (the screen's double buffer sends only differences), which keeps
 * resizing trivial and makes every screen testable in a {@code DefaultVirtualTerminal}. Lanterna's
 * gui2 toolkit is not used: its idle loop polls and its components must be touched from its own
 * thread, and this game needs neither windows nor focus traversal.
 *
 * <p>Only {@code org.amur.cli} uses this package, through {@link org.amur.tui.Tui}. All player-visible
 * words are in {@code ui.properties}; every string drawn is sanitized first.
 */
package org.amur.tui;
