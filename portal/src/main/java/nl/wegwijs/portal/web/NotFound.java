package nl.wegwijs.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing to show at this address, for whatever reason: the same page for unknown and not-yours. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound() {
        super(null, null, false, false);
    }
}
