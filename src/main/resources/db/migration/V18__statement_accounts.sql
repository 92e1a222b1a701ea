-- What each article that reports a statement says of its day: the day it states and its own words for it
-- ("yesterday", "on Wednesday"). Two reports in other words both stay visible, each with its article; the
-- statement's saidOn and dateText stay what the sources settle together.
ALTER TABLE statement_article ADD COLUMN said_on date,
    ADD COLUMN date_text text CHECK (length(date_text) <= 100);

-- Recorded so far, where it can be told: a statement with one source got its day from it (a day derived from the
-- words is no day the article states).
UPDATE statement_article sa
   SET said_on = CASE WHEN s.said_on_derived THEN NULL ELSE s.said_on END, date_text = s.date_text
  FROM statement s
 WHERE s.id = sa.statement_id AND (SELECT count(*) FROM statement_article o WHERE o.statement_id = s.id) = 1;
