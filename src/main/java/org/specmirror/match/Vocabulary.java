package org.specmirror.match;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Term keys numbered for one {@link Engine}, so that the index and the rarity counts are arrays
 * rather than maps keyed by strings. Ids depend on the order in which texts were analysed (thread
 * timing), so they are only ever used as array positions, never to order anything that is output.
 */
final class Vocabulary {

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  int id(String key) {
    Integer id = ids.get(key);
    return id != null ? id : ids.computeIfAbsent(key, k -> next.getAndIncrement());
  }

  /** The id of a key, or -1 when no analysed text had it. */
  int find(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /** One more than the largest id given so far. */
  int size() {
    return next.get();
  }
}
