// One chat's work runs one piece at a time (an update, or the paste timer's analysis), so replies
// never interleave; different chats run in parallel.
export class ChatQueue {
  private readonly tails = new Map<number, Promise<void>>();

  run<T>(chatId: number, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(chatId) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(chatId, tail);
    void tail.then(() => {
      if (this.tails.get(chatId) === tail) this.tails.delete(chatId);
    });
    return result;
  }

  /** Resolves when every queued task has finished (for shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
