package org.parley.limits;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
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
import java.util.concurrent.CompletableFuture;
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

    /**
     * Refuses an answer past {@code parley.limits.answer-size}, as the single statement refuses one, before it is
     * written: a query within the limits on cost may still repeat long texts under many parents.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        long maximum = limits.answerSize().asLongValue();
        if (result.getData() == null || !AnswerSize.over(result.getData(), maximum)) {
            return CompletableFuture.completedFuture(result);
        }
        // not classified ExecutionAborted, which the HTTP layer answers with a bare 500
        LimitExceededException refused = LimitExceededException.answerSize(maximum);
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().data(null)
                .addError(GraphqlErrorBuilder.newError().message(refused.getMessage())
                        .errorType(ErrorClassification.errorClassification(LimitExceededException.CODE))
                        .extensions(extensions(refused)).build())
                .build());
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
            throw new AbortExecutionException(List.of(error(e)));
        }
        return documentAndVariables;
    }

    private static GraphQLError error(LimitExceededException e) {
        return GraphqlErrorBuilder.newError()
                .message(e.getMessage())
                .errorType(ErrorType.ExecutionAborted)
                .extensions(extensions(e))
                .build();
    }

    private static Map<String, Object> extensions(LimitExceededException e) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", LimitExceededException.CODE);
        extensions.putAll(e.details());
        return extensions;
    }
}
