package nl.wegwijs.intake.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses strings that look like MongoDB operators ({@code $where}, {@code {"$gt": ""}}) anywhere in a request body.
 * The store never interprets values, but such input is never a real answer from an intake conversation and would
 * become dangerous in any future query built from it. {@code $500} stays allowed.
 */
@ControllerAdvice
public class MongoOperatorGuard extends RequestBodyAdviceAdapter {

    private static final Pattern OPERATOR = Pattern.compile("(^\\s*|\\{\\s*[\"']?)\\$[A-Za-z]");

    private final JsonMapper json;

    MongoOperatorGuard(JsonMapper json) {
        this.json = json;
    }

    public static boolean looksLikeOperator(String value) {
        return value != null && OPERATOR.matcher(value).find();
    }

    /** Refuses a request parameter that looks like an operator. */
    public static void checkParameter(String name, String value) {
        if (looksLikeOperator(value)) {
            throw InvalidInputException.of(name, "field.mongo-operator");
        }
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> problems = new ArrayList<>();
        scan(body instanceof JsonNode node ? node : json.valueToTree(body), "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    private static void scan(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isString() && looksLikeOperator(node.asString())) {
            problems.add(new FieldProblem(path, "field.mongo-operator"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().startsWith("$")) {
                    problems.add(new FieldProblem(child, "field.mongo-operator-name"));
                }
                scan(field.getValue(), child, problems);
            }
        }
    }
}
