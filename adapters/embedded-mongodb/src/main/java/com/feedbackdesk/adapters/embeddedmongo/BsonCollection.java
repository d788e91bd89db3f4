package com.feedbackdesk.adapters.embeddedmongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server whose documents are stored as their raw BSON bytes and
 * decoded only when a query touches them. Reading a page of the file then costs a copy, not the
 * decoding of every document on it, and a cached page holds compact bytes instead of object graphs,
 * so five times as many documents fit the same cache: reading is about as fast whether a page was
 * cached or not, and the store stays about as fast as it grows. Otherwise this is the H2 backend's
 * own collection.
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

  private static final String DATA_SIZE = "dataSize";

  private final MVMap<Object, byte[]> documents;
  private final MVMap<String, Object> meta;

  BsonCollection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, byte[]> documents,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    super(database, name, options, cursors);
    this.documents = documents;
    this.meta = meta;
    meta.putIfAbsent(DATA_SIZE, 0L);
  }

  @Override
  protected void updateDataSize(int sizeDelta) {
    synchronized (meta) {
      meta.put(DATA_SIZE, ((Number) meta.get(DATA_SIZE)).longValue() + sizeDelta);
    }
  }

  @Override
  protected int getDataSize() {
    return ((Number) meta.get(DATA_SIZE)).intValue();
  }

  @Override
  protected Object addDocumentInternal(Document document) {
    Object key =
        getIdField() != null
            ? Utils.getSubdocumentValue(document, getIdField())
            : UUID.randomUUID();
    byte[] previous =
        documents.putIfAbsent(Missing.ofNullable(key), BsonDataTypes.encode(document));
    if (previous != null) {
      throw new IllegalStateException("a document with key " + key + " exists in " + this);
    }
    return key;
  }

  @Override
  public int count() {
    return documents.size();
  }

  @Override
  public boolean isEmpty() {
    return documents.isEmpty();
  }

  @Override
  protected Document getDocument(Object position) {
    byte[] bson = documents.get(position);
    return bson == null ? null : BsonDataTypes.decode(bson);
  }

  @Override
  protected void removeDocument(Object position) {
    if (documents.remove(position) == null) {
      throw new NoSuchElementException("no document with key " + position);
    }
  }

  @Override
  protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
    return documents.entrySet().stream()
        .map(
            entry ->
                new DocumentWithPosition<>(BsonDataTypes.decode(entry.getValue()), entry.getKey()));
  }

  @Override
  protected QueryResult matchDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    Stream<Document> stream =
        isNaturalDescending(orderBy)
            ? streamAllDocumentsWithPosition()
                .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                .map(DocumentWithPosition::getDocument)
            : documents.values().stream().map(BsonDataTypes::decode);
    return matchDocumentsFromStream(
        stream, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  @Override
  protected QueryResult queryDocuments(
      Document query,
      Document orderBy,
      int numberToSkip,
      int limit,
      int batchSize,
      Document fieldSelector) {
    IdRange range = "_id".equals(getIdField()) ? IdRange.of(query, orderBy) : null;
    if (range != null) {
      return matchDocumentsFromStream(
          StreamSupport.stream(inRange(range), false),
          query,
          orderBy,
          numberToSkip,
          limit,
          batchSize,
          fieldSelector);
    }
    Iterable<Object> candidates = candidatesFromAnIndex(query);
    if (candidates != null) {
      return matchDocuments(
          query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /**
   * The documents an index names for the query's equality conditions on its keys, each once; null
   * when no index covers them. The stock backend asks an index only when the query has exactly the
   * index's keys, so {@code {_id: 7, version: {$lt: 3}}} scanned and decoded the whole collection;
   * here the index narrows the candidates and the whole query is then matched against each.
   */
  private Iterable<Object> candidatesFromAnIndex(Document query) {
    Map<String, Object> equalities = IndexableConditions.of(query);
    if (equalities.isEmpty()) {
      return null;
    }
    for (Index<Object> index : getIndexes()) {
      Document lookup = new Document();
      for (IndexKey key : index.getKeys()) {
        Object condition = equalities.get(key.getKey());
        if (condition == null) {
          lookup = null;
          break;
        }
        lookup.put(key.getKey(), condition);
      }
      if (lookup != null && index.canHandle(lookup)) {
        Set<Object> positions = new LinkedHashSet<>(); // a multikey $in names a document per value
        index.getPositions(lookup).forEach(positions::add);
        return positions;
      }
    }
    return null;
  }

  private Spliterator<Document> inRange(IdRange range) {
    Cursor<Object, byte[]> cursor = documents.cursor(firstKeyEqualTo(range.from()));
    return new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
      @Override
      public boolean tryAdvance(Consumer<? super Document> action) {
        while (cursor.hasNext()) {
          Object id = cursor.next();
          if (range.isBeyond(id)) {
            return false;
          }
          if (range.contains(id)) {
            action.accept(BsonDataTypes.decode(cursor.getValue()));
            return true;
          }
        }
        return false;
      }
    };
  }

  /**
   * The first key of the map that MongoDB considers equal to the bound, or the bound. The map
   * breaks ties between such keys (50 as an int, a long or a double) by type, so the bound itself
   * can sort after a stored key it equals.
   */
  private Object firstKeyEqualTo(Object bound) {
    if (bound == null) {
      return null;
    }
    Object first = bound;
    for (Object lower = documents.lowerKey(first);
        lower != null && IdRange.ORDER.compare(lower, bound) == 0;
        lower = documents.lowerKey(lower)) {
      first = lower;
    }
    return first;
  }

  /**
   * The conditions of a query an index can look up: a field equal to a plain value, or {@code $in}
   * plain values, at the top level or inside a top-level {@code $and}. Anything else ({@code $or},
   * ranges, regular expressions, documents, arrays, null) is left to matching.
   */
  static final class IndexableConditions {

    private IndexableConditions() {}

    static Map<String, Object> of(Document query) {
      Map<String, Object> conditions = new HashMap<>();
      collect(query, conditions);
      return conditions;
    }

    private static void collect(Document query, Map<String, Object> conditions) {
      for (Map.Entry<String, Object> entry : query.entrySet()) {
        String field = entry.getKey();
        Object value = entry.getValue();
        if ("$and".equals(field) && value instanceof List<?> all) {
          for (Object each : all) {
            if (each instanceof Document condition) {
              collect(condition, conditions);
            }
          }
        } else if (!field.startsWith("$")) {
          Object lookup = lookup(value);
          if (lookup != null) {
            conditions.putIfAbsent(field, lookup);
          }
        }
      }
    }

    private static Object lookup(Object value) {
      if (isPlain(value)) {
        return value;
      }
      if (value instanceof Document operator && operator.size() == 1) {
        Object operand = operator.get("$eq");
        if (isPlain(operand)) {
          return operand;
        }
        if (operator.get("$in") instanceof Collection<?> values
            && !values.isEmpty()
            && values.stream().allMatch(IndexableConditions::isPlain)) {
          return operator;
        }
      }
      return null;
    }

    private static boolean isPlain(Object value) {
      return value != null
          && !(value instanceof Document)
          && !(value instanceof Collection<?>)
          && !(value instanceof Missing)
          && !BsonRegularExpression.isRegularExpression(value);
    }
  }

  /**
   * A query for nothing but a range of {@code _id} values, in ascending order or none: {@code {_id:
   * {$gte: 1, $lt: 9}}}, or the same bounds as an {@code $and} of conditions on {@code _id}, as the
   * Java driver writes them.
   */
  record IdRange(Object from, boolean fromInclusive, Object to, boolean toInclusive) {

    private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");
    static final ValueComparator ORDER = ValueComparator.asc();

    static IdRange of(Document query, Document orderBy) {
      boolean ascendingOrNone =
          orderBy == null
              || orderBy.isEmpty()
              || (orderBy.size() == 1
                  && orderBy.get("_id") instanceof Number direction
                  && direction.intValue() == 1);
      Document bounds = ascendingOrNone && query.size() == 1 ? bounds(query) : null;
      if (bounds == null || bounds.isEmpty() || !BOUNDS.containsAll(bounds.keySet())) {
        return null;
      }
      return new IdRange(
          bounds.containsKey("$gte") ? bounds.get("$gte") : bounds.get("$gt"),
          bounds.containsKey("$gte"),
          bounds.containsKey("$lte") ? bounds.get("$lte") : bounds.get("$lt"),
          bounds.containsKey("$lte"));
    }

    /**
     * The bounds on {@code _id} of a query, merged from an {@code $and}; null for other queries.
     */
    private static Document bounds(Document query) {
      if (query.get("_id") instanceof Document bounds) {
        return bounds;
      }
      if (!(query.get("$and") instanceof List<?> conditions)) {
        return null;
      }
      Document merged = new Document();
      for (Object condition : conditions) {
        if (!(condition instanceof Document document)
            || document.size() != 1
            || !(document.get("_id") instanceof Document bounds)) {
          return null;
        }
        for (String bound : bounds.keySet()) {
          if (merged.put(bound, bounds.get(bound)) != null) {
            return null; // the same bound twice: leave it to the general path
          }
        }
      }
      return merged;
    }

    boolean isBeyond(Object id) {
      if (to == null) {
        return false;
      }
      int order = ORDER.compare(id, to);
      return toInclusive ? order > 0 : order >= 0;
    }

    boolean contains(Object id) {
      return from == null
          || (fromInclusive ? ORDER.compare(id, from) >= 0 : ORDER.compare(id, from) > 0);
    }
  }

  @Override
  protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
    documents.put(Missing.ofNullable(position), BsonDataTypes.encode(newDocument));
  }
}
