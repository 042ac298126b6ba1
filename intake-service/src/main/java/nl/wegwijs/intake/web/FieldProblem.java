package nl.wegwijs.intake.web;

/** One refused field of a request, named as the client wrote it, such as {@code referrals[0].partner}. */
public record FieldProblem(String field, String message) {}
