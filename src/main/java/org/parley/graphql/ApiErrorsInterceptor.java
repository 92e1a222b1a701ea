package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ValidationException;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.parley.limits.RequestBudget;
import org.parley.limits.SqlFailures;

/**
 * Lets the API's own errors through and turns every other exception into an {@link InternalErrorException}
 * that names a reference to the server log, so that neither SQL nor class names reach the client.
 */
@ApiErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ApiErrorsInterceptor {

    private static final Logger LOG = Logger.getLogger(ApiErrorsInterceptor.class);

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            if (isForTheClient(e)) {
                noteError(e);
                throw e;
            }
            RuntimeException known = SqlFailures.translate(e);
            if (known != null) {
                noteError(known);
                throw known;
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Internal error %s in %s.%s", reference, context.getMethod().getDeclaringClass().getSimpleName(),
                    context.getMethod().getName());
            InternalErrorException internal = new InternalErrorException(reference);
            noteError(internal);
            throw internal;
        }
    }

    private static void noteError(RuntimeException e) {
        ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
        RequestBudget.noteError(code != null ? code.value() : e.getClass().getSimpleName());
    }

    private static boolean isForTheClient(RuntimeException e) {
        return e instanceof ApiException
                || e instanceof ValidationException
                || e.getClass().isAnnotationPresent(ErrorCode.class)
                || e.getClass().getName().startsWith("io.quarkus.security.");
    }
}
