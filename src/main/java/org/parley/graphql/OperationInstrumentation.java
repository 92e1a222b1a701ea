package org.parley.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.parley.limits.RequestBudget;

/**
 * Passes on only the hooks of a whole operation (parse, validate, execute, result) to instrumentations that act on
 * nothing else, such as the query depth and complexity limits. Chained as they are, their empty hooks for every
 * field of every object are still called, through a chain, several times per field. Of its own it asks for a 4xx
 * status when nothing was executed, and keeps the directives Parley does not carry out out of introspection.
 */
final class OperationInstrumentation implements Instrumentation {

    /** Directives graphql-java declares that Parley does not carry out. */
    private static final Set<String> UNDELIVERED = Set.of("defer", "experimental_disableErrorPropagation");

    private final Instrumentation delegate;

    OperationInstrumentation(Instrumentation delegate) {
        this.delegate = delegate;
    }

    /**
     * Keeps {@code @defer} (and graphql-java's experimental directives) out of introspection: graphql-java declares
     * them in every schema, but Parley answers every query whole, so a client must not be told otherwise. Only the
     * field {@code __Schema.directives} is touched.
     */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getField();
        if (!field.getName().equals("directives")
                || !(parameters.getExecutionStepInfo().getObjectType().getName().equals("__Schema"))) {
            return dataFetcher;
        }
        return env -> {
            Object directives = dataFetcher.get(env);
            if (!(directives instanceof List<?> all)) {
                return directives;
            }
            return all.stream().filter(d -> !(d instanceof GraphQLDirective directive)
                    || !UNDELIVERED.contains(directive.getName())).toList();
        };
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return delegate.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.beginParse(parameters, state);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return delegate.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return delegate.beginExecuteOperation(parameters, state);
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return delegate.beginExecutionStrategy(parameters, state);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentExecutionInput(input, parameters, state);
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return delegate.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return delegate.instrumentSchema(schema, parameters, state);
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext executionContext,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return delegate.instrumentExecutionContext(executionContext, parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!result.isDataPresent()) {
            // nothing was executed (an invalid document, variables or operation name): a request error, 4xx where
            // the client accepts graphql-response+json
            RequestBudget.answerWith(400);
        }
        return delegate.instrumentExecutionResult(result, parameters, state);
    }
}
