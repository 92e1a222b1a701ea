package org.parley.limits;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.config.SmallRyeConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The limits of {@link QueryCost} inside graphql-java, for every operation it runs, however it arrived (a
 * subscription over a WebSocket does not pass the HTTP gate). A request that passed the gate (it runs with a
 * {@link RequestBudget}) is not measured again.
 */
public final class CostInstrumentation implements Instrumentation {

    private final RequestLimits limits;
    private final int defaultPageSize;
    private final int maxPageSize;

    private CostInstrumentation(RequestLimits limits, int defaultPageSize, int maxPageSize) {
        this.limits = limits;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    /** The instrumentation with the limits configured for the application. */
    public static CostInstrumentation configured() {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        return new CostInstrumentation(config.getConfigMapping(RequestLimits.class),
                config.getValue("parley.page.default-size", Integer.class),
                config.getValue("parley.page.max-size", Integer.class));
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (RequestBudget.current() != null) {
            return documentAndVariables; // measured at the gate, which gave the request its budget
        }
        QueryCost cost = QueryCost.of(documentAndVariables.getDocument(), parameters.getOperation(),
                documentAndVariables.getVariables(), parameters.getSchema(), defaultPageSize, maxPageSize,
                limits.unpagedListSize());
        try {
            cost.check(limits);
        } catch (LimitExceededException e) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", LimitExceededException.CODE);
            extensions.putAll(e.details());
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message(e.getMessage())
                    .errorType(ErrorType.ExecutionAborted)
                    .extensions(extensions)
                    .build()));
        }
        return documentAndVariables;
    }
}
