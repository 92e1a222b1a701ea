package org.parley.graphql;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks a GraphQL API class whose unexpected failures must reach clients as a bare internal error. */
@InterceptorBinding
@Target(TYPE)
@Retention(RUNTIME)
public @interface ApiErrors {
}
