/**
 * Gives the event loop a turn (a message, not a timer: nested timers are clamped to 4 ms), so
 * that long work done in steps lets input, drawing and incoming messages through. Works on the
 * page and in workers.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
