package org.practitionersforum.core.anonymisation;

import java.util.HashSet;
import java.util.Set;

/**
 * Common English words, including the vocabulary of UK social care. A capitalised word in this list
 * is not taken as a name by the heuristics, and a one-word directory name that is also in this list
 * ("Hope", "Reading", "Bee") matches only when written with a capital.
 */
final class CommonWords {
  private static final String WORDS =
      "a about above across act action actually add added adult adults advice after afternoon again"
          + " against age agency agreed ahead all allow almost alone along already also although"
          + " always am among an and annual another answer any anyone anything approach april are"
          + " area areas around as ask asked assessment at attend august authority autumn available"
          + " away back bad base based be became because become been before began behind being"
          + " below best better between big board both bring brought budget build built business"
          + " but by call called came can cannot care carer carers case cases central centre certain"
          + " change changed changes child children city clear close commission committee common"
          + " community concern concerns consultation contact could council county court cover"
          + " crisis current day days de december decided decision department did different"
          + " director district do does doing done down during each early east else end england"
          + " enough even evening ever every everyone everything example family far february felt"
          + " few final find first five for forum found four friday from front full further gave"
          + " general get give given go going good got great group groups had half hall happen"
          + " happened hard has have having he health help her here high him his home hope hospital"
          + " house how however i if important in including information into is it its itself"
          + " january job join july june just keep kind knew know known large last later lead"
          + " learning least left less let level life like line little local long look made main"
          + " make making manager managers many march may me meant meeting meetings member members"
          + " mental might mind monday month months more morning most much must my national need"
          + " needed never new next night no north not note nothing november now number october of"
          + " off office often old on once one only open or order other others our out over own"
          + " panel part partnership people period person place plan planning point policy"
          + " practice practitioner practitioners pilot pilots process programme project put quite"
          + " rather read really reason referral referrals review right road room round rule said"
          + " same saturday saw say says school second see seemed seen send senior september service"
          + " services set several she should show side since six small so social some someone"
          + " something soon south spring staff start started still stop strategy summer sunday"
          + " support sure system take taken talk team teams ten than thank thanks that the their"
          + " them then there these they thing things think third this those though thought three"
          + " through thursday time times to today together told too took towards train training"
          + " trust tried try trying tuesday turn two under understand unit until up upon us use"
          + " used very view wales want wanted was way we wednesday week weeks well went were west"
          + " what when where whether which while who whole why will winter with within without"
          + " work worked worker workers working would write wrong year years yes yet you young your"
          + " bath reading bee will grace hope joy may mark bill rose dawn faith june april summer"
          + " brook hill wood king green brown white black young long short little field stone"
          + " dear regards kind best wishes many sincerely faithfully cheers"
          + " nhs gp adass ofsted cqc lgbt uk mr mrs ms miss mx dr prof sir dame rev lady lord"
          + " street avenue lane close drive way crescent court gardens grove terrace square"
          + " sunny happy great little old new royal general district borough metropolitan"
          + " ward turner baker price wells bishop cook carter parker mason hunter fisher porter"
          + " page banks bell field king hill wood white brown james frank mark grace dawn joy"
          + " faith amber holly iris jack rich bill summers winter north south east west lane"
          + " capacity safeguarding adults deprivation liberty standards education housing youth"
          + " offending probation disability disabilities autism dementia carers multi agency hub"
          + " integrated commissioning quality improvement primary secondary acute residential"
          + " domiciliary fostering adoption leaving leavers looked reablement occupational"
          + " therapy therapist nursing psychiatric psychology clinical commissioner inspector"
          + " ombudsman tribunal protection conference discussion section panel network alliance"
          + " association foundation charity limited ltd clinic surgery college university"
          + " academy prize art day centre early help family families trust council";

  static final Set<String> SET = new HashSet<>();

  static {
    for (String w : WORDS.split(" ")) {
      if (!w.isEmpty()) {
        SET.add(w);
      }
    }
  }

  private CommonWords() {}

  static boolean contains(String folded) {
    return SET.contains(folded);
  }
}
