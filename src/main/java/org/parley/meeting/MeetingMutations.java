package org.parley.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.parley.write.DeletePayload;
import org.parley.write.WriteApi;

/** Writes bilateral meetings; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class MeetingMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final MeetingService service;
    private final MeetingMerge merge;
    private final MeetingQueries meetings;

    public MeetingMutations(MeetingService service, MeetingMerge merge, MeetingQueries meetings) {
        this.service = service;
        this.merge = merge;
        this.meetings = meetings;
    }

    @Mutation("recordMeeting")
    @Description("Records a bilateral meeting: two sides of two different countries, each with at least one "
            + "participant, and its agenda. Needs the editor role.")
    public @NonNull MeetingPayload recordMeeting(@NonNull @Description("The new meeting.") MeetingInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateMeeting")
    @Description("Changes a meeting to the values given; its sides, participants, agenda and articles become those"
            + " given. Needs the editor role.")
    public @NonNull MeetingPayload updateMeeting(@Id @NonNull @Description("ID of the meeting.") String id,
            @Description("The version of the meeting that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the meeting.") MeetingInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteMeeting")
    @Description("Deletes a bilateral meeting, with its sides, participants, agenda and links to articles, when no"
            + " statement is recorded as made at it. With cascade, such statements stay, without a meeting. "
            + "Needs the editor role.")
    public @NonNull DeletePayload deleteMeeting(@Id @NonNull @Description("ID of the meeting.") String id,
            @Description("The version of the meeting that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the meeting too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    @Mutation("mergeMeetings")
    @Description("Merges two meetings that are one event reported apart (see Meeting.likelyDuplicates): the one kept"
            + " takes the other's sources with what each says (reports), its participants, statements, topics and"
            + " notes, fills what it does not know (date, forum, place, summary) from it and settles its status"
            + " from both (held over planned); the other is deleted. Refused for two meetings between other parties,"
            + " at other forums or on other days, and with CONFLICT when either has changed since the versions"
            + " given. Needs the editor role.")
    public @NonNull MeetingPayload mergeMeetings(
            @Id @NonNull @Description("ID of the meeting to keep.") String keepId,
            @Description("The version of the meeting to keep that the merge is based on.") int keepVersion,
            @Id @NonNull @Description("ID of the meeting merged into it, which goes.") String mergeId,
            @Description("The version of the meeting merged that the merge is based on.") int mergeVersion) {
        return payload(merge.merge(keepId, keepVersion, mergeId, mergeVersion));
    }

    private MeetingPayload payload(long id) {
        return new MeetingPayload(prefetcher.below("meeting", meetings.byId(id)));
    }
}
