-- Whether a meeting took place: reports announce meetings before they happen ("will meet on Wednesday") and
-- record them after. Every meeting recorded before this migration was reported as held.
ALTER TABLE bilateral_meeting
    ADD COLUMN status text NOT NULL DEFAULT 'HELD'
        CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED', 'UNKNOWN'));
