package org.parley.write;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.parley.graphql.AlreadyExistsException;
import org.parley.graphql.ConflictException;
import org.parley.graphql.ForbiddenException;
import org.parley.graphql.UnauthenticatedException;

/**
 * Turns what Quarkus security and the database throw during a write into API errors with codes: a missing login
 * becomes UNAUTHENTICATED, a missing role FORBIDDEN, a key taken by a concurrent writer ALREADY_EXISTS, a row
 * changed by a concurrent writer CONFLICT. Runs outside the security check of {@code @RolesAllowed} so that it
 * sees its exceptions.
 */
@WriteApi
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class WriteErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    SecurityIdentity identity;

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (io.quarkus.security.UnauthorizedException e) {
            throw new UnauthenticatedException();
        } catch (io.quarkus.security.ForbiddenException e) {
            throw new ForbiddenException(identity.getPrincipal().getName());
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("Another write changed the same objects at the same time; read them again"
                    + " and retry.");
        } catch (RuntimeException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw new AlreadyExistsException("input", "Another write recorded the same thing at the same time ("
                        + sql.getMessage().lines().findFirst().orElse("") + "); read it and update it instead.", null);
            }
            throw e;
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
