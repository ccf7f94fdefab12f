package org.practitionersforum.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * JSON for every model type. Unknown fields are ignored, so documents written by a later version
 * can be read; times are ISO-8601 strings.
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
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
   * Writes a value as JSON.
   *
   * @param value a model value
   * @return the JSON text
   * @throws InvalidInputException if the value is null or cannot be written
   */
  public static String write(Object value) {
    Checks.notNull(value, "value to write as JSON");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("the value could not be written as JSON", e);
    }
  }

  /**
   * Reads a value from JSON.
   *
   * @param json the JSON text
   * @param type the model type to read
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the text is missing, malformed, or breaks the type's rules;
   *     the message says what was wrong without echoing the input
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.notNull(json, "JSON text");
    Checks.notNull(type, "type to read");
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new InvalidInputException("the JSON text holds no " + type.getSimpleName());
      }
      return value;
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ForumException fe) {
        throw new InvalidInputException(
            "malformed " + type.getSimpleName() + " JSON: " + fe.getMessage(), e);
      }
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new InvalidInputException(
          "malformed "
              + type.getSimpleName()
              + " JSON"
              + where
              + ": "
              + e.getClass()
                  .getSimpleName()
                  .replace("Exception", "")
                  .replaceAll("([a-z])([A-Z])", "$1 $2")
                  .toLowerCase(java.util.Locale.ROOT),
          e);
    } catch (RuntimeException e) {
      if (e instanceof ForumException fe) {
        throw new InvalidInputException(
            "malformed " + type.getSimpleName() + " JSON: " + fe.getMessage(), e);
      }
      throw new InvalidInputException(
          "malformed " + type.getSimpleName() + " JSON: a required field is missing or null", e);
    }
  }
}
