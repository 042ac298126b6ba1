package nl.wegwijs.referral.responses;

import java.util.function.Consumer;
import nl.wegwijs.contracts.PartnerCode;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.messaging.Message;

/** Reads one partner's responses topic in group {@code referral-service}; one binding per partner. */
public class ResponsesConsumer implements Consumer<Message<byte[]>> {

    private final PartnerCode partner;
    private final PartnerResponses responses;

    ResponsesConsumer(PartnerCode partner, PartnerResponses responses) {
        this.partner = partner;
        this.responses = responses;
    }

    public static ResponsesConsumer create(PartnerCode partner, BeanFactory beans) {
        return new ResponsesConsumer(partner, beans.getBean(PartnerResponses.class));
    }

    @Override
    public void accept(Message<byte[]> message) {
        responses.receive(partner, message);
    }
}
