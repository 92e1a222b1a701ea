-- The rank of a delegation according to each article that names the participant (V14's claims): two reports that
-- give other ranks both stay visible, each with its article. forum_participant.delegation_level stays what the
-- participant's record says (the last rank an import or an editor gave).
ALTER TABLE forum_participant_source ADD COLUMN delegation_level text
    CHECK (delegation_level IN ('MINISTER', 'VICE_MINISTER', 'BELOW_VICE_MINISTER'));

-- Recorded so far, where it can be told: a forum with one source got its participants' ranks from it.
UPDATE forum_participant_source s SET delegation_level = fp.delegation_level
  FROM forum_participant fp
 WHERE fp.forum_id = s.forum_id AND (fp.country_id = s.country_id OR fp.organization_id = s.organization_id)
   AND (SELECT count(*) FROM forum_article o WHERE o.forum_id = s.forum_id) = 1;

-- What the read model lists: each participant row with what each article that names it says.
CREATE VIEW forum_participant_report AS
SELECT fp.id AS participant_id, s.article_id, s.delegation_level
FROM forum_participant fp
JOIN forum_participant_source s ON s.forum_id = fp.forum_id
    AND (s.country_id = fp.country_id OR s.organization_id = fp.organization_id);
