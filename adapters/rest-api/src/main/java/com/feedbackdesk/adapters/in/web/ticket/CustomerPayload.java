package com.feedbackdesk.adapters.in.web.ticket;

import com.feedbackdesk.domain.ticket.ContactChannel;
import com.feedbackdesk.domain.ticket.Customer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The customer, in requests and responses alike. */
@Schema(
    description =
        "The customer behind the ticket. Every field is optional, but at least one of id, phone"
            + " and email is required, so the customer can be reached or found again.")
record CustomerPayload(
    @Schema(
            description = "The shop's customer id.",
            example = "C10086",
            maxLength = Customer.MAX_ID_LENGTH)
        @Size(max = Customer.MAX_ID_LENGTH)
        String id,
    @Schema(
            description = "Name as the customer gave it.",
            example = "王芳",
            maxLength = Customer.MAX_NAME_LENGTH)
        @Size(max = Customer.MAX_NAME_LENGTH)
        String name,
    @Schema(
            description =
                "Phone number; digits, spaces, dashes and parentheses, optionally a leading +.",
            example = "+86 138 0013 8000",
            maxLength = Customer.MAX_PHONE_LENGTH)
        @Size(max = Customer.MAX_PHONE_LENGTH)
        @Pattern(regexp = Customer.PHONE_PATTERN, message = "must be a phone number")
        String phone,
    @Schema(
            description = "E-mail address.",
            example = "wang.fang@example.com",
            maxLength = Customer.MAX_EMAIL_LENGTH)
        @Size(max = Customer.MAX_EMAIL_LENGTH)
        @Email
        String email,
    @Schema(
            description =
                "The language the customer is written to in (BCP 47, e.g. zh, en); messages fall"
                    + " back to the service's default language when there is no template in it.",
            example = "zh-CN",
            maxLength = 35)
        @Size(max = 35)
        @Pattern(regexp = Customer.LANGUAGE_PATTERN, message = "must be a language tag such as zh")
        String language,
    @Schema(
            description =
                "How the customer wants to hear from the service: IN_APP needs the id, EMAIL the"
                    + " e-mail address, SMS and PHONE the phone. Left out: the channel they came"
                    + " through.",
            example = "EMAIL")
        ContactChannel preferredChannel) {

  static CustomerPayload of(Customer customer) {
    return new CustomerPayload(
        customer.id(),
        customer.name(),
        customer.phone(),
        customer.email(),
        customer.language(),
        customer.preferredChannel());
  }

  Customer toCustomer() {
    return new Customer(id, name, phone, email, language, preferredChannel);
  }
}
