package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ValidationException;
import java.util.UUID;
import org.jboss.logging.Logger;

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
                throw e;
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "Internal error %s in %s.%s", reference, context.getMethod().getDeclaringClass().getSimpleName(),
                    context.getMethod().getName());
            throw new InternalErrorException(reference);
        }
    }

    private static boolean isForTheClient(RuntimeException e) {
        return e instanceof ApiException
                || e instanceof ValidationException
                || e.getClass().isAnnotationPresent(ErrorCode.class)
                || e.getClass().getName().startsWith("io.quarkus.security.");
    }
}
