package com.feedbackdesk.adapters.out.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, made durable. Out of the box the backend leaves writes in
 * memory until MVStore's background thread commits them about a second later, so a crash loses
 * writes the client was already told had succeeded. Here every write command is committed to the
 * file, and (optionally) forced to the disk, before its reply goes out. Concurrent writers share
 * commits: whoever takes MVStore's store lock next writes everything changed so far.
 */
final class DurableH2Backend extends H2Backend {

  private static final Set<String> WRITE_COMMANDS =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "create",
          "createindexes",
          "drop",
          "dropdatabase",
          "dropindexes",
          "renamecollection");

  private final MVStore store;
  private final boolean forceToDisk;

  /**
   * @param forceToDisk whether each write is also forced to the disk (fsync), so that it survives a
   *     power loss and not only a crash of the process
   */
  DurableH2Backend(MVStore store, boolean forceToDisk) {
    super(store);
    this.store = store;
    this.forceToDisk = forceToDisk;
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    Document response = super.handleCommand(channel, databaseName, command, query);
    if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
      store.commit();
      if (forceToDisk) {
        store.sync();
      }
    }
    return response;
  }
}
