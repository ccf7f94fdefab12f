package org.practitionersforum.buildchecks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public signature of a type, as its parts: its superclass, interfaces and type parameters, and
 * every public or protected field, constructor and method it declares or inherits from a superclass
 * that is not public, less synthetic and bridge methods. Each part names the types it involves
 * (type arguments, bounds and array components included).
 */
final class PublicSignature {

  /** One part of a signature: where it is, for messages, and the types it involves. */
  static final class Part {
    final String where;
    final Set<JavaClass> types;
    final SourceCodeLocation location;

    Part(String where, Set<JavaClass> types, SourceCodeLocation location) {
      this.where = where;
      this.types = types;
      this.location = location;
    }
  }

  private PublicSignature() {}

  /**
   * Tells whether a type is visible from outside its package: public or protected, and so is every
   * type it is nested in; not anonymous or local.
   *
   * @param type a class
   * @return whether its public members are visible to other packages
   */
  static boolean isVisible(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass() || !isVisible(type.getModifiers())) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.isEmpty() || isVisible(enclosing.get());
  }

  /**
   * Lists the parts of a type's public signature.
   *
   * @param type a visible type
   * @return its superclass, interfaces, type parameters and visible members, with the types each
   *     involves
   */
  static List<Part> of(JavaClass type) {
    List<Part> parts = new ArrayList<>();
    String name = "Class <" + type.getName() + ">";
    SourceCodeLocation at = type.getSourceCodeLocation();
    type.getSuperclass().ifPresent(s -> parts.add(part(name + " extending", List.of(s), at)));
    parts.add(part(name + " implementing", type.getInterfaces(), at));
    parts.add(part(name + " with type parameters", bounds(type.getTypeParameters()), at));
    List<JavaClass> declaring = new ArrayList<>();
    declaring.add(type);
    for (Optional<JavaClass> s = type.getRawSuperclass();
        s.isPresent() && !s.get().getModifiers().contains(JavaModifier.PUBLIC);
        s = s.get().getRawSuperclass()) {
      declaring.add(s.get());
    }
    for (JavaClass d : declaring) {
      for (JavaField f : d.getFields()) {
        if (isVisibleMember(f)) {
          parts.add(part(where(type, f), List.of(f.getType()), f.getSourceCodeLocation()));
        }
      }
      for (JavaCodeUnit c : d.getCodeUnits()) {
        if (isVisibleMember(c) && !c.getModifiers().contains(JavaModifier.BRIDGE)) {
          List<JavaType> involved = new ArrayList<>(c.getParameterTypes());
          involved.add(c.getReturnType());
          involved.addAll(c.getThrowsClause().getTypes());
          involved.addAll(bounds(c.getTypeParameters()));
          parts.add(part(where(type, c), involved, c.getSourceCodeLocation()));
        }
      }
    }
    return parts;
  }

  private static String where(JavaClass type, JavaMember member) {
    String description = member.getDescription();
    return member.getOwner().equals(type)
        ? description
        : description + ", inherited by <" + type.getName() + ">,";
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isVisibleMember(JavaMember member) {
    return isVisible(member.getModifiers())
        && !member.getModifiers().contains(JavaModifier.SYNTHETIC);
  }

  private static List<JavaType> bounds(List<? extends JavaTypeVariable<?>> variables) {
    List<JavaType> bounds = new ArrayList<>();
    variables.forEach(v -> bounds.addAll(v.getUpperBounds()));
    return bounds;
  }

  private static Part part(
      String where, Collection<? extends JavaType> types, SourceCodeLocation location) {
    Set<JavaClass> involved = new LinkedHashSet<>();
    for (JavaType t : types) {
      t.getAllInvolvedRawTypes().forEach(c -> involved.add(c.getBaseComponentType()));
    }
    return new Part(where, involved, location);
  }
}
