package nl.wegwijs.portal.newcomers;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.ModelAndView;

/** The intake service's 410 for a newcomer's page or form: the page says the newcomer was erased, with status 410. */
@ControllerAdvice(assignableTypes = {NewcomersController.class, NewcomerActionsController.class})
class ErasedNewcomerPage {

    @ExceptionHandler(HttpClientErrorException.Gone.class)
    @ResponseStatus(HttpStatus.GONE)
    ModelAndView erased() {
        return new ModelAndView("erased", Map.of("texts", "newcomer.erased"));
    }
}
