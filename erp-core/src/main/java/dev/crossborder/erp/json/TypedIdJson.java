package dev.crossborder.erp.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.TypedId;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JSON of every {@link TypedId}: the id's value as a plain JSON string, as a value and as a map
 * key. Reading builds the id through its record's canonical constructor, found once per class by
 * reflection and cached, so the constructor's validation applies to JSON input too.
 *
 * <p>Only records with exactly one {@code String} component are read this way; for any other {@code
 * TypedId} class Jackson's usual rules apply (annotations, creators).
 */
final class TypedIdJson {
  private static final ClassValue<Optional<Constructor<? extends TypedId>>> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected Optional<Constructor<? extends TypedId>> computeValue(Class<?> type) {
          return Optional.ofNullable(canonicalConstructor(type));
        }
      };

  private TypedIdJson() {}

  /** The cached canonical constructor of a single-String record implementing TypedId, or null. */
  static @Nullable Constructor<? extends TypedId> constructor(Class<?> type) {
    return CONSTRUCTORS.get(type).orElse(null);
  }

  private static @Nullable Constructor<? extends TypedId> canonicalConstructor(Class<?> type) {
    if (!type.isRecord() || !TypedId.class.isAssignableFrom(type)) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != 1 || components[0].getType() != String.class) {
      return null;
    }
    try {
      Constructor<? extends TypedId> constructor =
          type.asSubclass(TypedId.class).getDeclaredConstructor(String.class);
      return constructor.trySetAccessible() ? constructor : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static TypedId create(
      Constructor<? extends TypedId> constructor, String value, DeserializationContext ctxt)
      throws IOException {
    Class<?> type = constructor.getDeclaringClass();
    try {
      return constructor.newInstance(value);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidInputException refusal) {
        throw StringFields.refused(ctxt, type, refusal);
      }
      throw ctxt.instantiationException(type, e.getCause() == null ? e : e.getCause());
    } catch (ReflectiveOperationException e) {
      throw ctxt.instantiationException(type, e);
    }
  }

  static final class Serializer extends StdSerializer<TypedId> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(TypedId.class);
    }

    @Override
    public void serialize(TypedId value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.value());
    }
  }

  static final class KeySerializer extends StdSerializer<TypedId> {
    private static final long serialVersionUID = 1L;

    KeySerializer() {
      super(TypedId.class);
    }

    @Override
    public void serialize(TypedId value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.value());
    }
  }

  /** Reads one typed-id record class from a JSON string. */
  static final class Deserializer extends StdDeserializer<TypedId> {
    private static final long serialVersionUID = 1L;

    private final transient Constructor<? extends TypedId> constructor;

    Deserializer(Constructor<? extends TypedId> constructor) {
      super(constructor.getDeclaringClass());
      this.constructor = constructor;
    }

    @Override
    public TypedId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = StringFields.readString(p, ctxt, handledType());
      return create(constructor, value, ctxt);
    }
  }

  /** Finds the deserializer of any typed-id record class. */
  static final class Finder extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Constructor<? extends TypedId> constructor = constructor(type.getRawClass());
      return constructor == null ? null : new Deserializer(constructor);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return constructor(valueType) != null;
    }
  }

  /** Finds the map-key deserializer of any typed-id record class. */
  static final class KeyFinder implements KeyDeserializers {
    @Override
    public @Nullable KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Constructor<? extends TypedId> constructor = constructor(type.getRawClass());
      if (constructor == null) {
        return null;
      }
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          return create(constructor, key, ctxt);
        }
      };
    }
  }
}
