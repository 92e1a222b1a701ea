package org.parley.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.official.OfficialEntity;
import org.parley.official.PositionEntity;
import org.parley.persistence.IdentifiedEntity;

/** Table {@code meeting_participant}: an official who took part on one side, in the post they held. */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipantEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public MeetingEntity meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "side_id")
    public MeetingSideEntity side;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    public OfficialEntity official;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    public PositionEntity position;
}
