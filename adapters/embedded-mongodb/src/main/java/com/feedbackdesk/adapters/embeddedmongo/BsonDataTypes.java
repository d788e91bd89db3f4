package com.feedbackdesk.adapters.embeddedmongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded server's maps store documents and keys: as BSON, with the server's own codec.
 *
 * <p>Out of the box the H2 backend leaves this to MVStore's generic object type, which writes
 * documents with Java serialization and compares index keys by Java-serializing both and comparing
 * the bytes, in every step of every B-tree search. Profiling showed index comparisons taking a
 * third of all CPU time; a ticket of 50 events took 10 ms to load. Here keys are compared as
 * values, in MongoDB's order, without serializing anything, and documents take a fraction of the
 * space.
 */
final class BsonDataTypes {

  private static final String VALUE = "v";
  private static final String MISSING = "$feedbackdesk.missing";
  private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

  private BsonDataTypes() {}

  /** Index keys: the values of a document's indexed fields. */
  static final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    @Override
    public int getMemory(KeyValue key) {
      int memory = 24;
      for (Object value : key) {
        memory += estimate(value);
      }
      return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      List<Object> values = new ArrayList<>(key.size());
      key.forEach(value -> values.add(encodable(value)));
      writeBson(buffer, new Document(VALUE, values));
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      List<Object> values = new ArrayList<>();
      for (Object value : (Collection<?>) readBson(buffer).get(VALUE)) {
        values.add(decoded(value));
      }
      return new KeyValue(values);
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
      int sizes = Math.min(a.size(), b.size());
      for (int i = 0; i < sizes; i++) {
        int order = ORDER.compare(a.get(i), b.get(i));
        if (order != 0) {
          return order;
        }
      }
      int order = Integer.compare(a.size(), b.size());
      return order != 0 || a.equals(b) ? order : tieBreak(a, b);
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }

  /** A document's position: its id value (or the server's marker for a missing one). */
  static final class PositionType extends BasicDataType<Object> {

    static final PositionType INSTANCE = new PositionType();

    @Override
    public int getMemory(Object position) {
      return estimate(position);
    }

    @Override
    public void write(WriteBuffer buffer, Object position) {
      writeBson(buffer, new Document(VALUE, encodable(position)));
    }

    @Override
    public Object read(ByteBuffer buffer) {
      return decoded(readBson(buffer).get(VALUE));
    }

    @Override
    public int compare(Object a, Object b) {
      int order = ORDER.compare(a, b);
      return order != 0 || a.equals(b) ? order : tieBreak(a, b);
    }

    @Override
    public Object[] createStorage(int size) {
      return new Object[size];
    }
  }

  /**
   * Orders values MongoDB considers equal but Java does not (null and a missing value, say), so
   * that the order is total and consistent with equality, as a sorted map needs.
   */
  private static int tieBreak(Object a, Object b) {
    int order = a.getClass().getName().compareTo(b.getClass().getName());
    return order != 0 ? order : String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static Object encodable(Object value) {
    return value instanceof Missing ? new Document(MISSING, true) : value;
  }

  private static Object decoded(Object value) {
    return value instanceof Document document
            && document.containsKey(MISSING)
            && document.size() == 1
        ? Missing.getInstance()
        : value;
  }

  /** The document as BSON. */
  static byte[] encode(Document document) {
    ByteBuf bson = Unpooled.buffer();
    try {
      BsonEncoder.encodeDocument(document, bson);
      byte[] bytes = new byte[bson.readableBytes()];
      bson.readBytes(bytes);
      return bytes;
    } finally {
      bson.release();
    }
  }

  static Document decode(byte[] bson) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
  }

  private static void writeBson(WriteBuffer buffer, Document document) {
    byte[] bytes = encode(document);
    buffer.putVarInt(bytes.length).put(bytes);
  }

  private static Document readBson(ByteBuffer buffer) {
    byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
    buffer.get(bytes);
    return decode(bytes);
  }

  /** A rough size in memory, which MVStore uses to decide when to write and evict pages. */
  private static int estimate(Object value) {
    if (value instanceof String text) {
      return 40 + 2 * text.length();
    }
    if (value instanceof Map<?, ?> map) {
      int memory = 48;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        memory += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
      }
      return memory;
    }
    if (value instanceof Collection<?> values) {
      int memory = 40;
      for (Object element : values) {
        memory += 8 + estimate(element);
      }
      return memory;
    }
    if (value instanceof byte[] bytes) {
      return 16 + bytes.length;
    }
    return 24;
  }
}
