package org.parley.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.InvalidInputException;
import org.parley.graphql.InvalidInputException.Violation;

/**
 * Checks a mutation's input before anything is written: its Bean Validation constraints, and that the IDs it
 * gives name existing objects of the right type. Every failure names the field by its path from the argument.
 */
@ApplicationScoped
public class Inputs {

    private final Validator validator;
    private final EntityManager em;

    public Inputs(Validator validator, EntityManager em) {
        this.validator = validator;
        this.em = em;
    }

    /** Fails with every broken constraint of {@code input}, the argument called {@code argument}. */
    public void validate(Object input, String argument) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new Violation(path(argument, v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message)).toList());
        }
    }

    /** The database id of an ID of {@code type} given in {@code field}. */
    public long id(String type, String globalId, String field) {
        try {
            return GlobalId.decode(type, globalId);
        } catch (BadUserInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The object of {@code type} that the ID in {@code field} names; null when no ID is given. */
    public <E> E find(Class<E> entity, String type, String globalId, String field) {
        if (globalId == null) {
            return null;
        }
        E found = em.find(entity, id(type, globalId, field));
        if (found == null) {
            throw new InvalidInputException(field, "names no " + type + ": '" + globalId
                    + "' may have been deleted; use the id of an existing " + type + ".");
        }
        return found;
    }

    /** The objects that a list of IDs names, without repeats, in order. */
    public <E> Set<E> findAll(Class<E> entity, String type, List<String> globalIds, String field) {
        Set<E> found = new LinkedHashSet<>();
        for (int i = 0; i < globalIds.size(); i++) {
            found.add(find(entity, type, globalIds.get(i), field + "[" + i + "]"));
        }
        return found;
    }

    /** The day a field gives as {@code yyyy-MM-dd}; null when it gives none. */
    public LocalDate date(String date, String field) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a day of the calendar written as yyyy-MM-dd: '" + date
                    + "'.");
        }
    }

    /** Fails unless the day {@code end} is on or after the day {@code start}. */
    public void endNotBeforeStart(LocalDate start, LocalDate end, String endField, String startName) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputException(endField, "(" + end + ") is before " + startName + " (" + start + ").");
        }
    }

    /** E.g. {@code input.sides[1].participants[0].officialId}, without Bean Validation's container nodes. */
    private static String path(String argument, Path propertyPath) {
        StringBuilder path = new StringBuilder(argument);
        for (Path.Node node : propertyPath) {
            // like Hibernate Validator's own toString: an element's index belongs to the node after its list
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                path.append('.').append(node.getName());
            }
        }
        return path.toString();
    }
}
