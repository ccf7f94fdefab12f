package org.practitionersforum.api.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.SanitisedCause;

/**
 * JSON for every model type; times are ISO-8601 strings.
 *
 * <p>Reading is strict (SEC-4): duplicate keys and trailing tokens are refused, and nothing is
 * coerced (a number is not read as a name, a string not as a number or a flag, an empty string not
 * as null, a single value not as an array). Every value read is checked by the same rules as one
 * built in code. Errors never quote the input, neither in their message nor in any cause.
 *
 * <p>Thread-safe.
 */
public final class ForumJson {
  private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

  private ForumJson() {}

  /**
   * Applies the SDK's settings to a host's mapper builder, for hosts with their own mapper.
   *
   * @param builder the host's builder
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // Ignored, so that what a later version adds is still read by an earlier one.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .withCoercionConfigDefaults(
            c ->
                c.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  /**
   * Returns a mapper configured for the SDK's types. Do not reconfigure it: copy it instead.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a model value as JSON: a value of one of the SDK's published model types (a forum, a
   * profile, an id, an event, ...), or a list, set, map or optional holding only such values. Any
   * other object is refused before anything is written, so that an object the SDK does not know (a
   * {@code Thread}, a host's own class) is never serialised by accident; a host that wants to write
   * its own types uses its own mapper, configured with {@link #configure}.
   *
   * @param value a model value
   * @return the JSON text
   * @throws InvalidInputException naming SEC-4 if the value is null, is not a model value, or
   *     cannot be written; the message names at most the refused value's class, never its content,
   *     and the cause, if any, names only the exception's class
   */
  public static String write(Object value) {
    Checks.notNull(value, "value to write as JSON");
    Class<?> refused = firstNotModel(value, 0);
    if (refused != null) {
      throw new InvalidInputException(
          "SEC-4: ForumJson writes only the SDK's model values (and lists, sets, maps and"
              + " optionals of them), not a "
              + (refused.isAnonymousClass() || refused.isSynthetic()
                  ? "host-defined object"
                  : refused.getName()));
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "SEC-4: the value could not be written as JSON", SanitisedCause.of(e, null));
    }
  }

  /** The root of the published model packages; {@code api.internal} and this package are not. */
  private static final String MODEL = "org.practitionersforum.api";

  /**
   * Returns the class of the first part of a value that is not a model value, or null if it is one
   * throughout. Containers are looked into to a bounded depth.
   */
  private static Class<?> firstNotModel(Object value, int depth) {
    if (value == null) {
      return null;
    }
    if (depth > 8) {
      return value.getClass();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> firstNotModel(v, depth + 1)).orElse(null);
    }
    if (value instanceof Collection<?> collection) {
      for (Object v : collection) {
        Class<?> refused = firstNotModel(v, depth + 1);
        if (refused != null) {
          return refused;
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Class<?> refused = firstNotModel(e.getKey(), depth + 1);
        if (refused == null) {
          refused = firstNotModel(e.getValue(), depth + 1);
        }
        if (refused != null) {
          return refused;
        }
      }
      return null;
    }
    Class<?> type = value.getClass();
    String pkg = type.getPackageName();
    boolean model =
        (pkg.equals(MODEL) || pkg.startsWith(MODEL + "."))
            && !pkg.equals(MODEL + ".internal")
            && !pkg.equals(MODEL + ".json")
            && !(value instanceof Throwable);
    return model ? null : type;
  }

  /**
   * Reads a value from JSON.
   *
   * @param json the JSON text
   * @param type the model type to read
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the text is missing, malformed, not of the type's exact shape,
   *     or breaks the type's rules; neither the message nor the cause echoes the input
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.notNull(json, "JSON text");
    Checks.notNull(type, "type to read");
    String what = type.getSimpleName();
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      String where = location(e.getLocation());
      ForumException rule = ruleBroken(e);
      if (rule != null) {
        throw new InvalidInputException(
            "malformed " + what + " JSON: " + rule.getMessage(), SanitisedCause.of(e, where));
      }
      throw new InvalidInputException(
          "malformed "
              + what
              + " JSON"
              + (where == null ? "" : " at " + where)
              + ": "
              + describe(e.getClass()),
          SanitisedCause.of(e, where));
    } catch (ForumException e) {
      throw new InvalidInputException(
          "malformed " + what + " JSON: " + e.getMessage(), SanitisedCause.of(e, null));
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          "malformed " + what + " JSON: a required field is missing or null",
          SanitisedCause.of(e, null));
    }
    if (value == null) {
      throw new InvalidInputException("SEC-4: the JSON text holds no " + what);
    }
    return value;
  }

  /** Returns the SDK rule a value read broke, found in the cause chain, or null. */
  private static ForumException ruleBroken(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ForumException fe) {
        return fe;
      }
    }
    return null;
  }

  private static String location(JsonLocation at) {
    return at == null || at.getLineNr() < 0
        ? null
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Turns Jackson's exception class into words: MismatchedInputException, "mismatched input". */
  private static String describe(Class<?> type) {
    return type.getSimpleName()
        .replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }
}
