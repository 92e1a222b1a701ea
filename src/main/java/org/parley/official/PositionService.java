package org.parley.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleEntity;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes the posts of officials; official, title and organisation together are unique. */
@ApplicationScoped
@Transactional
public class PositionService extends RowService<PositionEntity, PositionInput> {

    /** What names a position; a cascading delete clears it from them. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("meeting participants in the position", "meeting_participant", "position_id"),
            Dependent.cleared("statements made in the position", "statement", "speaker_position_id"),
            Dependent.cleared("statements relayed in the position", "statement", "relayed_by_position_id"));

    public PositionService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, PositionEntity.class, PositionEntity::new,
                new Deletion(Position.TYPE, "official_position", "title", DEPENDENTS));
    }

    @Override
    protected void apply(PositionEntity position, PositionInput input) {
        OfficialEntity official = inputs.find(OfficialEntity.class, Official.TYPE, input.officialId(),
                "input.officialId");
        OrganizationEntity organization = inputs.find(OrganizationEntity.class, Organization.TYPE,
                input.organizationId(), "input.organizationId");
        LocalDate start = inputs.date(input.startDate(), "input.startDate");
        LocalDate end = inputs.date(input.endDate(), "input.endDate");
        inputs.endNotBeforeStart(start, end, "input.endDate", "startDate");
        Writes.unique(position, PositionEntity.findByOfficialTitleAndOrganization(official, input.title(),
                organization), Position.TYPE, "input.title", "the title " + input.title() + " for this official"
                        + " and organisation");
        position.official = official;
        position.title = input.title();
        position.organization = organization;
        position.startDate = start;
        position.endDate = end;
        position.sourceArticle = inputs.find(ArticleEntity.class, Article.TYPE, input.sourceArticleId(),
                "input.sourceArticleId");
    }
}
