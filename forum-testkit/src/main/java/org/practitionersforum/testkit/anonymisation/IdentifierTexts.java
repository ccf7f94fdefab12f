// Longer than 500 lines because each kind of identifier it injects (names, numbers with check
// digits, dates in six forms, addresses, ...) is a small writer, and they share one text builder
// that records every span.
package org.practitionersforum.testkit.anonymisation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Seeded generators of directories, identifiers and texts with identifiers injected (AN-1). Every
 * method takes the randomness as a {@link RandomGenerator}, so the same seed gives the same output,
 * and no property-testing library is needed. Stateless and thread-safe; the generator passed in is
 * used by the calling thread only.
 *
 * <p>Identifiers are written in the forms people use: names as full name, surname alone, initial
 * and surname, title and surname, possessive, upper or lower case, accents dropped; numbers with
 * and without spaces, and so on.
 */
public final class IdentifierTexts {
  /** The case-reference expression the generated references match: {@code CR-} and six digits. */
  public static final String CASE_REFERENCE_REGEX = "CR-[0-9]{6}";

  /** The literal every generated case reference starts with. */
  public static final String CASE_REFERENCE_PREFIX = "CR-";

  /**
   * The types injected into generated texts: those that need no context word to be recognised, in a
   * fixed order, so that a seed gives the same text whatever types a later version adds.
   */
  private static final IdentifierType[] GENERATED_TYPES = {
    IdentifierType.PERSON,
    IdentifierType.ORGANISATION,
    IdentifierType.PLACE,
    IdentifierType.EMAIL,
    IdentifierType.PHONE,
    IdentifierType.POSTCODE,
    IdentifierType.NHS_NUMBER,
    IdentifierType.NI_NUMBER,
    IdentifierType.DATE,
    IdentifierType.AGE,
    IdentifierType.URL,
    IdentifierType.HANDLE,
    IdentifierType.ADDRESS,
    IdentifierType.CASE_REFERENCE
  };

  private static final String[] SYLLABLES = {
    "ok", "af", "bel", "wyn", "thor", "ald", "mer", "ric", "dun", "val", "kes", "tam", "bri", "gan",
    "lor", "ven", "sul", "dra", "mok", "tis", "zan", "fen", "rad", "quil", "hast", "obi", "nwa",
    "kel", "ryn", "pol", "dov", "sen", "yar", "ith", "gol", "mab", "tre", "vik", "ush", "elm"
  };
  private static final String[] GIVEN = {
    "Aisha", "Tunde", "Folake", "Siobhan", "Priya", "Dafydd", "Agnieszka", "Kwame", "Niamh",
    "Oluwaseun", "Rhiannon", "Tomasz", "Yusuf", "Zainab", "Eilidh", "Chidi", "Saoirse", "Imran",
    "Leontyne", "Bartosz", "Ngozi", "Aoife", "Ravinder", "Zofia"
  };
  private static final String[] TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"};
  private static final String[] ORG_SUFFIXES = {
    " Housing Trust", " Care Ltd", " Borough Council", " Community Partnership", " Foundation"
  };
  private static final String[] REGIONS = {
    "West Yorkshire",
    "Greater Manchester",
    "the West Midlands",
    "Tyne and Wear",
    "Merseyside",
    "the South West",
    "East Anglia",
    "North Wales"
  };
  private static final String[] STREET_TYPES = {
    "Road", "Lane", "Street", "Close", "Avenue", "Drive"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] PROSE =
      ("we the a it team plan was did not work because of staff support families service review"
              + " meeting managers practitioners tried new process referral waiting list pilot after"
              + " weeks months concerns stopped agreed learning next time would do differently"
              + " workers felt that this when there were too many cases and little the caseload grew"
              + " so what we learned is simple talk early listen more try less at once our forum"
              + " met to reflect on why it failed and what to change for people who use services"
              + " nobody wanted to admit it but the data showed no change in outcomes for children"
              + " adults or carers with it")
          .split(" ");

  private IdentifierTexts() {}

  // ------------------------------------------------------------------ directory

  /**
   * Generates a directory of fictional people, organisations and places with unique names. People
   * have one given name and a surname of two to four syllables; about one in ten surnames is
   * hyphenated and one in twenty has an accent.
   *
   * @param random the randomness
   * @param people how many people
   * @param organisations how many organisations, each with a distinct upper-case initialism as
   *     alias
   * @param places how many places, each with a region
   * @return the entries: people first, then organisations, then places
   */
  public static List<DirectoryEntry> directory(
      RandomGenerator random, int people, int organisations, int places) {
    List<DirectoryEntry> out = new ArrayList<>(people + organisations + places);
    Set<String> used = new HashSet<>();
    Set<String> usedAliases = new HashSet<>();
    for (int i = 0; i < people; i++) {
      String surname = uniqueStem(random, used);
      if (random.nextInt(10) == 0) {
        surname = surname + "-" + uniqueStem(random, used);
      } else if (random.nextInt(20) == 0) {
        surname = accented(surname);
      }
      String given = GIVEN[random.nextInt(GIVEN.length)];
      out.add(DirectoryEntry.person("person-" + i, given, surname));
    }
    for (int i = 0; i < organisations; i++) {
      String stem = uniqueStem(random, used);
      String name = stem + ORG_SUFFIXES[random.nextInt(ORG_SUFFIXES.length)];
      StringBuilder initials = new StringBuilder();
      for (String w : name.split(" ")) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
      initials.append(stem.charAt(1));
      String alias = initials.toString().toUpperCase(Locale.ROOT) + "X";
      while (!usedAliases.add(alias)) {
        alias = alias + "X";
      }
      out.add(DirectoryEntry.organisation("organisation-" + i, name, alias));
    }
    for (int i = 0; i < places; i++) {
      out.add(
          DirectoryEntry.place(
              "place-" + i, uniqueStem(random, used), REGIONS[random.nextInt(REGIONS.length)]));
    }
    return out;
  }

  private static String uniqueStem(RandomGenerator random, Set<String> used) {
    for (int syllables = 2; ; syllables++) {
      for (int attempt = 0; attempt < 8; attempt++) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < syllables; k++) {
          b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        String stem = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        if (used.add(stem.toLowerCase(Locale.ROOT))) {
          return stem;
        }
      }
    }
  }

  private static String accented(String s) {
    int e = s.indexOf('e');
    return e < 0 ? s : s.substring(0, e) + '\u00e9' + s.substring(e + 1);
  }

  private static String stripAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  // ------------------------------------------------------------------ single identifiers

  /**
   * Writes a directory entry's name in one of the forms people use.
   *
   * @param random the randomness
   * @param entry the entry
   * @return the written form
   */
  public static String nameForm(RandomGenerator random, DirectoryEntry entry) {
    if (entry.type() != IdentifierType.PERSON) {
      return switch (random.nextInt(4)) {
        case 0 -> entry.name().toUpperCase(Locale.ROOT);
        case 1 -> entry.aliases().isEmpty() ? entry.name() : entry.aliases().get(0);
        default -> entry.name();
      };
    }
    String given = entry.givenNames().isEmpty() ? "" : entry.givenNames().get(0);
    String surname = entry.surname().orElse(entry.name());
    return switch (random.nextInt(10)) {
      case 0 -> entry.name();
      case 1 -> given + " " + surname;
      case 2 -> surname;
      case 3 -> given.charAt(0) + ". " + surname;
      case 4 -> TITLES[random.nextInt(TITLES.length)] + " " + surname;
      case 5 -> surname + (random.nextBoolean() ? "'s" : "\u2019s");
      case 6 -> entry.name().toUpperCase(Locale.ROOT);
      case 7 -> entry.name().toLowerCase(Locale.ROOT);
      case 8 -> stripAccents(entry.name());
      default -> given + " " + surname.replace('-', ' ');
    };
  }

  /**
   * Generates an NHS number from the 999 test range with a valid modulus 11 check digit.
   *
   * @param random the randomness
   * @return the number, written with spaces, hyphens or neither
   */
  public static String nhsNumber(RandomGenerator random) {
    while (true) {
      String nine = "999" + String.format("%06d", random.nextInt(1_000_000));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      String d = nine + (check == 11 ? 0 : check);
      return switch (random.nextInt(3)) {
        case 0 -> d;
        case 1 -> d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
        default -> d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
      };
    }
  }

  /**
   * Generates a National Insurance number with a valid prefix and suffix.
   *
   * @param random the randomness
   * @return the number, with or without spaces
   */
  public static String niNumber(RandomGenerator random) {
    String first = "ABCEGHJKLMNOPRSTWXYZ";
    String second = "ABCEGHJKLMNPRSTWXYZ";
    while (true) {
      String prefix =
          ""
              + first.charAt(random.nextInt(first.length()))
              + second.charAt(random.nextInt(second.length()));
      if (Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix)) {
        continue;
      }
      String digits = String.format("%06d", random.nextInt(1_000_000));
      char suffix = "ABCD".charAt(random.nextInt(4));
      return random.nextBoolean()
          ? prefix + digits + suffix
          : prefix
              + " "
              + digits.substring(0, 2)
              + " "
              + digits.substring(2, 4)
              + " "
              + digits.substring(4)
              + " "
              + suffix;
    }
  }

  /**
   * Generates a UK postcode in the official format, of any of the six outward shapes.
   *
   * @param random the randomness
   * @return the postcode, with or without the space, sometimes in lower case
   */
  public static String postcode(RandomGenerator random) {
    String first = "ABCDEFGHIJKLMNOPRSTUWYZ";
    String second = "ABCDEFGHKLMNOPQRSTUVWXY";
    String third = "ABCDEFGHJKPSTUW";
    String fourth = "ABEHMNPRVWXY";
    String inward = "ABDEFGHJLNPQRSTUWXYZ";
    char a = first.charAt(random.nextInt(first.length()));
    String outward =
        switch (random.nextInt(6)) {
          case 0 -> a + "" + random.nextInt(10);
          case 1 -> a + "" + (10 + random.nextInt(90));
          case 2 -> a + "" + random.nextInt(10) + third.charAt(random.nextInt(third.length()));
          case 3 -> a + "" + second.charAt(random.nextInt(second.length())) + random.nextInt(10);
          case 4 ->
              a + "" + second.charAt(random.nextInt(second.length())) + (10 + random.nextInt(90));
          default ->
              a
                  + ""
                  + second.charAt(random.nextInt(second.length()))
                  + random.nextInt(10)
                  + fourth.charAt(random.nextInt(fourth.length()));
        };
    String in =
        random.nextInt(10)
            + ""
            + inward.charAt(random.nextInt(inward.length()))
            + inward.charAt(random.nextInt(inward.length()));
    String code = random.nextInt(5) == 0 ? outward + in : outward + " " + in;
    return random.nextInt(8) == 0 ? code.toLowerCase(Locale.ROOT) : code;
  }

  /**
   * Generates a UK telephone number from Ofcom's drama ranges (landline or mobile).
   *
   * @param random the randomness
   * @return the number, with 0 or +44, with or without spaces
   */
  public static String phone(RandomGenerator random) {
    String n3 = String.format("%03d", random.nextInt(1000));
    String national =
        switch (random.nextInt(3)) {
          case 0 -> "0113 496 0" + n3;
          case 1 -> "020 7946 0" + n3;
          default -> "07700 900" + n3;
        };
    return switch (random.nextInt(4)) {
      case 0 -> national.replace(" ", "");
      case 1 -> "+44 " + national.substring(1);
      default -> national;
    };
  }

  /**
   * Generates an e-mail address at a reserved example domain.
   *
   * @param random the randomness
   * @return the address
   */
  public static String email(RandomGenerator random) {
    String local = syllables(random, 2) + (random.nextBoolean() ? "." + syllables(random, 2) : "");
    String domain = random.nextBoolean() ? "example.org" : "example.co.uk";
    return local + random.nextInt(100) + "@" + domain;
  }

  /**
   * Generates a web address or bare domain under the reserved example domains.
   *
   * @param random the randomness
   * @return the address
   */
  public static String url(RandomGenerator random) {
    String host = syllables(random, 2) + ".example." + (random.nextBoolean() ? "org" : "co.uk");
    return switch (random.nextInt(3)) {
      case 0 -> "https://" + host + "/" + syllables(random, 2) + "?id=" + random.nextInt(1000);
      case 1 -> "www." + host;
      default -> host;
    };
  }

  /**
   * Generates a social media handle.
   *
   * @param random the randomness
   * @return the handle, starting with '@'
   */
  public static String handle(RandomGenerator random) {
    return "@" + syllables(random, 2) + "_" + random.nextInt(1000);
  }

  /**
   * Generates a street address: a house number, a street name and a street type.
   *
   * @param random the randomness
   * @return the address
   */
  public static String address(RandomGenerator random) {
    String stem = syllables(random, 2);
    return (1 + random.nextInt(250))
        + (random.nextInt(6) == 0 ? "a" : "")
        + " "
        + Character.toUpperCase(stem.charAt(0))
        + stem.substring(1)
        + " "
        + STREET_TYPES[random.nextInt(STREET_TYPES.length)];
  }

  /**
   * Generates a valid calendar date written the way people in the UK write dates.
   *
   * @param random the randomness
   * @return the date
   */
  public static String date(RandomGenerator random) {
    return writtenDate(random).written();
  }

  /** A date as written, with the calendar day it names: two forms of one day are one identity. */
  private record WrittenDate(String written, LocalDate day) {}

  private static WrittenDate writtenDate(RandomGenerator random) {
    int year = 1990 + random.nextInt(40);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String name = MONTHS[month - 1];
    String written =
        switch (random.nextInt(6)) {
          case 0 -> String.format("%02d/%02d/%d", day, month, year);
          case 1 -> day + " " + name + " " + year;
          case 2 -> day + ordinal(day) + " " + name + " " + year;
          case 3 -> name + " " + day + ", " + year;
          case 4 -> String.format("%d-%02d-%02d", year, month, day);
          default -> day + "." + month + "." + String.format("%02d", year % 100);
        };
    return new WrittenDate(written, LocalDate.of(year, month, day));
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /**
   * Generates an age as people write it.
   *
   * @param random the randomness
   * @return "aged 34" or "34-year-old"
   */
  public static String age(RandomGenerator random) {
    int age = 1 + random.nextInt(99);
    return random.nextBoolean() ? "aged " + age : age + "-year-old";
  }

  /**
   * Generates a case reference matching {@link #CASE_REFERENCE_REGEX}.
   *
   * @param random the randomness
   * @return the reference
   */
  public static String caseReference(RandomGenerator random) {
    return CASE_REFERENCE_PREFIX + String.format("%06d", random.nextInt(1_000_000));
  }

  private static String syllables(RandomGenerator random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ texts

  /**
   * Generates identifier-free English prose: sentences of common words, with capitals, commas, full
   * stops and paragraph breaks.
   *
   * @param random the randomness
   * @param sentences how many sentences
   * @return the prose
   */
  public static String prose(RandomGenerator random, int sentences) {
    return text(random, List.of(), sentences, 0).text();
  }

  /**
   * Generates prose with identifiers of every type injected at random positions and in random
   * written forms. Names are drawn from {@code directory}; a few entities are mentioned several
   * times in different forms, to exercise consistency.
   *
   * @param random the randomness
   * @param directory the entries names are drawn from; may be empty
   * @param sentences how many sentences
   * @param identifiersPerSentence the mean number of identifiers per sentence
   * @return the text and where each identifier is
   */
  public static TextWithIdentifiers text(
      RandomGenerator random,
      List<DirectoryEntry> directory,
      int sentences,
      double identifiersPerSentence) {
    StringBuilder b = new StringBuilder();
    List<InjectedIdentifier> injected = new ArrayList<>();
    List<DirectoryEntry> cast = new ArrayList<>();
    for (int i = 0; i < Math.min(4, directory.size()); i++) {
      cast.add(directory.get(random.nextInt(directory.size())));
    }
    IdentifierType[] types = GENERATED_TYPES;
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        b.append(random.nextInt(6) == 0 ? "\n\n" : " ");
      }
      int words = 6 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          b.append(random.nextInt(12) == 0 ? ", " : " ");
        }
        String word = PROSE[random.nextInt(PROSE.length)];
        b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        if (random.nextDouble() < identifiersPerSentence / words) {
          b.append(' ');
          IdentifierType type = types[random.nextInt(types.length)];
          if (type.isDirectoryType() && cast.isEmpty()) {
            type = IdentifierType.EMAIL;
          }
          int start = b.length();
          String entity;
          String written;
          if (type.isDirectoryType()) {
            DirectoryEntry e =
                random.nextInt(3) == 0
                    ? directory.get(random.nextInt(directory.size()))
                    : cast.get(random.nextInt(cast.size()));
            written = nameForm(random, e);
            type = e.type();
            entity = e.id();
          } else if (type == IdentifierType.DATE) {
            WrittenDate date = writtenDate(random);
            written = date.written();
            entity = date.day().toString();
          } else {
            written = structured(random, type);
            entity = canonical(type, written);
          }
          // A possessive ending is grammar, not identity: it stays outside the identifier's span,
          // as the engine leaves it in the text ("[PERSON-1]'s notes").
          String possessive = "";
          if (written.endsWith("'s") || written.endsWith("\u2019s")) {
            possessive = written.substring(written.length() - 2);
            written = written.substring(0, written.length() - 2);
          }
          b.append(written);
          injected.add(new InjectedIdentifier(start, b.length(), type, entity, written));
          b.append(possessive);
        }
      }
      b.append('.');
    }
    return new TextWithIdentifiers(b.toString(), injected);
  }

  private static String structured(RandomGenerator random, IdentifierType type) {
    return switch (type) {
      case EMAIL -> email(random);
      case PHONE -> phone(random);
      case POSTCODE -> postcode(random);
      case NHS_NUMBER -> nhsNumber(random);
      case NI_NUMBER -> niNumber(random);
      case AGE -> age(random);
      case URL -> url(random);
      case HANDLE -> handle(random);
      case ADDRESS -> address(random);
      case CASE_REFERENCE -> caseReference(random);
      default -> throw new IllegalArgumentException("not a structured type");
    };
  }

  private static String canonical(IdentifierType type, String written) {
    return switch (type) {
      case PHONE -> {
        String digits = written.replaceAll("[^0-9]", "");
        yield digits.startsWith("44") ? "0" + digits.substring(2) : digits;
      }
      case NHS_NUMBER, AGE -> written.replaceAll("[^0-9]", "");
      case POSTCODE -> written.replace(" ", "").toUpperCase(Locale.ROOT);
      case NI_NUMBER -> written.replace(" ", "").substring(0, 8);
      default -> written.toLowerCase(Locale.ROOT);
    };
  }
}
