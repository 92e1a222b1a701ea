package org.parley.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("TopicInput")
@Description("A topic to create, or all the values of one to update. Text is trimmed and NFC-normalised.")
public record TopicInput(
        @NotBlank @Size(max = 200) @Description("Name of the topic, e.g. collective self-defense; at most 200"
                + " characters. Unique.") String name,
        @Size(max = 2000) @Description("What the topic is about; at most 2000 characters.") String description) {

    public TopicInput {
        name = Text.clean(name);
        description = Text.clean(description);
    }
}
