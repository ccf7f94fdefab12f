package org.practitionersforum.buildchecks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public API of a module as text: one line per published type and per public or protected
 * member of one, sorted, with generic signatures. A published type is a public or protected type,
 * every enclosing type of which is one too, in a {@linkplain PublishedPackages published package}.
 * Its members are those it declares and those it inherits from superclasses that are not public
 * (such as the builders that Immutables generates), less synthetic and bridge methods.
 *
 * <p>Each line starts with the type's binary name, then {@code #} and the member's name and
 * parameters for a member; then the element's modifiers and its generic signature. An element
 * marked with the beta annotation ({@link #BETA} unless told otherwise), or declared in a type that
 * is, reads {@code @Beta} after its name. For example:
 *
 * <pre>
 * org.example.Store public interface
 * org.example.Store#find(org.example.Id) public abstract java.util.Optional&lt;org.example.Item&gt;
 * org.example.Store#findAll(int) @Beta public default java.util.List&lt;org.example.Item&gt;
 * </pre>
 *
 * <p>The signatures come from reflection over the loaded classes; the beta annotation, which is
 * kept in the class files only, is read from the class files.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApiSignature {
  /** The annotation that marks an element that may still change in a minor release. */
  public static final String BETA = "org.practitionersforum.api.Beta";

  private final List<String> lines;

  private ApiSignature(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * Lists the public API of a module from its compiled classes, which must be on the class path.
   *
   * @param module the module
   * @return the module's API
   * @throws IllegalStateException if the module has no classes directory or a class cannot load
   */
  public static ApiSignature of(ModuleUnderTest module) {
    return of(module.classesDir(), module.publishedPackages());
  }

  /**
   * Lists the public API of the classes in a directory, which must be on the class path.
   *
   * @param classesDir the compiled classes, such as {@code target/classes}
   * @param published the packages whose types are listed
   * @return the API
   * @throws IllegalStateException if there is no such directory or a class cannot load
   */
  public static ApiSignature of(Path classesDir, PublishedPackages published) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Class<?>> classes = new ArrayList<>();
    for (String name : ClassFiles.classNamesIn(classesDir)) {
      if (published.contains(packageOf(name))) {
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException(
              "cannot load " + name + " from " + classesDir + " on the class path", e);
        }
      }
    }
    // The beta marks are read from the very class files in the directory.
    return list(
        published(classes, published), new ClassFileImporter().importPath(classesDir), BETA);
  }

  /**
   * Lists the public API among some classes.
   *
   * @param classes the classes, of which the published types are listed
   * @param published the packages whose types are listed
   * @param betaAnnotation the name of the annotation that marks beta elements
   * @return the API
   */
  public static ApiSignature of(
      Collection<Class<?>> classes, PublishedPackages published, String betaAnnotation) {
    List<Class<?>> types = published(classes, published);
    Set<Class<?>> read = new LinkedHashSet<>(types);
    types.forEach(t -> read.addAll(hiddenSuperclasses(t)));
    return list(types, new ClassFileImporter().importClasses(read), betaAnnotation);
  }

  private static List<Class<?>> published(
      Collection<Class<?>> classes, PublishedPackages published) {
    return classes.stream().filter(c -> isPublished(c, published)).collect(Collectors.toList());
  }

  private static ApiSignature list(
      List<Class<?>> types, JavaClasses bytecode, String betaAnnotation) {
    Marks marks = new Marks(bytecode, betaAnnotation);
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types) {
      boolean beta = marks.betaType(type);
      lines.add(type.getName() + " " + (beta ? "@Beta " : "") + typeSignature(type));
      for (Member member : members(type)) {
        boolean memberBeta = beta || marks.beta(member.element);
        lines.add(
            type.getName()
                + "#"
                + member.key
                + " "
                + (memberBeta ? "@Beta " : "")
                + member.signature);
      }
    }
    lines.sort(null);
    return new ApiSignature(lines);
  }

  /**
   * Returns the lines of the listing.
   *
   * @return the lines, sorted
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Returns the listing as the text of an API file.
   *
   * @return the lines, each ended by a line feed
   */
  public String text() {
    return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
  }

  /**
   * Returns the listing's text.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text();
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  private static boolean isPublished(Class<?> type, PublishedPackages published) {
    if (type.isAnonymousClass()
        || type.isLocalClass()
        || type.isSynthetic()
        || !isVisible(type.getModifiers())
        || !published.contains(type.getPackageName())) {
      return false;
    }
    Class<?> enclosing = type.getDeclaringClass();
    return enclosing == null || isPublished(enclosing, published);
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The superclasses whose members a type publishes: those up to its first public one. */
  private static List<Class<?>> hiddenSuperclasses(Class<?> type) {
    List<Class<?>> hidden = new ArrayList<>();
    for (Class<?> s = type.getSuperclass();
        s != null && !Modifier.isPublic(s.getModifiers());
        s = s.getSuperclass()) {
      hidden.add(s);
    }
    return hidden;
  }

  private static String typeSignature(Class<?> type) {
    StringBuilder s = new StringBuilder(visibility(type.getModifiers()));
    boolean plainClass = !type.isInterface() && !type.isEnum() && !type.isRecord();
    if (type.getDeclaringClass() != null && Modifier.isStatic(type.getModifiers()) && plainClass) {
      s.append(" static");
    }
    if (plainClass && Modifier.isAbstract(type.getModifiers())) {
      s.append(" abstract");
    }
    if (plainClass && Modifier.isFinal(type.getModifiers())) {
      s.append(" final");
    }
    if (type.isSealed()) {
      s.append(" sealed");
    }
    s.append(' ').append(kind(type)).append(typeParameters(type.getTypeParameters(), " "));
    superclass(type).ifPresent(t -> s.append(" extends ").append(typeName(t)));
    List<Type> interfaces = interfaces(type);
    if (!interfaces.isEmpty()) {
      s.append(type.isInterface() ? " extends " : " implements ")
          .append(
              interfaces.stream().map(ApiSignature::typeName).collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    } else if (type.isInterface()) {
      return "interface";
    } else if (type.isEnum()) {
      return "enum";
    } else if (type.isRecord()) {
      return "record";
    }
    return "class";
  }

  /** The nearest public superclass, with the type arguments given where it is extended. */
  private static Optional<Type> superclass(Class<?> type) {
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      return Optional.empty();
    }
    Type generic = type.getGenericSuperclass();
    Class<?> raw = type.getSuperclass();
    while (raw != null && !Modifier.isPublic(raw.getModifiers())) {
      generic = raw.getGenericSuperclass();
      raw = raw.getSuperclass();
    }
    return raw == null || raw == Object.class ? Optional.empty() : Optional.of(generic);
  }

  /** The public interfaces a type implements directly or through a superclass it hides. */
  private static List<Type> interfaces(Class<?> type) {
    List<Type> all = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
    hiddenSuperclasses(type).forEach(s -> all.addAll(Arrays.asList(s.getGenericInterfaces())));
    return all.stream()
        .filter(i -> Modifier.isPublic(rawClass(i).getModifiers()))
        .filter(i -> !(type.isAnnotation() && i == java.lang.annotation.Annotation.class))
        .distinct()
        .collect(Collectors.toList());
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType()
        : (Class<?>) type;
  }

  /** One member of a published type: its key (name and parameters) and signature. */
  private static final class Member {
    final String key;
    final String signature;
    final Object element;

    Member(String key, String signature, Object element) {
      this.key = key;
      this.signature = signature;
      this.element = element;
    }
  }

  private static List<Member> members(Class<?> type) {
    List<Member> members = new ArrayList<>();
    Set<String> fields = new HashSet<>();
    Set<String> methods = new HashSet<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isVisible(c.getModifiers()) && !c.isSynthetic()) {
        members.add(new Member("<init>" + parameters(c), executableSignature(c, null), c));
      }
    }
    List<Class<?>> declaring = new ArrayList<>();
    declaring.add(type);
    declaring.addAll(hiddenSuperclasses(type));
    for (Class<?> d : declaring) {
      for (Field f : d.getDeclaredFields()) {
        if (isVisible(f.getModifiers()) && !f.isSynthetic() && fields.add(f.getName())) {
          members.add(new Member(f.getName(), fieldSignature(f), f));
        }
      }
      for (Method m : d.getDeclaredMethods()) {
        String erased =
            m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getName).toList();
        if (isVisible(m.getModifiers())
            && !m.isSynthetic()
            && !m.isBridge()
            && methods.add(erased)) {
          members.add(new Member(m.getName() + parameters(m), executableSignature(m, m), m));
        }
      }
    }
    return members;
  }

  private static String fieldSignature(Field field) {
    StringBuilder s = new StringBuilder(visibility(field.getModifiers()));
    if (Modifier.isStatic(field.getModifiers())) {
      s.append(" static");
    }
    if (Modifier.isFinal(field.getModifiers())) {
      s.append(" final");
    }
    return s.append(' ').append(typeName(field.getGenericType())).toString();
  }

  private static String executableSignature(Executable executable, Method method) {
    int modifiers = executable.getModifiers();
    StringBuilder s = new StringBuilder(visibility(modifiers));
    if (Modifier.isStatic(modifiers)) {
      s.append(" static");
    }
    if (Modifier.isFinal(modifiers)) {
      s.append(" final");
    }
    if (Modifier.isAbstract(modifiers)) {
      s.append(" abstract");
    }
    if (method != null && method.isDefault()) {
      s.append(" default");
    }
    s.append(typeParameters(executable.getTypeParameters(), " "));
    if (method != null) {
      s.append(' ').append(typeName(method.getGenericReturnType()));
    }
    Type[] thrown = executable.getGenericExceptionTypes();
    if (thrown.length > 0) {
      s.append(" throws ")
          .append(
              Arrays.stream(thrown).map(ApiSignature::typeName).collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  private static String parameters(Executable executable) {
    Type[] types = executable.getGenericParameterTypes();
    if (types.length != executable.getParameterCount()) {
      // Some constructors (of inner and enum classes) have no generic parameter types for all.
      types = executable.getParameterTypes();
    }
    List<String> names =
        Arrays.stream(types)
            .map(ApiSignature::typeName)
            .collect(Collectors.toCollection(ArrayList::new));
    if (executable.isVarArgs()) {
      String last = names.remove(names.size() - 1);
      names.add(last.substring(0, last.length() - "[]".length()) + "...");
    }
    return "(" + String.join(", ", names) + ")";
  }

  private static String visibility(int modifiers) {
    return Modifier.isPublic(modifiers) ? "public" : "protected";
  }

  private static String typeParameters(TypeVariable<?>[] variables, String before) {
    if (variables.length == 0) {
      return "";
    }
    return before
        + Arrays.stream(variables)
            .map(
                v -> {
                  List<Type> bounds =
                      Arrays.stream(v.getBounds())
                          .filter(b -> b != Object.class)
                          .collect(Collectors.toList());
                  return bounds.isEmpty()
                      ? v.getName()
                      : v.getName()
                          + " extends "
                          + bounds.stream()
                              .map(ApiSignature::typeName)
                              .collect(Collectors.joining(" & "));
                })
            .collect(Collectors.joining(", ", "<", ">"));
  }

  /**
   * Names a type as in source, fully qualified, nested classes after a {@code $}.
   *
   * @param type a type
   * @return such as {@code java.util.Map<java.lang.String, ? extends java.util.List<T>>}
   */
  static String typeName(Type type) {
    if (type instanceof Class) {
      return ((Class<?>) type).getTypeName();
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Class<?> raw = (Class<?>) p.getRawType();
      String name =
          p.getOwnerType() instanceof ParameterizedType
              ? typeName(p.getOwnerType()) + "$" + raw.getSimpleName()
              : raw.getName();
      return name
          + Arrays.stream(p.getActualTypeArguments())
              .map(ApiSignature::typeName)
              .collect(Collectors.joining(", ", "<", ">"));
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      if (w.getLowerBounds().length > 0) {
        return "? super " + typeName(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + typeName(upper);
    } else if (type instanceof GenericArrayType) {
      return typeName(((GenericArrayType) type).getGenericComponentType()) + "[]";
    } else if (type instanceof TypeVariable) {
      return ((TypeVariable<?>) type).getName();
    }
    throw new IllegalArgumentException("unknown kind of type: " + type);
  }

  /** Reads the beta marks from the class files of the listed types and their superclasses. */
  private static final class Marks {
    private final JavaClasses classes;
    private final String annotation;

    Marks(JavaClasses classes, String annotation) {
      this.classes = classes;
      this.annotation = annotation;
    }

    boolean betaType(Class<?> type) {
      for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
        if (classes.get(t).isAnnotatedWith(annotation)) {
          return true;
        }
      }
      return false;
    }

    boolean beta(Object element) {
      if (element instanceof Field) {
        Field f = (Field) element;
        return declaring(f.getDeclaringClass()).getField(f.getName()).isAnnotatedWith(annotation);
      } else if (element instanceof Constructor) {
        Constructor<?> c = (Constructor<?>) element;
        return declaring(c.getDeclaringClass())
            .getConstructor(c.getParameterTypes())
            .isAnnotatedWith(annotation);
      }
      Method m = (Method) element;
      return declaring(m.getDeclaringClass())
          .getMethod(m.getName(), m.getParameterTypes())
          .isAnnotatedWith(annotation);
    }

    private JavaClass declaring(Class<?> type) {
      return classes.get(type);
    }
  }
}
