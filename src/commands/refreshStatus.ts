/**
 * The ribbon's "Opdater status": the same refresh the pane runs. It completes its event in
 * every path, errors included, or Office would show the command as still running.
 */
export async function refreshStatusCommand(
  refresh: (at: Date) => Promise<unknown>,
  event: { completed(): void },
  now: () => Date = () => new Date(),
): Promise<void> {
  try {
    await refresh(now());
  } catch {
    // The refresher turns Excel's failures into outcomes; anything else must still end the event.
  } finally {
    event.completed();
  }
}
