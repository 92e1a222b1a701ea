-- Organization.meetings reads an organisation's sides latest first, unknown dates last, ties by meeting id,
-- as Country.meetings reads a country's over meeting_side_country_latest_idx (V3).
CREATE INDEX meeting_side_organization_latest_idx
    ON meeting_side (organization_id, coalesce(held_on, '-infinity'::date), meeting_id)
    WHERE organization_id IS NOT NULL;
